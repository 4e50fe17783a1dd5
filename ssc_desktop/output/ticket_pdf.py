"""A personal ticket (A4, one page) to e-mail or print: the event, its time in the event's
own time zone, the venue or online link, the person's name and role, and the ticket QR.

All text goes through output.text_drawing (embedded fonts, a font per script, shaping).
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ssc_desktop.vocabulary import EventFormat
from ssc_desktop.output import atomic_export
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.badges_pdf import ROLE_COLOURS, descent_ratio, role_name
from ssc_desktop.output.qr import draw_qr
from ssc_desktop.printed_words import ENGLISH, PrintedWords

if TYPE_CHECKING:
    from ssc_desktop.services.badges import Ticket

MARGIN = 18 * mm
_ACCENT = colors.HexColor("#b4235a")
_INK = colors.HexColor("#1b1b1b")
_GREY = colors.HexColor("#555555")
_RULE = colors.HexColor("#d9ced2")


def write_ticket_pdf(ticket: Ticket, path: str | Path, words: PrintedWords = ENGLISH) -> Path:
    """Writes the ticket to path (via a temporary file), its own words in words' language; returns path."""
    target = Path(path)
    with atomic_export(target) as temporary, open(temporary, "wb") as handle:
        handle.write(ticket_pdf_bytes(ticket, words))
    return target


def ticket_pdf_bytes(ticket: Ticket, words: PrintedWords = ENGLISH) -> bytes:
    td.register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=td.font_name(td.LATIN))
    canvas.setTitle(words.text("Ticket — {title} — {name}", title=ticket.event.title, name=ticket.badge.latin_name))
    canvas.setAuthor("SSC Desktop")
    draw_ticket(canvas, ticket, words)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def draw_ticket(canvas: Canvas, ticket: Ticket, words: PrintedWords = ENGLISH) -> None:
    event, badge = ticket.event, ticket.badge
    width, height = A4
    full = width - 2 * MARGIN
    cursor = height - MARGIN

    def line(
        text: str,
        size: float,
        bold: bool = False,
        colour=_INK,
        gap: float = 0.5,
        min_size: float = 7,
        align: str = "left",
    ) -> None:
        nonlocal cursor
        fitted = td.fit_to_width(text, full, size, min_size=min_size, bold=bold)
        cursor -= fitted.size * 0.95
        canvas.setFillColor(colour)
        x = MARGIN if align == "left" else width / 2
        td.draw_fitted(canvas, fitted, x, cursor, align=align)
        cursor -= fitted.size * max(gap, descent_ratio(fitted.text, bold) + 0.05)

    canvas.saveState()
    # Header: a sakura band with the chapter.
    canvas.setFillColor(_ACCENT)
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    td.draw_fitted(
        canvas,
        td.fit_to_width(words.text("Ticket · {chapter}", chapter=event.chapter_name), full, 11, bold=True),
        MARGIN,
        height - 7.6 * mm,
    )
    cursor = height - 12 * mm - 10 * mm
    line(event.title, 22, bold=True, colour=_INK, gap=0.6, min_size=10)
    line(words.span(event.local_start, event.local_end, event.timezone), 12, colour=_INK, gap=0.6)
    if event.venue and event.format != EventFormat.ONLINE:
        line(words.text("Venue: {venue}", venue=event.venue), 12, gap=0.6)
    if event.online_link and event.format != EventFormat.FACE_TO_FACE:
        line(words.text("Online: {link}", link=event.online_link), 12, gap=0.6)
    line(words.word(EventFormat(event.format)), 10, colour=_GREY, gap=0.8)
    cursor -= 4 * mm
    canvas.setStrokeColor(_RULE)
    canvas.setLineWidth(0.8)
    canvas.line(MARGIN, cursor, width - MARGIN, cursor)
    cursor -= 10 * mm

    # The person.
    line(badge.big_name, 30, bold=True, gap=0.4, min_size=10, align="centre")
    if badge.second_name:
        line(badge.second_name, 16, gap=0.5, align="centre")
    facts = " · ".join(f for f in (badge.where_from, badge.affiliation) if f)
    if facts:
        line(facts, 11, colour=_GREY, gap=0.6, align="centre")
    cursor -= 2 * mm
    role = role_name(badge.role, words)
    role_fit = td.fit_to_width(role, full, 11, bold=True)
    pill_w, pill_h = role_fit.width + 10 * mm, 8 * mm
    canvas.setFillColor(ROLE_COLOURS.get(badge.role, _GREY))
    canvas.roundRect(width / 2 - pill_w / 2, cursor - pill_h, pill_w, pill_h, 3 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    td.draw_fitted(canvas, role_fit, width / 2, cursor - pill_h / 2 - 11 * 0.36, align="centre")
    cursor -= pill_h + 8 * mm

    # The QR, large, with its code under it for reading aloud at the desk.
    qr_size = min(80 * mm, cursor - MARGIN - 25 * mm)
    draw_qr(canvas, badge.code, width / 2 - qr_size / 2, cursor - qr_size, qr_size)
    cursor -= qr_size + 2 * mm
    line(badge.code, 9, colour=_GREY, align="centre", gap=1.2)
    line(
        words.text("Show this code at the door: on your phone or printed. It is yours alone."),
        10,
        colour=_GREY,
        align="centre",
        gap=0.4,
    )
    line(words.text("A new ticket replaces this one."), 9, colour=_GREY, align="centre")
    canvas.restoreState()
