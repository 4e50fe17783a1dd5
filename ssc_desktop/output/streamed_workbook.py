"""openpyxl write-only workbooks that are abandoned cleanly when an export stops early."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter


@contextmanager
def streamed_workbook() -> Iterator[Workbook]:
    """A write-only workbook; if the block fails or is cancelled, its sheets' temporary files
    are closed and removed at once (otherwise openpyxl finishes them when garbage-collected,
    writing into files already closed)."""
    workbook = Workbook(write_only=True)
    try:
        yield workbook
    except BaseException:
        for sheet in workbook.worksheets:
            if not sheet.closed:
                sheet.close()
            writer = getattr(sheet, "_writer", None)  # openpyxl keeps the sheet's temporary file there
            if writer is not None:
                try:
                    writer.cleanup()
                except (OSError, ValueError):
                    pass
        raise


def start_sheet(workbook: Workbook, title: str, columns: Sequence[tuple[str, int]]):
    """A new sheet with the columns' widths, a frozen, white-on-plum header row of their names."""
    sheet = workbook.create_sheet(title)
    for column, (_name, width) in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"
    header_font, header_fill = Font(bold=True, color="FFFFFF"), PatternFill("solid", fgColor="5B1631")
    headers = []
    for name, _width in columns:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font, cell.fill = header_font, header_fill
        headers.append(cell)
    sheet.append(headers)
    return sheet
