"""Judges' phone cards (A4, 2 × 3 a page): each judge's name, the contest, the QR of their own
link and the link written out, to hand to each judge at the start of the session.

The link carries the judge's token, so a card is as private as a PIN slip: one per judge.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ssc_desktop.output import atomic_export
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.qr import LONG_TEXT_MAX_VERSION, draw_qr
from ssc_desktop.printed_words import ENGLISH, PrintedWords

COLUMNS, ROWS = 2, 3
MARGIN = 14 * mm
QR_SIZE = 52 * mm
_ACCENT = colors.HexColor("#b4235a")
_INK = colors.HexColor("#1b1b1b")
_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#d9ced2")


def write_judge_cards_pdf(
    contest_title: str, links: Sequence[tuple[str, str]], path: str | Path, words: PrintedWords = ENGLISH
) -> Path:
    """links: (judge's name, their link) in the order to print, the cards' own words in words'
    language; returns path."""
    target = Path(path)
    with atomic_export(target) as temporary, open(temporary, "wb") as handle:
        handle.write(judge_cards_pdf_bytes(contest_title, links, words))
    return target


def judge_cards_pdf_bytes(contest_title: str, links: Sequence[tuple[str, str]], words: PrintedWords = ENGLISH) -> bytes:
    td.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=td.font_name(td.LATIN))
    canvas.setTitle(words.text("Judges' phone cards — {title}", title=contest_title))
    canvas.setAuthor("SSC Desktop")
    width, height = A4
    card_width = (width - 2 * MARGIN) / COLUMNS
    card_height = (height - 2 * MARGIN) / ROWS
    per_page = COLUMNS * ROWS
    for number, (name, url) in enumerate(links):
        if number and number % per_page == 0:
            canvas.showPage()
        slot = number % per_page
        left = MARGIN + (slot % COLUMNS) * card_width
        top = height - MARGIN - (slot // COLUMNS) * card_height
        _card(canvas, contest_title, name, url, left, top, card_width, card_height, words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _card(
    canvas: Canvas,
    contest_title: str,
    name: str,
    url: str,
    left: float,
    top: float,
    card_width: float,
    card_height: float,
    words: PrintedWords,
) -> None:
    inner = card_width - 10 * mm
    centre = left + card_width / 2
    canvas.setStrokeColor(_RULE)
    canvas.setDash(3, 3)
    canvas.rect(left + 2 * mm, top - card_height + 2 * mm, card_width - 4 * mm, card_height - 4 * mm)
    canvas.setDash()
    canvas.setFillColor(_ACCENT)
    td.draw_fitted(
        canvas, td.fit_to_width(name, inner, 15, min_size=8, bold=True), centre, top - 12 * mm, align="centre"
    )
    canvas.setFillColor(_GREY)
    td.draw_fitted(canvas, td.fit_to_width(contest_title, inner, 9, min_size=6), centre, top - 18 * mm, align="centre")
    draw_qr(canvas, url, centre - QR_SIZE / 2, top - 22 * mm - QR_SIZE, QR_SIZE, max_version=LONG_TEXT_MAX_VERSION)
    canvas.setFillColor(_INK)
    td.draw_fitted(
        canvas,
        td.fit_to_width(words.text("Scan with your phone, then type your PIN."), inner, 9.5, min_size=7),
        centre,
        top - 27 * mm - QR_SIZE,
        align="centre",
    )
    canvas.setFillColor(_GREY)
    td.draw_fitted(
        canvas, td.fit_to_width(url, inner, 7.5, min_size=5), centre, top - 32 * mm - QR_SIZE, align="centre"
    )
