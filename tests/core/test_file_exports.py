"""services.file_exports: one call per file for the GUI and ssc alike, over app.py's renderers."""

from __future__ import annotations

import csv
import dataclasses
import threading
from pathlib import Path

import openpyxl
import pytest

from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.output.file_renderers import file_renderers
from ssc_desktop.services.attendance import AttendanceRows
from ssc_desktop.services.file_exports import FileExports
from ssc_desktop.vocabulary import RegistrationStatus

REUNION = "3rd SSC India Reunion"


def _reunion(services) -> int:
    return next(e.id for e in services.events.list_events() if e.title == REUNION)


def _exports(services, **renderers) -> FileExports:
    return FileExports(
        lambda: dataclasses.replace(file_renderers(), **renderers),
        attendance=services.attendance,
        reports=services.reports,
        members=services.members,
        programme=services.programme,
        contests=services.contests,
        audit=services.audit,
    )


def test_counts_say_what_the_files_hold(demo_context, tmp_path: Path) -> None:
    services = demo_context.services
    event_id = _reunion(services)
    registrations = services.registrations.list_registrations(event_id)

    came = services.exports.attendance_sheet(event_id, tmp_path / "came.xlsx", AttendanceRows.ATTENDED)
    sheet = openpyxl.load_workbook(came.path, read_only=True).worksheets[0]
    assert came.count == len(came.drawn.rows) == came.drawn.summary.attended > 0
    assert sum(1 for _ in sheet.iter_rows()) > came.count  # a heading above the people

    signin = services.exports.signin_sheet(event_id, tmp_path / "sign-in.pdf")
    assert signin.path.read_bytes().startswith(b"%PDF")
    assert signin.count == sum(r.status == RegistrationStatus.REGISTERED for r in registrations)

    roster = services.exports.roster(tmp_path / "roster.csv", search="aditya")
    assert 0 < roster.count < len(services.members.list_members())
    assert len(roster.path.read_text(encoding="utf-8-sig").splitlines()) == roster.count + 1  # header + members

    agenda = services.exports.agenda(event_id, tmp_path / "agenda.xlsx")
    assert agenda.count == len(services.programme.list_items(event_id)) > 0


def test_a_cancel_arriving_as_the_file_is_renamed_still_leaves_no_file(demo_context, tmp_path: Path) -> None:
    cancel = threading.Event()
    real = file_renderers().agenda

    def renamed_then_cancelled(programme, path, progress, cancel_event, words):
        written = real(programme, path, progress, cancel_event, words)
        cancel.set()  # the person pressed Cancel while the finished file was moved into place
        return written

    exports = _exports(demo_context.services, agenda=renamed_then_cancelled)
    with pytest.raises(WorkCancelled):
        exports.agenda(_reunion(demo_context.services), tmp_path / "agenda.xlsx", cancel=cancel)
    assert list(tmp_path.iterdir()) == []


def test_renderers_load_on_the_first_export_only(demo_context, tmp_path: Path) -> None:
    made = []
    services = demo_context.services
    exports = FileExports(
        lambda: made.append(1) or file_renderers(),
        attendance=services.attendance,
        reports=services.reports,
        members=services.members,
        programme=services.programme,
        contests=services.contests,
        audit=services.audit,
    )
    assert made == []
    exports.audit_log(tmp_path / "a.xlsx")
    exports.audit_log(tmp_path / "b.xlsx")
    assert made == [1]


def test_the_roster_export_carries_the_notes_and_imports_back(services, tmp_path: Path) -> None:
    """Columns kept at import land in the notes; an export that left them out would lose them."""
    from ssc_desktop.services.members import MemberDraft
    from ssc_desktop.services.roster_import import RosterImportRequest

    services.members.add_members(
        [
            MemberDraft(latin_name="Asha Rao", email="asha@example.org", notes="Dietary: vegetarian\nT-shirt: M"),
            MemberDraft(latin_name="Ravi Kumar", email="ravi@example.org"),
        ]
    )
    written = services.exports.roster(tmp_path / "roster.csv")
    rows = list(csv.reader(written.path.read_text(encoding="utf-8-sig").splitlines(keepends=True)))
    assert rows[0][-1] == "Notes"
    by_name = {row[0]: row[-1] for row in rows[1:]}
    assert by_name == {"Asha Rao": "Dietary: vegetarian\nT-shirt: M", "Ravi Kumar": ""}
    sheet = openpyxl.load_workbook(services.exports.roster(tmp_path / "roster.xlsx").path).worksheets[0]
    assert [c.value for c in next(sheet.iter_rows(max_row=1))][-1] == "Notes"

    # Into another database, the notes come back as notes.
    from ssc_desktop.app import compose

    other = compose(tmp_path / "other.sqlite3")
    try:
        other.services.roster_import.run(RosterImportRequest(written.path, chapter="SSC India"))
        imported = {m.latin_name: m.id for m in other.services.members.list_members()}
        assert other.services.members.get_member_draft(imported["Asha Rao"]).notes == "Dietary: vegetarian\nT-shirt: M"
    finally:
        other.close()
