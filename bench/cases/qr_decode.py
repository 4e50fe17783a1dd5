"""qr_decode: reading a badge's QR from a 1280x720 grayscale webcam frame with zxing-cpp.

Frames (not timed): FRAMES synthetic 8-bit grayscale frames, 1280x720, as a webcam at the
desk sees a badge held up: an uneven, cluttered background (a lit gradient and random
shapes), the QR of a real ticket code (services.tickets.make_code; QR at error correction
M with its quiet zone, as the badges print it) about MODULE_PX pixels a module (a badge QR
about 35 mm wide, 40-50 cm from a 720p webcam), turned a few degrees, placed anywhere,
then blurred (a lens slightly out of focus) and given sensor noise. Each frame differs.

App side: zxingcpp.read_barcodes(frame, formats=QRCode) on the whole numpy frame, as the
check-in station calls it off the GUI thread; every frame must give back the ticket code.
Raw side: the same call on the QR alone, cropped from the same frame (the library's work
when it need not search the frame).
Target: median and p95 per frame under 30 ms. Runs in this process (no Qt).
"""

from __future__ import annotations

import random
import secrets
from typing import Any

from bench.core import Figure, Options, median, now, percentile

DESCRIPTION = "decode a badge QR in a 1280x720 grayscale webcam frame with zxing-cpp (median/p95 per frame)"
FRAMES = 50
WIDTH, HEIGHT = 1280, 720
MODULE_PX = 4.5
TARGET_MS = 30.0
RAW_LABEL = "zxing-cpp on the QR alone, cropped"


def ticket_code() -> str:
    from ssc_desktop.services import tickets

    return tickets.make_code(secrets.token_hex(32), 2, 24_817, 1)


def qr_image(code: str, module_px: float):
    """The QR (quiet zone included) as a grayscale PIL image, module_px pixels a module."""
    import qrcode
    from PIL import Image
    from qrcode.constants import ERROR_CORRECT_M

    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4, box_size=1)
    qr.add_data(code)
    qr.make(fit=True)
    if qr.version > 4:
        raise RuntimeError(f"qr_decode: {code!r} needs QR version {qr.version}")
    small = qr.make_image(fill_color="black", back_color="white").get_image().convert("L")
    side = round(small.width * module_px)
    return small.resize((side, side), Image.Resampling.NEAREST), qr.version


def frames(code: str, count: int, seed: int = 11) -> list[tuple[Any, Any]]:
    """(frame, crop of the QR) pairs as uint8 numpy arrays."""
    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    noise = np.random.default_rng(seed)
    qr, _version = qr_image(code, MODULE_PX)
    yy, xx = np.mgrid[0:HEIGHT, 0:WIDTH]
    made = []
    for _ in range(count):
        # A room lit from one side, and clutter: a lanyard, a shirt, papers on the desk.
        light = 90 + 80 * (xx / WIDTH) * rng.uniform(0.6, 1.0) + 30 * (yy / HEIGHT)
        scene = Image.fromarray(light.astype(np.uint8), "L")
        draw = ImageDraw.Draw(scene)
        for _shape in range(40):
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            w, h = rng.randrange(10, 200), rng.randrange(10, 200)
            draw.rectangle((x, y, x + w, y + h), fill=rng.randrange(20, 235))
        for _line in range(30):
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            draw.line(
                (x, y, x + rng.randrange(-300, 300), y + rng.randrange(-300, 300)),
                fill=rng.randrange(0, 255),
                width=rng.randrange(1, 6),
            )
        # The badge: white card around the QR, held a little crooked.
        angle = rng.uniform(-12, 12)
        card = Image.new("L", (qr.width + 40, qr.height + 60), 245)
        card.paste(qr, (20, 20))
        turned = card.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=0)
        mask = Image.new("L", card.size, 255).rotate(angle, resample=Image.Resampling.BICUBIC, expand=True)
        x = rng.randrange(0, WIDTH - turned.width)
        y = rng.randrange(0, HEIGHT - turned.height)
        scene.paste(turned, (x, y), mask)
        scene = scene.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
        pixels = np.asarray(scene, dtype=np.float32) + noise.normal(0, 6, (HEIGHT, WIDTH))
        frame = np.ascontiguousarray(np.clip(pixels, 0, 255).astype(np.uint8))
        crop = np.ascontiguousarray(frame[y : y + turned.height, x : x + turned.width])
        made.append((frame, crop))
    return made


def measure(count: int = FRAMES) -> dict[str, Any]:
    import zxingcpp

    code = ticket_code()
    made = frames(code, count)
    qr_format = zxingcpp.BarcodeFormat.QRCode
    app_ms: list[float] = []
    raw_ms: list[float] = []
    read = raw_read = 0
    zxingcpp.read_barcodes(made[0][0], formats=qr_format)  # load and warm up
    for frame, crop in made:
        started = now()
        found = zxingcpp.read_barcodes(frame, formats=qr_format)
        app_ms.append((now() - started) * 1000)
        read += any(result.text == code for result in found)
        started = now()
        found = zxingcpp.read_barcodes(crop, formats=qr_format)
        raw_ms.append((now() - started) * 1000)
        raw_read += any(result.text == code for result in found)
    return {
        "code": code,
        "version": qr_image(code, 1)[1],
        "app_ms": app_ms,
        "raw_ms": raw_ms,
        "read": read,
        "raw_read": raw_read,
        "frames": len(made),
    }


def figures(result: dict[str, Any]) -> list[Figure]:
    app, raw = result["app_ms"], result["raw_ms"]
    note = (
        f"{result['read']}/{result['frames']} frames read back the code (QR version {result['version']}, "
        f"~{MODULE_PX:g} px a module, turned, blurred, noisy)"
    )
    return [
        Figure(
            "qr_decode",
            "frame_median_ms",
            "decode a 1280x720 frame, median",
            median(app),
            "ms",
            TARGET_MS,
            raw=median(raw),
            raw_label=RAW_LABEL,
            note=note,
        ),
        Figure(
            "qr_decode",
            "frame_p95_ms",
            "decode a 1280x720 frame, p95",
            percentile(app, 0.95),
            "ms",
            TARGET_MS,
            raw=percentile(raw, 0.95),
            raw_label=RAW_LABEL,
            note=f"crops read: {result['raw_read']}/{result['frames']}",
        ),
    ]


def run(options: Options) -> list[Figure]:
    try:
        import numpy  # noqa: F401 -- frames are numpy arrays, as the station hands them to zxing-cpp
    except ImportError as error:
        raise RuntimeError("qr_decode needs numpy (not an app dependency): .venv/bin/pip install numpy") from error
    result = measure()
    if result["read"] < result["frames"]:
        raise RuntimeError(f"qr_decode: only {result['read']} of {result['frames']} frames gave the ticket code back")
    options.log(f"  qr_decode: code {result['code']} read from {result['read']}/{result['frames']} frames")
    return figures(result)
