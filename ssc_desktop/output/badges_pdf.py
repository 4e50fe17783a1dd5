"""Name badges on A4: several per sheet on common label layouts, or one per page.

Layouts (A4 portrait, 210 x 297 mm; measurements from the sheet's top-left corner):

  2x4  8 badges of 99.1 x 67.7 mm, the Avery L7165 / J8165 label sheet (and the same
       size as 100 x 70 mm badge-holder inserts): left margin 4.65 mm, top margin
       13.1 mm, 2.5 mm between the columns, none between the rows.
  2x5  10 badges of 85 x 54 mm, the ISO/IEC 7810 ID-1 card size of 86 x 54 mm badge
       holders and of business-card sheets such as Avery C32011: centred, left margin
       15 mm, top margin 13.5 mm, a 10 mm gutter between the columns, none between rows.
  1x1  one A6 badge (105 x 148 mm, portrait, for A6 lanyard holders) centred on each page.

Whatever the sheet, print one page on plain paper first and hold it against a label
sheet: printers shift by a millimetre or two.

Each badge: a band in the colour of the role (speaker, judge, staff, participant,
guest) with the role and the event, the name in the person's own script large, the
Latin name, chapter or country, affiliation and the ticket QR. Every piece of text
goes through output.text_drawing (embedded fonts, a font per script, shaping), and
every line is fitted to its width: a long name shrinks, and is never drawn past the
badge's edge.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop import undrawn
from ssc_desktop.output import atomic_export
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.output.qr import draw_qr

if TYPE_CHECKING:
    from ssc_desktop.services.badges import Badge, BadgeEvent, BadgeRenderers, BadgeSheet


@dataclass(frozen=True)
class BadgeLayout:
    key: str
    description: str
    columns: int
    rows: int
    width: float  # points
    height: float
    left: float  # margin from the sheet's left edge to the first column
    top: float  # margin from the sheet's top edge to the first row
    gap_x: float = 0.0
    gap_y: float = 0.0
    page_size: tuple[float, float] = A4

    @property
    def per_page(self) -> int:
        return self.columns * self.rows

    def origin(self, index: int) -> tuple[float, float]:
        """Lower-left corner of the index-th badge of a page (row by row, left to right)."""
        row, column = divmod(index, self.columns)
        x = self.left + column * (self.width + self.gap_x)
        y = self.page_size[1] - self.top - (row + 1) * self.height - row * self.gap_y
        return x, y


LAYOUTS: dict[str, BadgeLayout] = {
    "2x4": BadgeLayout(
        "2x4",
        "8 per A4 sheet, 99.1 x 67.7 mm (Avery L7165)",
        2,
        4,
        99.1 * mm,
        67.7 * mm,
        4.65 * mm,
        13.1 * mm,
        gap_x=2.5 * mm,
    ),
    "2x5": BadgeLayout(
        "2x5",
        "10 per A4 sheet, 85 x 54 mm (card size, as Avery C32011)",
        2,
        5,
        85 * mm,
        54 * mm,
        15 * mm,
        13.5 * mm,
        gap_x=10 * mm,
    ),
    "1x1": BadgeLayout("1x1", "1 per A4 page, A6 105 x 148 mm", 1, 1, 105 * mm, 148 * mm, 52.5 * mm, 74.5 * mm),
}

ROLE_COLOURS: dict[RegistrationRole, colors.Color] = {
    RegistrationRole.SPEAKER: colors.HexColor("#b4235a"),  # sakura
    RegistrationRole.JUDGE: colors.HexColor("#5b3a8c"),
    RegistrationRole.STAFF: colors.HexColor("#1f6f43"),
    RegistrationRole.PARTICIPANT: colors.HexColor("#1f4e8c"),
    RegistrationRole.GUEST: colors.HexColor("#8a5a00"),
}


def role_name(role: RegistrationRole, words: PrintedWords = ENGLISH) -> str:
    """The role as a badge or ticket prints it: "SPEAKER", "登壇者", "DIỄN GIẢ"…"""
    return words.word(role).upper()


_INK = colors.HexColor("#1b1b1b")
_GREY = colors.HexColor("#4a4a4a")
_MARK = colors.HexColor("#777777")


def new_canvas(path: str | Path, title: str) -> Canvas:
    td.register_fonts()
    canvas = Canvas(str(path), pagesize=A4, initialFontName=td.font_name(td.LATIN))
    canvas.setTitle(title)
    canvas.setAuthor("SSC Desktop")
    return canvas


def write_badges_pdf(
    sheet: BadgeSheet,
    path: str | Path,
    layout: BadgeLayout,
    cut_marks: bool = False,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    warnings: list[DomainError] | None = None,
    words: PrintedWords = ENGLISH,
) -> int:
    """Writes the badges of sheet to path (via a temporary file), the role words in words'
    language; returns the number of pages.

    Each character no bundled font can draw is added to warnings (pdf.undrawable_character).
    """
    td.register_fonts()
    with undrawn.collect() as found:
        pages = _write_badges(sheet, path, layout, cut_marks, progress, cancel, words)
    if warnings is not None:
        warnings.extend(undrawn.warnings(found))
    return pages


def _write_badges(
    sheet: BadgeSheet,
    path: str | Path,
    layout: BadgeLayout,
    cut_marks: bool,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    words: PrintedWords,
) -> int:
    badges = sheet.badges
    total = len(badges)
    pages = 0
    with atomic_export(Path(path), cancel) as temporary:
        canvas = new_canvas(temporary, words.text("Badges — {title}", title=sheet.event.title))
        for number, badge in enumerate(badges):
            check_cancel(cancel)
            if number % 10 == 0:
                report(progress, number, total, badge.latin_name)
            slot = number % layout.per_page
            if slot == 0:
                if number:
                    canvas.showPage()
                pages += 1
                if cut_marks:
                    draw_cut_marks(canvas, layout)
            x, y = layout.origin(slot)
            draw_badge(canvas, badge, sheet.event, x, y, layout.width, layout.height, words)
        if not badges:
            pages = 1
        canvas.showPage()
        check_cancel(cancel)
        canvas.save()
    report(progress, total, total, "")
    return pages


def draw_cut_marks(canvas: Canvas, layout: BadgeLayout) -> None:
    """Short lines in the sheet's margins along every badge edge (never over a badge)."""
    page_width, page_height = layout.page_size
    xs = sorted(
        {
            round(layout.left + c * (layout.width + layout.gap_x) + edge, 3)
            for c in range(layout.columns)
            for edge in (0, layout.width)
        }
    )
    ys = sorted(
        {
            round(layout.origin(r * layout.columns)[1] + edge, 3)
            for r in range(layout.rows)
            for edge in (0, layout.height)
        }
    )
    top_edge, bottom_edge = max(ys), min(ys)
    left_edge, right_edge = min(xs), max(xs)
    gap = 1 * mm
    canvas.saveState()
    canvas.setStrokeColor(_MARK)
    canvas.setLineWidth(0.4)

    def length(margin: float) -> float:
        return min(6 * mm, margin - gap - 0.5 * mm)

    top_margin, bottom_margin = page_height - top_edge, bottom_edge
    left_margin, right_margin = left_edge, page_width - right_edge
    for x in xs:
        if length(top_margin) > 1 * mm:
            canvas.line(x, top_edge + gap, x, top_edge + gap + length(top_margin))
        if length(bottom_margin) > 1 * mm:
            canvas.line(x, bottom_edge - gap, x, bottom_edge - gap - length(bottom_margin))
    for y in ys:
        if length(left_margin) > 1 * mm:
            canvas.line(left_edge - gap, y, left_edge - gap - length(left_margin), y)
        if length(right_margin) > 1 * mm:
            canvas.line(right_edge + gap, y, right_edge + gap + length(right_margin), y)
    canvas.restoreState()


