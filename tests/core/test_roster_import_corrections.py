"""Fixing a roster's problems in place: per-cell corrections and rows left out, as the wizard passes them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from ssc_desktop.cli import main
from ssc_desktop.errors import DomainError
from ssc_desktop.models import Gender
from ssc_desktop.services.members import MemberDraft
from ssc_desktop.services.roster_import import DuplicateAction, RosterImportService, recheck_row

HEADER = [
    "No.",
    "Full name (Latin)",
    "Name in own script",
    "E-mail",
    "Country / region",
    "Affiliation",
    "SSP visit year",
    "Gender",
]


def write_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    sheet.append(["Sakura Science Club — chapter roster"])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    # Data rows are 3 to 8 (row 1 is a title, row 2 the header).
    return write_xlsx(
        tmp_path / "messy.xlsx",
        [
            HEADER,
            [1, "Rahul Sharma", "राहुल शर्मा", "rahul@example.org", "India", "IIT Delhi", 2019, "M"],
            [2, "Bad Mail", "", "bad.mail@", "India", "", 2019, ""],  # row 4
            [3, "", "", "nobody@example.org", "India", "", 2019, ""],  # row 5: no name
            [4, "Too Early", "", "early@example.org", "Nepal", "", 2009, "?"],  # row 6: year out of range + gender
            [5, "Ananya Iyer", "", "ananya at example", "India", "IISc", 2017, "F"],  # row 7: bad e-mail
            [6, "Mail And Year", "", "x@", "India", "", "soon", ""],  # row 8: two errors
        ],
    )


@pytest.fixture
def importer(services) -> RosterImportService:
    return services.roster_import


def by_email(services, email: str):
    return next(m for m in services.members.list_members() if m.email.casefold() == email.casefold())


def codes(result, row: int) -> list[str]:
    return [p.code for p in result.problems if p.row == row]


def test_fixing_a_bad_email_makes_the_row_importable(importer, services, roster) -> None:
    before = importer.check(roster)
    assert codes(before, 4) == ["roster.row.bad_email"] and before.rejected == 5

    fixes = {(4, "email"): "  Bad.Mail@Example.org "}
    after = importer.check(roster, corrections=fixes)
    assert codes(after, 4) == []
    assert (after.rejected, after.added, after.corrected) == (4, 2, 1)
    # The other rows' problems are untouched.
    assert [p for p in after.problems if p.row != 4] == [p for p in before.problems if p.row != 4]

    result = importer.import_roster(roster, "SSC India", corrections=fixes)
    assert (result.added, result.rejected) == (2, 4)
    stored = {m.latin_name: m for m in services.members.list_members()}
    assert stored["Bad Mail"].email == "Bad.Mail@Example.org"  # normalized like a cell of the file: trimmed
    assert by_email(services, "bad.mail@example.org").latin_name == "Bad Mail"


def test_a_fix_that_is_still_bad_stays_a_problem(importer, services, roster) -> None:
    result = importer.import_roster(roster, "SSC India", corrections={(4, "email"): "still bad@"})
    problem = next(p for p in result.problems if p.row == 4)
    assert (problem.code, problem.column, problem.header, problem.value) == (
        "roster.row.bad_email",
        "D",
        "E-mail",
        "stillbad@",
    )  # spaces go, as in a cell
    assert result.rejected == 5
    assert "Bad Mail" not in {m.latin_name for m in services.members.list_members()}


def test_fixing_one_of_two_errors_keeps_the_row_out(importer, roster) -> None:
    one = importer.check(roster, corrections={(8, "email"): "mail@example.org"})
    assert codes(one, 8) == ["roster.row.bad_year"]
    both = importer.check(roster, corrections={(8, "email"): "mail@example.org", (8, "visit_year"): "2020年"})
    assert codes(both, 8) == []
    assert both.rejected == one.rejected - 1


def test_a_corrected_email_matching_a_stored_member_is_a_duplicate(importer, services, roster, india) -> None:
    stored = services.members.add_member(
        MemberDraft(
            latin_name="Ananya Iyer",
            email="ANANYA@example.in",
            country="India",
            affiliation="Old place",
            chapter_id=india.id,
        )
    )
    fixes = {(7, "email"): "ananya@EXAMPLE.in"}
    checked = importer.check(roster, corrections=fixes)
    assert [(d.row, d.kind, d.member_id, d.matched_by) for d in checked.duplicates] == [
        (7, "database", stored.id, "email")
    ]
    skipped = importer.check(roster, corrections=fixes, policy=DuplicateAction.SKIP)
    assert (skipped.skipped, skipped.added) == (1, 1)

    result = importer.import_roster(roster, "SSC India", corrections=fixes)
    assert (result.added, result.updated) == (1, 1)
    assert services.members.count_members() == 2
    ananya = services.members.get_member(stored.id)
    assert (ananya.affiliation, ananya.visit_year, ananya.gender) == ("IISc", 2017, Gender.FEMALE)


def test_a_corrected_email_matching_an_earlier_row_is_a_duplicate_in_the_file(importer, roster) -> None:
    result = importer.check(roster, corrections={(4, "email"): "RAHUL@example.org"})
    assert [(d.row, d.kind, d.other_row) for d in result.duplicates] == [(4, "file", 3)]


def test_the_missing_name_can_be_typed_in(importer, services, roster) -> None:
    result = importer.import_roster(roster, "SSC India", corrections={(5, "latin_name"): "Ｎｏｂｏｄｙ　Ｋｎｏｗｓ"})
    assert codes(result, 5) == []
    assert by_email(services, "nobody@example.org").latin_name == "Nobody Knows"  # NFKC


def test_rows_left_out_are_skipped_and_their_problems_not_listed(importer, services, roster) -> None:
    result = importer.import_roster(roster, "SSC India", excluded=[4, 6, 3])
    assert (result.excluded, result.skipped) == (3, 3)
    assert {p.row for p in result.problems} == {5, 7, 8}
    assert result.rejected == 3 and result.added == 0
    assert result.rows == 6
    assert services.members.count_members() == 0  # Rahul (row 3) was left out too


def test_recheck_row_follows_the_check(importer, roster) -> None:
    result = importer.check(roster, keep_problem_rows=True)
    assert set(result.problem_rows) == {4, 5, 6, 7, 8}
    assert result.problem_rows[4][3] == "bad.mail@"  # the raw cells, as read
    for row in result.problem_rows:
        assert recheck_row(result, row) == tuple(p for p in result.problems if p.row == row)
    fixes = {(6, "visit_year"): "2016", (6, "gender"): "女性", (4, "email"): "nope"}
    assert importer.recheck_row(result, 6, fixes) == ()
    again = importer.check(roster, corrections=fixes)
    for row in (4, 6):
        assert recheck_row(result, row, fixes) == tuple(p for p in again.problems if p.row == row)
    assert [p.value for p in recheck_row(result, 4, fixes)] == ["nope"]
    # Without the flag the raw rows are not kept (the CLI's JSON stays small).
    assert importer.check(roster).problem_rows == {}


def test_a_name_fix_without_a_latin_column_and_a_fix_past_a_short_row(importer, services, tmp_path) -> None:
    path = tmp_path / "short.csv"
    path.write_text(
        "氏名,メール,訪日年\n山田 太郎,taro@example.jp,2018\n,hanako@example.jp\n鈴木,bad\n", encoding="utf-8"
    )
    result = importer.check(path, keep_problem_rows=True)
    missing = next(p for p in result.problems if p.row == 3)
    assert (missing.code, missing.column, missing.header) == ("roster.row.name_missing", "A", "氏名")
    # The Latin name has no column here: a typed one is used all the same, and a blank one is
    # reported on the own-script name's column as before.
    assert recheck_row(result, 3, {(3, "latin_name"): "Hanako Sato"}) == ()
    assert recheck_row(result, 3, {(3, "latin_name"): "  "}) == (missing,)
    # Row 3 has no visit-year cell at all; a year typed for it still lands in the right field.
    fixes = {(3, "latin_name"): "Hanako Sato", (3, "visit_year"): "2009", (4, "email"): "suzuki@example.jp"}
    year = recheck_row(result, 3, fixes)
    assert [(p.code, p.column, p.value) for p in year] == [("roster.row.year_out_of_range", "C", "2009")]
    fixes[(3, "visit_year")] = "2019"
    imported = importer.import_roster(path, "SSC Japan", corrections=fixes)
    assert (imported.added, imported.rejected, imported.problems) == (3, 0, ())
    hanako = by_email(services, "hanako@example.jp")
    assert (hanako.latin_name, hanako.visit_year) == ("Hanako Sato", 2019)


def test_a_correction_for_an_unknown_field_is_refused(importer, roster) -> None:
    with pytest.raises(DomainError) as raised:
        importer.check(roster, corrections={(4, "password"): "x"})
    assert raised.value.code == "roster.unknown_field"


def test_cli_import_still_works(capsys, roster, tmp_path) -> None:
    db = str(tmp_path / "cli.sqlite3")
    assert main(["--db", db, "roster", "import", str(roster), "--chapter", "SSC India"]) == 0
    out = capsys.readouterr().out
    assert "1 added" in out and "5 rows left out" in out
    assert main(["--db", db, "roster", "import", str(roster), "--chapter", "SSC India", "--dry-run", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["updated"], data["rejected"], data["excluded"], data["problem_rows"]) == (1, 5, 0, {})
