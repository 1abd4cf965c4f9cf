"""How the door screen shows an answer: colours, shapes, kiosk font sizes, sounds, timings."""

from __future__ import annotations

COLOURS = {"green": "#1e7e34", "late": "#1f5fa8", "amber": "#a35f00", "red": "#b3261e", "idle": "#4a5560"}
# A shape for each answer, so the colour is never the only signal (colour-blind staff, sunlight on the screen).
SHAPES = {"green": "✓", "late": "✓", "amber": "!", "red": "✗"}
# Kiosk mode, read from 2 m on a 14" 1366×768 screen (about 0.227 mm per pixel): a 100 px font has capitals
# about 71 px ≈ 16 mm high, the usual "2.5 cm of letter per 3 m of distance" rule for signs read at 2 m.
KIOSK_HEADLINE_PX, KIOSK_DETAIL_PX = 100, 36
SOUND_FILES = {"green": "checkin_ok.wav", "amber": "checkin_repeat.wav", "red": "checkin_error.wav"}
RESULT_SHOWN_MS = 6000
RETRY_MS = 2000
