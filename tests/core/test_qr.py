"""QR codes of ticket codes: small enough for a cheap webcam, and read back by a real decoder."""

from __future__ import annotations

import io
import secrets

import pytest
import zxingcpp
from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from ssc_desktop.output.qr import (
    MAX_VERSION,
    QrTooLong,
    dark_runs,
    draw_qr,
    qr_matrix,
    qr_png,
)
from ssc_desktop.services.tickets import make_code


def _decode_png(data: bytes) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(data)), formats=zxingcpp.BarcodeFormat.QRCode)]


@pytest.mark.parametrize("ids", [(1, 1, 1), (2, 57, 1), (999_999, 99_999_999, 500), (36**8 - 1, 36**10 - 1, 36**6 - 1)])
def test_ticket_codes_stay_at_version_4_or_below_at_m(ids) -> None:
    code = make_code(secrets.token_hex(32), *ids)
    matrix = qr_matrix(code)
    assert matrix.version <= MAX_VERSION
    # The ordinary case (ids of a real chapter database) is version 2: 25 modules a side.
    if ids[0] < 1000:
        assert matrix.version <= 2 and matrix.size == 25


def test_png_reads_back_with_zxing() -> None:
    code = make_code(secrets.token_hex(32), 2, 141, 3)
    assert _decode_png(qr_png(code)) == [code]
    # Even at 3 pixels a module, as from a poor photo.
    assert _decode_png(qr_png(code, module_pixels=3)) == [code]


def test_text_too_long_for_version_4_is_refused() -> None:
    with pytest.raises(QrTooLong):
        qr_matrix("SSC1." + "X" * 120)
    with pytest.raises(ValueError):
        qr_matrix("")


def test_runs_cover_exactly_the_dark_modules() -> None:
    matrix = qr_matrix("SSC1.2.3.1.ABCDEFGHIJKLM")
    dark = {(y, x) for y, row in enumerate(matrix.rows) for x, d in enumerate(row) if d}
    from_runs = {(y, x) for y, start, length in dark_runs(matrix) for x in range(start, start + length)}
    assert from_runs == dark


def test_drawn_on_a_pdf_canvas_reads_back(tmp_path) -> None:
    import subprocess

    code = make_code(secrets.token_hex(32), 7, 12345, 2)
    pdf = tmp_path / "qr.pdf"
    canvas = Canvas(str(pdf))
    draw_qr(canvas, code, 100, 400, 90)  # about 32 mm, as on a badge
    canvas.save()
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(tmp_path / "page")], check=True)
    page = next(tmp_path.glob("page*.png"))
    assert [r.text for r in zxingcpp.read_barcodes(Image.open(page))] == [code]
