"""Wording of the contest codes: setup, entries import, judges, scoring, sheets, results."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "contest.not_found": "There is no contest {contest_id}.",
    "contest.entry_not_found": "There is no contest entry {entry_id}.",
    "contest.judge_not_found": "There is no judge {judge_id}.",
    "contest.criterion_not_found": "The rubric has no criterion {criterion_id}.",
    "contest.bad_kind": "Contest kind {value!r} is not known; use one of: {kinds}.",
    "contest.bad_method": "Method {value!r} is not known; use one of: {methods}.",
    "contest.title_required": "A contest needs a title.",
    "contest.bad_judges_per_entry": "Each entry needs at least one judge (got {value}).",
    "contest.closes_before_opens": "Judging closes before it opens.",
    "contest.bad_categories": "Categories must be named and each named once.",
    "contest.category_in_use": "Category “{category}” still has entries; move them before removing it.",
    "contest.criterion_name_required": "Criterion {position} needs a name.",
    "contest.bad_weight": "“{criterion}”: the weight must be a positive number (got {value}).",
    "contest.bad_scale": "“{criterion}”: the scale {low}–{high} in steps of {step} does not work; "
    "the top must be above the bottom and reached in whole steps.",
    "contest.bad_criterion_spec": "{spec!r} is not a criterion; write NAME:WEIGHT:MIN-MAX or "
    'NAME:WEIGHT:MIN-MAX:STEP, e.g. "Originality:2:1-10".',
    "contest.bad_guide_spec": "{spec!r} is not a level guide; write NAME:LEVELS=TEXT|LEVELS=TEXT, "
    'e.g. "Originality:1-3=Repeats known work|8-10=A new question".',
    "contest.rubric_unknown_criterion": "The rubric has no criterion {name!r}; it has: {names}.",
    "contest.rubric_empty": "A rubric needs at least one criterion.",
    "contest.rubric_has_scores": "The rubric cannot change: judges have already given {scores} scores.",
    "contest.locked": "“{title}” is locked: scores, results and awards are frozen.",
    "contest.code_required": "An entry needs a code (for example P-01).",
    "contest.code_too_long": "Entry code {code!r} is longer than 20 characters.",
    "contest.entry_title_required": "Entry {code} needs a title.",
    "contest.duplicate_code": "Entry code {code} is already used in this contest.",
    "contest.unknown_category": "Entry {code}: category {category!r} is not one of this contest's: {categories}.",
    "contest.no_file_folder": "Attached files need a database file on this computer.",
    "contest.file_missing": "{file} does not exist.",
    "contest.judge_name_required": "A judge needs a name.",
    "contest.duplicate_judge": "{name} is already a judge of this contest.",
    "contest.bad_pin": "A PIN is 4 to 12 digits (6 or more are suggested).",
    "contest.wrong_pin": "That is not {name}'s PIN.",
    "contest.wrong_pin_wait": (
        "That is not {name}'s PIN. After {tries} wrong PINs in a row, wait {seconds} seconds before the next try "
        "(longer after each further wrong PIN)."
    ),
    "contest.pin_wait": "Too many wrong PINs for {name}: wait {seconds} seconds, then try again.",
    "contest.no_judges": "Add judges before assigning entries.",
    "contest.not_same_contest": "The judge and the entry belong to different contests.",
    "contest.conflict_declared": "{judge} declared a conflict with {code}.",
    "contest.assignment_scored": "{judge} has already scored {code}; the assignment stays.",
    "contest.not_assigned": "{judge} is not assigned to entry {code}.",
    "contest.score_off_scale": "“{criterion}”: {value} is not on the scale {scale}.",
    "contest.bad_place": "Place {place} is not an award (1, 2, 3, or 4 for an honourable mention).",
    "contest.import_problems": "{file}: {count} problem(s); nothing was imported.\n{problems}",
    "contest.import_no_rows": "{file} has no entries below its header row.",
    "contest.import_missing_columns": "{file}: no column for {columns} in the header row (found: {found}).",
    "contest.sheet_problems": "{count} problem(s) in the judge sheets; nothing was imported.\n{problems}",
    "contest.sheets_none": "No judge sheets (.xlsx) found in {folder}.",
    "contest.export_format": "Cannot export to {path!r}: use a file name ending in .pdf or .xlsx.",
    "contest.judging_not_open": "Judging of {title} opens at {opens}; scores cannot be entered yet.",
    "contest.judging_closed": "Judging of {title} closed at {closes}; ask the coordinator to reopen it.",
}
