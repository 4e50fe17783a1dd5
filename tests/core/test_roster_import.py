"""Roster import: reading messy files, mapping, normalizing, duplicates, one transaction, bad files, CLI."""

from __future__ import annotations

import csv
import json
import threading
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ssc_desktop.output.roster_report import write_roster_report
from ssc_desktop.cli import main
from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.models import Gender
from ssc_desktop.services.members import MemberDraft
from ssc_desktop.services.roster_import import DuplicateAction, RosterImportService

DATA = Path(__file__).resolve().parents[1] / "data"
SHARED = Path(__file__).resolve().parents[2].parent / "shared" / "data"

HEADER = [
    "No.",
    "Full name (Latin)",
    "Name in own script",
    "E-mail",
    "Country / region",
    "Affiliation",
    "SSP visit year",
    "Host institution in Japan",
    "Gender",
    "Phone",
]


def write_xlsx(path: Path, rows: list[list], title: str | None = "Sakura Science Club — chapter roster") -> Path:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Members"
    if title:
        sheet.append([title])
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def messy_rows() -> list[list]:
    return [
        HEADER,
        [
            1,
            "Rahul Sharma",
            "राहुल शर्मा",
            " Rahul.Sharma@Example.org ",
            "India",
            "IIT Delhi",
            2019,
            "Kochi University",
            "M",
            "+91 98100 00000",
        ],
        [
            2,
            "Ｙａｍａｄａ Ｔａｒｏ",
            "山田 太郎",
            "taro@example.jp",
            "Japan",
            "University of Tokyo",
            "2018年",
            "RIKEN",
            "男性",
            None,
        ],
        [],
        [
            3,
            "Nguyen Van An",
            "Nguyễn Văn An",
            "AN@EXAMPLE.VN",
            "Vietnam",
            "VNU",
            "２０２０",
            "Osaka University",
            "Female",
            "",
        ],
        [4, "", "", "nobody@example.org", "India", "", 2019, "", "", ""],  # no name
        [5, "Bad Mail", "", "bad.mail@", "India", "", 2019, "", "", ""],
        [6, "Too Early", "", "early@example.org", "Nepal", "", 2009, "", "", ""],
        [7, "Not A Year", "", "notyear@example.org", "Nepal", "", "soon", "", "?", ""],
        [
            8,
            "Rahul Sharma",
            "",
            "RAHUL.SHARMA@EXAMPLE.ORG",
            "India",
            "IIT Bombay",
            2019.0,
            "",
            "",
            "",
        ],  # duplicate by e-mail
        [9, "Sita Shrestha", "सीता श्रेष्ठ", "", "Nepal", "TU", 2021, "", "F", ""],
        [10, "sita shrestha", "", "", "nepal", "", 2021, "", "", "+977 1"],  # duplicate by name + country
    ]


@pytest.fixture
def roster(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "messy.xlsx", messy_rows())


@pytest.fixture
def importer(services) -> RosterImportService:
    return services.roster_import


def problems_by_row(result) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for problem in result.problems:
        found.setdefault(problem.row, []).append(problem.code)
    return found


# -- preview and mapping ---------------------------------------------------------------------------
def test_preview_finds_header_under_title_and_maps_columns(importer, roster) -> None:
    preview = importer.preview(roster)
    assert preview.sheet == "Members"
    assert preview.header_row == 2
    assert preview.mapping == {
        1: "latin_name",
        2: "native_name",
        3: "email",
        4: "country",
        5: "affiliation",
        6: "visit_year",
        7: "host_institution",
        8: "gender",
        9: "phone",
    }
    assert not preview.mapping_saved
    assert preview.sample[0][1] == "Rahul Sharma"
    assert preview.sample_rows[:3] == (3, 4, 6)  # the blank row 5 is not shown


def test_japanese_headers_are_mapped(importer, tmp_path) -> None:
    headers = [
        "番号",
        "氏名",
        "フリガナ",
        "メールアドレス",
        "国・地域",
        "所属",
        "性別",
        "電話番号",
        "訪日年",
        "受入機関",
        "ローマ字",
    ]
    path = write_xlsx(
        tmp_path / "jp.xlsx",
        [
            headers,
            [
                1,
                "山田 太郎",
                "ヤマダ タロウ",
                "taro@example.jp",
                "日本",
                "東京大学",
                "男",
                "03-1234",
                "2019年",
                "理研",
                "Yamada Taro",
            ],
        ],
        title="名簿",
    )
    preview = importer.preview(path)
    assert preview.mapping == {
        1: "native_name",
        2: "reading",
        3: "email",
        4: "country",
        5: "affiliation",
        6: "gender",
        7: "phone",
        8: "visit_year",
        9: "host_institution",
        10: "latin_name",
    }
    result = importer.import_roster(path, "SSC Japan")
    member = importer_members(importer)[0]
    assert (result.added, member.latin_name, member.native_name, member.gender, member.visit_year) == (
        1,
        "Yamada Taro",
        "山田 太郎",
        Gender.MALE,
        2019,
    )


