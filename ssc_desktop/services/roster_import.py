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

import csv
import enum
import gc
import threading
from operator import itemgetter
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.output import safe_cells
from ssc_desktop.models import Chapter, Gender, ImportMapping, Member, utc_now
from ssc_desktop.services.members import MemberDraft, member_values
from ssc_desktop.services.roster_cells import (
    CellProblem,
    Unreadable,
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
from ssc_desktop.services.tabular_files import MAX_FILE_BYTES, MAX_ROWS, TabularFile, column_letter
from ssc_desktop.services.text_folding import fold

PURPOSE = "roster"
HEADER_SEARCH_ROWS = 30
PROGRESS_EVERY = 1000
PREVIEW_ROWS = 50
INSERT_BATCH = 2000

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]

# -- results ---------------------------------------------------------------------------------
class DuplicateAction(enum.StrEnum):
    UPDATE = "update"
    SKIP = "skip"
    KEEP_BOTH = "keep-both"


@dataclass(frozen=True)
class RowProblem:
    file: str
    sheet: str
    row: int
    column: str  # spreadsheet letter, "" when the problem is the whole row
    header: str
    field: str
    value: str
    code: str
    severity: str  # "error": the row is left out; "warning": the row is imported
    params: Mapping[str, Any] = field(default_factory=dict)

    def as_error(self) -> DomainError:
        return DomainError(self.code, value=self.value, header=self.header, **self.params)


@dataclass(frozen=True)
class DuplicateRow:
    row: int
    name: str
    email: str
    matched_by: str  # "email" or "name"
    kind: str  # "file" (an earlier row of the file) or "database" (a member already stored)
    other_row: int | None
    member_id: int | None
    other_name: str
    other_email: str
    action: DuplicateAction


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


def _corrected(values: tuple, mapping: Mapping[int, str], fixes: Mapping[str, Any]
               ) -> tuple[tuple, Mapping[int, str], dict[int, int]]:
    """The row's values with the fixes put into their fields' columns, before normalization.

    A fix for a field no column holds (the Latin name, when only the own-script name is
    mapped) goes into an extra column past the row's end; the returned {extra column:
    column to report} says where a problem found there is to be shown.
    """
    cells = list(values)
    mapping = dict(mapping)
    columns: dict[str, int] = {}
    for column, name in mapping.items():
        columns.setdefault(name, column)
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


def _row_problems(file: str, sheet: str, headers: list[str] | tuple[str, ...], number: int,
                  problems: Iterable[CellProblem], extra: Mapping[int, int] | None = None) -> list[RowProblem]:
    """The cell problems of one row, placed in the file: column letter and header."""
    placed = []
    for problem in problems:
        column = extra.get(problem.column, problem.column) if extra else problem.column
        header = headers[column] if 0 <= column < len(headers) else ""
        placed.append(RowProblem(
            file, sheet, number, column_letter(column) if column >= 0 else "", header, problem.field,
            problem.value, problem.code, problem.severity, dict(problem.params),
        ))
    return placed


def recheck_row(result: RosterImportResult, row: int, corrections: Corrections | None = None
                ) -> tuple[RowProblem, ...]:
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
    _record, problems = normalize_row(values, mapping, latest_visit_year(), latin_from_native, result.headers,
                                      family_first)
    return tuple(_row_problems(result.file, result.sheet, result.headers, row, problems, extra))


# -- the service -----------------------------------------------------------------------------
@dataclass
class _Target:
    kind: str  # "db" or "new"
    ref: int  # member id, or index into the new records
    email_key: str
    name: str
    email: str
    row: int | None


def _name_key(latin_name: str, country: str) -> str:
    if not latin_name:
        return ""
    return f"{_fold(latin_name)}\x1f{_fold(country)}"


def _fold(text: str) -> str:
    return " ".join(fold(text).split())


