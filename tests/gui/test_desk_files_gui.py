"""Desks menu end to end: Prepare desk…, the desk file opened on a second window with its
passphrase and checked into at its station, Merge desks… with its report and a conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.services.desk_container import is_desk_file

pytestmark = pytest.mark.gui

PASSPHRASE = "venue wifi is down"


def _codes_waiting(services, event_id: int, count: int) -> list[tuple[int, str]]:
    rows = [
        r
        for r in services.registrations.list_registrations(event_id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    ]
    return [(r.id, services.tickets.code_for(r.id)) for r in rows[:count]]


def test_prepare_open_scan_and_merge_desks_from_the_menu(main_window, demo_copy, qtbot, tmp_path: Path) -> None:
    from ssc_desktop.views.main_window import MainWindow

    assert main_window.open_database(demo_copy)
    main_window.resize(1366, 768)
    main_window.show()
    qtbot.waitExposed(main_window)
    menus = [action.text() for action in main_window.menuBar().actions()]
    assert "&Desks" in menus
    event = main_window.current_event()
    services = main_window.context.services
    (first_id, first), (second_id, second) = _codes_waiting(services, event.id, 2)

    dialog = main_window.desk_menu.prepare_desk()
    desk_path = tmp_path / "door-b.sscdesk"
    dialog.path_edit.setText(str(desk_path))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.again.setText("something else")
    dialog.prepare_button.click()
    assert "differ" in dialog.message.text() and not desk_path.exists()
    dialog.again.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.prepared, timeout=30000):
        dialog.prepare_button.click()
    assert is_desk_file(desk_path) and "Written" in dialog.message.text()
    dialog.grab().save(str(tmp_path / "prepare-desk.png"))
    dialog.close()

    # The desk laptop: the file opens as its database once the passphrase is given.
    desk_window = MainWindow(
        lambda target, **options: app_module.compose(target, passphrase_for=lambda _p: PASSPHRASE, **options),
        app_module.create_demo,
    )
    qtbot.addWidget(desk_window)
    try:
        assert desk_window.open_database(desk_path)
        assert desk_window.context.desk_file is not None
        # The desk file is what the window names and reopens next time, never its working copy.
        assert str(desk_path) in desk_window.database_label.text()
        from PySide6.QtCore import QSettings

        assert QSettings().value("database/last") == str(desk_path)
        desk_window.event_switcher.setCurrentIndex(desk_window.event_switcher.findData(event.id))
        desk_window.show_area("checkin")
        desk_window.checkin_page.station.setText("Door B")
        station = desk_window.checkin_page.open_station(full_screen=False)
        qtbot.waitUntil(lambda: station.loaded, timeout=15000)
        assert station.scan(first).accepted and station.scan(second).accepted
        assert not station.server.banner.isVisible()  # a desk file has no server to lose
        station.close()
        desk_window.desk_menu.seal()
        desk_window.tasks.wait_for_all(10000)
    finally:
        desk_window.tasks.wait_for_all(5000)
        desk_window.context.close()
        desk_window.context = None

    # Meanwhile the main desk let the second person in, later than Door B did.
    assert services.checkin.scan(event.id, second, station="Main").accepted
    merge = main_window.desk_menu.merge_desks()
    merge.add_files([str(desk_path)])
    merge.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(merge.merged, timeout=30000):
        merge.merge_button.click()
    assert "2 check-ins added" in merge.summary.text() and "1 conflict" in merge.summary.text()
    assert merge.desks_table.item(0, 1).text() == "2"
    assert merge.conflicts_table.rowCount() == 1
    assert "Door B" in merge.conflicts_table.item(0, 2).text() and "Main" in merge.conflicts_table.item(0, 3).text()
    merge.resize(1000, 560)
    QApplication.processEvents()
    merge.grab().save(str(tmp_path / "merge-desks.png"))
    assert services.registrations.get_registration(second_id).station == "Door B"
    assert services.registrations.get_registration(first_id).inside

    # The Check-in page has the same two entries.
    from PySide6.QtWidgets import QPushButton

    from ssc_desktop.views.dialogs.desk_files_dialog import MergeDesksDialog

    main_window.show_area("checkin")
    main_window.tasks.wait_for_all(10000)
    qtbot.wait(200)
    main_window.grab().save(str(tmp_path / "checkin-page.png"))
    button = next(b for b in main_window.checkin_page.findChildren(QPushButton) if b.text() == "Merge desks…")
    before = set(main_window.findChildren(MergeDesksDialog))
    button.click()
    opened = set(main_window.findChildren(MergeDesksDialog)) - before
    assert len(opened) == 1 and opened.pop().isVisible()

    with qtbot.waitSignal(merge.merged, timeout=30000):  # again: nothing changes
        merge.merge_button.click()
    assert "0 check-ins added" in merge.summary.text()

    merge.passphrase.setText("wrong passphrase")
    merge.merge_button.click()
    qtbot.waitUntil(lambda: "stopped" in merge.summary.text(), timeout=30000)
    assert "passphrase is wrong" in merge.summary.text()


def test_opening_the_open_desk_file_again_in_its_window_loses_nothing(
    demo_copy,
    qtbot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The window knows the desk file it has open by the file's own path (its working copy is held
    while open): opening it again reopens it, where the old context's close used to remove the
    working copy under the new one."""
    from ssc_desktop.views import main_window as main_window_module
    from ssc_desktop.views.main_window import MainWindow

    # Were the window to ask "open in another app?" about itself, the test says so instead of waiting.
    monkeypatch.setattr(main_window_module.DatabaseInUseDialog, "exec", lambda _self: 0)

    context = app_module.compose(demo_copy)
    try:
        event = max(context.services.events.list_events(), key=lambda e: e.registered)
        (first_id, first), (second_id, second) = _codes_waiting(context.services, event.id, 2)
        desk_path = tmp_path / "door-c.sscdesk"
        context.services.desks.prepare_desk(event.id, desk_path, PASSPHRASE)
    finally:
        context.close()
    window = MainWindow(
        lambda target, **options: app_module.compose_for_window(
            target, passphrase_for=lambda _p: PASSPHRASE, **options
        ),
        app_module.create_demo,
    )
    qtbot.addWidget(window)
    try:
        assert window.open_database(desk_path)
        assert window.context.services.checkin.scan(event.id, first, station="Door C").accepted
        assert window.open_database(desk_path)  # File > Open database… on the same file
        assert window.in_use_dialog is None and window.context.desk_file is not None
        assert window.context.services.checkin.scan(event.id, second, station="Door C").accepted
    finally:
        window.tasks.wait_for_all(5000)
        window.context.close()
        window.context = None
    reopened = app_module.compose(desk_path, passphrase_for=lambda _p: PASSPHRASE)
    try:
        rows = {r.id: r for r in reopened.services.registrations.list_registrations(event.id)}
        assert rows[first_id].checked_in_at is not None and rows[second_id].checked_in_at is not None
    finally:
        reopened.close()
