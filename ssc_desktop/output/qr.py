"""QR codes of ticket codes, for badges, tickets and e-mails (no Qt here).

A ticket code is short and uses only QR's alphanumeric characters (see
services.tickets), so at error correction M it fits QR version 2; anything above
version 4 is refused, because a cheap webcam or a phone photo of a printed ticket
must still read it. The code is turned into a matrix of modules once; that matrix
is drawn on a reportlab canvas as filled rectangles (vector, sharp at any size, one
rectangle per run of dark modules) or written as PNG bytes.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from functools import lru_cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

MAX_VERSION = 4
# Longer texts that are read by a phone's camera up close, not a door scanner: a judge's
# link, a certificate's signed statement (its Ed25519 signature alone is 86 characters).
LONG_TEXT_MAX_VERSION = 14
QUIET_ZONE = 4  # modules of white border the QR standard asks for around the symbol


class QrTooLong(ValueError):  # noqa: N818 - named for what is wrong with the text, as its callers know it
    """The text needs a QR version above MAX_VERSION at error correction M."""


@dataclass(frozen=True)
class QrMatrix:
    text: str
    version: int
    # Rows of the symbol, without the quiet zone; True is a dark module.
    rows: tuple[tuple[bool, ...], ...]

    @property
    def size(self) -> int:
        """Modules per side, without the quiet zone."""
        return len(self.rows)

    @property
    def size_with_quiet_zone(self) -> int:
        return self.size + 2 * QUIET_ZONE


@lru_cache(maxsize=4096)
def qr_matrix(text: str, max_version: int = MAX_VERSION) -> QrMatrix:
    """The QR symbol of text at error correction M; raises QrTooLong past max_version (4 by default)."""
    if not text:
        raise ValueError("a QR code needs some text")
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    try:
        code.make(fit=True)
    except qrcode.exceptions.DataOverflowError as error:
        raise QrTooLong(f"{len(text)} characters do not fit a QR code") from error
    if code.version > max_version:
        raise QrTooLong(f"{text!r} needs QR version {code.version} (at most {max_version} at error correction M)")
    rows = tuple(tuple(bool(module) for module in row) for row in code.get_matrix())
    return QrMatrix(text, code.version, rows)


def dark_runs(matrix: QrMatrix) -> list[tuple[int, int, int]]:
    """(row, first column, length) of every horizontal run of dark modules."""
    runs = []
    for y, row in enumerate(matrix.rows):
        x = 0
        width = len(row)
        while x < width:
            if row[x]:
                start = x
                while x < width and row[x]:
                    x += 1
                runs.append((y, start, x - start))
            else:
                x += 1
    return runs


@lru_cache(maxsize=4096)
def _runs(text: str, max_version: int) -> tuple[tuple[int, int, int], ...]:
    return tuple(dark_runs(qr_matrix(text, max_version)))


def draw_qr(
    canvas, text: str, x: float, y: float, size: float, white_background: bool = True, max_version: int = MAX_VERSION
) -> None:
    """Draws the QR of text on a reportlab canvas: lower-left corner at (x, y), size points square.

    size includes the quiet zone (4 modules each side), which is painted white so that
    the code reads even on a coloured badge.
    """
    matrix = qr_matrix(text, max_version)
    module = size / matrix.size_with_quiet_zone
    canvas.saveState()
    if white_background:
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(x, y, size, size, stroke=0, fill=1)
    canvas.setFillColorRGB(0, 0, 0)
    # In module units, origin at the symbol's top-left corner, y growing downwards: each run
    # is then a rectangle of small integers, written as literal PDF operators (formatting
    # a thousand badges' worth of float rectangles through reportlab's path object is slow).
    canvas.transform(module, 0, 0, -module, x + QUIET_ZONE * module, y + size - QUIET_ZONE * module)
    canvas.addLiteral(_run_operators(text, max_version))
    canvas.restoreState()


@lru_cache(maxsize=4096)
def _run_operators(text: str, max_version: int) -> str:
    # A hair of overlap between rows keeps viewers from drawing white seams between modules.
    rects = " ".join(f"{column} {row} {length} 1.02 re" for row, column, length in _runs(text, max_version))
    return f"{rects} f"


def qr_png(text: str, module_pixels: int = 8, max_version: int = MAX_VERSION) -> bytes:
    """PNG bytes of the QR of text (with its quiet zone), module_pixels pixels per module."""
    from PIL import Image

    matrix = qr_matrix(text, max_version)
    side = matrix.size_with_quiet_zone
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    assert pixels is not None  # None only for an image that has no pixel data yet; new() made them
    for y, row in enumerate(matrix.rows):
        for x, dark in enumerate(row):
            if dark:
                pixels[x + QUIET_ZONE, y + QUIET_ZONE] = 0
    if module_pixels > 1:
        image = image.resize((side * module_pixels, side * module_pixels), Image.Resampling.NEAREST)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()
