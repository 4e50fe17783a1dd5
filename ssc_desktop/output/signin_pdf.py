"""The paper sign-in sheet: the backup when the laptop fails at the door.

Everyone registered, alphabetically by Latin name, with their name in their own script,
chapter and affiliation, role, a tick box for the desk and a wide signature column; the
event and "Page n of m" on every page, the column headings repeated.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Spacer, Table, TableStyle

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop import undrawn
from ssc_desktop.output.pdf_pages import MARGIN, RULE, write_a4_document
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services.attendance import AttendanceSheet, signin_people

_HEADER_BG = colors.HexColor("#5b1631")
_STRIPE = colors.HexColor("#faf6f8")
ROW_HEIGHT = 11 * mm  # room to sign by hand


def write_signin_pdf(
    sheet: AttendanceSheet,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    warnings: list[DomainError] | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """Writes the sign-in sheet to path (via a temporary file renamed at the end); returns path.

    Its own words (headings, columns, roles, the date) are in words' language. Each character no bundled font can draw is added to warnings (pdf.undrawable_character).
    """
    if Path(path).suffix.lower() != ".pdf":
        raise DomainError("export.not_pdf", path=str(path))
    td.register_fonts()
    with undrawn.collect() as found:
        target = _write_signin(sheet, Path(path), progress, cancel, words)
    if warnings is not None:
        warnings.extend(undrawn.warnings(found))
    return target


def _write_signin(
    sheet: AttendanceSheet,
    path: Path,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    words: PrintedWords,
) -> Path:
    event = sheet.event
    people = signin_people(sheet)
    styles = td.styles(9)
    cell, cell_small, header = styles["cell"], styles["cell_small"], styles["header"]

    when = f"{words.long_date(event.local_start)}, {event.local_start:%H:%M}"
    story = [
        td.paragraph(words.text("Sign-in sheet — {title}", title=event.title), styles["title"]),
        td.paragraph(" · ".join(part for part in (when, event.venue, event.chapter_name) if part), styles["subtitle"]),
        td.paragraph(
            words.text("{count} registered. Please sign beside your name.", count=len(people)), styles["small"]
        ),
        Spacer(1, 4 * mm),
    ]
    page_width = A4[0] - 2 * MARGIN
    widths = [10 * mm, 62 * mm, 46 * mm, 18 * mm, 11 * mm]
    widths.append(page_width - sum(widths))
    rows = [
        [
            td.paragraph(words.text(text), header)
            for text in ("No.", "Name", "Chapter · affiliation", "Role", "Here", "Signature")
        ]
    ]
    total = len(people)
    for number, person in enumerate(people, start=1):
        if number % 50 == 1:
            check_cancel(cancel)
            report(progress, number - 1, total, person.latin_name)
        name = [td.paragraph(person.latin_name, cell, bold=True)]
        if person.native_name and person.native_name != person.latin_name:
            name.append(td.paragraph(person.native_name, cell))
        where = [td.paragraph(person.chapter_name or person.country, cell_small)]
        if person.affiliation:
            where.append(td.paragraph(person.affiliation, cell_small))
        rows.append(
            [
                td.paragraph(str(number), cell_small),
                name,
                where,
                td.paragraph(words.word(person.role), cell_small),
                "",
                "",
            ]
        )
    if not people:
        rows.append(["", td.paragraph(words.text("Nobody is registered yet."), cell_small), "", "", "", ""])
    table = Table(rows, colWidths=widths, repeatRows=1, rowHeights=[None] + [ROW_HEIGHT] * (len(rows) - 1))
    commands = [
        ("FONT", (0, 0), (-1, -1), td.font_name(td.LATIN), 9),  # empty cells too: no unembedded Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("BOX", (4, 1), (4, -1), 0.5, RULE),
        ("LINEBEFORE", (5, 1), (5, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), _STRIPE) for row in range(2, len(rows), 2)]
    table.setStyle(TableStyle(commands))
    story.append(table)

    event_line = words.text("Sign-in sheet · {title} · {date}", title=event.title, date=words.date(event.local_start))
    target = Path(path)
    write_a4_document(
        target,
        story,
        title=words.text("Sign-in sheet — {title}", title=event.title),
        subject=event.title,
        footer_line=event_line,
        cancel=cancel,
        words=words,
    )
    report(progress, total, total, "")
    return target
