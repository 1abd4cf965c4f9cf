"""The three door sounds are bundled, short, and tell the results apart by ear."""

import wave

from workshop_kit.paths import resource


def test_three_short_distinct_sounds_are_bundled():
    seen = {}
    for name in ("checkin_ok.wav", "checkin_repeat.wav", "checkin_error.wav"):
        with wave.open(str(resource("assets", "sounds", name))) as w:
            assert w.getsampwidth() == 2 and w.getframerate() == 48000
            seconds = w.getnframes() / w.getframerate()
            assert 0.1 < seconds < 1.0  # never holds up the next person
            seen[name] = w.readframes(w.getnframes())
    assert len(set(seen.values())) == 3
