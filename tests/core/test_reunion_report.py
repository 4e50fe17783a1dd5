"""The reunion report: figures, charts, programme, winners grouped by entry, notes kept per event."""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from ssc_desktop.errors import DomainError
from ssc_desktop.output.report_pdf import arrivals_chart, write_report_pdf
from ssc_desktop.services.reunion_report import NOTES_LIMIT, ReunionReportService


@dataclass(frozen=True)
class Author:
    contest_title: str
    category: str
    award: str
    place: int
    entry_code: str
    entry_title: str
    name: str
    latin_name: str


@pytest.fixture
def event(make_event, make_member, services):
    event = make_event()
    for name, native in (("Sita Shrestha", "सीता श्रेष्ठ"), ("Chen Wei", "陈伟"), ("Dev Karki", "")):
        row = services.registrations.register(event.id, make_member(name, native_name=native, country="Nepal").id)
        if name != "Dev Karki":
            services.checkin.check_in(row.id, "Door A")
    return event


def test_notes_are_kept_per_event_and_checked(services, event, make_event) -> None:
    other = make_event(title="Webinar")
    services.reports.set_notes(event.id, "  Hybrid worked well.\nMore chairs next year.  ")
    assert services.reports.notes(event.id) == "Hybrid worked well.\nMore chairs next year."
    assert services.reports.notes(other.id) == ""
    services.reports.set_notes(event.id, "Second thoughts.")
    assert services.reports.notes(event.id) == "Second thoughts."
    with pytest.raises(DomainError) as raised:
        services.reports.set_notes(event.id, "x" * (NOTES_LIMIT + 1))
    assert raised.value.code == "report.notes_too_long"


def test_winners_are_one_line_per_entry(services, event, context) -> None:
    authors = [
        Author("Poster contest", "High school", "1st prize", 1, "P-03", "Algae", "दिया", "Diya Sharma"),
        Author("Poster contest", "High school", "1st prize", 1, "P-03", "Algae", "", "Meera Reddy"),
        Author("Poster contest", "High school", "2nd prize", 2, "P-07", "Rice husk", "", "Isha Sen"),
    ]
    reports = ReunionReportService(
        context.database.session_factory,
        services.attendance,
        services.programme,
        award_recipients=lambda _event_id: authors,
    )
    winners = reports.winners(event.id)
    assert [(w.award, w.entry, w.names) for w in winners] == [
        ("1st prize", "P-03 Algae", "Diya Sharma, Meera Reddy"),
        ("2nd prize", "P-07 Rice husk", "Isha Sen"),
    ]
    assert (
        ReunionReportService(context.database.session_factory, services.attendance, services.programme).winners(
            event.id
        )
        == ()
    )


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_report_pdf_reads_back(services, event, tmp_path: Path) -> None:
    services.reports.set_notes(event.id, "Forty alumni joined online.")
    reunion = services.reports.report(event.id)
    assert (reunion.summary.registered, reunion.summary.attended) == (3, 2)
    path = write_report_pdf(reunion, tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    for expected in (
        "Reunion report — 3rd SSC India Reunion",
        "Arrivals per hour (local time)",
        "Registered and attended by country",
        "Nepal",
        "67%",
        "Programme",
        "Notes from the coordinator",
        "Forty alumni joined online.",
        "Page 1 of 1",
    ):
        assert expected in text, expected
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), fonts
    with pytest.raises(DomainError):
        write_report_pdf(reunion, tmp_path / "report.docx")


def test_arrivals_chart_has_a_bar_per_hour(services, event) -> None:
    summary = services.reports.report(event.id).summary
    drawing = arrivals_chart(summary.by_arrival_hour)
    chart = next(item for item in drawing.contents if hasattr(item, "data"))
    assert chart.data == [[c.attended for c in summary.by_arrival_hour]] and sum(chart.data[0]) == 2


def test_cli_export_report(ssc, event, db_path: Path, tmp_path: Path) -> None:
    code, out, err = ssc(
        "--db", db_path, "export", "report", "--event", event.id, "--notes", "All good.", "-o", tmp_path / "report.pdf"
    )
    assert code == 0 and "2 of 3 came" in out, err
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF")