class RosterImportService:
    def __init__(self, session_factory: sessionmaker[Session], max_bytes: int = MAX_FILE_BYTES,
                 max_rows: int = MAX_ROWS) -> None:
        self._sessions = session_factory
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
                            raise DomainError("roster.blank_header_row", file=table.file_name, sheet=name,
                                              where=_where(table, name), row=number)
                        return name, number, tuple(values)
                    continue
                if number > HEADER_SEARCH_ROWS:
                    break
                if any(v not in (None, "") for v in values):
                    anything = True
                    if is_header(values):
                        return name, number, tuple(values)
            if header_row is not None:
                raise DomainError("roster.no_such_row", file=table.file_name, sheet=name,
                                  where=_where(table, name), row=header_row)
        if not anything:
            raise DomainError("roster.empty_sheet", file=table.file_name, sheet=sheets[0], where=_where(table, sheets[0]))
        raise DomainError("roster.no_header", file=table.file_name, sheet=sheets[0], where=_where(table, sheets[0]),
                          rows=HEADER_SEARCH_ROWS)

    def preview(self, path: str | Path, sheet: str = "", header_row: int | None = None,
                sample_rows: int = 50) -> RosterPreview:
        """The header row, the column mapping (saved or guessed) and the first rows of the file."""
        with self._open(path) as table:
            sheet, header_number, headers = self._find_header(table, sheet, header_row)
            sample, numbers = _sample(table, sheet, header_number, sample_rows)
            width = max([len(headers), *(len(r) for r in sample)]) if sample else len(headers)
            header_texts = tuple(_display(h) for h in headers) + ("",) * (width - len(headers))
            sample = [r + ("",) * (width - len(r)) for r in sample]
            saved = self.saved_mapping(headers)
            mapping = saved if saved is not None else guess_mapping(header_texts, sample)
            return RosterPreview(
                path=str(path), file=table.file_name, sheet=sheet, sheets=tuple(table.sheet_names),
                kind=table.kind, encoding=table.encoding, delimiter=table.delimiter, header_row=header_number,
                headers=header_texts, mapping=mapping, mapping_saved=saved is not None,
                sample=tuple(sample), sample_rows=tuple(numbers), signature=header_signature(headers),
                left_out=left_out_columns(header_texts, mapping, sample, column_letter),
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
            _store_mapping(session, header_signature(headers), mapping)

    # -- checking and importing -----------------------------------------------------------------
    def check(self, path: str | Path, mapping: Mapping[int, str] | None = None, sheet: str = "",
              header_row: int | None = None, policy: DuplicateAction = DuplicateAction.UPDATE,
              overrides: Mapping[int, DuplicateAction] | None = None, chapter: str = "",
              progress: ProgressFn | None = None, cancelled: CancelledFn | None = None,
              corrections: Corrections | None = None, excluded: Iterable[int] = (),
              keep_problem_rows: bool = False) -> RosterImportResult:
        """Everything import_roster() would do, reported without writing anything."""
        return self.import_roster(path, chapter, mapping, sheet, header_row, policy, overrides, dry_run=True,
                                  progress=progress, cancelled=cancelled, corrections=corrections,
                                  excluded=excluded, keep_problem_rows=keep_problem_rows)

    def recheck_row(self, result: RosterImportResult, row: int,
                    corrections: Corrections | None = None) -> tuple[RowProblem, ...]:
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
        cancelled: CancelledFn | None = None,
        remember_mapping: bool = True,
        corrections: Corrections | None = None,
        excluded: Iterable[int] = (),
        keep_problem_rows: bool = False,
    ) -> RosterImportResult:
        """Imports the roster into the chapter (created if new) in one transaction.

        mapping is column index -> field (None: the saved or guessed one); policy says what
        to do with duplicates and overrides changes it for single rows (by row number).
        corrections gives a new raw value per (row number, field), used instead of the
        file's cell before normalizing; excluded rows are left out and counted as skipped.
        keep_problem_rows keeps the raw values of rows with problems in the result.
        progress(done, total, phase) is called with phase "read" then "write"; cancelled()
        is polled and a True answer rolls everything back (DomainError "roster.cancelled").
        """
        policy = DuplicateAction(policy)
        overrides = {int(k): DuplicateAction(v) for k, v in (overrides or {}).items()}
        fixes_by_row = _corrections_by_row(corrections)
        excluded = frozenset(int(r) for r in excluded)
        special = fixes_by_row.keys() | excluded
        problem_rows: dict[int, tuple] = {}
        corrected = 0
        chapter = chapter.strip()
        if not dry_run and not chapter:
            raise DomainError("chapter.name_required")
        report = progress or (lambda done, total, phase: None)
        stop = cancelled or (lambda: False)
        file_name = Path(path).name

        def check_cancel() -> None:
            if stop():
                raise DomainError("roster.cancelled", file=file_name)

        session_context = self._sessions() if dry_run else self._sessions.begin()
        with _no_cyclic_gc(), session_context as session, self._open(path) as table:
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
            plan = _Plan(session, table.file_name, sheet, header_texts, policy, overrides)
            latest = latest_visit_year()
            header_tuple = tuple(headers)
            total = table.row_count(sheet)
            read = 0
            for number, values in table.rows(sheet):
                read += 1
                if read % PROGRESS_EVERY == 0:
                    check_cancel()
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
                    record, problems = normalize_row(values, row_mapping, latest, latin_from_native, header_texts,
                                                     family_first)
                    if problems and keep_problem_rows:
                        problem_rows[number] = original
                    plan.add(number, record, problems, extra)
                    continue
                record, problems = normalize_row(values, mapping, latest, latin_from_native, header_texts,
                                                 family_first)
                if problems and _blank(values, mapping):
                    continue  # a blank row: only the missing name was found
                if problems and keep_problem_rows:
                    problem_rows[number] = tuple(values)
                plan.add(number, record, problems)
            check_cancel()
            report(read, read, "read")
            added, updated = plan.finish()
            if not dry_run:
                chapter_id = _chapter_id(session, chapter)
                self._write(session, plan, chapter_id, report, check_cancel)
                if remember_mapping:
                    _store_mapping(session, header_signature(headers), mapping)
                check_cancel()
            return RosterImportResult(
                file=table.file_name, sheet=sheet, chapter=chapter, header_row=header_number, rows=plan.rows,
                added=added, updated=updated, skipped=plan.skipped, rejected=plan.rejected,
                problems=tuple(plan.problems), duplicates=tuple(plan.duplicates), mapping=dict(mapping),
                policy=policy, dry_run=dry_run, excluded=plan.excluded, corrected=corrected,
                headers=tuple(header_texts), problem_rows=problem_rows,
                left_out=tuple(h or column_letter(c) for c, h in enumerate(header_texts) if not mapping.get(c)),
            )

    def _write(self, session: Session, plan: _Plan, chapter_id: int, report: ProgressFn,
               check_cancel: Callable[[], None]) -> None:
        rows = _new_member_rows(plan.new_records, chapter_id)
        total = len(rows) + len(plan.updates)
        done = 0
        connection = session.connection()
        for start in range(0, len(rows), INSERT_BATCH):
            check_cancel()
            _insert_members(connection, rows[start:start + INSERT_BATCH])
            done += len(rows[start:start + INSERT_BATCH])
            report(done, total, "write")
        if plan.updates:
            ids = list(plan.updates)
            columns = (Member.id, Member.chapter_id, Member.latin_name, Member.native_name, Member.email,
                       Member.country, Member.affiliation, Member.visit_year, Member.host_institution,
                       Member.gender, Member.phone, Member.notes)
            changed = []
            for start in range(0, len(ids), 500):
                check_cancel()
                for row in session.execute(select(*columns).where(Member.id.in_(ids[start:start + 500]))):
                    current = row._asdict()
                    member_id = current.pop("id")
                    merged = _merge(current, plan.updates[member_id])
                    if merged["chapter_id"] is None:
                        merged["chapter_id"] = chapter_id
                    draft = MemberDraft(**merged)
                    values = member_values(draft)
                    values.pop("created_at")
                    values["b_id"] = member_id
                    changed.append(values)
            table = Member.__table__
            statement = update(table).where(table.c.id == bindparam("b_id"))
            for start in range(0, len(changed), INSERT_BATCH):
                check_cancel()
                session.connection().execute(statement, changed[start:start + INSERT_BATCH])
                done += len(changed[start:start + INSERT_BATCH])
                report(done, total, "write")

    # -- the report -------------------------------------------------------------------------------
    def export_report(self, problems: Iterable[RowProblem], path: str | Path) -> Path:
        """Writes the problems as .csv (UTF-8 with BOM, so Excel reads it) or .xlsx, by the path's suffix."""
        from ssc_desktop.messages import MESSAGES, format_message

        path = Path(path)
        headers = ["File", "Sheet", "Row", "Column", "Header", "Field", "Value", "Severity", "Problem"]
        lines = [[p.file, p.sheet, p.row, p.column, p.header, p.field, p.value, p.severity,
                  format_message(p.code, MESSAGES.get(p.code), {"value": p.value, "header": p.header, **p.params})]
                 for p in problems]
        try:
            if path.suffix.casefold() == ".xlsx":
                from openpyxl import Workbook
                from openpyxl.cell import WriteOnlyCell

                workbook = Workbook(write_only=True)
                sheet = workbook.create_sheet("Problems")
                sheet.append(headers)
                for line in lines:
                    # Every value is pinned to a text cell: a bad cell such as =HYPERLINK(...) is
                    # exactly what this report quotes, and must stay text.
                    cells: list[Any] = []
                    for value in line:
                        if isinstance(value, str):
                            value = WriteOnlyCell(sheet, value=safe_cells.clean_text(value))
                            value.data_type = "s"
                        cells.append(value)
                    sheet.append(cells)
                workbook.save(path)
            else:
                with path.open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(headers)
                    writer.writerows([safe_cells.csv_text(value) for value in line] for line in lines)
        except OSError as error:
            raise DomainError("roster.report_not_written", file=str(path), detail=error.strerror or str(error)) from error
        return path


