"""Offline judge sheets: one .xlsx per judge with only that judge's entries.

Score cells accept only numbers on the criterion's scale (data validation) and are the
only unlocked cells besides the comments; the rest of the sheet is protected. A hidden
"ssc" sheet names the contest, the judge and the rubric, so importing the sheet back
can refuse one meant for another contest or judge. In blind mode no author is written.
"""

from __future__ import annotations

import secrets
import threading
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ssc_desktop.output import atomic_export, ensure_folder
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output.safe_cells import set_text
from ssc_desktop.services.contest_sheets import FIRST_ROW, FIRST_SCORE_COLUMN, META_SHEET, SCORES_SHEET
from ssc_desktop.services.contests import JudgeWork

_FILL = PatternFill("solid", fgColor="FFF4D6")
_HEAD = PatternFill("solid", fgColor="F3E3EA")


def _rule(criterion, first_cell: str) -> dict:
    """Whole numbers for a scale in steps of 1; otherwise a formula that also checks the step (e.g. halves)."""
    low, high, step = criterion.scale_min, criterion.scale_max, criterion.step
    if step == 1 and float(low).is_integer():
        return {"type": "whole", "operator": "between", "formula1": f"{low:g}", "formula2": f"{high:g}"}
    cell = first_cell
    return {
        "type": "custom",
        "formula1": f"AND(ISNUMBER({cell}),{cell}>={low:g},{cell}<={high:g},"
        f"MOD(ROUND(({cell}-{low:g})/{step:g},6),1)=0)",
    }


def sheet_file_name(work: JudgeWork) -> str:
    safe = "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in work.judge.name).strip("_") or "judge"
    return f"contest{work.contest.id}-judge{work.judge.id}-{safe}.xlsx"


def write_judge_sheet(work: JudgeWork, path: str | Path) -> Path:
    contest = work.contest
    criteria = contest.criteria
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = SCORES_SHEET
    bold = Font(bold=True)
    set_text(sheet["A1"], contest.title)
    sheet["A1"].font = Font(bold=True, size=14)
    set_text(sheet["A2"], f"Judge: {work.judge.name}")
    set_text(
        sheet["A3"],
        "Type a score in each yellow cell (the scale is under each criterion); "
        "leave a cell empty if you have not judged it yet. Then send the file back.",
    )
    set_text(sheet["A4"], "Blind judging: authors are not shown." if contest.blind else "")
    headers = ["Code", "Title"] + [f"{c.name} ({c.scale}, ×{c.weight:g})" for c in criteria] + ["Comment"]
    for column, text in enumerate(headers, start=1):
        cell = sheet.cell(row=FIRST_ROW - 1, column=column)
        set_text(cell, text)
        cell.font = bold
        cell.fill = _HEAD
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[FIRST_ROW - 1].height = 45
    sheet.column_dimensions["A"].width = 10
    sheet.column_dimensions["B"].width = 44
    for offset, criterion in enumerate(criteria):
        letter = get_column_letter(FIRST_SCORE_COLUMN + offset)
        sheet.column_dimensions[letter].width = 16
        last = FIRST_ROW + max(len(work.items), 1) - 1
        validation = DataValidation(
            **_rule(criterion, f"{letter}{FIRST_ROW}"),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Out of scale",
            error=f"{criterion.name}: {criterion.scale}",
            promptTitle=criterion.name[:32],
            prompt="; ".join(f"{lv}: {tx}" for lv, tx in criterion.guide)[:255],
            showInputMessage=bool(criterion.guide),
        )
        validation.add(f"{letter}{FIRST_ROW}:{letter}{last}")
        sheet.add_data_validation(validation)
    comment_column = FIRST_SCORE_COLUMN + len(criteria)
    sheet.column_dimensions[get_column_letter(comment_column)].width = 40
    for row, item in enumerate(work.items, start=FIRST_ROW):
        set_text(sheet.cell(row=row, column=1), item.code)
        title = item.title if contest.blind or not item.authors else f"{item.title} — {item.authors}"
        set_text(sheet.cell(row=row, column=2), title)
        sheet.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        for offset, criterion in enumerate(criteria):
            cell = sheet.cell(row=row, column=FIRST_SCORE_COLUMN + offset)
            cell.value = item.scores.get(criterion.id)
            cell.protection = Protection(locked=False)
            cell.fill = _FILL
        comment = sheet.cell(row=row, column=comment_column)
        set_text(comment, item.comment)
        comment.protection = Protection(locked=False)
        comment.fill = _FILL
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW, column=FIRST_SCORE_COLUMN)
    sheet.protection.sheet = True
    sheet.protection.password = secrets.token_hex(4)  # not a secret: only stops accidental edits
    meta = workbook.create_sheet(META_SHEET)
    facts = [
        ("contest_id", contest.id),
        ("contest_title", contest.title),
        ("judge_id", work.judge.id),
        ("judge_name", work.judge.name),
        ("criteria", ",".join(str(c.id) for c in criteria)),
    ]
    for row, (key, value) in enumerate(facts, start=1):
        meta.cell(row=row, column=1, value=key)
        if isinstance(value, int):
            meta.cell(row=row, column=2, value=value)
        else:
            set_text(meta.cell(row=row, column=2), value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    target = Path(path)
    with atomic_export(target) as temporary:
        workbook.save(temporary)
    return target


def write_judge_sheets(
    works: list[JudgeWork],
    folder: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> list[Path]:
    folder = ensure_folder(folder)
    written = []
    for number, work in enumerate(works):
        check_cancel(cancel)
        report(progress, number, len(works), work.judge.name)
        written.append(write_judge_sheet(work, folder / sheet_file_name(work)))
    report(progress, len(works), len(works), "")
    return written
