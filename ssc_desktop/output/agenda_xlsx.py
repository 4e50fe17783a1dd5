"""The agenda as an .xlsx: one row per item, times as real Excel times, names in their own script."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from ssc_desktop.output import atomic_export
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output.safe_cells import set_text
from ssc_desktop.services.events import zone
from ssc_desktop.services.programme import Programme
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.vocabulary import word

HEADERS = [
    "Date",
    "Start",
    "End",
    "Room",
    "Kind",
    "Title",
    "Speakers",
    "Speakers (Latin)",
    "Speakers (own script)",
    "Affiliations",
    "Description",
]
WIDTHS = [12, 8, 8, 18, 18, 42, 40, 30, 26, 36, 50]


def write_agenda_xlsx(
    programme: Programme,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    event = programme.event
    tz = zone(event.timezone)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Agenda"
    bold = Font(bold=True)
    for column, (header, width) in enumerate(zip(HEADERS, WIDTHS, strict=True), start=1):
        cell = sheet.cell(row=1, column=column)
        set_text(cell, header)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="F3E3EA")
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"
    total = len(programme.items)
    wrap = Alignment(vertical="top", wrap_text=True)
    top = Alignment(vertical="top")
    for number, item in enumerate(programme.items, start=2):
        check_cancel(cancel)
        report(progress, number - 2, total, item.title)
        start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
        values = [start.date(), start.time().replace(tzinfo=None), end.time().replace(tzinfo=None)]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=number, column=column, value=value)
            cell.number_format = "yyyy-mm-dd" if column == 1 else "hh:mm"
            cell.alignment = top
        texts = [
            item.room,
            word(item.kind),
            item.title,
            "; ".join(s.display_name for s in item.speakers),
            "; ".join(s.name for s in item.speakers),
            "; ".join(s.native_name for s in item.speakers),
            "; ".join(s.affiliation for s in item.speakers),
            item.description,
        ]
        for column, text in enumerate(texts, start=4):
            cell = sheet.cell(row=number, column=column)
            set_text(cell, text)
            cell.alignment = wrap
    info = workbook.create_sheet("Event")
    facts = [
        ("Event", event.title),
        ("Chapter", event.chapter_name),
        ("Starts", f"{event.local_start:%Y-%m-%d %H:%M}"),
        ("Ends", f"{event.local_end:%Y-%m-%d %H:%M}"),
        ("Time zone", event.timezone),
        ("Venue", event.venue),
        ("Online link", event.online_link),
    ]
    for row, (label, value) in enumerate(facts, start=1):
        label_cell = info.cell(row=row, column=1)
        set_text(label_cell, label)
        label_cell.font = bold
        set_text(info.cell(row=row, column=2), value)
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 60
    check_cancel(cancel)
    target = Path(path)
    with atomic_export(target, cancel) as temporary:
        workbook.save(temporary)
        check_cancel(cancel)
    report(progress, total, total, "")
    return target


def write_agenda(
    programme: Programme,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """The agenda in the format its file name asks for: .pdf (its own words in words' language) or .xlsx."""
    from ssc_desktop.errors import DomainError
    from ssc_desktop.output.agenda_pdf import write_agenda_pdf

    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return write_agenda_pdf(programme, path, progress, cancel, words)
    if suffix == ".xlsx":
        return write_agenda_xlsx(programme, path, progress, cancel)
    raise DomainError("programme.export_format", path=str(path))
