"""After the reunion: the attendance sheet (.xlsx), the paper sign-in sheet (.pdf) and the roster
export (.xlsx/.csv): who counts as having come, real Excel dates in the event's time zone, one
column per check-in list, safe cells, cancelling and failing without leaving a broken file."""

from __future__ import annotations

import csv
import shutil
import subprocess
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from ssc_desktop.errors import DomainError
from ssc_desktop.models import Gender, RegistrationRole, RegistrationStatus
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.attendance_xlsx import write_attendance_xlsx
from ssc_desktop.output.roster_export import write_roster
from ssc_desktop.output.signin_pdf import write_signin_pdf
from ssc_desktop.services.attendance import signin_people
from ssc_desktop.services.attendance import AttendanceRows

IST = timezone(timedelta(hours=5, minutes=30))


def at(hour: int, minute: int = 0) -> datetime:
    """A moment of the reunion day (12 December 2026) in India time."""
    return datetime(2026, 12, 12, hour, minute, tzinfo=IST)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def reunion(services, make_event, make_member):
    """Five people: Aarav came, left and came back, and went to the seminar; Bina came (walk-in
    style, as a speaker); Chen is a no-show; Dev waits; Esha cancelled. One check-in undone."""
    event = make_event(capacity=3)
    people = {
        "aarav": make_member(
            "Aarav Shah",
            native_name="आरव शाह",
            email="aarav@example.org",
            country="India",
            affiliation="IIT Delhi",
            gender=Gender.MALE,
        ),
        "bina": make_member(
            '=HYPERLINK("http://x")',
            native_name="ဘီနာ",
            email="bina@example.org",
            country="Myanmar",
            affiliation="+University of Yangon",
            gender=Gender.FEMALE,
        ),
        "chen": make_member(
            "Chen Wei",
            native_name="陈伟",
            email="chen@example.org",
            country="China",
            affiliation="Tsinghua University",
            gender=Gender.MALE,
        ),
        "dev": make_member("Dev Karki", email="dev@example.org", country="Nepal"),
        "esha": make_member("Esha Perera", native_name="ඊෂා පෙරේරා", email="esha@example.org", country="Sri Lanka"),
    }
    r = services.registrations
    rows = {
        "aarav": r.register(event.id, people["aarav"].id),
        "bina": r.register(event.id, people["bina"].id, RegistrationRole.SPEAKER),
        "chen": r.register(event.id, people["chen"].id),
        "esha": r.register(event.id, people["esha"].id, status=RegistrationStatus.REGISTERED),
    }
    r.cancel(rows["esha"].id)
    rows["dev"] = r.register(event.id, people["dev"].id)  # full again: waitlisted
    seminar = services.checkin_lists.create_list(event.id, "Job-hunting seminar")
    services.checkin_lists.create_list(event.id, "Banquet")
    c = services.checkin
    c.check_in(rows["aarav"].id, "Door A", at=at(9, 5))
    c.check_out(rows["aarav"].id, at=at(12, 30))
    c.check_in(rows["aarav"].id, "Door B", at=at(14, 0))
    c.check_out(rows["aarav"].id, at=at(17, 45))
    c.check_in(rows["aarav"].id, "Hall 2", at=at(15, 0), list_id=seminar.id)
    c.check_in(rows["chen"].id, "Door A", at=at(9, 40))
    c.undo_check_in(rows["chen"].id)  # a mistake at the desk: Chen never came
    c.check_in(rows["bina"].id, "Door B", at=at(10, 15))
    return event, rows


def by_id(sheet) -> dict:
    return {row.registration_id: row for row in sheet.rows}


def test_who_came_first_arrival_last_departure_and_lists(services, reunion) -> None:
    event, rows = reunion
    sheet = services.attendance.sheet(event.id)
    assert [item.name for item in sheet.lists] == ["Job-hunting seminar", "Banquet"]
    people = by_id(sheet)
    assert len(people) == 5  # every registration, the waitlist and cancellations included
    aarav = people[rows["aarav"].id]
    assert aarav.arrived_at == at(9, 5) and aarav.station == "Door A"  # first arrival is kept
    assert aarav.left_at == at(17, 45)  # departure of the latest visit
    assert aarav.list_arrivals == (at(15, 0), None)
    assert people[rows["chen"].id].arrived_at is None  # the undone check-in does not count
    bina = people[rows["bina"].id]
    assert bina.arrived_at == at(10, 15) and bina.left_at is None  # still inside

    summary = sheet.summary
    assert (summary.registered, summary.attended) == (3, 2)  # Aarav, Bina, Chen registered; Dev waits, Esha cancelled
    roles = {count.label: (count.registered, count.attended) for count in summary.by_role}
    assert roles["participant"] == (2, 1) and roles["speaker"] == (1, 1)
    assert {c.label: (c.registered, c.attended) for c in summary.by_country} == {
        "India": (1, 1),
        "Myanmar": (1, 1),
        "China": (1, 0),
    }
    assert {c.label: c.attended for c in summary.by_arrival_hour} == {"09:00": 1, "10:00": 1}
    assert [(c.label, c.attended) for c in summary.by_list] == [("Job-hunting seminar", 1), ("Banquet", 0)]
    assert {c.label: c.registered for c in summary.by_gender} == {"female": 1, "male": 2}


