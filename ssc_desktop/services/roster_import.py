"""Roster import: a chapter's Excel or CSV roster into the members table, in one transaction.

The steps the wizard and `ssc roster import` share:
  preview()        finds the header row (even under title rows), maps its columns to member
                   fields by their names (English and Japanese) or by a mapping saved earlier.
  check()          reads every row, normalizes it, lists every problem (file, sheet, row, column)
                   and every duplicate (within the file and against the database) without writing.
  import_roster()  does the same and writes: new members in one bulk insert, duplicates updated,
                   skipped or kept as the policy and the per-row overrides say; all in one
                   transaction, so a failure or a cancel changes nothing.

Rows with an error (no name, bad e-mail, year out of range or not a year, unreadable cell) are
left out and reported; warnings (an unknown gender) keep the row. Duplicates match on the
case-folded e-mail, then on the folded Latin name + country when one of the two has no e-mail.

The wizard fixes problems in place: check() and import_roster() take corrections, a new raw
value per (row number, field) put into the row before it is normalized (so a corrected e-mail
is validated and matched like any other), and excluded rows the user chose to leave out
(counted as skipped). recheck_row() re-validates one row with its corrections at once, by the
same normalize_row() the import uses.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel
from ssc_desktop.models import ImportMapping
from ssc_desktop.services import audit
from ssc_desktop.services.roster_cells import (
    CellProblem,
    Unreadable,
    clean_cell,
    clean_email,
    clean_text,
    email_key,
    latest_visit_year,
    normalize_row,
    parse_gender,
    parse_year,
)
from ssc_desktop.services.roster_mapping import (
    COMBINABLE,
    FIELDS,
    KEEP,
    MAX_COMBINED,
    NAME_PARTS,
    TARGETS,
    LeftOutColumn,
    check_mapping,
    field_for_header,
    guess_mapping,
    header_key,
    header_signature,
    is_header,
    left_out_columns,
    parts_family_first,
)
from ssc_desktop.services.roster_plan import DuplicateAction, DuplicateRow, ImportPlan, RowProblem, row_problems
from ssc_desktop.services.roster_write import (
    PURPOSE,
    chapter_id_for,
    no_cyclic_gc,
    store_mapping,
    write_plan,
)
from ssc_desktop.services.roster_results import RosterImportRequest, RosterImportResult, RosterPreview
from ssc_desktop.services.tabular_files import MAX_FILE_BYTES, MAX_ROWS, TabularFile, column_letter

HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 1000
PREVIEW_ROWS = 50


# -- corrections -------------------------------------------------------------------------------
Corrections = Mapping[tuple[int, str], Any]


def _corrections_by_row(corrections: Corrections | None) -> dict[int, dict[str, Any]]:
    """{(row, field): value} as {row: {field: value}}, checking the fields."""
    by_row: dict[int, dict[str, Any]] = {}
    for (row, name), value in (corrections or {}).items():
        if name not in FIELDS:
            raise DomainError("roster.unknown_field", field=name)
        by_row.setdefault(int(row), {})[name] = value
    return by_row


def _corrected(
    values: tuple, mapping: Mapping[int, str], fixes: Mapping[str, Any]
) -> tuple[tuple, dict[int, str], dict[int, int]]:
    """The row's values with the fixes put into their fields' columns, before normalization.

    A fix for a field no column holds (the Latin name, when only the own-script name is
    mapped) goes into an extra column past the row's end; the returned {extra column:
    column to report} says where a problem found there is to be shown.
    """
    cells = list(values)
    mapping = dict(mapping)
    columns: dict[str, int] = {}
    for source_column, name in mapping.items():
        columns.setdefault(name, source_column)
    extra: dict[int, int] = {}
    for name, value in fixes.items():
        for other, feeds in mapping.items():  # a fixed combined field: the fix is the whole value
            if feeds == name and other != columns.get(name) and other < len(cells):
                cells[other] = None
        column = columns.get(name)
        if column is None:
            column = max([len(cells), *(c + 1 for c in mapping)])
            mapping[column] = name
            columns[name] = column
            shown = next((c for c, f in mapping.items() if f == "native_name"), -1) if name == "latin_name" else -1
            extra[column] = shown
        if column >= len(cells):
            cells.extend([None] * (column + 1 - len(cells)))
        cells[column] = value
    return tuple(cells), mapping, extra


def recheck_row(result: RosterImportResult, row: int, corrections: Corrections | None = None) -> tuple[RowProblem, ...]:
    """The problems row has with its corrections, as check() would list them.

    result is a check() made with keep_problem_rows=True, and row one of its problem rows.
    Only the row's own rules run here (name, e-mail, year, gender, unreadable cells); whether
    the fixed row is a duplicate is a question for the whole file, answered by check().
    """
    values = result.problem_rows[row]
    mapping = {int(k): v for k, v in result.mapping.items() if v}
    fixes = _corrections_by_row(corrections).get(row, {})
    fields = set(mapping.values())
    latin_from_native = "latin_name" not in fields and not fields & set(NAME_PARTS)
    family_first = parts_family_first(result.headers, mapping)
    extra: dict[int, int] = {}
    if fixes:
        values, mapping, extra = _corrected(values, mapping, fixes)
    _record, problems = normalize_row(
        values, mapping, latest_visit_year(), latin_from_native, result.headers, family_first
    )
    return tuple(row_problems(result.file, result.sheet, result.headers, row, problems, extra))


# -- the service -----------------------------------------------------------------------------
class RosterImportService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        max_bytes: int = MAX_FILE_BYTES,
        max_rows: int = MAX_ROWS,
        audit_log: audit.AuditLog | None = None,
    ) -> None:
        self._sessions = session_factory
        self._audit = audit_log or audit.AuditLog(session_factory)
        self.max_bytes = max_bytes
        self.max_rows = max_rows

    # -- reading ---------------------------------------------------------------------------
    def _open(self, path: str | Path) -> TabularFile:
        return TabularFile(path, max_bytes=self.max_bytes, max_rows=self.max_rows)

    def _find_header(self, table: TabularFile, sheet: str, header_row: int | None) -> tuple[str, int, tuple]:
        """(sheet, header row number, header values): the first row naming at least two fields."""
        sheets = [sheet] if sheet else table.sheet_names
        anything = False
        for name in sheets:
            for number, values in table.rows(name):
                if header_row is not None:
                    if number == header_row:
                        if not any(v not in (None, "") for v in values):
                            raise DomainError(
                                "roster.blank_header_row",
                                file=table.file_name,
                                sheet=name,
                                where=_where(table, name),
                                row=number,
                            )
                        return name, number, tuple(values)
                    continue
                if number > HEADER_SEARCH_ROWS:
                    break
                if any(v not in (None, "") for v in values):
                    anything = True
                    if is_header(values):
                        return name, number, tuple(values)
            if header_row is not None:
                raise DomainError(
                    "roster.no_such_row", file=table.file_name, sheet=name, where=_where(table, name), row=header_row
                )
        if not anything:
            raise DomainError(
                "roster.empty_sheet", file=table.file_name, sheet=sheets[0], where=_where(table, sheets[0])
            )
        raise DomainError(
            "roster.no_header",
            file=table.file_name,
            sheet=sheets[0],
            where=_where(table, sheets[0]),
            rows=HEADER_SEARCH_ROWS,
        )

    def preview(
        self, path: str | Path, sheet: str = "", header_row: int | None = None, sample_rows: int = 50
    ) -> RosterPreview:
        """The header row, the column mapping (saved or guessed) and the first rows of the file."""
        with self._open(path) as table:
            sheet, header_number, headers = self._find_header(table, sheet, header_row)
            sample, numbers = _sample(table, sheet, header_number, sample_rows)
            hidden = _hidden_characters(table, sheet, header_number, numbers)
            width = max([len(headers), *(len(r) for r in sample)]) if sample else len(headers)
            header_texts = tuple(_display(h) for h in headers) + ("",) * (width - len(headers))
            sample = [r + ("",) * (width - len(r)) for r in sample]
            saved = self.saved_mapping(headers)
            mapping = saved if saved is not None else guess_mapping(header_texts, sample)
            return RosterPreview(
                path=str(path),
                file=table.file_name,
                sheet=sheet,
                sheets=tuple(table.sheet_names),
                kind=table.kind,
                encoding=table.encoding,
                delimiter=table.delimiter,
                header_row=header_number,
                headers=header_texts,
                mapping=mapping,
                mapping_saved=saved is not None,
                sample=tuple(sample),
                sample_rows=tuple(numbers),
                signature=header_signature(headers),
                left_out=left_out_columns(header_texts, mapping, sample, column_letter),
                hidden_characters=hidden,
            )

    # -- saved mappings --------------------------------------------------------------------------
    def saved_mapping(self, headers: Iterable[Any]) -> dict[int, str] | None:
        signature = header_signature(headers)
        with self._sessions() as session:
            stored = session.scalars(
                select(ImportMapping.mapping)
                .where(ImportMapping.purpose == PURPOSE, ImportMapping.header_signature == signature)
                .order_by(ImportMapping.updated_at.desc(), ImportMapping.id.desc())
            ).first()
        if stored is None:
            return None
        return {int(k): v for k, v in stored.items() if v in TARGETS}

    def save_mapping(self, headers: Iterable[Any], mapping: Mapping[int, str]) -> None:
        with self._sessions.begin() as session:
            store_mapping(session, header_signature(headers), mapping)

    # -- checking and importing -----------------------------------------------------------------
    def check(
        self,
        path: str | Path,
        mapping: Mapping[int, str] | None = None,
        sheet: str = "",
        header_row: int | None = None,
        policy: DuplicateAction = DuplicateAction.UPDATE,
        overrides: Mapping[int, DuplicateAction] | None = None,
        chapter: str = "",
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        corrections: Corrections | None = None,
        excluded: Iterable[int] = (),
        keep_problem_rows: bool = False,
    ) -> RosterImportResult:
        """Everything import_roster() would do, reported without writing anything."""
        return self.import_roster(
            path,
            chapter,
            mapping,
            sheet,
            header_row,
            policy,
            overrides,
            dry_run=True,
            progress=progress,
            cancel=cancel,
            corrections=corrections,
            excluded=excluded,
            keep_problem_rows=keep_problem_rows,
        )

    def recheck_row(
        self, result: RosterImportResult, row: int, corrections: Corrections | None = None
    ) -> tuple[RowProblem, ...]:
        """One problem row of a check() re-validated with its corrections (see recheck_row())."""
        return recheck_row(result, row, corrections)

    def import_roster(
        self,
        path: str | Path,
        chapter: str,
        mapping: Mapping[int, str] | None = None,
        sheet: str = "",
        header_row: int | None = None,
        policy: DuplicateAction = DuplicateAction.UPDATE,
        overrides: Mapping[int, DuplicateAction] | None = None,
        dry_run: bool = False,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
        remember_mapping: bool = True,
        corrections: Corrections | None = None,
        excluded: Iterable[int] = (),
        keep_problem_rows: bool = False,
    ) -> RosterImportResult:
        """import_roster(path, chapter, ...) as keywords: the same as run(RosterImportRequest(...))."""
        request = RosterImportRequest(
            path,
            chapter,
            mapping,
            sheet,
            header_row,
            policy,
            overrides or {},
            dry_run,
            remember_mapping,
            corrections or {},
            tuple(excluded),
            keep_problem_rows,
        )
        return self.run(request, progress, cancel)

    def run(
        self, request: RosterImportRequest, progress: ProgressFn | None = None, cancel: threading.Event | None = None
    ) -> RosterImportResult:
        """Imports the roster into the chapter (created if new) in one transaction (see RosterImportRequest).

        progress(done, total, phase) is called with phase "read" then "write"; cancel
        is checked between steps and, once set, rolls everything back (WorkCancelled).
        """
        path, chapter, mapping = request.path, request.chapter, request.mapping
        sheet, header_row, policy, dry_run = request.sheet, request.header_row, request.policy, request.dry_run
        overrides, corrections = request.overrides, request.corrections
        remember_mapping, keep_problem_rows = request.remember_mapping, request.keep_problem_rows
        policy = DuplicateAction(policy)
        overrides = {int(k): DuplicateAction(v) for k, v in (overrides or {}).items()}
        fixes_by_row = _corrections_by_row(corrections)
        excluded = frozenset(int(r) for r in request.excluded)
        special = fixes_by_row.keys() | excluded
        problem_rows: dict[int, tuple] = {}
        corrected = 0
        chapter = chapter.strip()
        if not dry_run and not chapter:
            raise DomainError("chapter.name_required")
        report = progress or (lambda done, total, phase: None)

        session_context = self._sessions() if dry_run else self._sessions.begin()
        with no_cyclic_gc(), session_context as session, self._open(path) as table:
            sheet, header_number, headers = self._find_header(table, sheet, header_row)
            header_texts = [_display(h) for h in headers]
            if mapping is None:
                mapping = self.saved_mapping(headers)
                if mapping is None:
                    mapping = guess_mapping(header_texts, _sample(table, sheet, header_number, PREVIEW_ROWS)[0])
            # Column order, so that combined columns are joined as they stand in the file.
            mapping = {int(k): v for k, v in sorted(mapping.items(), key=lambda item: int(item[0])) if v}
            check_mapping(mapping, table.file_name)
            fields = set(mapping.values())
            latin_from_native = "latin_name" not in fields and not fields & set(NAME_PARTS)
            family_first = parts_family_first(header_texts, mapping)
            plan = ImportPlan(session, table.file_name, sheet, header_texts, policy, overrides)
            latest = latest_visit_year()
            header_tuple = tuple(headers)
            total = table.row_count(sheet)
            read = 0
            for number, values in table.rows(sheet):
                read += 1
                if read % PROGRESS_EVERY == 0:
                    check_cancel(cancel)
                    report(number, total, "read")
                if number <= header_number:
                    continue
                if values == header_tuple:
                    continue  # the header repeated (pasted rosters)
                if special and number in special:
                    if number in excluded:
                        if not _blank(values, mapping):
                            plan.exclude(number)
                            if keep_problem_rows:
                                problem_rows[number] = tuple(values)
                        continue
                    original = tuple(values)
                    values, row_mapping, extra = _corrected(values, mapping, fixes_by_row[number])
                    corrected += 1
                    record, problems = normalize_row(
                        values, row_mapping, latest, latin_from_native, header_texts, family_first
                    )
                    if problems and keep_problem_rows:
                        problem_rows[number] = original
                    plan.add(number, record, problems, extra)
                    continue
                record, problems = normalize_row(values, mapping, latest, latin_from_native, header_texts, family_first)
                if problems and _blank(values, mapping):
                    continue  # a blank row: only the missing name was found
                if problems and keep_problem_rows:
                    problem_rows[number] = tuple(values)
                plan.add(number, record, problems)
            check_cancel(cancel)
            report(read, read, "read")
            added, updated = plan.finish()
            if not dry_run:
                chapter_id = chapter_id_for(session, chapter)
                write_plan(session, plan, chapter_id, report, cancel)
                if remember_mapping:
                    store_mapping(session, header_signature(headers), mapping)
                audit.record(
                    session,
                    audit.ROSTER_IMPORT,
                    f"{table.file_name} into {chapter}: {added} added, {updated} updated, "
                    f"{plan.skipped} skipped, {plan.rejected} rejected",
                    self._audit.actor,
                )
                check_cancel(cancel)
            return RosterImportResult(
                file=table.file_name,
                sheet=sheet,
                chapter=chapter,
                header_row=header_number,
                rows=plan.rows,
                added=added,
                updated=updated,
                skipped=plan.skipped,
                rejected=plan.rejected,
                problems=tuple(plan.problems),
                duplicates=tuple(plan.duplicates),
                mapping=dict(mapping),
                policy=policy,
                dry_run=dry_run,
                excluded=plan.excluded,
                corrected=corrected,
                headers=tuple(header_texts),
                problem_rows=problem_rows,
                left_out=tuple(h or column_letter(c) for c, h in enumerate(header_texts) if not mapping.get(c)),
            )


def _sample(table: TabularFile, sheet: str, header_number: int, limit: int) -> tuple[list[tuple[str, ...]], list[int]]:
    """The first non-blank rows under the header, as shown, and their row numbers."""
    sample: list[tuple[str, ...]] = []
    numbers: list[int] = []
    for number, values in table.rows(sheet):
        if number <= header_number or not any(v not in (None, "") for v in values):
            continue
        sample.append(tuple(_display(v) for v in values))
        numbers.append(number)
        if len(sample) >= limit:
            break
    return sample, numbers


def _hidden_characters(table: TabularFile, sheet: str, header_number: int, numbers: list[int]) -> tuple[str, ...]:
    """The sample's cells that hold characters the import takes out (bidi controls and the like)."""
    wanted = set(numbers)
    found: list[str] = []
    for number, values in table.rows(sheet):
        if number > max(wanted, default=0):
            break
        if number not in wanted:
            continue
        for column, value in enumerate(values):
            if isinstance(value, str) and not value.isprintable():
                try:
                    removed = clean_cell(value)[1]
                except Unreadable:
                    continue
                if removed:
                    found.append(f"{column_letter(column)}{number}: {', '.join(removed)}")
    return tuple(found)


def _where(table: TabularFile, sheet: str) -> str:
    return f"{table.file_name}, sheet {sheet}" if sheet and table.is_workbook else table.file_name


def _display(value: Any) -> str:
    try:
        return clean_text(value)
    except Unreadable:
        return str(value)


def _blank(values: tuple, mapping: Mapping[int, str]) -> bool:
    width = len(values)
    return all(
        values[c] in (None, "") or (isinstance(values[c], str) and not values[c].strip()) for c in mapping if c < width
    )


__all__ = [
    "RosterImportRequest",
    "COMBINABLE",
    "FIELDS",
    "KEEP",
    "MAX_COMBINED",
    "NAME_PARTS",
    "TARGETS",
    "left_out_columns",
    "column_letter",
    "LeftOutColumn",
    "Unreadable",
    "CellProblem",
    "header_key",
    "DuplicateAction",
    "DuplicateRow",
    "RosterImportResult",
    "RosterImportService",
    "RosterPreview",
    "RowProblem",
    "clean_email",
    "clean_text",
    "email_key",
    "field_for_header",
    "guess_mapping",
    "header_key",
    "header_signature",
    "normalize_row",
    "parse_gender",
    "parse_year",
    "recheck_row",
]
