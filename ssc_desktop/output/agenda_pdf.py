"""The printable A4 agenda of an event: its day by time, with rooms, kinds and speakers.

Every piece of text goes through output.text_drawing, so names print in their own
script (shaped) beside their Latin form, with every font embedded.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ssc_desktop.vocabulary import ProgrammeKind
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.pdf_pages import MARGIN, RULE, write_a4_document
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services.events import zone
from ssc_desktop.services.programme import Programme, ProgrammeItemRow

_ACCENT = colors.HexColor("#b4235a")  # sakura
_HEADER_BG = colors.HexColor("#5b1631")
_BREAK_BG = colors.HexColor("#f4f1f2")


def when_text(programme: Programme, words: PrintedWords = ENGLISH) -> str:
    event = programme.event
    return words.span(event.local_start, event.local_end, event.timezone)


def item_time_text(item: ProgrammeItemRow, tz, first_day, words: PrintedWords = ENGLISH) -> str:
    start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
    text = f"{start:%H:%M}–{end:%H:%M}"
    if start.date() != first_day:
        text = f"{words.day_month(start)} {text}"
    return text


def write_agenda_pdf(
    programme: Programme,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """Writes the agenda to path (via a temporary file), its own words in words' language; returns path."""
    td.register_fonts()
    event = programme.event
    tz = zone(event.timezone)
    first_day = event.local_start.date()
    total = len(programme.items) + 1
    styles = td.styles(9)
    title_style, subtitle, small = styles["title"], styles["subtitle"], styles["small"]
    cell, cell_small, header = styles["cell"], styles["cell_small"], styles["header"]

    story = [td.paragraph(event.title, title_style)]
    facts = [when_text(programme, words)]
    if event.venue:
        facts.append(words.text("Venue: {venue}", venue=event.venue))
    if event.online_link:
        facts.append(words.text("Online: {link}", link=event.online_link))
    facts.append(f"{words.word(event.format)} · {event.chapter_name}")
    story.extend(td.paragraph(line, subtitle) for line in facts)
    story.append(Spacer(1, 6 * mm))

    page_width = A4[0] - 2 * MARGIN
    widths = [24 * mm, 26 * mm, 24 * mm, None, 50 * mm]
    widths[3] = page_width - sum(w for w in widths if w is not None)
    rows = [[td.paragraph(words.text(text), header) for text in ("Time", "Room", "Kind", "Programme", "Speakers")]]
    breaks = []
    for number, item in enumerate(programme.items, start=1):
        check_cancel(cancel)
        report(progress, number - 1, total, item.title)
        title_cell = [td.paragraph(item.title, cell, bold=True)]
        if item.description:
            title_cell.append(td.paragraph(item.description, cell_small))
        speaker_cell = []
        for speaker in item.speakers:
            speaker_cell.append(td.paragraph(speaker.display_name, cell, bold=False))
            if speaker.affiliation:
                speaker_cell.append(td.paragraph(speaker.affiliation, cell_small))
        rows.append(
            [
                td.paragraph(item_time_text(item, tz, first_day, words), cell),
                td.paragraph(item.room, cell),
                td.paragraph(words.word(item.kind), cell_small),
                title_cell,
                speaker_cell or "",
            ]
        )
        if item.kind in (ProgrammeKind.BREAK, ProgrammeKind.NETWORKING):
            breaks.append(number)
    if not programme.items:
        rows.append(["", "", "", td.paragraph(words.text("No programme items yet."), cell_small), ""])
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("FONT", (0, 0), (-1, -1), td.font_name(td.LATIN), 9),  # empty cells too: no unembedded Helvetica
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("LINEABOVE", (0, 1), (-1, 1), 1.2, _ACCENT),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), _BREAK_BG) for row in breaks]
    table.setStyle(TableStyle(commands))
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(
        KeepTogether(
            [td.paragraph(words.text("All times are local to the event ({zone}).", zone=event.timezone), small)]
        )
    )

    event_line = f"{event.title} · {words.date(event.local_start)}" + (f" · {event.venue}" if event.venue else "")
    target = Path(path)
    write_a4_document(
        target,
        story,
        title=words.text("Agenda — {title}", title=event.title),
        subject=event.title,
        footer_line=event_line,
        cancel=cancel,
        words=words,
    )
    report(progress, total, total, "")
    return target
