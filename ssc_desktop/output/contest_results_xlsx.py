"""Contest results as .xlsx: totals and ranks, the per-judge matrix (raw and normalized),
and per-criterion means. Names and titles written as text cells (safe_cells)."""

from __future__ import annotations

import threading
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from ssc_desktop.output import atomic_export
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output.safe_cells import set_text
from ssc_desktop.services.contest_explained import explanation
from ssc_desktop.services.contests import ContestResults
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.vocabulary import METHOD_LABELS, PLACE_NAMES

_HEAD = PatternFill("solid", fgColor="F3E3EA")


def _header(sheet, headers: list[str], widths: list[int]) -> None:
    for column, (text, width) in enumerate(zip(headers, widths, strict=True), start=1):
        cell = sheet.cell(row=1, column=column)
        set_text(cell, text)
        cell.font = Font(bold=True)
        cell.fill = _HEAD
        sheet.column_dimensions[cell.column_letter].width = width
    sheet.freeze_panes = "A2"


def _number(cell, value: float | None) -> None:
    if value is not None:
        cell.value = round(value, 2)
        cell.number_format = "0.00"


def write_results_xlsx(
    results: ContestResults, path: str | Path, progress: ProgressFn | None = None, cancel: threading.Event | None = None
) -> Path:
    contest, computed = results.contest, results.results
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Results"
    _header(
        sheet,
        [
            "Category",
            "Rank",
            "Tied",
            "Code",
            "Title",
            "Authors",
            "School / affiliation",
            "Judges",
            "Mean",
            "Normalized",
            "Trimmed mean",
            f"Total ({METHOD_LABELS[computed.method]})",
            "Award",
        ],
        [20, 6, 6, 9, 44, 36, 30, 7, 9, 11, 12, 16, 20],
    )
    judge_ids = list(computed.judge_ids)
    per_judge = workbook.create_sheet("Per judge")
    _header(
        per_judge,
        ["Code", "Category"]
        + [f"{results.judges.get(j, j)} (raw)" for j in judge_ids]
        + [f"{results.judges.get(j, j)} (normalized)" for j in judge_ids],
        [9, 20] + [14] * (2 * len(judge_ids)),
    )
    criteria_sheet = workbook.create_sheet("Criteria")
    _header(
        criteria_sheet,
        ["Code", "Category"] + [f"{c.name} (×{c.weight:g})" for c in computed.criteria],
        [9, 20] + [16] * len(computed.criteria),
    )
    total = len(computed.entries)
    for row, result in enumerate(computed.entries, start=2):
        check_cancel(cancel)
        report(progress, row - 2, total, result.code)
        entry = results.entries[result.id]
        texts = [
            result.category,
            "" if result.rank is None else result.rank,
            "=" if result.tied else "",
            entry.code,
            entry.title,
            "; ".join(a.name for a in entry.authors),
            entry.affiliation,
            result.judges,
        ]
        for column, value in enumerate(texts, start=1):
            if isinstance(value, int):
                sheet.cell(row=row, column=column, value=value)
            else:
                set_text(sheet.cell(row=row, column=column), value)
        for column, number in enumerate((result.mean, result.normalized, result.trimmed, result.total), start=9):
            _number(sheet.cell(row=row, column=column), number)
        place = results.awards.get(result.id)
        set_text(sheet.cell(row=row, column=13), PLACE_NAMES.get(place, "") if place else "")
        set_text(per_judge.cell(row=row, column=1), entry.code)
        set_text(per_judge.cell(row=row, column=2), entry.category)
        for offset, judge_id in enumerate(judge_ids):
            _number(per_judge.cell(row=row, column=3 + offset), result.judge_totals.get(judge_id))
            _number(per_judge.cell(row=row, column=3 + len(judge_ids) + offset), result.normalized_totals.get(judge_id))
        set_text(criteria_sheet.cell(row=row, column=1), entry.code)
        set_text(criteria_sheet.cell(row=row, column=2), entry.category)
        for offset, criterion in enumerate(computed.criteria):
            _number(criteria_sheet.cell(row=row, column=3 + offset), result.criterion_means.get(criterion.id))
    about = workbook.create_sheet("About")
    facts = [
        ("Contest", contest.title),
        ("Method", METHOD_LABELS[computed.method]),
        ("Judge total", "sum(weight × score ÷ scale maximum) ÷ sum(weights) × 100"),
        ("Normalized", "each judge's totals as z-scores, shown as 100 + 20 × z; an entry's is the mean"),
        ("Trimmed mean", "highest and lowest judge dropped when an entry has 4 or more judges"),
        (
            "Ties broken by",
            "total, then the tie criterion's mean, then the number of judges; "
            "entries still equal share a rank (marked =)",
        ),
        ("Locked", contest.locked_at.isoformat() if contest.locked_at else "no (provisional)"),
    ]
    facts += [("", ""), ("How computed", "In words, so that anyone can redo a rank by hand:")]
    facts += explanation(results)
    for row, (label, value) in enumerate(facts, start=1):
        set_text(about.cell(row=row, column=1), label)
        about.cell(row=row, column=1).font = Font(bold=True)
        set_text(about.cell(row=row, column=2), value)
        about.cell(row=row, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        about.cell(row=row, column=1).alignment = Alignment(wrap_text=True, vertical="top")
    about.column_dimensions["A"].width = 22
    about.column_dimensions["B"].width = 90
    target = Path(path)
    with atomic_export(target, cancel) as temporary:
        workbook.save(temporary)
        check_cancel(cancel)
    report(progress, total, total, "")
    return target


def write_results(
    results: ContestResults,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """The results in the format the file name asks for: .pdf (its own words in words' language) or .xlsx."""
    from ssc_desktop.errors import DomainError
    from ssc_desktop.output.contest_results_pdf import write_results_pdf

    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return write_results_pdf(results, path, progress, cancel, words)
    if suffix == ".xlsx":
        return write_results_xlsx(results, path, progress, cancel)
    raise DomainError("contest.export_format", path=str(path))
