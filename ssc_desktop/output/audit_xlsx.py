"""The audit log as .xlsx: one row per entry, newest first, times in UTC as real Excel dates.

Written in openpyxl's write-only mode through atomic_export; text that would start a
formula (a desk named "=cmd", a member named "+1...") is stored as a text cell.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import atomic_export
from ssc_desktop.output.safe_cells import clean_text, looks_like_formula
from ssc_desktop.output.streamed_workbook import start_sheet, streamed_workbook
from ssc_desktop.services.audit import AuditRow

COLUMNS = [("When (UTC)", 20), ("Kind", 14), ("Desk", 22), ("Event", 8), ("What", 90), ("Entry", 8)]
DATE_FORMAT = "yyyy-mm-dd hh:mm:ss"
_EVERY_ROWS = 1000


def write_audit_xlsx(
    rows: Iterable[AuditRow],
    path: str | Path,
    total: int = 0,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> tuple[Path, int]:
    """Writes the entries to path; returns (path, rows written). total (if known) is for progress."""
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise DomainError("export.not_xlsx", path=str(target))
    written = 0
    with streamed_workbook() as workbook:
        sheet = start_sheet(workbook, "Audit log", COLUMNS)
        for row in rows:
            if written % _EVERY_ROWS == 0:
                check_cancel(cancel)
                report(progress, written, max(total, written), f"{written:,} entries")
            when = WriteOnlyCell(sheet, value=row.at.replace(tzinfo=None))
            when.number_format = DATE_FORMAT
            sheet.append([when, row.kind, _text(sheet, row.desk), row.event_id, _text(sheet, row.what), row.id])
            written += 1
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{written + 1}"
        check_cancel(cancel)
        with atomic_export(target, cancel) as temporary:
            workbook.save(temporary)
            check_cancel(cancel)
    report(progress, written, written, "")
    return target, written


def _text(sheet, value: str) -> object:
    text = clean_text(value)
    if looks_like_formula(text):
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text
