"""openpyxl write-only workbooks that are abandoned cleanly when an export stops early."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from openpyxl import Workbook


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
