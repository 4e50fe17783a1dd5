"""The Exports page on the demo reunion: figures, each export off the GUI thread, cancel."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from ssc_desktop.views.task_runner import TaskRunner


@pytest.fixture
def page(qtbot, context):
    from ssc_desktop.views.pages.exports_page import ExportsPage

    tasks = TaskRunner()
    widget = ExportsPage(tasks)
    qtbot.addWidget(widget)
    widget.resize(1100, 760)
    widget.set_services(context.services)
    reunion = next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")
    widget.set_event(reunion)
    qtbot.waitUntil(lambda: widget.summary is not None, timeout=10000)
    yield widget
    tasks.wait_for_all(10000)


def test_figures_match_the_service(page, context) -> None:
    summary = context.services.attendance.sheet(page.current_event.id).summary
    assert page.registered.text() == f"{summary.registered:,}" and page.attended.text() == f"{summary.attended:,}"
    assert page.no_shows.text() == f"{summary.registered - summary.attended:,}"
    assert "Job-hunting seminar" in page.lists_label.text() and "Banquet" in page.lists_label.text()


def test_no_shows_sheet_written_off_the_gui_thread(page, qtbot, context, tmp_path: Path) -> None:
    next(b for b in page.rows_choice.buttons() if b.property("rows") == "no-shows").setChecked(True)
    target = tmp_path / "no-shows.xlsx"
    handle = page.export_attendance(target)
    assert handle is not None and page.busy and not page.attendance_button.isEnabled()
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    sheet = load_workbook(target)["Attendance"]
    came = [row for row in sheet.iter_rows(min_row=2, values_only=True) if row[10] is not None]
    assert sheet.max_row - 1 == page.summary.registered - page.summary.attended and not came
    assert "Wrote" in page.result_label.text() and page.open_button.isEnabled()


def test_signin_and_roster(page, qtbot, tmp_path: Path) -> None:
    page.export_signin(tmp_path / "signin.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert (tmp_path / "signin.pdf").read_bytes().startswith(b"%PDF")
    page.chapter.setCurrentIndex(page.chapter.findText("SSC Nepal"))
    page.export_roster(tmp_path / "nepal.csv")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    lines = (tmp_path / "nepal.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 1 and all("SSC Nepal" in line for line in lines[1:])


def test_cancel_leaves_no_file(page, qtbot, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    page.export_signin(out / "signin.pdf")
    page.progress.dialog.canceled.emit()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    assert page.result_label.text() == "Cancelled; no file was written."
    assert list(out.iterdir()) == []


def test_no_event_disables_the_event_exports(page) -> None:
    page.set_event(None)
    assert not page.attendance_button.isEnabled() and not page.signin_button.isEnabled()
    assert page.roster_button.isEnabled() and page.registered.text() == "–"


def test_screenshot(page, qtbot) -> None:
    page.show()
    qtbot.waitExposed(page)
    assert not page.grab().isNull()


def test_online_report_imported_and_matched_by_hand(page, qtbot, context, monkeypatch) -> None:
    from ssc_desktop.views.dialogs.online_matching_dialog import OnlineMatchingDialog

    report = Path(__file__).resolve().parents[1] / "data" / "online" / "zoom-participants.csv"
    before = len(context.services.online.list_sessions(page.current_event.id))
    seen = []

    def match_first(dialog: OnlineMatchingDialog) -> int:
        seen.append(dialog.model.rowCount())
        dialog.table.selectRow(0)
        dialog.match_selected()
        return 0

    monkeypatch.setattr(OnlineMatchingDialog, "exec", match_first)
    from ssc_desktop.views.pages import exports_page

    monkeypatch.setattr(exports_page, "ask_yes_no", lambda *_args: True)  # the demo reunion is today, the report not
    assert page.import_online_report(report)
    assert seen and seen[0] >= 1  # the unmatched were offered for matching at once
    sessions = context.services.online.list_sessions(page.current_event.id)
    assert len(sessions) == before + 1 and "Imported" in page.result_label.text()
    assert "zoom-participants.csv" in page.sessions.item(before).text()
    assert len(context.services.online.participants(page.current_event.id, unmatched_only=True)) == seen[0] - 1


def test_a_bad_online_report_says_where(page, tmp_path: Path) -> None:
    bad = tmp_path / "report.csv"
    bad.write_text("Name,Email\nA,a@example.org\n", encoding="utf-8")
    assert not page.import_online_report(bad)
    assert "report.csv" in page.result_label.text()


def test_a_report_of_another_day_or_imported_before_is_asked_about(page, context, monkeypatch) -> None:
    from ssc_desktop.views.dialogs.online_matching_dialog import OnlineMatchingDialog
    from ssc_desktop.views.pages import exports_page

    report = Path(__file__).resolve().parents[1] / "data" / "online" / "teams-join-leave-log.csv"
    monkeypatch.setattr(OnlineMatchingDialog, "exec", lambda dialog: 0)
    asked: list[str] = []
    answer = [False]

    def ask(_parent, _title, text) -> bool:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(exports_page, "ask_yes_no", ask)
    before = len(context.services.online.list_sessions(page.current_event.id))
    assert not page.import_online_report(report)  # "No": nothing imported, the reason shown
    assert "2020-11-04" in asked[-1] and asked[-1].endswith("Import anyway?")
    assert "2020-11-04" in page.result_label.text()
    answer[0] = True
    assert page.import_online_report(report)
    assert page.import_online_report(report)  # asked twice: another day, and imported before
    assert asked[-1].endswith("Replace the earlier import with this one?")
    assert len(context.services.online.list_sessions(page.current_event.id)) == before + 1


def test_a_window_speaking_japanese_prints_a_japanese_signin_sheet(
    main_window, demo_copy, qtbot, monkeypatch, tmp_path: Path
) -> None:
    """The window hands the services the language it speaks (views.language.running_language):
    the sign-in sheet the Exports page writes has Japanese headings, the people's names as typed."""
    import shutil
    import subprocess

    from ssc_desktop import languages
    from ssc_desktop.views import language

    if shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils not installed")
    monkeypatch.setattr(language, "_running", languages.shipped("ja"))
    assert main_window.open_database(demo_copy)
    main_window.show_area("exports")
    page = main_window.exports_page
    qtbot.waitUntil(lambda: page.summary is not None, timeout=10000)
    assert page.current_event.title == "3rd SSC India Reunion"
    page.export_signin(tmp_path / "signin.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=20000)
    text = subprocess.run(["pdftotext", str(tmp_path / "signin.pdf"), "-"], capture_output=True, text=True).stdout
    assert "署名用紙 — 3rd SSC India Reunion" in text and "氏名" in text and "ページ" in text
    assert "Sign-in sheet" not in text and "Signature" not in text
