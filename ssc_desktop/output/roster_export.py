"""The roster (members, as filtered) to .xlsx or .csv.

The .csv is UTF-8 with a byte-order mark, so Excel opens names in every script correctly,
and user text that would start a formula gets a leading apostrophe; the .xlsx stores such
text as text cells.
"""

from __future__ import annotations

import csv
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.utils import get_column_letter

from ssc_desktop.errors import DomainError
from ssc_desktop.output import atomic_export
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output.streamed_workbook import start_sheet, streamed_workbook
from ssc_desktop.output.safe_cells import clean_text, csv_text, looks_like_formula
from ssc_desktop.services.members import MemberSummary

COLUMNS = [
    ("Name", 28),
    ("Own script", 22),
    ("E-mail", 32),
    ("Chapter", 18),
    ("Country", 14),
    ("Affiliation", 36),
    ("Visit year", 10),
    ("Host institution", 30),
    ("Gender", 11),
    ("Phone", 18),
    ("Notes", 40),  # what the member panel's notes hold, columns kept at import included
]
FORMATS = (".xlsx", ".csv")
_EVERY_ROWS = 1000


def roster_values(member: MemberSummary, notes: Mapping[int, str]) -> list[object]:
    return [
        member.latin_name,
        member.native_name,
        member.email,
        member.chapter_name,
        member.country,
        member.affiliation,
        member.visit_year,
        member.host_institution,
        member.gender.value.capitalize(),
        member.phone,
        notes.get(member.id, ""),
    ]


def write_roster(
    members: Sequence[MemberSummary],
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    notes: Mapping[int, str] | None = None,
) -> Path:
    """Writes .xlsx or .csv by the path's suffix (via a temporary file renamed at the end), with
    each member's notes (by member id) in the last column."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise DomainError("export.unknown_format", path=str(target), formats=", ".join(FORMATS))
    with atomic_export(target, cancel) as temporary:
        if suffix == ".csv":
            _write_csv(members, temporary, progress, cancel, notes or {})
        else:
            _write_xlsx(members, temporary, progress, cancel, notes or {})
        check_cancel(cancel)
    report(progress, len(members), len(members), "")
    return target


def _write_csv(
    members: Sequence[MemberSummary],
    path: Path,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    notes: Mapping[int, str],
) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([name for name, _width in COLUMNS])
        for number, member in enumerate(members):
            if number % _EVERY_ROWS == 0:
                check_cancel(cancel)
                report(progress, number, len(members), f"{number:,} of {len(members):,} members")
            writer.writerow(
                [
                    "" if value is None else csv_text(value) if isinstance(value, str) else value
                    for value in roster_values(member, notes)
                ]
            )


def _write_xlsx(
    members: Sequence[MemberSummary],
    path: Path,
    progress: ProgressFn | None,
    cancel: threading.Event | None,
    notes: Mapping[int, str],
) -> None:
    with streamed_workbook() as workbook:
        sheet = start_sheet(workbook, "Members", COLUMNS)
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(COLUMNS))}{len(members) + 1}"
        for number, member in enumerate(members):
            if number % _EVERY_ROWS == 0:
                check_cancel(cancel)
                report(progress, number, len(members), f"{number:,} of {len(members):,} members")
            sheet.append([_cell(sheet, value) for value in roster_values(member, notes)])
        workbook.save(path)


def _cell(sheet, value: object) -> object:
    if not isinstance(value, str):
        return value
    text = clean_text(value)
    if looks_like_formula(text):
        cell = WriteOnlyCell(sheet, value=text)
        cell.data_type = "s"
        return cell
    return text