def importer_members(importer):
    from ssc_desktop.services.members import MemberService

    return MemberService(importer._sessions).list_members()


def test_without_latin_column_the_own_script_name_is_the_name(importer, tmp_path) -> None:
    path = write_xlsx(tmp_path / "jp.xlsx", [["氏名", "メール"], ["佐藤 花子", "hanako@example.jp"]], title=None)
    result = importer.import_roster(path, "SSC Japan")
    assert result.added == 1 and not result.problems
    assert importer_members(importer)[0].latin_name == "佐藤 花子"


def test_confirmed_mapping_is_saved_and_reused(importer, tmp_path) -> None:
    rows = [["Who", "Where", "Contact"], ["Rahul Sharma", "India", "rahul@example.org"]]
    path = write_xlsx(tmp_path / "odd.xlsx", rows, title=None)
    with pytest.raises(DomainError) as caught:
        importer.preview(path)
    assert caught.value.code == "roster.no_header"
    preview = importer.preview(path, header_row=1)
    assert preview.mapping == {} and not preview.mapping_saved
    mapping = {0: "latin_name", 1: "country", 2: "email"}
    importer.import_roster(path, "SSC India", mapping=mapping, header_row=1)
    again = importer.preview(path, header_row=1)
    assert again.mapping_saved and again.mapping == mapping
    # The same headers in another file (different case and width) reuse it.
    other = write_xlsx(
        tmp_path / "other.xlsx", [["WHO", "Ｗｈｅｒｅ", "contact "], ["Li Na", "China", "li@example.cn"]], title=None
    )
    assert importer.preview(other, header_row=1).mapping == mapping


# -- normalizing, problems, duplicates -------------------------------------------------------------------
def test_messy_roster_import(importer, services, roster) -> None:
    result = importer.import_roster(roster, "SSC India")
    assert problems_by_row(result) == {
        7: ["roster.row.name_missing"],
        8: ["roster.row.bad_email"],
        9: ["roster.row.year_out_of_range"],
        10: ["roster.row.bad_year", "roster.row.unknown_gender"],
    }
    bad_mail = next(p for p in result.problems if p.code == "roster.row.bad_email")
    assert (bad_mail.file, bad_mail.sheet, bad_mail.row, bad_mail.column, bad_mail.header, bad_mail.value) == (
        "messy.xlsx",
        "Members",
        8,
        "D",
        "E-mail",
        "bad.mail@",
    )
    assert "bad.mail@" in str(bad_mail.as_error())
    assert result.rejected == 4
    assert [(d.row, d.kind, d.other_row, d.matched_by) for d in result.duplicates] == [
        (11, "file", 3, "email"),
        (13, "file", 12, "name"),
    ]
    assert (result.added, result.updated, result.skipped) == (4, 0, 0)
    members = {m.latin_name: m for m in services.members.list_members()}
    assert set(members) == {"Rahul Sharma", "Yamada Taro", "Nguyen Van An", "Sita Shrestha"}
    rahul = members["Rahul Sharma"]
    assert rahul.email == "RAHUL.SHARMA@EXAMPLE.ORG"  # the later row updated the earlier one
    assert rahul.affiliation == "IIT Bombay" and rahul.native_name == "राहुल शर्मा" and rahul.gender is Gender.MALE
    taro = members["Yamada Taro"]
    assert (taro.visit_year, taro.gender, taro.phone) == (2018, Gender.MALE, "")
    an = members["Nguyen Van An"]
    assert (an.visit_year, an.gender, an.email) == (2020, Gender.FEMALE, "AN@EXAMPLE.VN")
    assert members["Sita Shrestha"].phone == "+977 1"
    assert {m.chapter_name for m in members.values()} == {"SSC India"}


