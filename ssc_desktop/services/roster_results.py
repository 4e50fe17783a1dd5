"""What a roster import says back (the preview, the result) and what it is asked (the request):
the frozen records the wizard, `ssc roster import` and services.roster_import exchange."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ssc_desktop.services.roster_mapping import LeftOutColumn
from ssc_desktop.services.roster_plan import DuplicateAction, DuplicateRow, RowProblem


# -- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RosterPreview:
    path: str
    file: str
    sheet: str
    sheets: tuple[str, ...]
    kind: str  # "xlsx", "xls", "ods" or "csv"
    encoding: str
    delimiter: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[int, str]
    mapping_saved: bool  # the mapping came from an earlier import of a file with these headers
    sample: tuple[tuple[str, ...], ...]
    sample_rows: tuple[int, ...]
    signature: str
    # The columns the mapping leaves out, with sample values: shown, so that nothing is dropped unseen.
    left_out: tuple[LeftOutColumn, ...] = ()
    # "D7: U+202E RIGHT-TO-LEFT OVERRIDE" for each sample cell that loses a hidden character on import.
    hidden_characters: tuple[str, ...] = ()


@dataclass(frozen=True)
class RosterImportResult:
    file: str
    sheet: str
    chapter: str
    header_row: int
    rows: int  # data rows read (blank rows not counted)
    added: int
    updated: int
    skipped: int  # duplicates skipped, and rows the user chose to leave out
    rejected: int  # rows left out for an error
    problems: tuple[RowProblem, ...]
    duplicates: tuple[DuplicateRow, ...]
    mapping: dict[int, str]
    policy: DuplicateAction
    dry_run: bool
    excluded: int = 0  # rows left out because the user chose so (also counted in skipped)
    corrected: int = 0  # rows with at least one corrected cell
    headers: tuple[str, ...] = ()
    # The raw values of every row with a problem, by row number (only with keep_problem_rows),
    # for recheck_row() to re-validate a row as the user fixes it.
    problem_rows: dict[int, tuple] = field(default_factory=dict)
    left_out: tuple[str, ...] = ()  # headers of the columns not imported

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == "warning")


# -- the request -------------------------------------------------------------------------------
@dataclass(frozen=True)
class RosterImportRequest:
    """What to import and how: one object for the wizard, the CLI and check() to pass along.

    mapping is column index -> field (None: the saved or guessed one); policy says what to do
    with duplicates and overrides changes it for single rows (by row number). corrections gives
    a new raw value per (row number, field), used instead of the file's cell before normalizing;
    excluded rows are left out and counted as skipped. keep_problem_rows keeps the raw values of
    rows with problems in the result. dry_run checks and reports without writing.
    """

    path: str | Path
    chapter: str = ""
    mapping: Mapping[int, str] | None = None
    sheet: str = ""
    header_row: int | None = None
    policy: DuplicateAction = DuplicateAction.UPDATE
    overrides: Mapping[int, DuplicateAction] = field(default_factory=dict)
    dry_run: bool = False
    remember_mapping: bool = True
    corrections: Mapping[tuple[int, str], Any] = field(default_factory=dict)
    excluded: tuple[int, ...] = ()
    keep_problem_rows: bool = False
