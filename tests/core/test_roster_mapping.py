"""Roster headers as people write them: names in parts, synonyms in many languages, own-script
name columns found by header or values, columns kept or listed, and text kept exactly.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from ssc_desktop.errors import DomainError
from ssc_desktop.services.members import MemberService
from ssc_desktop.services.roster_import import RosterImportService
from ssc_desktop.services.roster_mapping import field_for_header, guess_mapping

DATA = Path(__file__).resolve().parents[1] / "data" / "rosters"


@pytest.fixture
def importer(services) -> RosterImportService:
    return services.roster_import


def write_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def stored(importer: RosterImportService) -> dict[str, object]:
    return {m.latin_name: m for m in MemberService(importer._sessions).list_members()}


def test_an_eventbrite_attendee_report_imports_with_names_joined(importer) -> None:
    path = DATA / "eventbrite-attendees.csv"
    preview = importer.preview(path)
    named = {preview.headers[c]: f for c, f in preview.mapping.items()}
    assert named == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Email": "email",
        "Home Country": "country",
        "Company": "affiliation",
    }
    left_out = {c.header: c.samples for c in preview.left_out}
    assert len(left_out) == 32 - 5  # every other column is listed, none dropped unseen
    assert left_out["Job Title"] == ("JobTitle1", "Job2Title")
    assert left_out["Where are you located (city+state or city+country)"] == ("City1, CA", "City2 CA")
    assert "Home Address 1" in left_out  # listed even though the sample rows leave it empty
    result = importer.import_roster(path, "SSC USA")
    assert (result.added, result.rejected) == (2, 0)
    assert "Job Title" in result.left_out and "Order #" in result.left_out
    members = stored(importer)
    assert members["John Doe"].email == "jdoe1@test1mail.com"
    assert members["John Doe"].affiliation == "Company1Name"
    assert members["Jane Doe"].affiliation == "Company2Name"


def test_a_kept_column_becomes_a_line_of_the_notes(importer) -> None:
    path = DATA / "eventbrite-attendees.csv"
    preview = importer.preview(path)
    column = preview.headers.index("Job Title")
    ticket = preview.headers.index("Ticket Type")
    importer.import_roster(path, "SSC USA", mapping={**preview.mapping, column: "keep", ticket: "keep"})
    john = stored(importer)["John Doe"]
    notes = MemberService(importer._sessions).get_member_draft(john.id).notes
    assert notes == "Ticket Type: General Admission\nJob Title: JobTitle1"
    again = importer.preview(path)  # the mapping is remembered with the kept columns
    assert again.mapping_saved and again.mapping[column] == "keep"
    assert "Job Title" not in {c.header for c in again.left_out}


def test_name_parts_follow_the_order_of_each_script(importer, tmp_path) -> None:
    path = write_xlsx(
        tmp_path / "jp.xlsx",
        [
            ["姓", "名", "姓(ローマ字)", "名(ローマ字)", "メールアドレス", "国籍", "所属"],
            ["山田", "太郎", "Yamada", "Taro", "taro@example.jp", "日本", "東京大学"],
            ["김", "민준", "Kim", "Minjun", "minjun@example.kr", "韓国", "KAIST"],
        ],
    )
    preview = importer.preview(path)
    assert list(preview.mapping.values()) == [
        "family_name",
        "given_name",
        "family_name",
        "given_name",
        "email",
        "country",
        "affiliation",
    ]
    assert importer.import_roster(path, "SSC Japan").added == 2
    members = stored(importer)
    assert members["Taro Yamada"].native_name == "山田 太郎"
    assert members["Minjun Kim"].native_name == "김 민준"


def test_vietnamese_ho_ten_put_the_family_name_first_even_in_latin_letters(importer, tmp_path) -> None:
    path = tmp_path / "vn.csv"
    path.write_text(
        "Họ,Tên,Email,Quốc tịch,Đơn vị,Số điện thoại\nNguyễn Văn,An,an@example.vn,Việt Nam,VNU,+84 912 345 678\n",
        encoding="utf-8",
    )
    importer.import_roster(path, "SSC Vietnam")
    member = stored(importer)["Nguyễn Văn An"]
    assert (member.country, member.affiliation, member.phone) == ("Việt Nam", "VNU", "+84 912 345 678")


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Company", "affiliation"),
        ("Organisation", "affiliation"),
        ("Institution", "affiliation"),
        ("School", "affiliation"),
        ("University", "affiliation"),
        ("Employer", "affiliation"),
        ("Nationality", "country"),
        ("Country/Region", "country"),
        ("Country/Region Name", "country"),
        ("Mobile", "phone"),
        ("WhatsApp", "phone"),
        ("Nama Lengkap", "latin_name"),
        ("Surel", "email"),
        ("Instansi", "affiliation"),
        ("Jenis Kelamin", "gender"),
        ("Họ và tên", "latin_name"),
        ("Giới tính", "gender"),
        ("ชื่อ-นามสกุล", "latin_name"),
        ("อีเมล", "email"),
        ("หน่วยงาน", "affiliation"),
        ("นามสกุล", "family_name"),
        ("नाम", "latin_name"),
        ("ईमेल", "email"),
        ("देश", "country"),
        ("संस्थान", "affiliation"),
        ("电子邮箱", "email"),
        ("手机", "phone"),
        ("性别", "gender"),
        ("Name (Thai)", "native_name"),
        ("Name (local)", "native_name"),
        ("Nama (Aksara)", "native_name"),
        ("中文名", "native_name"),
        ("Name (English)", "latin_name"),
        ("Given name", "given_name"),
        ("Surname", "family_name"),
        ("Family name", "family_name"),
    ],
)
def test_header_synonyms(header, field) -> None:
    assert field_for_header(header) == field


def test_a_column_of_mostly_non_latin_names_is_the_own_script_name() -> None:
    headers = ["Name", "ชื่อเล่น / Full name in Thai", "Email"]
    sample = [("Somchai Jaidee", "สมชาย ใจดี", "s@example.th"), ("Suda Rakthai", "สุดา รักไทย", "su@example.th")]
    assert guess_mapping(headers, sample) == {0: "latin_name", 1: "native_name", 2: "email"}
    # a "Name" column holding only own-script names is the own-script name
    assert guess_mapping(["Name", "Email"], [("สมชาย ใจดี", "s@example.th")]) == {0: "native_name", 1: "email"}


def test_the_own_script_name_column_is_imported_not_dropped(importer, tmp_path) -> None:
    path = tmp_path / "th.csv"
    path.write_text("Name,Name (Thai),Email\nSomchai Jaidee,สมชาย ใจดี,s@example.th\n", encoding="utf-8")
    importer.import_roster(path, "SSC Thailand")
    assert stored(importer)["Somchai Jaidee"].native_name == "สมชาย ใจดี"


def test_zwj_and_zwnj_are_kept_and_bidi_controls_removed_and_said(importer, tmp_path) -> None:
    sinhala = "ශ්\u200dරී ලංකා"  # "Sri" with the ZWJ Sri Lankans write it with
    bengali = "র\u200dযাব"
    persian = "می\u200cخواهم"
    spoofed = "Evil\u202egnp.exe"
    path = tmp_path / "scripts.csv"
    path.write_text(
        f"Name,Name in own script,Email\nSri Lanka Perera,{sinhala},p@example.lk\n"
        f"Rahim,{bengali},r@example.bd\nDariush,{persian},d@example.ir\n"
        f"{spoofed},,e@example.org\n",
        encoding="utf-8",
    )
    preview = importer.preview(path)  # the preview says so before anything is imported
    assert preview.hidden_characters == ("A5: U+202E RIGHT-TO-LEFT OVERRIDE",)
    result = importer.import_roster(path, "SSC Asia")
    members = stored(importer)
    assert members["Sri Lanka Perera"].native_name == sinhala
    assert members["Rahim"].native_name == bengali
    assert members["Dariush"].native_name == persian
    assert "Evilgnp.exe" in members
    warnings = [p for p in result.problems if p.code == "roster.row.hidden_characters"]
    assert [(w.row, w.column, w.severity) for w in warnings] == [(5, "A", "warning")]
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in str(warnings[0].as_error())


def test_two_or_three_columns_combine_into_one_field_and_are_remembered(importer, tmp_path) -> None:
    path = write_xlsx(
        tmp_path / "dept.xlsx",
        [
            ["Name", "Email", "Faculty", "Department", "University"],
            ["Rahul Sharma", "rahul@example.org", "Engineering", "Civil", "IIT Delhi"],
        ],
    )
    mapping = {0: "latin_name", 1: "email", 2: "affiliation", 3: "affiliation", 4: "affiliation"}
    importer.import_roster(path, "SSC India", mapping=mapping)
    assert stored(importer)["Rahul Sharma"].affiliation == "Engineering Civil IIT Delhi"
    assert importer.preview(path).mapping == mapping


@pytest.mark.parametrize(
    ("mapping", "code"),
    [
        ({0: "latin_name", 1: "email", 2: "email"}, "roster.field_twice"),
        (
            {0: "latin_name", 1: "affiliation", 2: "affiliation", 3: "affiliation", 4: "affiliation"},
            "roster.too_many_combined",
        ),
        ({1: "email", 2: "keep"}, "roster.no_name_column"),
    ],
)
def test_mappings_that_cannot_be_imported_are_refused(importer, tmp_path, mapping, code) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [["A", "B", "C", "D", "E"], ["x", "y@example.org", "z", "w", "v"]])
    with pytest.raises(DomainError) as caught:
        importer.import_roster(path, "SSC India", mapping=mapping, header_row=1)
    assert caught.value.code == code


def run_ssc(capsys, *argv) -> tuple[int, str, str]:
    from ssc_desktop.cli import main

    capsys.readouterr()
    code = main([str(a) for a in argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def notes_of(db: Path, member_id: int) -> str:
    from ssc_desktop.app import compose

    context = compose(db)
    try:
        return context.services.members.get_member_draft(member_id).notes
    finally:
        context.close()


def test_the_cli_keeps_and_combines_columns_as_the_wizard_does(capsys, tmp_path) -> None:
    db = tmp_path / "cli.sqlite3"
    path = DATA / "eventbrite-attendees.csv"
    code, out, err = run_ssc(
        capsys,
        "--db",
        db,
        "roster",
        "import",
        path,
        "--chapter",
        "SSC USA",
        "--map",
        "Job Title=+affiliation",
        "--map",
        "Ticket Type=keep",
        "--map",
        "Home Country=none",
        "--json",
    )
    assert (code, err) == (0, ""), err
    data = json.loads(out)
    assert data["added"] == 2 and "Job Title" not in data["left_out"] and "Home Country" in data["left_out"]
    code, out, _ = run_ssc(capsys, "--db", db, "member", "list", "--chapter", "SSC USA", "--json")
    john = next(m for m in json.loads(out) if m["latin_name"] == "John Doe")
    assert john["affiliation"] == "JobTitle1 Company1Name" and john["country"] == ""
    assert notes_of(db, john["id"]) == "Ticket Type: General Admission"


def test_the_cli_can_keep_every_left_out_column(capsys, tmp_path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("Name,Email,Dietary needs,T-shirt\nRahul Sharma,rahul@example.org,Vegetarian,L\n", encoding="utf-8")
    db = tmp_path / "cli.sqlite3"
    code, out, err = run_ssc(capsys, "--db", db, "roster", "import", path, "--chapter", "SSC India", "--keep-rest")
    assert code == 0, err
    assert "Columns not imported" not in out
    code, out, _ = run_ssc(capsys, "--db", db, "member", "list", "--chapter", "SSC India", "--json")
    (rahul,) = json.loads(out)
    assert notes_of(db, rahul["id"]) == "Dietary needs: Vegetarian\nT-shirt: L"


@pytest.mark.parametrize(
    ("change", "said"), [("Nickname=keep", "no column 'Nickname'"), ("Job Title", "write COLUMN=FIELD")]
)
def test_a_map_the_cli_cannot_follow_is_said(capsys, tmp_path, change, said) -> None:
    code, out, err = run_ssc(
        capsys,
        "--db",
        tmp_path / "cli.sqlite3",
        "roster",
        "import",
        DATA / "eventbrite-attendees.csv",
        "--chapter",
        "SSC USA",
        "--map",
        change,
    )
    assert code == 2 and out == "" and said in err


def test_a_map_to_no_field_is_refused_with_the_imports_message(capsys, tmp_path) -> None:
    code, _out, err = run_ssc(
        capsys,
        "--db",
        tmp_path / "cli.sqlite3",
        "roster",
        "import",
        DATA / "eventbrite-attendees.csv",
        "--chapter",
        "SSC USA",
        "--map",
        "B=shoe_size",
    )
    assert code == 1 and "'shoe_size' is not a member field." in err


def test_a_zoom_registration_report_imports_as_a_roster(importer) -> None:
    # refused as an online report (it says who registered, not who came), it is a list of people
    path = Path(__file__).resolve().parents[1] / "data" / "online" / "zoom-registration.csv"
    preview = importer.preview(path)
    assert preview.header_row == 4
    assert {preview.headers[c]: f for c, f in preview.mapping.items()} == {
        "First Name": "given_name",
        "Last Name": "family_name",
        "Email": "email",
    }
    assert {c.header for c in preview.left_out} == {"Registration Time", "Approval Status"}
    assert importer.import_roster(path, "SSC India").added == 1
    assert stored(importer)["Priya Das"].email == "priya@example.org"


# Conference attendee lists their organisers published (tests/data/rosters/README.md): no e-mails,
# names in parts or whole, the organisation under several names.
@pytest.mark.parametrize(
    ("name", "mapped", "added", "person", "values"),
    [
        (
            "sotm2018-attendees.csv",
            {
                "First Name": "given_name",
                "Last Name": "family_name",
                "Company Name": "affiliation",
                "Country": "country",
            },
            27,
            "Arun Gowtham Asai Thambi",
            ("Zoho Corporation", "India"),
        ),
        (
            "cs22-attendees.csv",
            {"name": "latin_name", "affil": "affiliation", "last": "family_name"},
            20,
            "Ellianna Schwab Abrahams",
            ("University of California, Berkeley", ""),
        ),
        (
            "uist2017-attendees.csv",
            {"firstName": "given_name", "lastName": "family_name", "company": "affiliation"},
            21,
            "Takeo Igarashi",
            ("Computer Science Department, The University of Tokyo", ""),
        ),
    ],
)
def test_published_conference_attendee_lists_import(importer, name, mapped, added, person, values) -> None:
    path = DATA / name
    preview = importer.preview(path)
    assert {preview.headers[c]: f for c, f in preview.mapping.items()} == mapped
    result = importer.import_roster(path, "SSC Alumni")
    assert (result.added, result.rejected) == (added, 0)
    members = stored(importer)
    assert (members[person].affiliation, members[person].country) == values
    if name == "sotm2018-attendees.csv":
        # kept as written (capitals, diacritics); a row with only the family name is that name;
        # the identical second row of Ezgi Eryilmaz is the same person, not a second member
        assert {"RACHELE AMERINI", "chiara angiolini", "Jiří Komárek", "Arruda"} <= set(members)
        assert [(d.row, d.other_row, d.matched_by) for d in result.duplicates] == [(26, 25, "name")]
        assert members["Aicha Racky Ly"].country == "Côte d'Ivoire"
    if name == "cs22-attendees.csv":
        assert "Victor J. S. Bejar" in members  # the doubled space inside the name is one space
        assert "Thomas Ayres" in members


def test_a_thai_roster_with_buddhist_era_years(importer, tmp_path) -> None:
    path = tmp_path / "th.csv"
    path.write_text(
        "ชื่อ-นามสกุล,Name (Thai),อีเมล,ปีที่เข้าร่วม,สังกัด\n"
        "Somchai Jaidee,สมชาย ใจดี,s@example.th,2562,จุฬาลงกรณ์มหาวิทยาลัย\n"
        "Suda Rakthai,สุดา รักไทย,su@example.th,พ.ศ. 2566,มหาวิทยาลัยมหิดล\n",
        encoding="utf-8",
    )
    result = importer.import_roster(path, "SSC Thailand")
    assert (result.added, result.problems) == (2, ())
    members = stored(importer)
    assert (members["Somchai Jaidee"].visit_year, members["Suda Rakthai"].visit_year) == (2019, 2023)
    assert members["Somchai Jaidee"].native_name == "สมชาย ใจดี"
    assert members["Suda Rakthai"].affiliation == "มหาวิทยาลัยมหิดล"