def test_only_attended_and_only_no_shows(services, reunion) -> None:
    event, rows = reunion
    came = services.attendance.sheet(event.id, AttendanceRows.ATTENDED)
    assert set(by_id(came)) == {rows["aarav"].id, rows["bina"].id}
    missing = services.attendance.sheet(event.id, AttendanceRows.NO_SHOWS)
    assert set(by_id(missing)) == {rows["chen"].id}  # not the waitlisted, not the cancelled
    assert missing.summary.registered == 3  # the figures always cover everyone


def test_attendance_xlsx_reads_back_as_a_person_would_see_it(services, reunion, out: Path) -> None:
    event, rows = reunion
    path = write_attendance_xlsx(services.attendance.sheet(event.id), out / "attendance.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Attendance", "Summary"]
    sheet = workbook["Attendance"]
    header = [cell.value for cell in sheet[1]]
    assert header[:15] == [
        "Name",
        "Own script",
        "E-mail",
        "Chapter",
        "Country",
        "Affiliation",
        "Gender",
        "Role",
        "Status",
        "Walk-in",
        "Checked in",
        "Checked out",
        "Station",
        "Attended",
        "Online minutes",
    ]
    assert header[15:] == ["Job-hunting seminar", "Banquet"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:Q6"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.sheet_properties.pageSetUpPr.fitToPage

    found = {row[2].value: row for row in sheet.iter_rows(min_row=2)}
    aarav = found["aarav@example.org"]
    assert aarav[1].value == "आरव शाह"
    assert aarav[10].value == datetime(2026, 12, 12, 9, 5)  # a real date, in the event's local time
    assert aarav[10].is_date and aarav[10].number_format == "yyyy-mm-dd hh:mm"
    assert aarav[11].value == datetime(2026, 12, 12, 17, 45) and aarav[12].value == "Door A"
    assert aarav[13].value == "On site" and aarav[14].value is None
    assert aarav[15].value == datetime(2026, 12, 12, 15, 0) and aarav[16].value is None
    bina = found["bina@example.org"]
    assert bina[0].value == '=HYPERLINK("http://x")' and bina[0].data_type == "s"  # text, never a formula
    assert bina[5].value == "+University of Yangon" and bina[5].data_type == "s"
    assert bina[7].value == "Speaker"
    assert found["dev@example.org"][8].value == "Waitlisted"

    summary = {row[0]: row[1:] for row in workbook["Summary"].iter_rows(values_only=True) if row and row[0]}
    assert summary["Registered"][0] == 3 and summary["Attended"][0] == 2
    assert summary["Speaker"][:2] == (1, 1)
    assert summary["Job-hunting seminar"][:2] == (3, 1)
    assert summary["09:00"][0] == 1
    assert list(out.iterdir()) == [path]


def test_attendance_xlsx_opens_in_libreoffice(services, reunion, out: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed")
    event, _rows = reunion
    path = write_attendance_xlsx(services.attendance.sheet(event.id), out / "attendance.xlsx")
    done = subprocess.run(
        [soffice, "--headless", "--convert-to", "csv", "--outdir", str(out), str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "aarav@example.org" in (out / "attendance.csv").read_text(encoding="utf-8", errors="replace")


def test_signin_sheet_is_alphabetical_registered_only_with_every_font(services, reunion, out: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    event, rows = reunion
    sheet = services.attendance.sheet(event.id)
    assert [row.registration_id for row in signin_people(sheet)] == [
        rows["bina"].id,
        rows["aarav"].id,
        rows["chen"].id,
    ]  # "=HYP…" sorts first; no waitlist, no cancelled
    path = write_signin_pdf(sheet, out / "signin.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Sign-in sheet — 3rd SSC India Reunion",
        "Aarav Shah",
        "陈伟",
        "Signature",
        "Page 1 of 1",
        "3 registered",
    ):
        assert expected in text, expected
    assert "Dev Karki" not in text and "Esha Perera" not in text
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    lines = fonts.splitlines()[2:]
    assert lines and all(line.split()[-5] == "yes" for line in lines), fonts
    for family in ("NotoSansDevanagari", "NotoSansMyanmar", "DroidSansFallback"):
        assert family in fonts


def test_signin_sheet_puts_the_event_and_page_on_every_page(services, make_event, make_member, out: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    event = make_event(capacity=None)
    for number in range(60):
        member = make_member(f"Person {number:02d}", email=f"p{number}@example.org")
        services.registrations.register(event.id, member.id)
    path = write_signin_pdf(services.attendance.sheet(event.id), out / "signin.pdf")
    pages = [
        p
        for p in subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout.split(
            "\f"
        )
        if p.strip()
    ]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "Sign-in sheet · 3rd SSC India Reunion · 12 December 2026" in page


def test_roster_csv_has_a_bom_and_defused_formulas(services, reunion, out: Path) -> None:
    members = services.members.list_members()
    path = write_roster(members, out / "roster.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][:3] == ["Name", "Own script", "E-mail"] and len(rows) == len(members) + 1
    bina = next(row for row in rows if row[2] == "bina@example.org")
    assert bina[0] == '\'=HYPERLINK("http://x")' and bina[5] == "'+University of Yangon" and bina[1] == "ဘီနာ"


def test_roster_xlsx_keeps_text_as_text(services, reunion, out: Path) -> None:
    path = write_roster(services.members.list_members(), out / "roster.xlsx")
    sheet = load_workbook(path)["Members"]
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.bold
    bina = next(row for row in sheet.iter_rows(min_row=2) if row[2].value == "bina@example.org")
    assert bina[0].value == '=HYPERLINK("http://x")' and bina[0].data_type == "s"


def test_unknown_formats_are_refused_before_writing(services, reunion, out: Path) -> None:
    event, _rows = reunion
    sheet = services.attendance.sheet(event.id)
    for call, code in (
        (lambda: write_roster([], out / "roster.txt"), "export.unknown_format"),
        (lambda: write_attendance_xlsx(sheet, out / "a.csv"), "export.not_xlsx"),
        (lambda: write_signin_pdf(sheet, out / "s.xlsx"), "export.not_pdf"),
    ):
        with pytest.raises(DomainError) as raised:
            call()
        assert raised.value.code == code
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("suffix", ["xlsx", "pdf", "csv"])
def test_a_cancelled_export_leaves_no_file(services, make_event, make_member, out: Path, suffix: str) -> None:
    event = make_event(capacity=None)
    for number in range(1200):
        member = make_member(f"Person {number:04d}", email=f"p{number}@example.org")
        if suffix != "csv":
            services.registrations.register(event.id, member.id)
    cancel = threading.Event()

    def progress(done: int, total: int, text: str) -> None:
        if done >= 1:
            cancel.set()

    target = out / f"export.{suffix}"
    with pytest.raises(WorkCancelled):
        if suffix == "xlsx":
            write_attendance_xlsx(services.attendance.sheet(event.id), target, progress, cancel)
        elif suffix == "pdf":
            write_signin_pdf(services.attendance.sheet(event.id), target, progress, cancel)
        else:
            write_roster(services.members.list_members(), target, progress, cancel)
    assert list(out.iterdir()) == []


def test_a_failed_export_keeps_the_old_file(services, reunion, out: Path, monkeypatch) -> None:
    event, _rows = reunion
    target = out / "attendance.xlsx"
    target.write_bytes(b"last week's sheet")

    def broken_save(self, filename) -> None:
        Path(filename).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Workbook, "save", broken_save)
    with pytest.raises(DomainError) as raised:
        write_attendance_xlsx(services.attendance.sheet(event.id), target)
    assert raised.value.code == "export.write_failed" and "No space left" in str(raised.value)
    assert target.read_bytes() == b"last week's sheet"
    assert list(out.iterdir()) == [target]


def test_cli_exports(ssc, services, reunion, db_path: Path, out: Path) -> None:
    import json

    event, _rows = reunion
    database = db_path
    code, stdout, err = ssc(
        "--db",
        database,
        "export",
        "attendance",
        "--event",
        event.id,
        "--only",
        "no-shows",
        "-o",
        out / "missing.xlsx",
        "--json",
    )
    assert code == 0, err
    assert json.loads(stdout)["rows"] == 1
    code, stdout, err = ssc("--db", database, "export", "signin", "--event", event.id, "-o", out / "signin.pdf")
    assert code == 0 and "3 people" in stdout, err
    code, stdout, err = ssc("--db", database, "export", "roster", "--search", "chen wei", "-o", out / "r.csv")
    assert code == 0 and "Wrote 1 members" in stdout, err
    code, stdout, err = ssc("--db", database, "export", "roster", "-o", out / "r.txt")
    assert code == 1 and stdout == "" and err.startswith("ssc: error: Cannot write")
    assert sorted(p.name for p in out.iterdir()) == ["missing.xlsx", "r.csv", "signin.pdf"]


def test_exports_get_the_usual_file_permissions(services, reunion, out: Path) -> None:
    import os

    event, _rows = reunion
    mask = os.umask(0o022)
    os.umask(mask)
    path = write_attendance_xlsx(services.attendance.sheet(event.id), out / "attendance.xlsx")
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask  # not the temporary file's owner-only 0600
