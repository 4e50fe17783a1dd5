"""The attendance sheet as .xlsx: one row per registration, times as real Excel dates in the
event's time zone, a column per check-in list, and a summary sheet.

Written with openpyxl's write-only mode (rows streamed, 30,000 in a few seconds). Plain
values are passed as they are; only the header, the dates and user text that would start a
formula are written as styled cells.
"""

from __future__ import annotations

import threading
from datetime import datetime
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ssc_desktop.errors import DomainError
from ssc_desktop.output import atomic_export
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output.streamed_workbook import streamed_workbook
from ssc_desktop.output.safe_cells import clean_text, looks_like_formula
from ssc_desktop.services.attendance import AttendanceRow, AttendanceRows, AttendanceSheet, CountRow
from ssc_desktop.services.events import zone

BASE_COLUMNS = [
    ("Name", 28),
    ("Own script", 22),
    ("E-mail", 30),
    ("Chapter", 18),
    ("Country", 14),
    ("Affiliation", 34),
    ("Gender", 11),
    ("Role", 12),
    ("Status", 12),
    ("Walk-in", 8),
    ("Checked in", 17),
    ("Checked out", 17),
    ("Station", 14),
    ("Attended", 10),
    ("Online minutes", 10),
]
LIST_WIDTH = 17
DATE_FORMAT = "yyyy-mm-dd hh:mm"
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="5B1631")
_TITLE_FONT = Font(bold=True, size=14)
_BOLD = Font(bold=True)
_EVERY_ROWS = 500  # progress and cancel are checked this often

ROWS_TITLES = {
    AttendanceRows.ALL: "All registrations",
    AttendanceRows.ATTENDED: "Only those who came",
    AttendanceRows.NO_SHOWS: "Only no-shows",
}


