"""Agenda exports: the A4 PDF and the .xlsx, safe cells, atomic writing and cancelling."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
import threading
from datetime import time
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.agenda_pdf import write_agenda_pdf
from ssc_desktop.output.agenda_xlsx import write_agenda, write_agenda_xlsx
from ssc_desktop.output.safe_cells import csv_text, looks_like_formula, set_text
from ssc_desktop.services.programme import ItemDraft, SpeakerDraft, parse_item_time


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exports (tmp_path also holds the database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def programme(services, make_event, make_member):
    event = make_event()
    sita = make_member(
        "Sita Shrestha", native_name="सीता श्रेष्ठ", email="sita@example.org", affiliation="Tribhuvan University"
    )

    def at(text: str):
        return parse_item_time(text, event)

    items = [
        ItemDraft(at("09:30"), at("10:00"), "Registration", "Foyer"),
        ItemDraft(
            at("10:00"),
            at("11:00"),
            "Opening keynote",
            "Dogra Hall",
            description="Why visits matter.",
            speakers=(SpeakerDraft(name="Kenichi Sato", native_name="佐藤 健一", affiliation="Kochi University"),),
        ),
        ItemDraft(
            at("11:00"),
            at("12:00"),
            '=HYPERLINK("http://evil","click")',
            "+Room",
            speakers=(SpeakerDraft(sita.id), SpeakerDraft(name="@guest")),
        ),
        ItemDraft(
            at("11:00"),
            at("12:00"),
            "Talks in Sinhala and Myanmar",
            "LH-121",
            speakers=(
                SpeakerDraft(name="Sunil Fernando", native_name="සුනිල් ප්‍රනාන්දු"),
                SpeakerDraft(name="Kyaw Zin Oo", native_name="ကျော်ဇင်ဦး"),
            ),
        ),
    ]
    services.programme.add_items(event.id, items)
    return services.programme.programme(event.id)


def test_xlsx_has_real_times_bold_frozen_header_and_no_formulas(programme, out: Path) -> None:
    path = write_agenda_xlsx(programme, out / "agenda.xlsx")
    sheet = load_workbook(path)["Agenda"]
    assert sheet.freeze_panes == "A2"
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet["B2"].value == time(9, 30) and sheet["C2"].value == time(10, 0)
    assert sheet["B2"].number_format == "hh:mm"
    assert sheet.column_dimensions["F"].width >= 30
    rows = {row[5].value: row for row in sheet.iter_rows(min_row=2)}
    evil = rows['=HYPERLINK("http://evil","click")']
    assert evil[5].data_type == "s" and evil[3].value == "+Room" and evil[3].data_type == "s"
    assert evil[6].value == "सीता श्रेष्ठ Sita Shrestha; @guest"
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f"
    assert rows["Opening keynote"][6].value == "佐藤 健一 Kenichi Sato"
    assert rows["Opening keynote"][8].value == "佐藤 健一"
    assert list(out.iterdir()) == [path]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdf_agenda_embeds_every_font_and_reads_back(programme, out: Path) -> None:
    path = write_agenda_pdf(programme, out / "agenda.pdf")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts
    for family in ("NotoSans-Regular", "NotoSans-Bold", "DroidSansFallback", "NotoSansSinhala", "NotoSansMyanmar"):
        assert family in fonts
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "3rd SSC India Reunion",
        "Opening keynote",
        "佐藤 健一",
        "Kenichi Sato",
        "Venue: IIT Delhi",
        "09:30–10:00",
        "Page 1 of 1",
        "Kochi University",
        "Dogra Hall",
    ):
        assert expected in text, expected
    assert list(out.iterdir()) == [path]


def test_pdf_puts_the_event_and_page_numbers_on_every_page(services, make_event, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    event = make_event()
    start = parse_item_time("09:30", event)
    from datetime import timedelta

    services.programme.add_items(
        event.id,
        [
            ItemDraft(
                start + timedelta(minutes=5 * n),
                start + timedelta(minutes=5 * n + 5),
                f"Lightning talk {n}",
                f"Room {n % 3}",
                description="A long description of the talk. " * 4,
            )
            for n in range(80)
        ],
    )
    path = write_agenda_pdf(services.programme.programme(event.id), tmp_path / "long.pdf")
    pages = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "3rd SSC India Reunion · 12 December 2026" in page


@pytest.mark.parametrize("writer", [write_agenda_pdf, write_agenda_xlsx])
def test_a_cancelled_export_leaves_no_file(programme, out: Path, writer) -> None:
    cancel = threading.Event()
    seen = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)
        if done >= 1:
            cancel.set()

    with pytest.raises(WorkCancelled):
        writer(programme, out / "agenda.out", progress, cancel)
    assert list(out.iterdir()) == []
    assert seen


def test_a_failed_export_keeps_the_old_file(programme, out: Path, monkeypatch) -> None:
    target = out / "agenda.xlsx"
    target.write_bytes(b"old agenda")

    def broken_save(self, filename) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(DomainError) as raised:
        write_agenda(programme, target)
    assert raised.value.code == "export.write_failed" and "No space left" in str(raised.value)
    assert target.read_bytes() == b"old agenda"
    assert list(out.iterdir()) == [target]


def test_write_agenda_picks_the_format_by_suffix(programme, out: Path) -> None:
    assert write_agenda(programme, out / "a.PDF").read_bytes().startswith(b"%PDF")
    with pytest.raises(DomainError) as raised:
        write_agenda(programme, out / "a.csv")
    assert raised.value.code == "programme.export_format"


@pytest.mark.parametrize("text", ["=1+1", "+91 98765", "-2", "@SUM(A1)", "\tx", "=cmd|' /C calc'!A0"])
def test_formula_like_text_stays_text(text: str, tmp_path: Path) -> None:
    assert looks_like_formula(text)
    workbook = Workbook()
    set_text(workbook.active["A1"], text)
    workbook.save(tmp_path / "t.xlsx")
    cell = load_workbook(tmp_path / "t.xlsx").active["A1"]
    assert cell.data_type == "s" and cell.value == text
    field = csv_text(text)
    assert field == "'" + text
    buffer = io.StringIO()
    csv.writer(buffer).writerow([field])
    assert next(csv.reader(io.StringIO(buffer.getvalue())))[0].startswith("'")


def test_plain_text_is_left_alone() -> None:
    for text in ("Rahul Sharma", "山田 太郎", "", "3rd reunion"):
        assert not looks_like_formula(text)
        assert csv_text(text) == text
    workbook = Workbook()
    set_text(workbook.active["A1"], "bad\x01control")
    assert workbook.active["A1"].value == "badcontrol"
