"""Contest exports: results PDF (fonts embedded, names in their own script, ties and awards,
authors hidden for a blind contest until it is locked), results xlsx, entry files."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssc_desktop.models import ContestKind
from ssc_desktop.output.contest_results_pdf import write_results_pdf
from ssc_desktop.output.contest_results_xlsx import write_results, write_results_xlsx
from ssc_desktop.services.contest_rubrics import CriterionDraft
from ssc_desktop.services.contests import AuthorDraft, ContestDraft, EntryDraft, files_folder


@pytest.fixture
def scored(services, make_event):
    event = make_event()
    contest = services.contests.create_contest(
        event.id,
        ContestDraft("Essays", ContestKind.ESSAY, ("High school",)),
        (CriterionDraft("Argument", 1, 0, 10, 1),),
    )
    authors = [
        (AuthorDraft("山田花子", "Hanako Yamada"),),
        (AuthorDraft("इशा सेन", "Isha Sen"),),
        (AuthorDraft("Nguyễn Văn An"),),
    ]
    entries = services.contests.add_entries(
        contest.id,
        [
            EntryDraft(f"E-0{n}", f"Essay {n}", "High school", affiliation="School", authors=a)
            for n, a in enumerate(authors, start=1)
        ],
    )
    judge = services.contests.add_judge(contest.id, "Judge", "1234")
    services.contests.assign(contest.id, 1)
    criterion = services.contests.get_contest(contest.id).criteria[0].id
    for entry, value in zip(entries, [8, 8, 5], strict=True):
        services.contests.save_scores(judge.id, entry.id, {criterion: value})
    services.contests.set_awards(contest.id, {entries[0].id: 1, entries[1].id: 1, entries[2].id: 3})
    return contest, entries


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_results_pdf_blind_until_locked_then_names_in_own_script(services, scored, tmp_path: Path) -> None:
    contest, _entries = scored
    provisional = write_results_pdf(services.contests.results(contest.id), tmp_path / "provisional.pdf")
    text = pdf_text(provisional)
    assert "Provisional results" in text and "E-01" in text and "1=" in text and "1st prize" in text
    assert "Hanako" not in text and "山田" not in text  # blind: no authors before the announcement
    assert "Remaining ties: E-01, E-02" in text
    services.contests.lock(contest.id)
    final = write_results_pdf(services.contests.results(contest.id), tmp_path / "final.pdf")
    text = pdf_text(final)
    for expected in ("Final results", "山田花子 (Hanako Yamada)", "इशा सेन (Isha Sen)", "Nguyễn Văn An", "3rd prize"):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(final)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]  # no temp files left


def test_results_xlsx_has_totals_matrix_and_criteria(services, scored, tmp_path: Path) -> None:
    contest, _entries = scored
    path = write_results_xlsx(services.contests.results(contest.id, "normalized"), tmp_path / "results.xlsx")
    workbook = load_workbook(path)
    rows = list(workbook["Results"].iter_rows(min_row=2, values_only=True))
    assert [(r[1], r[2], r[3], r[12]) for r in rows] == [
        (1, "=", "E-01", "1st prize"),
        (1, "=", "E-02", "1st prize"),
        (3, None, "E-03", "3rd prize"),
    ]
    assert rows[0][5] == "山田花子"
    assert [c.value for c in workbook["Per judge"][1]] == ["Code", "Category", "Judge (raw)", "Judge (normalized)"]
    assert workbook["Criteria"]["C2"].value == 8
    with pytest.raises(Exception) as raised:
        write_results(services.contests.results(contest.id), tmp_path / "results.txt")
    assert getattr(raised.value, "code", "") == "contest.export_format"


def test_attached_files_live_beside_the_database(services, scored, db_path, tmp_path: Path) -> None:
    _contest, entries = scored
    poster = tmp_path / "poster.pdf"
    poster.write_bytes(b"%PDF-1.4 poster")
    entry = services.contests.attach_file(entries[0].id, poster)
    assert entry.files == ("poster.pdf",)
    kept = services.contests.entry_folder(entry.contest_id, entry.code) / "poster.pdf"
    assert kept.read_bytes() == b"%PDF-1.4 poster"
    assert kept.is_relative_to(Path(db_path).parent)
    assert files_folder("postgresql://u@h/db") is None


def test_results_say_how_they_were_computed_in_words(services, scored, tmp_path: Path) -> None:
    contest, entries = scored
    criterion = services.contests.get_contest(contest.id).criteria[0]
    services.contests.set_method(contest.id, "normalized", criterion.id)
    results = services.contests.results(contest.id)
    text = " ".join(pdf_text(write_results_pdf(results, tmp_path / "r.pdf")).split())
    for words in (
        "How these results were computed",
        "divided by its criterion's maximum, multiplied by the criterion's weight",
        "Argument × 1 (out of 10)",
        "population standard deviation",
        "100 + 20 × z",
        "(100 ± 20)",
        "highest and its lowest total are dropped",
        "ranked by the normalized (z-scores)",
        "their mean score on “Argument”, then the number of judges",
        "share a rank",
        "Worked example: E-01",
        "E-01 was scored by 1 judge(s), whose totals were Judge 80.00: mean 80.00",
    ):
        assert words in text, words
    about = load_workbook(write_results_xlsx(results, tmp_path / "r.xlsx"))["About"]
    rows = {r[0]: r[1] for r in about.iter_rows(values_only=True) if r[0]}
    assert "population standard deviation" in rows["Normalized"] and "100 ± 20" in rows["Normalized"]
    assert "“Argument”" in rows["Ranking and ties"] and rows["Worked example: E-01"].startswith("E-01 was scored")
