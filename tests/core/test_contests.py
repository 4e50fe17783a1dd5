"""Contests end to end in the core: setup, entries import, judges, assignment, conflicts,
blind mode, scoring with audit, judge sheets out and back (every error), results, awards, lock."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssc_desktop.errors import DomainError
from ssc_desktop.models import ContestKind
from ssc_desktop.output.judge_sheet_xlsx import sheet_file_name, write_judge_sheet, write_judge_sheets
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import AuthorDraft, ContestDraft, EntryDraft

RUBRIC = (
    CriterionDraft("Merit", 2, 1, 10, 1, (("1–3", "weak"), ("8–10", "strong"))),
    CriterionDraft("Design", 1, 0, 5, 0.5),
)


@pytest.fixture
def contest(services, make_event):
    event = make_event()
    return services.contests.create_contest(
        event.id, ContestDraft("High-school posters", ContestKind.POSTER, ("High school", "University")), RUBRIC
    )


def add_entries(services, contest, count: int = 4, schools=None):
    schools = schools or ["DPS R.K. Puram", "Kendriya Vidyalaya", "Modern School", "St. Xavier's"]
    drafts = [
        EntryDraft(
            f"P-{n:02d}",
            f"Poster {n}",
            "High school",
            affiliation=schools[(n - 1) % len(schools)],
            authors=(AuthorDraft("अनन्या अय्यर", "Ananya Iyer"), AuthorDraft("Rohan Das")),
        )
        for n in range(1, count + 1)
    ]
    return services.contests.add_entries(contest.id, drafts)


def test_templates_blind_default_and_rubric_copy(services, make_event) -> None:
    event = make_event()
    poster = services.contests.create_contest(event.id, ContestDraft("Posters", ContestKind.POSTER))
    essay = services.contests.create_contest(event.id, ContestDraft("Essays", ContestKind.ESSAY))
    assert [c.name for c in poster.criteria][:2] == ["Scientific merit", "Originality"]
    assert [c.name for c in essay.criteria] == ["Argument", "Evidence", "Originality", "Language"]
    assert essay.criteria[0].scale == "0, 0.5, … 5"
    assert essay.blind and not poster.blind
    copied = services.contests.copy_rubric(essay.id, poster.id)
    assert [c.name for c in copied.criteria] == ["Argument", "Evidence", "Originality", "Language"]
    with pytest.raises(DomainError) as raised:
        services.contests.set_rubric(poster.id, (CriterionDraft("Bad", 1, 1, 10, 4),))
    assert raised.value.code == "contest.bad_scale"


def test_assignment_balances_and_avoids_own_school_and_conflicts(services, contest) -> None:
    entries = add_entries(services, contest, 8)
    judges = [
        services.contests.add_judge(contest.id, f"Judge {n}", "1234", affiliation=school)
        for n, school in enumerate(["DPS R.K. Puram", "IIT Delhi", "IISc", "Modern School"], 1)
    ]
    report = services.contests.assign(contest.id, 2)
    assert report.short == () and report.total == 16
    matrix = services.contests.matrix(contest.id)
    loads = [sum(1 for (j, _e), s in matrix.cells.items() if j == judge.id and s == "assigned") for judge in judges]
    assert loads == [4, 4, 4, 4]
    by_id = {e.id: e for e in entries}
    for (judge_id, entry_id), state in matrix.cells.items():
        judge = next(j for j in judges if j.id == judge_id)
        if state == "assigned":
            assert by_id[entry_id].affiliation != judge.affiliation
        if by_id[entry_id].affiliation == judge.affiliation:
            assert state == "excluded"
    # A judge declares a conflict: the entry moves to another judge, who is not from its school.
    judge = judges[1]
    entry_id = next(e for (j, e), s in matrix.cells.items() if j == judge.id and s == "assigned")
    taker = services.contests.declare_conflict(judge.id, entry_id, "same lab")
    assert taker is not None and taker != judge.name
    after = services.contests.matrix(contest.id)
    assert after.cells[(judge.id, entry_id)] == "conflict"
    assert sum(1 for (j, e), s in after.cells.items() if e == entry_id and s == "assigned") == 2
    with pytest.raises(DomainError) as raised:
        services.contests.set_assignment(judge.id, entry_id, True)
    assert raised.value.code == "contest.conflict_declared"
    # Assigning again keeps the conflict.
    services.contests.assign(contest.id, 3)
    assert services.contests.matrix(contest.id).cells[(judge.id, entry_id)] == "conflict"


def test_pin_is_hashed_and_checked(services, contest) -> None:
    from sqlalchemy import select

    from ssc_desktop.models import ContestJudge

    judge = services.contests.add_judge(contest.id, "Dr. Meera Nair", "4821")
    with services.contests._sessions() as session:
        stored = session.scalar(select(ContestJudge.pin_hash).where(ContestJudge.id == judge.id))
    assert "4821" not in stored and stored.startswith("pbkdf2_sha256$")
    assert services.contests.unlock_judge(contest.id, judge.id, "4821").name == "Dr. Meera Nair"
    with pytest.raises(DomainError) as raised:
        services.contests.unlock_judge(contest.id, judge.id, "0000")
    assert raised.value.code == "contest.wrong_pin"
    with pytest.raises(DomainError):
        services.contests.add_judge(contest.id, "X", "12")


def test_blind_mode_hides_authors_from_judges(services, make_event, tmp_path: Path) -> None:
    event = make_event()
    essay = services.contests.create_contest(event.id, ContestDraft("Essays", ContestKind.ESSAY))
    services.contests.add_entry(
        essay.id,
        EntryDraft(
            "E-01", "Water and cities", affiliation="Modern School", authors=(AuthorDraft("山田花子", "Hanako Yamada"),)
        ),
    )
    judge = services.contests.add_judge(essay.id, "Judge", "1234")
    services.contests.assign(essay.id, 1)
    work = services.contests.judge_work(judge.id)
    assert work.items[0].authors == "" and work.items[0].affiliation == ""
    path = write_judge_sheet(work, tmp_path / "sheet.xlsx")
    cells = [str(c.value) for row in load_workbook(path)["Scores"].iter_rows() for c in row if c.value is not None]
    assert not any("Hanako" in c or "山田" in c or "Modern School" in c for c in cells)


def test_judges_see_only_their_own_scores_and_every_change_is_audited(services, contest) -> None:
    entries = add_entries(services, contest, 2)
    one = services.contests.add_judge(contest.id, "One", "1111")
    two = services.contests.add_judge(contest.id, "Two", "2222")
    services.contests.assign(contest.id, 2)
    merit, design = (c.id for c in contest.criteria)
    services.contests.save_scores(one.id, entries[0].id, {merit: 8, design: 4.5}, "Clear poster")
    services.contests.save_scores(two.id, entries[0].id, {merit: 3, design: 1})
    work = services.contests.judge_work(one.id)
    assert work.items[0].scores == {merit: 8, design: 4.5} and work.items[0].complete
    assert work.items[1].scores == {}
    services.contests.save_scores(one.id, entries[0].id, {merit: 9, design: 4.5})  # design unchanged: no audit
    changes = [(c.judge, c.criterion, c.old_value, c.new_value) for c in services.contests.score_changes(contest.id)]
    assert ("One", "Merit", "", "8") in changes and ("One", "Merit", "8", "9") in changes
    assert ("One", "comment", "", "Clear poster") in changes
    assert sum(1 for c in changes if c[0] == "One" and c[1] == "Design") == 1
    with pytest.raises(DomainError) as raised:
        services.contests.save_scores(one.id, entries[0].id, {merit: 11})
    assert raised.value.code == "contest.score_off_scale"
    with pytest.raises(DomainError):
        services.contests.save_scores(one.id, entries[0].id, {design: 2.25})


def test_results_awards_lock_and_recipients(services, contest, make_event) -> None:
    entries = add_entries(services, contest, 3)
    judge = services.contests.add_judge(contest.id, "One", "1111", affiliation="IIT")
    services.contests.assign(contest.id, 1)
    merit, design = (c.id for c in contest.criteria)
    for entry, (m, d) in zip(entries, [(8, 4), (10, 5), (5, 2.5)], strict=True):
        services.contests.save_scores(judge.id, entry.id, {merit: m, design: d})
    results = services.contests.results(contest.id)
    ranked = [(r.code, r.rank, round(r.total, 2)) for r in results.results.entries]
    # (2×0.8 + 0.8)/3 = 80; (2×1 + 1)/3 = 100; (2×0.5 + 0.5)/3 = 50
    assert ranked == [("P-02", 1, 100.0), ("P-01", 2, 80.0), ("P-03", 3, 50.0)]
    suggested = services.contests.suggest_awards(contest.id)
    assert suggested == {entries[1].id: 1, entries[0].id: 2, entries[2].id: 3}
    services.contests.set_awards(contest.id, {entries[1].id: 1, entries[0].id: 2, entries[2].id: 4})
    recipients = services.contests.award_recipients(contest.event_id)
    assert [(r.entry_code, r.place, r.award, r.name, r.latin_name) for r in recipients][:3] == [
        ("P-02", 1, "1st prize", "अनन्या अय्यर", "Ananya Iyer"),
        ("P-02", 1, "1st prize", "Rohan Das", "Rohan Das"),
        ("P-01", 2, "2nd prize", "अनन्या अय्यर", "Ananya Iyer"),
    ]
    assert recipients[-1].award == "Honourable mention" and recipients[-1].place == 4
    services.contests.lock(contest.id)
    for attempt in (
        lambda: services.contests.save_scores(judge.id, entries[0].id, {merit: 1}),
        lambda: services.contests.set_awards(contest.id, {}),
        lambda: services.contests.assign(contest.id, 1),
    ):
        with pytest.raises(DomainError) as raised:
            attempt()
        assert raised.value.code == "contest.locked"
    assert services.contests.results(contest.id).results.entries[0].code == "P-02"


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def test_entries_import_reads_authors_and_refuses_bad_files_whole(services, contest, tmp_path: Path) -> None:
    good = write_csv(
        tmp_path / "entries.csv",
        [
            ["Code", "Title", "Category", "Authors", "Latin names", "School", "Abstract"],
            ["P-01", "Monsoon sensors", "high school", "राहुल शर्मा; Priya Nair", "Rahul Sharma; Priya Nair", "DPS", "…"],
            ["P-02", "Soil microbes", "University", "Wei Wang", "", "Tsinghua", ""],
        ],
    )
    rows = services.contests.import_entries(contest.id, good)
    assert [(r.code, r.category) for r in rows] == [("P-01", "High school"), ("P-02", "University")]
    assert rows[0].authors[0] == AuthorDraft("राहुल शर्मा", "Rahul Sharma", None)
    bad = write_csv(
        tmp_path / "bad.csv",
        [
            ["Code", "Title", "Category"],
            ["P-03", "Fine", "High school"],
            ["P-01", "Taken code", "High school"],
            ["P-04", "", "High school"],
            ["P-05", "Bad category", "Primary"],
            ["P-03", "Again", "University"],
        ],
    )
    with pytest.raises(DomainError) as raised:
        services.contests.import_entries(contest.id, bad)
    text = str(raised.value)
    assert "bad.csv: 4 problem(s)" in text
    assert "row 3, column A (code): P-01 is already an entry" in text
    assert "row 4, column B (title): the title is empty" in text
    assert "row 5, column C (category): 'Primary'" in text
    assert "row 6, column A (code): P-03 is used again (first on row 2)" in text
    assert len(services.contests.list_entries(contest.id)) == 2  # nothing from the bad file
    missing = write_csv(tmp_path / "missing.csv", [["Name", "School"], ["A", "B"]])
    with pytest.raises(DomainError) as raised:
        services.contests.import_entries(contest.id, missing)
    assert raised.value.code == "contest.import_missing_columns"


@pytest.fixture
def sheets(services, contest, tmp_path: Path):
    entries = add_entries(services, contest, 4)
    one = services.contests.add_judge(contest.id, "One", "1111", affiliation="IIT")
    two = services.contests.add_judge(contest.id, "Two", "2222", affiliation="IISc")
    services.contests.assign(contest.id, 1)
    works = [services.contests.judge_work(j.id) for j in (one, two)]
    paths = write_judge_sheets(works, tmp_path / "sheets")
    return entries, (one, two), works, paths


def fill(path: Path, values: dict[str, object]) -> None:
    workbook = load_workbook(path)
    sheet = workbook["Scores"]
    for ref, value in values.items():
        sheet[ref] = value
    workbook.save(path)


def test_judge_sheet_has_validation_and_protection(sheets) -> None:
    _entries, (one, _two), works, paths = sheets
    workbook = load_workbook(paths[0])
    sheet = workbook["Scores"]
    assert sheet.protection.sheet
    assert workbook["ssc"].sheet_state == "hidden"
    validations = {str(v.sqref): (v.type, v.formula1, v.formula2) for v in sheet.data_validations.dataValidation}
    assert validations == {
        "C6:C7": ("whole", "1", "10"),
        "D6:D7": ("custom", "AND(ISNUMBER(D6),D6>=0,D6<=5,MOD(ROUND((D6-0)/0.5,6),1)=0)", None),
    }
    assert sheet["C6"].protection.locked is False and sheet["A6"].protection.locked is True
    assert [sheet[f"A{r}"].value for r in (6, 7)] == [i.code for i in works[0].items]
    assert paths[0].name == sheet_file_name(works[0])


def test_sheets_import_back(services, contest, sheets) -> None:
    _entries, (one, two), works, paths = sheets
    fill(paths[0], {"C6": 7, "D6": 3.5, "E6": "Nice", "C7": 9})
    imported = services.contests.import_sheets(contest.id, [paths[0].parent])
    assert (imported.changed, imported.cleared) == (3, ())
    work = services.contests.judge_work(one.id)
    assert work.items[0].scores and work.items[0].comment == "Nice" and work.items[0].complete
    assert not work.items[1].complete  # design left empty
    assert {c.source for c in services.contests.score_changes(contest.id)} == {"sheet"}


def test_a_score_emptied_in_a_sheet_is_removed_on_import_and_listed(services, contest, sheets) -> None:
    from ssc_desktop.output.judge_sheet_xlsx import write_judge_sheet

    _entries, (one, _two), works, paths = sheets
    fill(paths[0], {"C6": 7, "D6": 3.5, "C7": 9})
    services.contests.import_sheets(contest.id, [paths[0]])
    # The judge gets a fresh sheet (with the scores in it), empties one cell and sends it back.
    fresh = write_judge_sheet(services.contests.judge_work(one.id), paths[0])
    assert load_workbook(fresh)["Scores"]["C6"].value == 7
    fill(fresh, {"C6": None})
    merit = contest.criteria[0]
    code = works[0].items[0].code
    preview = services.contests.cleared_in_sheets(contest.id, [fresh])
    assert [(c.judge, c.entry_code, c.criterion, c.old_value) for c in preview] == [("One", code, merit.name, 7.0)]
    kept = services.contests.import_sheets(contest.id, [fresh], keep_cleared=True)
    assert kept.changed == 0 and len(kept.cleared) == 1 and kept.kept_cleared
    assert services.contests.judge_work(one.id).items[0].scores[merit.id] == 7.0
    imported = services.contests.import_sheets(contest.id, [fresh])
    assert imported.changed == 1 and [c.old_value for c in imported.cleared] == [7.0]
    item = services.contests.judge_work(one.id).items[0]
    assert merit.id not in item.scores and not item.complete
    last = services.contests.score_changes(contest.id)[-1]
    assert (last.criterion, last.old_value, last.new_value, last.source) == (merit.name, "7", "", "sheet")
    # Importing the same sheet again removes nothing more.
    assert services.contests.import_sheets(contest.id, [fresh]).cleared == ()


def test_every_sheet_error_is_listed_and_nothing_is_saved(services, contest, make_event, sheets, tmp_path) -> None:
    entries, (one, two), works, paths = sheets
    fill(paths[0], {"C6": 11, "D6": 2.25, "C7": "ten", "A7": "P-99"})
    other = services.contests.create_contest(contest.event_id, ContestDraft("Other", ContestKind.POSTER))
    services.contests.add_entry(other.id, EntryDraft("X-1", "X"))
    stranger = services.contests.add_judge(other.id, "Stranger", "3333")
    services.contests.assign(other.id, 1)
    write_judge_sheet(services.contests.judge_work(stranger.id), paths[0].parent / "foreign.xlsx")
    (paths[0].parent / "notes.xlsx").write_bytes(b"not a workbook at all")
    fill(paths[1], {"C6": 5})
    with pytest.raises(DomainError) as raised:
        services.contests.import_sheets(contest.id, [paths[0].parent])
    items = raised.value.params["items"]
    name = paths[0].name
    assert f"{name}, cell C6 ({works[0].items[0].code}, Merit): 11 is not on the scale 1–10" in items
    assert f"{name}, cell D6 ({works[0].items[0].code}, Design): 2.25 is not on the scale 0, 0.5, … 5" in items
    assert f"{name}, cell A7: entry P-99 is not assigned to One" in items
    assert any(i.startswith("foreign.xlsx: this sheet is for another contest (Other)") for i in items)
    assert any(i.startswith("notes.xlsx: not a judge sheet") for i in items)
    assert len(items) == 5
    assert services.contests.score_changes(contest.id) == []  # the clean sheet was not saved either
    # A sheet of a judge removed from the contest, and a rubric changed after writing.
    services.contests.remove_judge(two.id)
    with pytest.raises(DomainError) as raised:
        services.contests.import_sheets(contest.id, [paths[1]])
    assert "judge Two is not a judge" in str(raised.value)
    services.contests.set_rubric(contest.id, (CriterionDraft("Only", 1, 1, 10, 1),))
    with pytest.raises(DomainError) as raised:
        services.contests.import_sheets(contest.id, [paths[0]])
    assert "the rubric changed" in str(raised.value)
    services.contests.lock(contest.id)
    with pytest.raises(DomainError) as raised:
        services.contests.import_sheets(contest.id, [paths[0]])
    assert raised.value.code == "contest.locked"


def test_judges_score_in_the_app_only_while_judging_is_open(services, contest) -> None:
    from datetime import timedelta

    from ssc_desktop.models import utc_now

    contests = services.contests
    entry = add_entries(services, contest, 1)[0]
    judge = contests.add_judge(contest.id, "Dr. Rao", "4821")
    contests.set_assignment(judge.id, entry.id, True)
    criterion = contests.get_contest(contest.id).criteria[0]
    score = {criterion.id: criterion.scale_min}
    later = utc_now() + timedelta(hours=2)
    contests.update_contest(
        contest.id,
        dataclasses.replace(
            contests.get_contest(contest.id).draft(), judging_opens=later, judging_closes=later + timedelta(hours=3)
        ),
    )
    with pytest.raises(DomainError) as raised:
        contests.save_scores(judge.id, entry.id, score)
    assert raised.value.code == "contest.judging_not_open"
    earlier = utc_now() - timedelta(hours=3)
    contests.update_contest(
        contest.id,
        dataclasses.replace(
            contests.get_contest(contest.id).draft(), judging_opens=earlier, judging_closes=earlier + timedelta(hours=1)
        ),
    )
    with pytest.raises(DomainError) as raised:
        contests.save_scores(judge.id, entry.id, score)
    assert raised.value.code == "contest.judging_closed"
    contests.save_scores(judge.id, entry.id, score, source="sheet")  # the coordinator's sheets still come in
    contests.update_contest(
        contest.id,
        dataclasses.replace(contests.get_contest(contest.id).draft(), judging_opens=None, judging_closes=None),
    )
    contests.save_scores(judge.id, entry.id, score)
