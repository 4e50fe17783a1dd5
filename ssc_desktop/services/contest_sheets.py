"""Reading offline judge sheets back: checks the contest, the judge, the entries and every score.

A sheet is the .xlsx output.judge_sheet_xlsx wrote: a "Scores" sheet (entry code in column
A, one column per criterion from column C, then a comment column) and a hidden "ssc" sheet
naming the contest, the judge and the criteria. Every problem is listed with its file and
cell; if there is any, nothing is imported.

A cell emptied where the judge had a score means the judge took that score back: it is
listed (ClearedScore) and, unless the coordinator says to keep them, removed on import.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ssc_desktop.errors import DomainError

from ssc_desktop.services.contest_records import ContestSummary, JudgeWork, SheetScores

SCORES_SHEET = "Scores"
META_SHEET = "ssc"
FIRST_ROW = 6  # entries start on this row; row 5 holds the headers
FIRST_SCORE_COLUMN = 3
MAX_PROBLEMS_SHOWN = 40


@dataclass(frozen=True)
class ClearedScore:
    """A score the database has that the judge's sheet now leaves empty."""

    judge: str
    entry_code: str
    criterion: str
    old_value: float
    file: str

    def describe(self) -> str:
        return f"{self.judge}, {self.entry_code}, {self.criterion}: {self.old_value:g} (emptied in {self.file})"


@dataclass(frozen=True)
class SheetImport:
    changed: int  # values saved, changed or removed
    cleared: tuple[ClearedScore, ...]  # emptied in the sheets (removed unless kept)
    kept_cleared: bool = False


def cleared_scores(
    sheets: list[SheetScores], contest: ContestSummary, works: dict[int, JudgeWork]
) -> tuple[ClearedScore, ...]:
    names = {c.id: c.name for c in contest.criteria}
    found = []
    for sheet in sheets:
        work = works[sheet.judge_id]
        item = next(i for i in work.items if i.id == sheet.entry_id)
        found += [
            ClearedScore(work.judge.name, item.code, names[c], item.scores[c], sheet.source_file) for c in sheet.cleared
        ]
    return tuple(found)


def sheet_files(paths: Sequence[str | Path]) -> list[Path]:
    """The .xlsx files among paths, folders opened one level deep."""
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.glob("*.xlsx") if not p.name.startswith((".", "~$"))))
        else:
            found.append(path)
    return found


def read_judge_sheets(
    paths: Sequence[str | Path], contest: ContestSummary, works: dict[int, JudgeWork]
) -> list[SheetScores]:
    files = sheet_files(paths)
    if not files:
        raise DomainError("contest.sheets_none", folder=", ".join(str(p) for p in paths))
    problems: list[str] = []
    sheets: list[SheetScores] = []
    judges_seen: dict[int, str] = {}
    for path in files:
        sheets.extend(_read_one(path, contest, works, problems, judges_seen))
    if problems:
        shown = problems[:MAX_PROBLEMS_SHOWN]
        if len(problems) > len(shown):
            shown.append(f"… and {len(problems) - len(shown)} more")
        raise DomainError("contest.sheet_problems", count=len(problems), problems="\n".join(shown), items=problems)
    return sheets


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).strip().replace(",", ".")
    try:
        return float(text)
    except ValueError:
        return None


def _read_one(
    path: Path, contest: ContestSummary, works: dict[int, JudgeWork], problems: list[str], judges_seen: dict[int, str]
) -> list[SheetScores]:
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    name = path.name
    if not path.is_file():
        problems.append(f"{name}: the file does not exist")
        return []
    try:
        workbook = load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as error:
        problems.append(f"{name}: not a judge sheet that can be read ({type(error).__name__})")
        return []
    if META_SHEET not in workbook.sheetnames or SCORES_SHEET not in workbook.sheetnames:
        problems.append(
            f"{name}: not an SSC Desktop judge sheet (the {SCORES_SHEET!r} and {META_SHEET!r} sheets are missing)"
        )
        return []
    meta = {str(row[0]): row[1] for row in workbook[META_SHEET].iter_rows(values_only=True) if row and row[0]}
    try:
        contest_id, judge_id = int(meta.get("contest_id", "")), int(meta.get("judge_id", ""))
    except (TypeError, ValueError):
        problems.append(f"{name}: the sheet does not say which contest and judge it is for")
        return []
    if contest_id != contest.id:
        problems.append(
            f"{name}: this sheet is for another contest ({meta.get('contest_title', contest_id)}), "
            f"not “{contest.title}”"
        )
        return []
    work = works.get(judge_id)
    if work is None:
        problems.append(f"{name}: judge {meta.get('judge_name', judge_id)} is not a judge of “{contest.title}”")
        return []
    if judge_id in judges_seen:
        problems.append(f"{name}: a second sheet for {work.judge.name} (the first is {judges_seen[judge_id]})")
        return []
    judges_seen[judge_id] = name
    criteria = list(contest.criteria)
    expected_ids = [str(c.id) for c in criteria]
    found_ids = [s for s in str(meta.get("criteria", "")).split(",") if s]
    if found_ids != expected_ids:
        problems.append(f"{name}: the rubric changed since this sheet was written; write the sheets again")
        return []
    sheet = workbook[SCORES_SHEET]
    assigned = {item.code.casefold(): item for item in work.items}
    comment_column = FIRST_SCORE_COLUMN + len(criteria)
    out: list[SheetScores] = []
    seen_codes: set[str] = set()
    for row_number, row in enumerate(sheet.iter_rows(min_row=FIRST_ROW, values_only=True), start=FIRST_ROW):
        if not row or all(v is None or str(v).strip() == "" for v in row):
            continue
        code = str(row[0] or "").strip()
        item = assigned.get(code.casefold())
        if item is None:
            problems.append(
                f"{name}, cell A{row_number}: entry {code or '(empty)'} is not assigned to {work.judge.name}"
            )
            continue
        if code.casefold() in seen_codes:
            problems.append(f"{name}, cell A{row_number}: entry {code} appears twice")
            continue
        seen_codes.add(code.casefold())
        values: dict[int, float] = {}
        cleared: list[int] = []
        for offset, criterion in enumerate(criteria):
            column = FIRST_SCORE_COLUMN + offset
            raw = row[column - 1] if column - 1 < len(row) else None
            if raw is None or str(raw).strip() == "":
                if criterion.id in item.scores:
                    cleared.append(criterion.id)
                continue
            value = _number(raw)
            cell = f"{get_column_letter(column)}{row_number}"
            if value is None or not criterion.accepts(value):
                problems.append(
                    f"{name}, cell {cell} ({code}, {criterion.name}): {raw!r} is not on the scale {criterion.scale}"
                )
                continue
            values[criterion.id] = value
        comment_raw = row[comment_column - 1] if comment_column - 1 < len(row) else None
        comment = None if comment_raw is None else str(comment_raw).strip()
        if values or comment or cleared:
            out.append(SheetScores(judge_id, item.id, values, comment, name, tuple(cleared)))
    return out


def sheet_contest_id(paths: Sequence[str | Path]) -> int:
    """The contest the first readable judge sheet among paths is for."""
    from openpyxl import load_workbook

    files = sheet_files(paths)
    for path in files:
        try:
            workbook = load_workbook(path, read_only=True)
            if META_SHEET not in workbook.sheetnames:
                continue
            meta = {str(r[0]): r[1] for r in workbook[META_SHEET].iter_rows(values_only=True) if r and r[0]}
            return int(meta["contest_id"])
        except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
            continue
    raise DomainError("contest.sheets_none", folder=", ".join(str(p) for p in paths))