def write_attendance_xlsx(
    sheet: AttendanceSheet,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Writes the sheet to path (via a temporary file renamed at the end); returns path."""
    if Path(path).suffix.lower() != ".xlsx":
        raise DomainError("export.not_xlsx", path=str(path))
    with streamed_workbook() as workbook:
        rows_sheet = workbook.create_sheet("Attendance")
        headers = [(name, width) for name, width in BASE_COLUMNS] + [(item.name, LIST_WIDTH) for item in sheet.lists]
        _set_up(rows_sheet, [width for _name, width in headers], len(sheet.rows))
        rows_sheet.append([_header(rows_sheet, name) for name, _width in headers])
        tz = zone(sheet.event.timezone)
        total = len(sheet.rows)
        for number, row in enumerate(sheet.rows):
            if number % _EVERY_ROWS == 0:
                check_cancel(cancel)
                report(progress, number, total, f"{number:,} of {total:,} rows")
            rows_sheet.append(_values(rows_sheet, row, tz))
        check_cancel(cancel)
        _write_summary(workbook.create_sheet("Summary"), sheet)
        target = Path(path)
        with atomic_export(target, cancel) as temporary:
            workbook.save(temporary)
            check_cancel(cancel)
    report(progress, total, total, "")
    return target


def _set_up(worksheet: Worksheet, widths: list[int], rows: int) -> None:
    for column, width in enumerate(widths, start=1):
        worksheet.column_dimensions[get_column_letter(column)].width = width
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{get_column_letter(len(widths))}{rows + 1}"
    worksheet.print_title_rows = "1:1"
    worksheet.page_setup.orientation = "landscape"
    worksheet.page_setup.paperSize = "9"  # A4
    worksheet.page_setup.fitToWidth = 1
    worksheet.page_setup.fitToHeight = 0
    worksheet.sheet_properties.pageSetUpPr.fitToPage = True


def _header(worksheet: Worksheet, text: str) -> WriteOnlyCell:
    cell = WriteOnlyCell(worksheet, value=clean_text(text))
    cell.data_type = "s"
    cell.font = _HEADER_FONT
    cell.fill = _HEADER_FILL
    cell.alignment = Alignment(vertical="center")
    return cell


def _text(worksheet: Worksheet, value: str) -> object:
    """User text as it is; pinned to a text cell when it would otherwise be read as a formula."""
    text = clean_text(value)
    if looks_like_formula(text):
        cell = WriteOnlyCell(worksheet, value=text)
        cell.data_type = "s"
        return cell
    return text


def _date(worksheet: Worksheet, moment: datetime | None, tz) -> object:
    if moment is None:
        return None
    cell = WriteOnlyCell(worksheet, value=moment.astimezone(tz).replace(tzinfo=None))
    cell.number_format = DATE_FORMAT
    return cell


def _values(worksheet: Worksheet, row: AttendanceRow, tz) -> list:
    return [
        _text(worksheet, row.latin_name),
        _text(worksheet, row.native_name),
        _text(worksheet, row.email),
        _text(worksheet, row.chapter_name),
        _text(worksheet, row.country),
        _text(worksheet, row.affiliation),
        row.gender.value.capitalize(),
        row.role.value.capitalize(),
        row.status.value.capitalize(),
        "Yes" if row.walk_in else "",
        _date(worksheet, row.arrived_at, tz),
        _date(worksheet, row.left_at, tz),
        _text(worksheet, row.station),
        row.how.capitalize(),
        round(row.online_minutes, 2) or None,
        *(_date(worksheet, moment, tz) for moment in row.list_arrivals),
    ]


def _write_summary(worksheet: Worksheet, sheet: AttendanceSheet) -> None:
    event, summary = sheet.event, sheet.summary
    worksheet.column_dimensions["A"].width = 40
    for letter in "BCD":
        worksheet.column_dimensions[letter].width = 14
    worksheet.page_setup.orientation = "portrait"
    worksheet.page_setup.paperSize = "9"  # A4

    def bold(text: str, font: Font = _BOLD) -> WriteOnlyCell:
        cell = WriteOnlyCell(worksheet, value=clean_text(text))
        cell.data_type = "s"
        cell.font = font
        return cell

    share = summary.attended / summary.registered if summary.registered else 0
    worksheet.append([bold(event.title, _TITLE_FONT)])
    worksheet.append(
        [_text(worksheet, f"{event.chapter_name} · {event.local_start:%d %B %Y} · {event.venue}".strip(" ·"))]
    )
    worksheet.append([f"Times in {event.timezone}. Rows on the Attendance sheet: {ROWS_TITLES[sheet.chosen].lower()}."])
    worksheet.append([])
    worksheet.append([bold("Registered"), summary.registered])
    worksheet.append([bold("Attended"), summary.attended])
    rate = WriteOnlyCell(worksheet, value=share)
    rate.number_format = "0%"
    worksheet.append([bold("Attendance rate"), rate])
    worksheet.append([bold("Walk-ins"), summary.walk_ins])
    worksheet.append([bold("Came on site"), summary.on_site])
    worksheet.append([bold("Joined online"), summary.online])
    sections = [
        ("By role", summary.by_role, True),
        ("By country", summary.by_country, False),
        ("By affiliation", summary.by_affiliation, False),
        ("By gender", summary.by_gender, True),
        ("Check-in lists", summary.by_list, False),
    ]
    for title, counts, capitalize in sections:
        if counts:
            _count_table(worksheet, bold, title, counts, capitalize)
    if summary.by_arrival_hour:
        worksheet.append([])
        worksheet.append([bold("Arrivals by hour"), bold("Arrived")])
        for count in summary.by_arrival_hour:
            worksheet.append([count.label, count.attended])


def _count_table(worksheet: Worksheet, bold, title: str, counts: tuple[CountRow, ...], capitalize: bool) -> None:
    worksheet.append([])
    worksheet.append([bold(title), bold("Registered"), bold("Attended"), bold("Rate")])
    for count in counts:
        rate = WriteOnlyCell(worksheet, value=count.attended / count.registered if count.registered else 0)
        rate.number_format = "0%"
        label = count.label.capitalize() if capitalize else count.label
        worksheet.append([_text(worksheet, label), count.registered, count.attended, rate])