def _new_member_rows(records: list[dict[str, Any]], chapter_id: int) -> list[dict[str, Any]]:
    """Column values of the new members, made by members.member_values like any other member's."""
    now = utc_now()
    rows = []
    for record in records:
        values = member_values(MemberDraft(chapter_id=chapter_id, **record))
        values["created_at"] = values["updated_at"] = now
        rows.append(values)
    return rows


def _insert_members(connection: Any, rows: list[dict[str, Any]]) -> None:
    """insert(Member) executemany; on SQLite straight through the driver.

    SQLAlchemy's executemany runs each column's bind processor on every row; here the
    columns that have one (timestamps, gender) take few distinct values, so each value
    is processed once and the driver gets plain tuples: 0.2 s instead of 0.5 s for 30,000.
    """
    if not rows:
        return
    table = Member.__table__
    dialect = connection.dialect
    if dialect.paramstyle != "qmark":
        connection.execute(insert(table), rows)
        return
    processors = {key: table.c[key].type.dialect_impl(dialect).bind_processor(dialect) for key in rows[0]}
    plain = [key for key, processor in processors.items() if processor is None]
    processed = [(key, processors[key], {}) for key in processors if processors[key] is not None]
    keys = plain + [key for key, _p, _c in processed]
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({', '.join(quote(k) for k in keys)}) "
           f"VALUES ({', '.join('?' for _ in keys)})")
    take = itemgetter(*plain)

    def value(row: dict[str, Any], key: str, processor: Callable, cache: dict) -> Any:
        raw = row[key]
        try:
            return cache[raw]
        except KeyError:
            cache[raw] = result = processor(raw)
            return result
        except TypeError:  # unhashable
            return processor(raw)

    tuples = [take(row) + tuple(value(row, key, p, c) for key, p, c in processed) for row in rows]
    connection.exec_driver_sql(sql, tuples)


