"""Roster files as other programs write them: .xls, .ods, workbooks under another name, and the
files that used to end in a traceback (a zip renamed .csv, a CSV cell over the csv module's limit).
"""

from __future__ import annotations

import csv
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from openpyxl import Workbook, load_workbook

from ssc_desktop.output.roster_report import write_roster_report
from ssc_desktop.errors import DomainError
from ssc_desktop.services.members import MemberService
from ssc_desktop.services.roster_import import RosterImportService

ROWS = [
    ["Sakura Science Club — roster"],
    [],
    ["Name", "E-mail", "Country", "SSP visit year"],
    ["Rahul Sharma", "rahul@example.org", "India", 2019],
    ["Nguyễn Văn An", "an@example.vn", "Vietnam", 2020],
]


@pytest.fixture
def importer(services) -> RosterImportService:
    return services.roster_import


def members(importer: RosterImportService) -> dict[str, object]:
    return {m.latin_name: m for m in MemberService(importer._sessions).list_members()}


def write_xls(path: Path, rows: list[list]) -> Path:
    """An Excel 97-2003 workbook, written by xlwt (the BIFF8 writer old university systems use)."""
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Members")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(path))
    return path


def write_ods(path: Path, rows: list[list], offset_columns: int = 0) -> Path:
    """An OpenDocument spreadsheet as LibreOffice lays it out: mimetype first, stored; content.xml."""

    def cell(value: object) -> str:
        if isinstance(value, int):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    skip = f'<table:table-cell table:number-columns-repeated="{offset_columns}"/>' if offset_columns else ""
    body = "".join(
        f"<table:table-row>{skip}{''.join(cell(v) for v in row)}</table:table-row>"
        if row
        else "<table:table-row><table:table-cell/></table:table-row>"
        for row in rows
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Members">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def write_xlsx(path: Path, rows: list[list]) -> Path:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    "writer, name", [(write_xls, "roster.xls"), (write_ods, "roster.ods"), (write_xlsx, "roster.xlsx")]
)
def test_xls_ods_and_xlsx_rosters_import_alike(importer, tmp_path, writer, name) -> None:
    path = writer(tmp_path / name, ROWS)
    preview = importer.preview(path)
    assert preview.header_row == 3 and preview.kind == name.rsplit(".", 1)[1]
    result = importer.import_roster(path, "SSC Asia")
    assert (result.added, result.rejected) == (2, 0)
    stored = members(importer)
    assert stored["Nguyễn Văn An"].email == "an@example.vn"
    assert stored["Rahul Sharma"].visit_year == 2019  # 2019.0 from the workbook is the year 2019


def test_columns_left_of_the_table_keep_their_letters(importer, tmp_path) -> None:
    # calamine reads from the first used column; messages must still say the column Excel shows.
    path = write_ods(tmp_path / "shifted.ods", [["Name", "E-mail"], ["Bad Mail", "bad.mail@"]], offset_columns=2)
    result = importer.check(path)
    assert [(p.row, p.column, p.header) for p in result.problems] == [(2, "D", "E-mail")]


def test_a_workbook_renamed_csv_is_read_as_the_workbook_it_is(importer, tmp_path) -> None:
    path = write_xlsx(tmp_path / "roster.xlsx", ROWS[2:])
    renamed = path.rename(tmp_path / "roster.csv")
    assert importer.import_roster(renamed, "SSC Asia").added == 2


@pytest.mark.parametrize(
    "content, found",
    [
        ({"photo.jpg": b"\xff\xd8\xff"}, "zip archive"),
        ({"word/document.xml": b"<w:document/>", "[Content_Types].xml": b"<Types/>"}, "Word document"),
    ],
)
def test_a_zip_renamed_csv_is_named_for_what_it_is(importer, services, tmp_path, content, found) -> None:
    path = tmp_path / "attendees.csv"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in content.items():
            archive.writestr(name, data)
    for attempt in (lambda: importer.preview(path), lambda: importer.import_roster(path, "SSC Asia")):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == "roster.wrong_type"
        assert (
            str(caught.value) == f"attendees.csv is not a spreadsheet: it is a {found}. "
            "Choose an .xlsx, .xls, .ods or .csv file."
        )
    assert services.members.count_members() == 0


def test_a_csv_cell_over_the_field_limit_names_the_line(importer, services, tmp_path) -> None:
    path = tmp_path / "export.csv"
    limit = csv.field_size_limit()
    path.write_text('Name,E-mail\nA,a@example.org\nB,"' + "x" * (limit + 10) + '"\n', encoding="utf-8")
    for attempt in (lambda: importer.preview(path), lambda: importer.import_roster(path, "SSC Asia")):
        with pytest.raises(DomainError) as caught:
            attempt()
        assert caught.value.code == "roster.csv_cell_too_long"
        assert "export.csv, line 3" in str(caught.value) and str(limit) in str(caught.value)
    assert services.members.count_members() == 0


def test_an_unclosed_quote_on_the_first_lines_is_a_message_not_a_traceback(importer, tmp_path) -> None:
    path = tmp_path / "broken.csv"
    path.write_bytes(b"Name,E-mail\nA,a@example.org\n" + b'"' + b"y" * (csv.field_size_limit() + 1))
    with pytest.raises(DomainError) as caught:
        importer.preview(path)
    assert caught.value.code == "roster.csv_cell_too_long" and "broken.csv" in str(caught.value)


def test_an_unreadable_file_is_said(importer, tmp_path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    path = write_xlsx(tmp_path / "locked.xlsx", ROWS)
    path.chmod(0)
    with pytest.raises(DomainError) as caught:
        importer.preview(path)
    assert caught.value.code == "roster.unreadable_file"


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_problem_report_never_holds_a_live_formula(importer, tmp_path, suffix) -> None:
    path = tmp_path / "roster.csv"
    path.write_text('Name,E-mail\nEvil,"=HYPERLINK(""http://x"",""y"")"\n', encoding="utf-8")
    result = importer.check(path)
    assert [p.code for p in result.problems] == ["roster.row.bad_email"]
    report = write_roster_report(result.problems, tmp_path / f"report{suffix}")
    if suffix == ".csv":
        with report.open(encoding="utf-8-sig", newline="") as handle:
            lines = list(csv.reader(handle))
        assert lines[1][6] == '\'=HYPERLINK("http://x","y")'
        assert lines[1][2] == "2"
    else:
        sheet = load_workbook(report).active
        cell = sheet["G2"]
        assert cell.value == '=HYPERLINK("http://x","y")' and cell.data_type == "s"
        assert sheet["C2"].value == 2
