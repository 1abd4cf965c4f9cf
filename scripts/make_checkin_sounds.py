"""Generate the three check-in sounds (assets/sounds/*.wav) with the standard library.

ok: two rising tones (welcome); repeat: one soft mid tone, twice (already in); error: a low buzz.
Short, distinct in pitch and rhythm so a trainer knows the result without looking at the screen.
Run: python scripts/make_checkin_sounds.py
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 48000  # with 2 channels, 16 bits: the usual native format of laptop sound cards
OUT = Path(__file__).resolve().parent.parent / "assets" / "sounds"


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)
    out = []
    for i in range(n):
        x = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            x = 0.6 * math.copysign(1.0, x) + 0.4 * x
        envelope = min(1.0, i / fade, (n - i) / fade)
        out.append(volume * envelope * x)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


SOUNDS = {
    "checkin_ok.wav": tone(880, 0.09) + silence(0.02) + tone(1320, 0.16),
    "checkin_repeat.wav": tone(660, 0.12, 0.4) + silence(0.08) + tone(660, 0.12, 0.4),
    "checkin_error.wav": tone(196, 0.45, 0.45, square=True),
}


def write(path: Path, samples: list[float]) -> None:
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        frames = (struct.pack("<h", int(max(-1, min(1, s)) * 32767)) for s in samples)
        w.writeframes(b"".join(f + f for f in frames))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for name, samples in SOUNDS.items():
        write(OUT / name, samples)
        print(OUT / name)


if __name__ == "__main__":
    main()