def test_duplicates_against_the_database_follow_policy_and_overrides(importer, services, roster, india) -> None:
    stored = services.members.add_member(
        MemberDraft(
            latin_name="Rahul Sharma",
            email="rahul.sharma@example.org",
            country="India",
            affiliation="Old place",
            chapter_id=india.id,
        )
    )
    services.members.add_member(MemberDraft(latin_name="Nguyen Van An", email="an@example.vn", country="Vietnam"))
    dry = importer.check(roster, policy=DuplicateAction.SKIP)
    assert dry.dry_run and services.members.count_members() == 2
    assert [(d.row, d.kind, d.member_id) for d in dry.duplicates[:2]] == [
        (3, "database", stored.id),
        (6, "database", 2),
    ]

    result = importer.import_roster(
        roster,
        "SSC India",
        policy=DuplicateAction.SKIP,
        overrides={6: DuplicateAction.UPDATE, 11: DuplicateAction.KEEP_BOTH},
    )
    assert (result.added, result.updated, result.skipped) == (3, 1, 2)
    members = services.members.list_members()
    assert [m.affiliation for m in members if m.latin_name == "Rahul Sharma"] == ["Old place", "IIT Bombay"]
    an = next(m for m in members if m.latin_name == "Nguyen Van An")
    assert (an.native_name, an.visit_year, an.chapter_name) == ("Nguyễn Văn An", 2020, "SSC India")


def test_importing_the_same_file_twice_updates_instead_of_doubling(importer, services, roster) -> None:
    importer.import_roster(roster, "SSC India")
    again = importer.import_roster(roster, "SSC India")
    assert (again.added, again.updated) == (0, 4)
    assert services.members.count_members() == 4


def test_same_name_with_different_emails_are_two_people(importer, services, tmp_path) -> None:
    path = write_xlsx(
        tmp_path / "wang.xlsx",
        [["Name", "Email", "Country"], ["Wang Wei", "w1@example.cn", "China"], ["Wang Wei", "w2@example.cn", "China"]],
        title=None,
    )
    result = importer.import_roster(path, "SSC China")
    assert (result.added, result.duplicates) == (2, ())


# -- one transaction -----------------------------------------------------------------------------------
def test_cancel_changes_nothing(importer, services, tmp_path) -> None:
    rows = [HEADER] + [[i, f"Member {i}", "", f"m{i}@example.org", "India", "", 2019, "", "", ""] for i in range(3000)]
    path = write_xlsx(tmp_path / "big.xlsx", rows)
    seen: list[tuple[int, int, str]] = []
    cancel = threading.Event()

    def progress(done: int, total: int, phase: str) -> None:
        seen.append((done, total, phase))
        if phase == "write":
            cancel.set()

    with pytest.raises(WorkCancelled):
        importer.import_roster(path, "Brand New Chapter", progress=progress, cancel=cancel)
    assert any(phase == "read" for *_rest, phase in seen)
    assert services.members.count_members() == 0
    assert services.chapters.find_chapter("Brand New Chapter") is None
    assert importer.saved_mapping(HEADER) is None


def test_failure_while_writing_changes_nothing(importer, services, roster, monkeypatch) -> None:
    import ssc_desktop.services.roster_write as module

    def broken(connection, rows):
        raise RuntimeError("disk full")

    monkeypatch.setattr(module, "insert_members", broken)
    with pytest.raises(RuntimeError):
        importer.import_roster(roster, "Another Chapter")
    assert services.members.count_members() == 0
    assert services.chapters.find_chapter("Another Chapter") is None


def test_dry_run_writes_nothing(importer, services, roster) -> None:
    result = importer.import_roster(roster, "SSC India", dry_run=True)
    assert result.added == 4 and result.dry_run
    assert services.members.count_members() == 0
    assert services.chapters.find_chapter("SSC India") is None


