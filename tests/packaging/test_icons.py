"""The bundle icons made from resources/icons/app.svg by packaging/make_icons.py."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

ICONS = Path(__file__).resolve().parents[2] / "packaging" / "icons"


def test_windows_icon_holds_every_size_from_16_to_256() -> None:
    with Image.open(ICONS / "app.ico") as icon:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(icon.info["sizes"])


def test_macos_icon_source_is_a_large_square_with_transparent_corners() -> None:
    with Image.open(ICONS / "app.png") as image:
        assert image.size == (512, 512) and image.mode == "RGBA"
        assert image.getpixel((0, 0))[3] == 0  # rounded corner: transparent
        assert image.getpixel((256, 256))[3] == 255
