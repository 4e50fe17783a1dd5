"""Makes the check-in station's three verdict sounds (mono 16-bit 22,050 Hz WAV, each well under 50 KB).

Run once with `python resources/sounds/generate_sounds.py`; the WAV files are shipped, this
script only documents how they were made (no recorded or third-party audio is used).
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050


def tone(frequency: float, seconds: float, volume: float = 0.5, shape: str = "sine") -> list[float]:
    count = int(RATE * seconds)
    fade = int(RATE * 0.01)
    samples = []
    for i in range(count):
        t = i / RATE
        if shape == "buzz":  # a square-ish wave with a few odd harmonics: unmistakably "no"
            value = sum(math.sin(2 * math.pi * frequency * k * t) / k for k in (1, 3, 5, 7))
        else:  # a bell-like sine with a soft second partial
            value = math.sin(2 * math.pi * frequency * t) + 0.25 * math.sin(4 * math.pi * frequency * t)
        envelope = min(1.0, i / fade, (count - i) / fade)
        if shape == "chime":
            envelope *= math.exp(-3.0 * t)
        samples.append(volume * envelope * value)
    return samples


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(path: Path, samples: list[float]) -> None:
    peak = max(abs(s) for s in samples) or 1.0
    frames = b"".join(struct.pack("<h", int(32000 * 0.8 * s / peak)) for s in samples)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main() -> None:
    here = Path(__file__).resolve().parent
    # Accepted: a rising major third, C6 then E6 then G6.
    write(
        here / "accepted.wav",
        tone(1046.5, 0.12, shape="chime") + tone(1318.5, 0.12, shape="chime") + tone(1568.0, 0.30, shape="chime"),
    )
    # Already checked in: two equal short beeps.
    write(here / "already.wav", tone(880.0, 0.12) + silence(0.08) + tone(880.0, 0.12))
    # Refused: a low buzz.
    write(here / "refused.wav", tone(150.0, 0.55, shape="buzz"))


if __name__ == "__main__":
    main()
