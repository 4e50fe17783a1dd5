"""Roster import, the plan: row by row, what becomes of each record (new, an update of a member or
an earlier row, skipped, or left out for its problems), with the duplicates found on the way.

Duplicates match on the case-folded e-mail, then on the folded Latin name + country when one of
the two has no e-mail.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping
import dataclasses
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Gender, Member
from ssc_desktop.services.roster_cells import CellProblem, email_key
from ssc_desktop.services.tabular_files import column_letter
from ssc_desktop.services.text_folding import fold


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
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # `field` is a field name here

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


def row_problems(
    file: str,
    sheet: str,
    headers: list[str] | tuple[str, ...],
    number: int,
    problems: Iterable[CellProblem],
    extra: Mapping[int, int] | None = None,
) -> list[RowProblem]:
    """The cell problems of one row, placed in the file: column letter and header."""
    placed = []
    for problem in problems:
        column = extra.get(problem.column, problem.column) if extra else problem.column
        header = headers[column] if 0 <= column < len(headers) else ""
        placed.append(
            RowProblem(
                file,
                sheet,
                number,
                column_letter(column) if column >= 0 else "",
                header,
                problem.field,
                problem.value,
                problem.code,
                problem.severity,
                dict(problem.params),
            )
        )
    return placed


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


def merge_records(base: dict[str, Any], newer: Mapping[str, Any]) -> dict[str, Any]:
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


class ImportPlan:
    """Decides, row by row, what becomes of each record: new, update, skip or left out."""

    def __init__(
        self,
        session: Session,
        file_name: str,
        sheet: str,
        headers: list[str],
        policy: DuplicateAction,
        overrides: Mapping[int, DuplicateAction],
    ) -> None:
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

    def add(
        self, number: int, record: dict[str, Any], problems: list[CellProblem], extra: Mapping[int, int] | None = None
    ) -> None:
        if not self._db_emails_loaded:
            self._load_emails()
        self.rows += 1
        if problems:
            self.problems.extend(row_problems(self.file, self.sheet, self.headers, number, problems, extra))
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
        self.duplicates.append(
            DuplicateRow(
                row=number,
                name=record["latin_name"],
                email=record["email"],
                matched_by=matched_by,
                kind="database" if target.kind == "db" else "file",
                other_row=target.row,
                member_id=target.ref if target.kind == "db" else None,
                other_name=target.name,
                other_email=target.email,
                action=action,
            )
        )
        if action is DuplicateAction.SKIP:
            self.skipped += 1
        elif action is DuplicateAction.KEEP_BOTH:
            self._new(number, record, key, name_key)
        elif target.kind == "db":
            self.updates[target.ref] = merge_records(self.updates.get(target.ref, {}), record)
            self._index(target, key, name_key)
        else:
            self.new_records[target.ref] = merge_records(self.new_records[target.ref], record)
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