def descent_ratio(text: str, bold: bool = True) -> float:
    """How far below the baseline text reaches, as a share of its size (Myanmar and Thai reach far)."""
    from reportlab.pdfbase import pdfmetrics

    deepest = 0.3
    for run in td.script_runs(text):
        face = pdfmetrics.getFont(run.font(bold)).face
        deepest = max(deepest, min(-face.descent / 1000, 0.6))
    return deepest


def name_lines(name: str, width: float, size: float, min_size: float) -> list[td.FittedText]:
    """The big name on one line, or on two when one line would shrink it below 70% (or cut it)."""
    one = td.fit_to_width(name, width, size, min_size=min_size, bold=True)
    words = name.split()
    if len(words) < 2 or (one.size >= size * 0.7 and not one.shortened):
        return [one]
    best: tuple[float, str, str] | None = None
    for cut in range(1, len(words)):
        first, second = " ".join(words[:cut]), " ".join(words[cut:])
        widest = max(td.text_width(first, size, True), td.text_width(second, size, True))
        if best is None or widest < best[0]:
            best = (widest, first, second)
    assert best is not None
    _widest, first, second = best
    two_size = min(
        td.fit_to_width(part, width, size * 0.8, min_size=min_size, bold=True).size for part in (first, second)
    )
    if two_size <= one.size and not one.shortened:
        return [one]
    return [td.fit_to_width(part, width, two_size, min_size=min_size, bold=True) for part in (first, second)]