_gc_lock = threading.Lock()
_gc_pauses = 0


@contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    """Pauses Python's cyclic garbage collector while a roster is read and written.

    Reading 30,000 rows allocates millions of short-lived objects and keeps 30,000 records;
    with the app's modules loaded each full collection walks every object, a dozen times
    per import (a third of the time spent beyond openpyxl's own). The rows form no cycles,
    so nothing is lost by collecting once afterwards.
    """
    global _gc_pauses
    with _gc_lock:
        _gc_pauses += 1
        was_enabled = gc.isenabled()
        if _gc_pauses == 1:
            _no_cyclic_gc.was_enabled = was_enabled  # type: ignore[attr-defined]
        gc.disable()
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and getattr(_no_cyclic_gc, "was_enabled", True):
                gc.enable()


def _sample(table: TabularFile, sheet: str, header_number: int, limit: int
            ) -> tuple[list[tuple[str, ...]], list[int]]:
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


def _where(table: TabularFile, sheet: str) -> str:
    return f"{table.file_name}, sheet {sheet}" if sheet and table.is_workbook else table.file_name


def _display(value: Any) -> str:
    try:
        return clean_text(value)
    except Unreadable:
        return str(value)


def _blank(values: tuple, mapping: Mapping[int, str]) -> bool:
    width = len(values)
    return all(values[c] in (None, "") or (isinstance(values[c], str) and not values[c].strip())
               for c in mapping if c < width)


