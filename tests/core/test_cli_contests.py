"""`ssc contest …` end to end: set up, import entries, judges, assign, sheets out and back, results, lock."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssc_desktop.cli import main


@pytest.fixture
def ssc(capsys):
    def run(*argv: str | Path) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main([str(a) for a in argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_a_contest_from_the_command_line(ssc, tmp_path: Path) -> None:
    db = tmp_path / "ssc.sqlite3"
    code, _out, err = ssc(
        "--db",
        db,
        "event",
        "create",
        "--title",
        "Reunion",
        "--chapter",
        "SSC India",
        "--start",
        "2030-03-01 09:30",
        "--timezone",
        "Asia/Kolkata",
        "--format",
        "hybrid",
    )
    assert code == 0, err
    code, out, err = ssc(
        "--db",
        db,
        "contest",
        "create",
        "--event",
        "1",
        "--title",
        "Essays",
        "--kind",
        "essay",
        "--category",
        "High school",
        "--judges-per-entry",
        "1",
        "--json",
        "--opens",
        "2030-03-01 10:00",
        "--closes",
        "2030-03-01 15:00",
    )
    assert code == 0, err
    created = json.loads(out)
    assert created["blind"] is True and len(created["criteria"]) == 4
    assert created["judging_opens"] == "2030-03-01T04:30:00+00:00"  # 10:00 in Kolkata
    entries = tmp_path / "entries.csv"
    with entries.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(
            [
                ["Code", "Title", "Category", "Authors", "School"],
                ["E-01", "Rivers remember", "High school", "ইশা সেন", "Modern School"],
                ["E-02", "Soil", "High school", "Kabir Mehta", "DPS"],
            ]
        )
    code, out, err = ssc("--db", db, "contest", "entries", "import", "--contest", "1", entries)
    assert (code, out.strip()) == (0, "Imported 2 entries."), err
    code, out, err = ssc(
        "--db",
        db,
        "contest",
        "judge",
        "add",
        "--contest",
        "1",
        "--name",
        "Dr. Nair",
        "--pin",
        "4821",
        "--affiliation",
        "Modern School",
    )
    assert code == 0, err
    code, out, err = ssc("--db", db, "contest", "assign", "--contest", "1")
    assert code == 0 and "warning: E-01 is 1 judge(s) short" in out  # her own school's entry
    code, out, err = ssc("--db", db, "contest", "sheets", "--contest", "1", "-o", tmp_path / "sheets")
    assert code == 0 and "Wrote 1 judge sheets" in out, err
    sheet = next((tmp_path / "sheets").glob("*.xlsx"))
    workbook = load_workbook(sheet)
    scores = workbook["Scores"]
    assert scores["A6"].value == "E-02" and scores["A7"].value is None
    for column, value in zip("CDEF", [4, 3.5, 5, 2], strict=True):
        scores[f"{column}6"] = value
    workbook.save(sheet)
    code, out, err = ssc("--db", db, "contest", "sheets", "import", tmp_path / "sheets")
    assert code == 0 and "4 scores changed" in out, err
    code, out, err = ssc("--db", db, "contest", "results", "--contest", "1", "--json")
    rows = json.loads(out)
    # (3×4/5 + 3×3.5/5 + 2×5/5 + 2×2/5) / 10 × 100 = (2.4 + 2.1 + 2 + 0.8) × 10 = 73
    assert [(r["code"], r["rank"], r["mean"] and round(r["mean"], 2)) for r in rows] == [
        ("E-02", 1, 73.0),
        ("E-01", None, None),
    ]
    code, out, err = ssc("--db", db, "contest", "results", "--contest", "1", "-o", tmp_path / "results.pdf")
    assert code == 0 and (tmp_path / "results.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = ssc("--db", db, "contest", "lock", "--contest", "1", "--awards")
    assert code == 0, err
    code, out, err = ssc("--db", db, "contest", "sheets", "import", tmp_path / "sheets")
    assert code == 1 and err.strip() == "ssc: error: “Essays” is locked: scores, results and awards are frozen."
    code, out, err = ssc("--db", db, "contest", "list", "--event", "1")
    assert "Essays" in out and "yes" in out


def test_sheets_import_lists_emptied_scores_and_removes_them(ssc, tmp_path: Path) -> None:
    db = tmp_path / "ssc.sqlite3"
    assert (
        ssc(
            "--db",
            db,
            "event",
            "create",
            "--title",
            "Reunion",
            "--chapter",
            "SSC India",
            "--start",
            "2030-03-01 09:30",
            "--timezone",
            "Asia/Kolkata",
            "--format",
            "face-to-face",
        )[0]
        == 0
    )
    assert ssc("--db", db, "contest", "create", "--event", "1", "--title", "Posters", "--judges-per-entry", "1")[0] == 0
    entries = tmp_path / "entries.csv"
    entries.write_text("Code,Title\nP-01,Bees\n", encoding="utf-8")
    assert ssc("--db", db, "contest", "entries", "import", "--contest", "1", entries)[0] == 0
    assert ssc("--db", db, "contest", "judge", "add", "--contest", "1", "--name", "Dr. Nair", "--pin", "4821")[0] == 0
    assert ssc("--db", db, "contest", "assign", "--contest", "1")[0] == 0
    assert ssc("--db", db, "contest", "sheets", "--contest", "1", "-o", tmp_path / "one")[0] == 0
    sheet = next((tmp_path / "one").glob("*.xlsx"))
    workbook = load_workbook(sheet)
    workbook["Scores"]["C6"] = 8
    workbook.save(sheet)
    assert ssc("--db", db, "contest", "sheets", "import", sheet)[0] == 0
    assert ssc("--db", db, "contest", "sheets", "--contest", "1", "-o", tmp_path / "two")[0] == 0
    fresh = next((tmp_path / "two").glob("*.xlsx"))
    workbook = load_workbook(fresh)
    assert workbook["Scores"]["C6"].value == 8
    workbook["Scores"]["C6"] = None
    workbook.save(fresh)
    code, out, err = ssc("--db", db, "contest", "sheets", "import", fresh, "--keep-cleared")
    assert code == 0 and "1 score(s) emptied in the sheets, kept (--keep-cleared):" in out, err
    code, out, err = ssc("--db", db, "contest", "sheets", "import", fresh, "--json")
    assert code == 0, err
    reply = json.loads(out)
    assert reply["changed"] == 1 and [(c["entry_code"], c["old_value"]) for c in reply["cleared"]] == [("P-01", 8.0)]


def test_rubric_from_the_command_line(ssc, tmp_path: Path) -> None:
    db = tmp_path / "ssc.sqlite3"
    assert (
        ssc(
            "--db",
            db,
            "event",
            "create",
            "--title",
            "Reunion",
            "--chapter",
            "SSC India",
            "--start",
            "2030-03-01 09:30",
            "--timezone",
            "Asia/Kolkata",
            "--format",
            "face-to-face",
        )[0]
        == 0
    )
    assert ssc("--db", db, "contest", "create", "--event", "1", "--title", "Posters")[0] == 0
    code, out, err = ssc("--db", db, "contest", "rubric", "--contest", "1")
    assert code == 0 and "Scientific merit" in out and "ties broken by no criterion" in out, err
    code, out, err = ssc(
        "--db",
        db,
        "contest",
        "rubric",
        "--contest",
        "1",
        "--criterion",
        "Merit:3:1-10",
        "--criterion",
        "Language:1:0-5:0.5",
        "--guide",
        "Merit:1-3=Weak|8-10=Strong",
        "--method",
        "normalized",
        "--tie",
        "merit",
        "--json",
    )
    assert code == 0, err
    rubric = json.loads(out)
    assert rubric["method"] == "normalized" and rubric["tie"] == "Merit"
    assert [(c["name"], c["weight"], c["min"], c["max"], c["step"]) for c in rubric["criteria"]] == [
        ("Merit", 3.0, 1.0, 10.0, 1.0),
        ("Language", 1.0, 0.0, 5.0, 0.5),
    ]
    assert rubric["criteria"][0]["guide"] == [["1–3", "Weak"], ["8–10", "Strong"]]
    code, out, err = ssc("--db", db, "contest", "rubric", "--contest", "1")
    assert "Merit (tie-break)" in out and "1–3: Weak · 8–10: Strong" in out and "0, 0.5, … 5" in out
    for argv, words in (
        (["--criterion", "Merit:three:1-10"], "is not a criterion"),
        (["--criterion", "Bad:1:1-10:4"], "does not work"),
        (["--guide", "Nope:1-3=x"], "has no criterion 'Nope'"),
        (["--guide", "Merit:1-3"], "is not a level guide"),
        (["--tie", "Design"], "has no criterion 'Design'"),
    ):
        code, out, err = ssc("--db", db, "contest", "rubric", "--contest", "1", *argv)
        assert code == 1 and words in err, (argv, err)
