"""The main window as a coordinator meets it: open a database, look around, switch areas."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from ssc_desktop.models import RegistrationStatus
from ssc_desktop.views.changes import Kind

pytestmark = pytest.mark.gui


def test_opens_demo_with_every_area_in_the_sidebar(main_window, demo_copy, qtbot):
    assert main_window.open_database(demo_copy)
    main_window.show()
    qtbot.waitExposed(main_window)

    labels = [main_window.navigation.item(r).text() for r in range(main_window.navigation.count())]
    assert labels == [
        "Events",
        "Programme",
        "Registrations",
        "Members",
        "Check-in",
        "Dashboard",
        "Contests",
        "Exports",
        "Certificates",
        "Audit log",
    ]
    enabled = [bool(main_window.navigation.item(r).flags() & Qt.ItemFlag.ItemIsEnabled) for r in range(10)]
    assert all(enabled)
    assert demo_copy.name in main_window.windowTitle()
    assert "300 members" in main_window.totals_label.text()
    assert str(demo_copy) in main_window.database_label.text()
    titles = [main_window.event_switcher.itemText(i) for i in range(main_window.event_switcher.count())]
    assert len(titles) == 3
    # The demo reunion is held today, so it is the event chosen on opening.
    assert main_window.event_switcher.currentText().startswith("3rd SSC India Reunion")
    assert "Hybrid" in main_window.event_summary.text()


def test_sidebar_switches_pages(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    main_window.show()
    qtbot.waitExposed(main_window)
    expected = [
        main_window.events_page,
        main_window.programme_page,
        main_window.registrations_page,
        main_window.members_page,
        main_window.checkin_page,
        main_window.dashboard_page,
        main_window.contests_page,
        main_window.exports_page,
        main_window.certificates_page,
        main_window.audit_page,
    ]
    for row, page in enumerate(expected):
        rect = main_window.navigation.visualItemRect(main_window.navigation.item(row))
        qtbot.mouseClick(main_window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert main_window.stack.currentWidget() is page


def test_events_page_shows_figures_of_the_selected_event(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    page = main_window.events_page
    assert page.proxy.rowCount() == 3
    event = page.selected_event()
    assert event is not None and event.title == "3rd SSC India Reunion"
    assert page.details.title.text() == "3rd SSC India Reunion"
    assert page.details.registered.text() == str(event.registered)
    assert page.details.checked_in.text() == str(event.checked_in)
    assert page.details.waitlisted.text() == "25"
    # Sorting by date ascending puts last year's reunion first.
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    first = page.model.row_at(page.proxy.source_row(0))
    assert first.title == "2nd SSC India Reunion"


def test_event_created_in_dialog_appears_everywhere(main_window, demo_copy, qtbot, monkeypatch):
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    main_window.open_database(demo_copy)

    def fill_and_accept(dialog: EventDialog) -> int:
        dialog.title.setText("SSC Nepal Science Day")
        dialog.chapter.setCurrentText("SSC Nepal")
        dialog.timezone.setCurrentText("Asia/Kathmandu")
        dialog.venue.setText("Tribhuvan University, Kirtipur")
        dialog.capacity.setValue(80)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(EventDialog, "exec", fill_and_accept)
    main_window.events_page.create_event()
    titles = [main_window.event_switcher.itemText(i) for i in range(main_window.event_switcher.count())]
    assert any(t.startswith("SSC Nepal Science Day") for t in titles)
    created = main_window.events_page.selected_event()
    assert created.title == "SSC Nepal Science Day" and created.capacity == 80
    assert created.chapter_name == "SSC Nepal" and created.timezone == "Asia/Kathmandu"
    assert created.local_start.hour == 9 and created.local_start.minute == 30


def test_event_dialog_refuses_bad_input_and_writes_nothing(main_window, demo_copy, qtbot):
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    main_window.open_database(demo_copy)
    services = main_window.context.services
    before_events, before_chapters = len(services.events.list_events()), len(services.chapters.list_chapters())
    dialog = EventDialog(services, main_window)
    qtbot.addWidget(dialog)
    dialog.title.setText("   ")
    dialog.chapter.setCurrentText("A brand new chapter")
    dialog.accept()
    assert dialog.created is None
    assert dialog.error.isVisibleTo(dialog) and "title" in dialog.error.text()
    dialog.title.setText("Workshop")
    dialog.timezone.setCurrentText("Mars/Olympus_Mons")
    dialog.accept()
    assert "time zone" in dialog.error.text()
    assert len(services.events.list_events()) == before_events
    assert len(services.chapters.list_chapters()) == before_chapters


def test_newer_database_is_refused_and_current_one_kept(main_window, demo_copy, tmp_path, monkeypatch):
    import sqlite3

    main_window.open_database(demo_copy)
    newer = tmp_path / "from-the-future.sqlite3"
    sqlite3.connect(newer).close()
    from ssc_desktop.db import open_database

    open_database(newer).dispose()
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert not main_window.open_database(newer)
    assert len(shown) == 1 and "newer version of SSC Desktop" in shown[0]
    assert main_window.context.database.location == str(demo_copy)


def test_backup_copy_from_the_file_menu(main_window, demo_copy, tmp_path, qtbot, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ssc_desktop.db import open_database

    main_window.open_database(demo_copy)
    target = tmp_path / "copies" / "backup.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    # Every message, not the current one: the automatic backup taken on opening may finish later and
    # replace it in the status bar.
    messages: list[str] = []
    main_window.statusBar().messageChanged.connect(messages.append)
    main_window.backup_copy()
    qtbot.waitUntil(lambda: target.exists() and any("Backup copy written" in text for text in messages), timeout=20000)
    copy = open_database(target)
    try:
        from ssc_desktop.app import build_services

        assert build_services(copy).members.count_members() == 300
    finally:
        copy.dispose()


def test_window_state_and_last_database_persist(main_window, demo_copy, qtbot):
    from ssc_desktop import app as app_module
    from ssc_desktop.views.main_window import MainWindow

    main_window.open_database(demo_copy)
    main_window.show()
    # The offscreen screen is 800x800: a height below it survives Qt's clamping on restore.
    main_window.resize(1000, 700)
    main_window.show_area("members")
    main_window.close()
    settings = QSettings()
    assert settings.value("database/last") == str(demo_copy)
    assert settings.value("database/recent", [], list)[0] == str(demo_copy)

    again = MainWindow(app_module.compose, app_module.create_demo)
    qtbot.addWidget(again)
    again.restore_window_state()
    assert again.size().height() == 700  # the default would be 800
    assert again.stack.currentWidget() is again.members_page


def test_demo_flag_opens_a_fresh_demo(qapp, qtbot, tmp_path, monkeypatch):
    from ssc_desktop import app as app_module
    from ssc_desktop.views.startup import open_main_window

    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(app_module, "demo_database_path", lambda: demo_file)
    window = open_main_window(qapp, compose=app_module.compose, create_demo=app_module.create_demo, demo="fresh")
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.isVisible()
        assert window.context.database.location == str(demo_file)
        assert window.event_switcher.count() == 3
        assert QSettings().value("database/last") == str(demo_file)
    finally:
        window.tasks.wait_for_all(5000)
        window.context.close()


def test_unopenable_database_on_the_command_line_ends_with_status_1(qapp, tmp_path, monkeypatch):
    from ssc_desktop import app as app_module
    from ssc_desktop.views.startup import open_main_window

    monkeypatch.setattr(QMessageBox, "critical", lambda *args: None)
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    window = open_main_window(
        qapp, compose=app_module.compose, create_demo=app_module.create_demo, db_target=str(blocked / "x.sqlite3")
    )
    assert window is None


def test_check_in_desk_checks_in_and_undoes(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    page = main_window.checkin_page
    main_window.show_area("checkin")
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=10000)
    waiting = next(
        r for r in page.model.rows() if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    )
    arrived_before = int(page.arrived.text())

    page.search.setText(waiting.email)
    assert page.proxy.rowCount() == 1
    assert page.check_in_button.isEnabled()
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    updated = next(r for r in page.model.rows() if r.id == waiting.id)
    assert updated.checked_in_at is not None
    assert int(page.arrived.text()) == arrived_before + 1
    assert "Checked in" in page.verdict.text()
    # The check-in is in the database, not only on screen.
    assert main_window.context.services.registrations.get_registration(waiting.id).checked_in_at is not None

    page.table.selectRow(0)
    page.undo_selected()
    assert main_window.context.services.registrations.get_registration(waiting.id).checked_in_at is None
    assert int(page.arrived.text()) == arrived_before


def test_waitlisted_person_cannot_be_checked_in(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    main_window.show_area("checkin")
    page = main_window.checkin_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=10000)
    waitlisted = next(r for r in page.model.rows() if r.status == RegistrationStatus.WAITLISTED)
    page.search.setText(waitlisted.email)
    assert page.proxy.rowCount() == 1
    assert not page.check_in_button.isEnabled()
    page.check_in_selected()  # even if forced, the service refuses and the desk says why
    assert "waitlisted" in page.verdict.text()
    assert main_window.context.services.registrations.get_registration(waitlisted.id).checked_in_at is None


def test_screenshot_is_not_blank(main_window, demo_copy, qtbot, tmp_path):
    main_window.open_database(demo_copy)
    main_window.show()
    qtbot.waitExposed(main_window)
    image = main_window.grab().toImage()
    assert image.width() >= 980
    sidebar_colour = image.pixelColor(QPoint(5, image.height() // 2))
    assert sidebar_colour.name() == "#1f2a44"
    path = Path(tmp_path / "shot.png")
    assert image.save(str(path)) and path.stat().st_size > 10_000


def test_empty_database_says_what_to_do(main_window, tmp_path, qtbot):
    main_window.open_database(tmp_path / "new.sqlite3")
    main_window.show()
    main_window.show_area("members")
    qtbot.waitUntil(lambda: main_window.members_page.empty.isVisibleTo(main_window.members_page), timeout=5000)
    assert "demo reunion" in main_window.members_page.empty.text()
    assert "No events yet" in main_window.event_summary.text()
    assert main_window.events_page.details.title.text() == "No event yet"
    main_window.show_area("checkin")
    page = main_window.checkin_page
    assert page.empty.isVisibleTo(page) and not page.table.isVisibleTo(page)
    assert "No event is chosen" in page.empty.text()


def test_roster_import_from_the_main_window_fills_the_members_page(main_window, tmp_path, qtbot):
    sample = Path(__file__).resolve().parent.parent / "data" / "roster-sample.xlsx"
    main_window.open_database(tmp_path / "empty.sqlite3")
    main_window.show_area("members")
    assert main_window.members_page.model.rowCount() == 0
    wizard = main_window.import_roster(path=sample, chapter="SSC Nepal")
    qtbot.addWidget(wizard)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.result is not None, timeout=20000)
    with qtbot.waitSignal(wizard.imported, timeout=20000) as imported:
        wizard.next()
    added = imported.args[0]
    assert added > 250
    qtbot.waitUntil(lambda: main_window.members_page.model.rowCount() == added, timeout=10000)
    assert f"{added:,} members" in main_window.totals_label.text()
    assert "Roster imported" in main_window.statusBar().currentMessage()
    # The Members page offers the same import next to its title.
    layout = main_window.members_page.header_actions
    assert any(
        layout.itemAt(i).widget() is not None and layout.itemAt(i).widget().text() == "Import roster…"
        for i in range(layout.count())
    )


def test_walk_in_at_the_station_gets_a_badge_to_print(main_window, demo_copy, qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    from ssc_desktop.views import door

    opened, errors = [], []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: errors.append(text))
    monkeypatch.setattr(door, "user_data_dir", lambda: tmp_path)
    main_window.open_database(demo_copy)
    main_window.show_area("checkin")
    # The station is closed (and deleted) with the main window below, not by qtbot.
    station = main_window.checkin_page.open_station(full_screen=False)
    registration = next(
        r
        for r in main_window.context.services.registrations.list_registrations(2)
        if r.status == RegistrationStatus.REGISTERED
    )
    station.print_badge_for(registration.id)
    qtbot.waitUntil(lambda: bool(opened or errors), timeout=15000)
    assert errors == []
    badge = Path(opened[0])
    assert badge.exists() and badge.read_bytes().startswith(b"%PDF")
    assert "Badge ready to print" in main_window.statusBar().currentMessage()
    main_window.close()
    assert main_window.checkin_page.station_window is None or not main_window.checkin_page.station_window.isVisible()


def test_badges_and_mail_settings_open_from_the_window(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    main_window.show_area("registrations")
    dialog = main_window.open_badges()
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    settings = main_window.open_mail_settings()
    qtbot.addWidget(settings)
    assert settings.isVisible()
    buttons = [
        main_window.registrations_page.header_actions.itemAt(i).widget()
        for i in range(main_window.registrations_page.header_actions.count())
    ]
    assert any(b is not None and b.text() == "Badges && tickets…" for b in buttons)


def test_demo_is_kept_unless_asked_to_start_anew(qapp, qtbot, tmp_path, monkeypatch):
    """--demo opens the demo as it was left; the File menu asks; --fresh-demo makes it anew."""
    from ssc_desktop import app as app_module
    from ssc_desktop.views.startup import open_main_window

    demo_file = tmp_path / "demo.sqlite3"
    monkeypatch.setattr(app_module, "demo_database_path", lambda: demo_file)
    first = open_main_window(
        qapp,
        compose=app_module.compose,
        create_demo=app_module.create_demo,
        demo="keep",
        demo_exists=app_module.demo_exists,
    )
    qtbot.addWidget(first)
    event = first.context.services.events.list_events()[0]
    first.context.services.events.edit_event(event.id, _retitled(first.context.services, event, "What I typed"))
    first.tasks.wait_for_all(5000)
    first.context.close()
    first.context = None

    def titles(window):
        return {e.title for e in window.context.services.events.list_events()}

    again = open_main_window(
        qapp,
        compose=app_module.compose,
        create_demo=app_module.create_demo,
        demo="keep",
        demo_exists=app_module.demo_exists,
    )
    qtbot.addWidget(again)
    assert "What I typed" in titles(again)  # kept

    answers = []

    def answer(box):  # the person chooses in the question box
        answers.append(box.text())
        wanted = "Start anew" if len(answers) == 2 else "Open as I left it"
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    again.open_demo()
    assert "What I typed" in titles(again) and "as you left it" in again.statusBar().currentMessage()
    again.open_demo()
    assert "What I typed" not in titles(again) and len(answers) == 2
    assert "what you did in it is then forgotten" in answers[0]
    again.tasks.wait_for_all(5000)
    again.context.close()
    again.context = None


def _retitled(services, event, title):
    from dataclasses import replace

    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    dialog = EventDialog(services, event=event)
    draft = dialog.draft()
    dialog.deleteLater()
    return replace(draft, title=title)


@pytest.mark.parametrize("own_rules", [None, "qt.text.font.db=true"])
def test_qt_noise_is_quiet_unless_the_person_asked_for_it(own_rules):
    """~100 'OpenType support missing' and codec lines filled the terminal at start-up."""
    import os
    import subprocess
    import sys

    probe = (
        "from ssc_desktop.app import quiet_qt_noise\n"
        "from PySide6.QtCore import QLoggingCategory\n"
        "quiet_qt_noise()\n"
        "print([QLoggingCategory(name).isWarningEnabled() for name in\n"
        "       ('qt.text.font.db', 'qt.multimedia.symbolsresolver', 'qt.multimedia.ffmpeg', 'qt.qpa')])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_LOGGING_RULES"}
    if own_rules:
        env["QT_LOGGING_RULES"] = own_rules
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    font, symbols, ffmpeg, other = eval(done.stdout)  # our own probe's list of booleans
    assert other is True  # Qt's other warnings still show
    assert (font, symbols, ffmpeg) == ((True, True, True) if own_rules else (False, False, False))


def test_one_change_hub_brings_every_page_showing_that_data_up_to_date(main_window, demo_copy, qtbot):
    from ssc_desktop.views.changes import Kind

    main_window.open_database(demo_copy)
    main_window.show_area("programme")
    main_window.tasks.wait_for_all(10000)
    # A programme change reaches the dashboard (it shows the programme), not the members page.
    main_window.programme_page.announce(Kind.PROGRAMME, event_id=main_window.current_event().id)
    assert main_window.reads_again_when_shown(main_window.dashboard_page)
    assert main_window.members_page not in main_window._outdated  # the change did not touch it
    # A page on screen reads again at once: the members page after a change to members.
    main_window.show_area("members")
    main_window.tasks.wait_for_all(10000)
    qtbot.waitUntil(lambda: main_window.members_page.model.rowCount() == 300, timeout=10000)
    from ssc_desktop.services.members import MemberDraft

    main_window.context.services.members.add_members([MemberDraft(latin_name="Announced Later")])
    main_window.changes.announce(Kind.MEMBERS)
    qtbot.waitUntil(lambda: main_window.members_page.model.rowCount() == 301, timeout=10000)
    assert "301 members" in main_window.totals_label.text()
    # Shown later, the dashboard reads again instead of showing what it had.
    assert main_window.reads_again_when_shown(main_window.dashboard_page)
    main_window.show_area("dashboard")
    assert not main_window.reads_again_when_shown(main_window.dashboard_page)


def test_the_page_that_wrote_is_not_read_twice_and_check_ins_reach_the_other_pages(main_window, demo_copy, qtbot):
    """The announcing page has shown its own write, so the hub does not make it read again; a
    check-in at the desk (page or station) reaches the pages that count attendance."""
    main_window.open_database(demo_copy)
    main_window.show_area("dashboard")
    main_window.show_area("programme")
    main_window.tasks.wait_for_all(10000)
    programme = main_window.programme_page
    reads = []
    programme.reload = lambda: reads.append("programme")  # type: ignore[method-assign]
    programme.announce(Kind.PROGRAMME, event_id=main_window.current_event().id)
    assert reads == [] and not main_window.reads_again_when_shown(programme)
    assert main_window.reads_again_when_shown(main_window.dashboard_page)  # another page showing it follows

    main_window.show_area("dashboard")
    main_window.show_area("checkin")
    page = main_window.checkin_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 200, timeout=10000)
    assert not main_window.reads_again_when_shown(main_window.dashboard_page)
    waiting = next(
        r for r in page.model.rows() if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    )
    page.search.setText(waiting.email)
    page.check_in_selected()
    assert main_window.reads_again_when_shown(main_window.dashboard_page)
    assert not main_window.reads_again_when_shown(page)

    # The station's check-ins are told in one announcement after a while, not one per scan.
    main_window.show_area("dashboard")
    main_window.tasks.wait_for_all(10000)
    page._station_changes.setInterval(200)
    station = page.open_station(full_screen=False)
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    services = main_window.context.services
    event_id = main_window.current_event().id
    people = [
        r
        for r in services.registrations.list_registrations(event_id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    ][:2]
    seen = []
    main_window.changes.changed.connect(seen.append)
    for person in people:
        station.scan(services.tickets.code_for(person.id))
    assert seen == []
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=5000)
    assert seen[0].kinds == {Kind.CHECK_INS} and seen[0].event_id == event_id
    assert main_window.reads_again_when_shown(page)  # the station, not the page, checked them in
    station.close()