def draw_badge(
    canvas: Canvas,
    badge: Badge,
    event: BadgeEvent,
    x: float,
    y: float,
    width: float,
    height: float,
    words: PrintedWords = ENGLISH,
) -> None:
    """One badge with its lower-left corner at (x, y)."""
    if height > width:
        _draw_portrait(canvas, badge, event, x, y, width, height, words)
    else:
        _draw_landscape(canvas, badge, event, x, y, width, height, words)


def _band(
    canvas: Canvas,
    badge: Badge,
    event: BadgeEvent,
    x: float,
    top: float,
    width: float,
    band: float,
    pad: float,
    scale: float,
    words: PrintedWords,
) -> None:
    canvas.setFillColor(ROLE_COLOURS.get(badge.role, _GREY))
    canvas.rect(x, top - band, width, band, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    role_size = 9.5 * scale
    baseline = top - band / 2 - role_size * 0.36
    role = td.fit_to_width(role_name(badge.role, words), width * 0.45, role_size, min_size=5, bold=True)
    td.draw_fitted(canvas, role, x + pad, baseline)
    room = width - 3 * pad - role.width
    if room > 20:
        title = td.fit_to_width(event.title, room, 7 * scale, min_size=4.5)
        td.draw_fitted(canvas, title, x + width - pad, top - band / 2 - title.size * 0.36, align="right")


def _draw_landscape(
    canvas: Canvas,
    badge: Badge,
    event: BadgeEvent,
    x: float,
    y: float,
    width: float,
    height: float,
    words: PrintedWords,
) -> None:
    scale = height / (67.7 * mm)
    pad = 3.5 * mm * scale
    band = height * 0.15
    top = y + height
    canvas.saveState()
    _band(canvas, badge, event, x, top, width, band, pad, scale, words)
    # The QR in the lower right corner (its white quiet zone is part of qr_size).
    qr_size = min(height * 0.5, width * 0.36)
    qr_x, qr_y = x + width - qr_size - pad * 0.4, y + pad * 0.4
    draw_qr(canvas, badge.code, qr_x, qr_y, qr_size)
    qr_top = qr_y + qr_size - 3 * mm * scale  # the quiet zone may sit under a name's descenders
    full = width - 2 * pad
    narrow = qr_x - x - pad - 1 * mm

    def line(text: str, size: float, baseline: float, bold: bool = False, colour=_INK, min_size: float = 6) -> float:
        descent = size * 0.3
        room = full if baseline - descent > qr_top else narrow
        fitted = td.fit_to_width(text, room, size, min_size=min_size, bold=bold)
        if fitted.size < size and room == full and baseline - fitted.size * 0.3 <= qr_top:
            fitted = td.fit_to_width(text, narrow, size, min_size=min_size, bold=bold)
        canvas.setFillColor(colour)
        td.draw_fitted(canvas, fitted, x + pad, baseline)
        return fitted.size

    cursor = top - band - pad * 0.6
    big = 26 * scale
    td.note_undrawable(badge.big_name)  # told whole, though it may be drawn on two lines
    with undrawn.quiet():
        for fitted in name_lines(badge.big_name, full, big, min_size=7):
            cursor -= fitted.size * 0.95
            drawn = line(fitted.text, fitted.size, cursor, bold=True, min_size=6)
            cursor -= max(drawn * max(0.38, descent_ratio(fitted.text) + 0.05), 2)
    cursor -= 1 * scale
    if badge.second_name:
        second = 14 * scale
        cursor -= second * 0.95
        line(badge.second_name, second, cursor, bold=False, min_size=6)
        cursor -= second * 0.45
    facts = [badge.where_from, badge.affiliation]
    small = 9.5 * scale
    for fact in facts:
        if not fact:
            continue
        cursor -= small * 1.15
        if cursor < y + pad * 0.5:
            break
        line(fact, small, cursor, colour=_GREY, min_size=5)
    canvas.restoreState()


def _draw_portrait(
    canvas: Canvas,
    badge: Badge,
    event: BadgeEvent,
    x: float,
    y: float,
    width: float,
    height: float,
    words: PrintedWords,
) -> None:
    scale = width / (105 * mm)
    pad = 6 * mm * scale
    band = height * 0.1
    top = y + height
    canvas.saveState()
    _band(canvas, badge, event, x, top, width, band, pad, scale * 1.4, words)
    centre = x + width / 2
    full = width - 2 * pad
    cursor = top - band - 10 * mm * scale

    def line(text: str, size: float, bold: bool = False, colour=_INK, min_size: float = 6) -> None:
        nonlocal cursor
        fitted = td.fit_to_width(text, full, size, min_size=min_size, bold=bold)
        cursor -= fitted.size * 0.95
        canvas.setFillColor(colour)
        td.draw_fitted(canvas, fitted, centre, cursor, align="centre")
        cursor -= fitted.size * max(0.55, descent_ratio(fitted.text, bold) + 0.1)

    td.note_undrawable(badge.big_name)  # told whole, though it may be drawn on two lines
    with undrawn.quiet():
        for fitted in name_lines(badge.big_name, full, 40 * scale, min_size=8):
            line(fitted.text, fitted.size, bold=True, min_size=8)
    if badge.second_name:
        line(badge.second_name, 20 * scale, min_size=7)
    cursor -= 3 * mm * scale
    for fact in (badge.where_from, badge.affiliation):
        if fact:
            line(fact, 12 * scale, colour=_GREY, min_size=6)
    qr_size = min(width * 0.5, cursor - y - pad)
    if qr_size > 15 * mm:
        draw_qr(canvas, badge.code, centre - qr_size / 2, y + pad * 0.7, qr_size)
    canvas.restoreState()


def badge_renderers() -> BadgeRenderers:
    """What BadgeService draws and writes with (wired in app.py)."""
    from ssc_desktop.output import ensure_folder
    from ssc_desktop.output.ticket_pdf import ticket_pdf_bytes, write_ticket_pdf
    from ssc_desktop.services.badges import BadgeRenderers

    def write_badges(
        sheet: BadgeSheet,
        path: Path,
        layout: str,
        cut_marks: bool,
        progress: ProgressFn | None,
        cancel: threading.Event | None,
        words: PrintedWords,
    ) -> tuple[int, tuple[DomainError, ...]]:
        warnings: list[DomainError] = []
        pages = write_badges_pdf(sheet, path, LAYOUTS[layout], cut_marks, progress, cancel, warnings, words)
        return pages, tuple(warnings)

    return BadgeRenderers(
        layouts=tuple(LAYOUTS),
        write_badges=write_badges,
        write_ticket=write_ticket_pdf,
        ticket_bytes=ticket_pdf_bytes,
        make_folder=ensure_folder,
    )