# -- the report ----------------------------------------------------------------------------------------
def test_report_exports_to_csv_and_xlsx(importer, roster, tmp_path) -> None:
    result = importer.check(roster)
    written = write_roster_report(result.problems, tmp_path / "report.csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    assert lines[0] == ["File", "Sheet", "Row", "Column", "Header", "Field", "Value", "Severity", "Problem"]
    assert [
        "messy.xlsx",
        "Members",
        "8",
        "D",
        "E-mail",
        "email",
        "bad.mail@",
        "error",
        "'bad.mail@' is not an e-mail address.",
    ] in lines
    assert len(lines) == 1 + len(result.problems)
    workbook = load_workbook(write_roster_report(result.problems, tmp_path / "report.xlsx"), read_only=True)
    assert len(list(workbook.active.iter_rows(values_only=True))) == 1 + len(result.problems)
    with pytest.raises(DomainError) as caught:
        write_roster_report(result.problems, tmp_path / "missing-folder" / "r.csv")
    assert caught.value.code == "export.write_failed"


# -- CSV as people save it ------------------------------------------------------------------------------
CSV_ROWS = [
    ["名簿 2024"],
    ["氏名", "Name", "E-mail", "Country", "性別", "来日年"],
    ["山田 太郎", "Yamada Taro", "taro@example.jp", "Japan", "男", "2019年"],
    ["Trần Thị Mai", "Tran Thi Mai", "mai@example.vn", "Vietnam", "女性", "2020"],
]


def csv_text(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in CSV_ROWS) + "\r\n"


@pytest.mark.parametrize(
    ("encoding", "delimiter", "bom"),
    [
        ("utf-8", ",", b""),
        ("utf-8", ";", b"\xef\xbb\xbf"),
        ("utf-16-le", "\t", b"\xff\xfe"),
        ("utf-16-le", ",", b""),
        ("utf-16-be", "\t", b"\xfe\xff"),
    ],
)
def test_csv_encodings_and_delimiters(importer, services, tmp_path, encoding, delimiter, bom) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(bom + csv_text(delimiter).encode(encoding))
    preview = importer.preview(path)
    assert preview.delimiter == delimiter
    assert preview.header_row == 2
    result = importer.import_roster(path, "SSC Japan")
    assert (result.added, result.problems) == (2, ())
    names = {(m.latin_name, m.native_name, m.visit_year, m.gender) for m in services.members.list_members()}
    assert names == {
        ("Yamada Taro", "山田 太郎", 2019, Gender.MALE),
        ("Tran Thi Mai", "Trần Thị Mai", 2020, Gender.FEMALE),
    }


def test_shift_jis_csv_from_japanese_excel(importer, tmp_path) -> None:
    rows = [
        ["氏名", "ローマ字", "メール", "国・地域"],
        ["山田 太郎", "Yamada Taro", "taro@example.jp", "日本"],
        ["佐藤 花子", "Sato Hanako", "hanako@example.jp", "日本"],
    ]
    path = tmp_path / "sjis.csv"
    path.write_bytes("\r\n".join(",".join(r) for r in rows).encode("cp932"))
    preview = importer.preview(path)
    assert (preview.encoding, preview.sample[0][0]) == ("cp932", "山田 太郎")


def test_mixed_encodings_are_refused_naming_the_line(importer, services, tmp_path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_bytes(
        "Name,Email,Country\nNguyễn Văn An,an@example.vn,Vietnam\n".encode()
        + "山田 太郎,taro@example.jp,日本\n".encode("cp932")
    )
    with pytest.raises(DomainError) as caught:
        importer.import_roster(path, "SSC Vietnam")
    assert caught.value.code == "roster.mixed_encoding"
    assert "mixed.csv" in str(caught.value) and "line 3" in str(caught.value)
    assert services.members.count_members() == 0


def test_ambiguous_delimiter_is_asked_about(importer, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Name;Email,Country\nRahul,rahul@example.org;India\n", encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        importer.preview(path)
    assert caught.value.code == "roster.unsure_delimiter"
    assert "odd.csv" in str(caught.value)


# -- bad files -----------------------------------------------------------------------------------------
def bad_file(tmp_path: Path, kind: str) -> Path:
    if kind == "pdf":
        path = tmp_path / "roster.xlsx"
        path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n")
    elif kind == "truncated":
        whole = write_xlsx(tmp_path / "whole.xlsx", messy_rows())
        path = tmp_path / "roster.xlsx"
        path.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    elif kind == "text-as-xlsx":
        path = tmp_path / "roster.xlsx"
        path.write_text("Name,Email\nA,a@example.org\n")
    elif kind == "empty-sheet":
        path = tmp_path / "roster.xlsx"
        Workbook().save(path)
    elif kind == "empty-file":
        path = tmp_path / "roster.csv"
        path.write_bytes(b"")
    elif kind == "no-header":
        path = write_xlsx(tmp_path / "roster.xlsx", [[1, 2, 3], ["a", "b", "c"]] * 20, title=None)
    elif kind == "xls":
        path = tmp_path / "roster.xls"
        path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500)
    elif kind == "docx-zip":
        path = tmp_path / "roster.xlsx"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("word/document.xml", "<w:document/>")
    elif kind == "binary-csv":
        path = tmp_path / "roster.csv"
        path.write_bytes(bytes(range(256)) * 4)
    else:
        raise AssertionError(kind)
    return path


@pytest.mark.parametrize(
    ("kind", "code"),
    [
        ("pdf", "roster.wrong_type"),
        ("truncated", "roster.damaged_workbook"),
        ("text-as-xlsx", "roster.not_a_workbook"),
        ("empty-sheet", "roster.empty_sheet"),
        ("empty-file", "roster.empty_file"),
        ("no-header", "roster.no_header"),
        ("xls", "roster.damaged_workbook"),
        ("docx-zip", "roster.wrong_type"),
        ("binary-csv", "roster.not_text"),
    ],
)
def test_bad_files_give_one_clear_error_naming_the_file(importer, services, tmp_path, kind, code) -> None:
    path = bad_file(tmp_path, kind)
    for attempt in (lambda: importer.preview(path), lambda: importer.import_roster(path, "SSC India")):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == code
        message = str(caught.value)
        assert path.name in message and "{" not in message, message
    assert services.members.count_members() == 0
    assert services.chapters.find_chapter("SSC India") is None


def test_a_50_mb_file_is_refused_before_reading(importer, tmp_path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.write(b"Name,Email,Country\n")
        line = b"Somebody Somewhere,somebody@example.org,India\n"
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    assert path.stat().st_size > 50 * 1024 * 1024
    with pytest.raises(DomainError) as caught:
        importer.preview(path)
    assert caught.value.code == "roster.file_too_large"
    assert "huge.csv" in str(caught.value) and "50.0 MB" in str(caught.value)


def test_too_many_rows_are_refused_while_streaming(services, tmp_path) -> None:
    small = RosterImportService(services.members._sessions, max_rows=50)
    rows = [HEADER] + [[i, f"M {i}", "", f"m{i}@example.org", "India", "", 2019, "", "", ""] for i in range(80)]
    path = write_xlsx(tmp_path / "long.xlsx", rows)
    with pytest.raises(DomainError) as caught:
        small.import_roster(path, "SSC India")
    assert caught.value.code == "roster.too_many_rows"
    assert services.members.count_members() == 0


def test_missing_file(importer, tmp_path) -> None:
    with pytest.raises(DomainError) as caught:
        importer.preview(tmp_path / "nowhere.xlsx")
    assert caught.value.code == "roster.file_missing"


# -- the bundled sample and the shared data ----------------------------------------------------------------
def test_bundled_messy_sample(importer, services) -> None:
    result = importer.import_roster(DATA / "roster-sample.xlsx", "SSC Asia")
    assert result.header_row == 2
    assert (result.rows, result.added, result.rejected) == (301, 300, 0)
    assert len(result.duplicates) == 1 and result.duplicates[0].matched_by == "email"
    assert services.members.count_members() == 300
    emails = [m.email for m in services.members.list_members()]
    assert all(e == e.strip() for e in emails)


@pytest.mark.shared_data
@pytest.mark.parametrize("name", ["roster-sample.xlsx", "roster-30k.xlsx"])
def test_shared_rosters(importer, services, name) -> None:
    path = SHARED / name
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    result = importer.import_roster(path, "SSC Shared")
    assert result.rejected == 0
    assert services.members.count_members() == result.added
    assert result.added >= result.rows - len(result.duplicates)


# -- the command line -----------------------------------------------------------------------------------
def run_ssc(capsys, *argv) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_cli_import_dry_run_json_and_report(capsys, roster, tmp_path) -> None:
    db = tmp_path / "cli.sqlite3"
    code, out, err = run_ssc(capsys, "--db", db, "roster", "import", roster, "--chapter", "SSC India", "--dry-run")
    assert (code, err) == (0, "")
    assert "Would import messy.xlsx, sheet Members into SSC India" in out
    assert "4 added" in out and "Nothing was changed" in out
    assert "error: messy.xlsx, Members D8 (E-mail): 'bad.mail@' is not an e-mail address." in out

    report = tmp_path / "problems.csv"
    code, out, err = run_ssc(
        capsys,
        "--db",
        db,
        "roster",
        "import",
        roster,
        "--chapter",
        "SSC India",
        "--json",
        "--on-duplicate",
        "skip",
        "--report",
        report,
    )
    assert code == 0
    data = json.loads(out)
    assert (data["added"], data["skipped"], data["policy"], data["dry_run"]) == (4, 2, "skip", False)
    assert data["problems"][0]["message"] and data["mapping"]["3"] == "email"
    assert report.is_file()
    code, out, _ = run_ssc(capsys, "--db", db, "member", "list", "--chapter", "SSC India", "--json")
    assert len(json.loads(out)) == 4


def test_cli_bad_file_is_one_error_line(capsys, tmp_path) -> None:
    path = bad_file(tmp_path, "pdf")
    code, out, err = run_ssc(capsys, "--db", tmp_path / "cli.sqlite3", "roster", "import", path, "--chapter", "X")
    assert code == 1 and out == ""
    assert err.startswith("ssc: error: roster.xlsx is not a spreadsheet: it is a PDF document.")
    assert len(err.splitlines()) == 1


def test_imported_rows_are_stored_exactly_as_the_members_service_stores_them(importer, services, tmp_path) -> None:
    from sqlalchemy import text

    path = write_xlsx(
        tmp_path / "one.xlsx",
        [
            HEADER,
            [1, "Ｎｇｕｙễｎ Văn An", "Nguyễn Văn An", " AN@Example.VN ", "Vietnam", "VNU", 2020, "", "Female", ""],
        ],
    )
    importer.import_roster(path, "SSC Vietnam")
    services.members.add_member(
        MemberDraft(
            latin_name="Nguyễn Văn An",
            native_name="Nguyễn Văn An",
            email="AN@Example.VN",
            country="Vietnam",
            affiliation="VNU",
            visit_year=2020,
            gender=Gender.FEMALE,
        )
    )
    imported, added = services.members.list_members()
    assert imported.search_key == added.search_key
    assert (imported.email, imported.gender) == (added.email, added.gender)
    with services.members._sessions() as session:
        stored = session.execute(
            text("SELECT email_key, gender, created_at, updated_at FROM members ORDER BY id")
        ).all()
    assert stored[0][:2] == stored[1][:2] == ("an@example.vn", "female")
    for row in stored:
        assert len(row[2]) == len(row[3]) == len("2026-01-01 00:00:00.000000")


def test_progress_counts_rows_the_workbook_declares(importer, tmp_path) -> None:
    rows = [HEADER] + [[i, f"Member {i}", "", f"m{i}@example.org", "India", "", 2019, "", "", ""] for i in range(2500)]
    path = write_xlsx(tmp_path / "sized.xlsx", rows)  # openpyxl writes the sheet's dimension, as Excel does
    seen: list[tuple[int, int, str]] = []
    importer.import_roster(path, "SSC India", progress=lambda d, t, p: seen.append((d, t, p)))
    reads = [(d, t) for d, t, p in seen if p == "read"]
    assert reads[0] == (1000, 2502) and reads[-1][0] == reads[-1][1]
    writes = [(d, t) for d, t, p in seen if p == "write"]
    assert writes[-1] == (2500, 2500)


def test_the_sheet_holding_the_roster_is_found(importer, tmp_path) -> None:
    workbook = Workbook()
    workbook.active.title = "Cover"
    workbook.active.append(["Chapter roster 2026"])
    data = workbook.create_sheet("Data")
    data.append(["Name", "E-mail"])
    data.append(["Rahul Sharma", "rahul@example.org"])
    path = tmp_path / "sheets.xlsx"
    workbook.save(path)
    preview = importer.preview(path)
    assert (preview.sheet, preview.sheets, preview.header_row) == ("Data", ("Cover", "Data"), 1)
    with pytest.raises(DomainError) as caught:
        importer.preview(path, sheet="Cover")
    assert caught.value.code == "roster.no_header" and "sheets.xlsx, sheet Cover" in str(caught.value)
    with pytest.raises(DomainError) as caught:
        importer.preview(path, sheet="Nope")
    assert caught.value.code == "roster.no_such_sheet"


def test_garbage_collection_is_restored_after_an_import(importer, roster, tmp_path) -> None:
    import gc

    assert gc.isenabled()
    importer.import_roster(roster, "SSC India")
    assert gc.isenabled()
    with pytest.raises(DomainError):
        importer.import_roster(bad_file(tmp_path, "pdf"), "SSC India")
    assert gc.isenabled()
    gc.disable()
    try:
        importer.check(roster)
        assert not gc.isenabled()  # a caller's own choice is kept
    finally:
        gc.enable()