def _merge(base: dict[str, Any], newer: Mapping[str, Any]) -> dict[str, Any]:
    """base with every non-empty value of newer put over it."""
    merged = dict(base)
    for key, value in newer.items():
        if value is None or value == "" or value == Gender.UNSPECIFIED:
            continue
        if key in ("latin_name", "country") and merged.get(key) and _fold(merged[key]) == _fold(value):
            continue  # the same name or country in other case or width: keep the spelling there is
        if key == "notes" and merged.get("notes") and value not in merged["notes"]:
            merged["notes"] = f"{merged['notes']}\n{value}"
            continue
        merged[key] = value
    return merged


def _chapter_id(session: Session, name: str) -> int:
    """The chapter by name or short name (ignoring case), created in this transaction if new."""
    wanted = name.strip().casefold()
    chapter_id = session.scalars(
        select(Chapter.id).where(or_(func.lower(Chapter.name) == wanted, func.lower(Chapter.short_name) == wanted))
    ).first()
    if chapter_id is not None:
        return chapter_id
    chapter = Chapter(name=name.strip())
    session.add(chapter)
    session.flush()
    return chapter.id


def _store_mapping(session: Session, signature: str, mapping: Mapping[int, str]) -> None:
    stored = {str(k): v for k, v in sorted(mapping.items()) if v}
    existing = session.scalars(
        select(ImportMapping).where(ImportMapping.purpose == PURPOSE, ImportMapping.header_signature == signature)
    ).first()
    if existing is None:
        session.add(ImportMapping(purpose=PURPOSE, header_signature=signature, mapping=stored))
    else:
        existing.mapping = stored
        existing.updated_at = utc_now()
    session.flush()


