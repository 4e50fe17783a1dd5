"""The roster import's problem report: every problem with its file, sheet, row and column.

A bad cell such as =HYPERLINK(...) is exactly what this report quotes, so every value is
written as text (safe_cells), and the file appears whole or not at all (atomic_export).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.output import atomic_export, safe_cells
from ssc_desktop.services.roster_plan import RowProblem

HEADERS = ["File", "Sheet", "Row", "Column", "Header", "Field", "Value", "Severity", "Problem"]


def write_roster_report(problems: Iterable[RowProblem], path: str | Path) -> Path:
    """The problems as .csv (UTF-8 with BOM, so Excel reads it) or .xlsx, by the path's suffix."""
    target = Path(path)
    lines = [
        [
            p.file,
            p.sheet,
            p.row,
            p.column,
            p.header,
            p.field,
            p.value,
            p.severity,
            format_message(p.code, MESSAGES.get(p.code), {"value": p.value, "header": p.header, **p.params}),
        ]
        for p in problems
    ]
    with atomic_export(target) as temporary:
        if target.suffix.casefold() == ".xlsx":
            _write_xlsx(lines, temporary)
        else:
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv.writer(handle)
                writer.writerow(HEADERS)
                writer.writerows([safe_cells.csv_text(value) for value in line] for line in lines)
    return target


def _write_xlsx(lines: list[list[Any]], path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Problems")
    sheet.append(HEADERS)
    for line in lines:
        cells: list[Any] = []
        for value in line:
            if isinstance(value, str):  # pinned to a text cell, whatever it looks like
                value = WriteOnlyCell(sheet, value=safe_cells.clean_text(value))
                value.data_type = "s"
            cells.append(value)
        sheet.append(cells)
    workbook.save(path)