class _Plan:
    """Decides, row by row, what becomes of each record: new, update, skip or left out."""

    def __init__(self, session: Session, file_name: str, sheet: str, headers: list[str],
                 policy: DuplicateAction, overrides: Mapping[int, DuplicateAction]) -> None:
        self.session = session
        self.file = file_name
        self.sheet = sheet
        self.headers = headers
        self.policy = policy
        self.overrides = overrides
        self.rows = 0
        self.rejected = 0
        self.skipped = 0
        self.excluded = 0
        self.problems: list[RowProblem] = []
        self.duplicates: list[DuplicateRow] = []
        self.new_records: list[dict[str, Any]] = []
        self.updates: dict[int, dict[str, Any]] = {}
        self._by_email: dict[str, _Target] = {}
        self._by_name: dict[str, _Target] = {}
        self._db_names: dict[str, _Target] | None = None
        self._db_emails_loaded = False

    def _load_emails(self) -> None:
        # One query for every stored e-mail key; names are folded only if a row needs them.
        self._db_emails_loaded = True
        for member_id, key, name, email in self.session.execute(
            select(Member.id, Member.email_key, Member.latin_name, Member.email).where(Member.email_key != "")
        ):
            self._by_email.setdefault(key, _Target("db", member_id, key, name, email, None))

    def _db_name(self, key: str) -> _Target | None:
        if self._db_names is None:
            self._db_names = {}
            for member_id, ekey, name, email, country in self.session.execute(
                select(Member.id, Member.email_key, Member.latin_name, Member.email, Member.country)
            ):
                self._db_names.setdefault(_name_key(name, country), _Target("db", member_id, ekey, name, email, None))
        return self._db_names.get(key)

    def exclude(self, number: int) -> None:
        """A row the user chose to leave out: read, not checked, counted as skipped."""
        self.rows += 1
        self.skipped += 1
        self.excluded += 1

    def add(self, number: int, record: dict[str, Any], problems: list[CellProblem],
            extra: Mapping[int, int] | None = None) -> None:
        if not self._db_emails_loaded:
            self._load_emails()
        self.rows += 1
        if problems:
            self.problems.extend(_row_problems(self.file, self.sheet, self.headers, number, problems, extra))
        if any(p.severity == "error" for p in problems):
            self.rejected += 1
            return
        key = email_key(record["email"])
        name_key = _name_key(record["latin_name"], record["country"])
        target = self._by_email.get(key) if key else None
        matched_by = "email"
        if target is None and name_key:
            candidate = self._by_name.get(name_key) or self._db_name(name_key)
            if candidate is not None and (not key or not candidate.email_key):
                target, matched_by = candidate, "name"
        if target is None:
            self._new(number, record, key, name_key)
            return
        action = self.overrides.get(number, self.policy)
        self.duplicates.append(DuplicateRow(
            row=number, name=record["latin_name"], email=record["email"], matched_by=matched_by,
            kind="database" if target.kind == "db" else "file", other_row=target.row,
            member_id=target.ref if target.kind == "db" else None, other_name=target.name,
            other_email=target.email, action=action,
        ))
        if action is DuplicateAction.SKIP:
            self.skipped += 1
        elif action is DuplicateAction.KEEP_BOTH:
            self._new(number, record, key, name_key)
        elif target.kind == "db":
            self.updates[target.ref] = _merge(self.updates.get(target.ref, {}), record)
            self._index(target, key, name_key)
        else:
            self.new_records[target.ref] = _merge(self.new_records[target.ref], record)
            self._index(target, key, name_key)

    def _new(self, number: int, record: dict[str, Any], key: str, name_key: str) -> None:
        target = _Target("new", len(self.new_records), key, record["latin_name"], record["email"], number)
        self.new_records.append(record)
        self._index(target, key, name_key)

    def _index(self, target: _Target, key: str, name_key: str) -> None:
        if key:
            self._by_email.setdefault(key, target)
            if not target.email_key:
                target.email_key = key
        if name_key:
            self._by_name.setdefault(name_key, target)

    def finish(self) -> tuple[int, int]:
        return len(self.new_records), len(self.updates)


__all__ = [
    "COMBINABLE", "FIELDS", "KEEP", "MAX_COMBINED", "NAME_PARTS", "TARGETS", "left_out_columns", "column_letter", "LeftOutColumn", "Unreadable", "CellProblem", "header_key", "DuplicateAction", "DuplicateRow", "RosterImportResult", "RosterImportService", "RosterPreview",
    "RowProblem", "clean_email", "clean_text", "email_key", "field_for_header", "guess_mapping",
    "header_key", "header_signature", "normalize_row", "parse_gender", "parse_year", "recheck_row",
]
