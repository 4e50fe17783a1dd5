"""A desk that never lies: when the database fails mid-scan, the screen says NOT checked in.

The failures are real: the station's PostgreSQL server is stopped under it, or its SQLite
file sits on a tiny disk that fills up. The previous person's green "Welcome!" must never
stay on screen as if the new scan had worked.
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.views.checkin_station import CheckInStation
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import apply_theme

pytestmark = pytest.mark.gui


def _open_station(qtbot, context, event_id: int):
    apply_theme(QApplication.instance())
    event = context.services.events.get_event(event_id)
    tasks = TaskRunner()
    station = CheckInStation(context.services, event, tasks)
    qtbot.addWidget(station)
    station.resize(1366, 768)
    station.show()
    qtbot.waitExposed(station)
    qtbot.waitUntil(lambda: station.loaded, timeout=15000)
    return station, tasks


def _waiting_codes(services, event_id: int, count: int) -> list[str]:
    rows = [
        r
        for r in services.registrations.list_registrations(event_id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    ]
    return [services.tickets.code_for(r.id) for r in rows[:count]]


def _assert_refused_in_words(station: CheckInStation, words: str) -> None:
    display = station.last_display
    assert display is not None and display.colour == "red"
    assert "not checked in" in display.headline.lower()
    assert words in display.reason
    assert "Welcome" not in station.headline.text()
    assert station.last_sound == "red"


@pytest.mark.postgres
def test_server_stopped_mid_event_the_station_goes_on_from_its_local_copy(qtbot, private_postgres, tmp_path):
    """The server goes: a banner says so at once, the next scan is green from the desk's local copy;
    it comes back: the waiting check-ins are sent, and a person let in meanwhile at another desk is named."""
    import time

    context, summary = app_module.create_demo(private_postgres.url, member_count=40)
    event_id = summary.reunion_event_id
    station, tasks = _open_station(qtbot, context, event_id)
    try:
        qtbot.waitUntil(lambda: station.server.checkin is not context.services.checkin, timeout=30000)
        first, second, third, fourth = _waiting_codes(context.services, event_id, 4)
        assert station.scan(first).accepted
        assert not station.server.banner.isVisible()

        private_postgres.stop()
        private_postgres.wait_until_down()
        started = time.monotonic()
        verdict = station.scan(second)
        answered = time.monotonic() - started
        assert verdict is not None and verdict.accepted and verdict.offline
        assert answered < 1.0, f"the first scan without the server took {answered:.2f} s"
        assert station.last_display.colour == "green" and "Welcome" in station.headline.text()
        banner = station.server.banner
        assert banner.isVisible() and "out of reach" in banner.text() and "1 check-in" in banner.text()
        again = station.scan(first)  # the copy knows who came in while the server was there
        assert again.kind.value == "already-checked-in" and station.last_display.colour == "amber"
        assert station.scan(third).accepted
        station.server.update_banner()
        assert "2 check-in" in banner.text()
        station.grab().save(str(tmp_path / "station-offline.png"))

        station.server._timer.stop()  # the desk does not try the server until the other desk has scanned
        private_postgres.start()
        other = app_module.compose(private_postgres.url)
        try:  # another desk, later, lets the third person in too
            assert other.services.checkin.scan(event_id, third, station="Door B").accepted
        finally:
            other.close()
        station.server._timer.start()
        qtbot.waitUntil(lambda: not station.server.offline, timeout=30000)
        # "The server is back: …" (the offline text ends "…sent when the server is back", so not that).
        qtbot.waitUntil(lambda: banner.text().startswith("The server is back"), timeout=10000)
        assert "2 check-in(s)" in banner.text() and "another desk" in banner.text()
        station.grab().save(str(tmp_path / "station-back.png"))
        third_id = next(
            r.id
            for r in context.services.registrations.list_registrations(event_id)
            if context.services.tickets.code_for(r.id) == third
        )
        row = context.services.registrations.get_registration(third_id)
        assert row.inside and row.station != "Door B"  # the desk's earlier check-in stands
        assert station.scan(fourth).accepted and not station.last_verdict.offline
    finally:
        station.close()
        tasks.wait_for_all(5000)
        context.close()


def test_disk_full_mid_event_turns_the_screen_red(qtbot, demo_db_path, small_disk):
    disk = small_disk("8m")
    database = disk.path / "demo.sqlite3"
    shutil.copy(demo_db_path, database)
    context = app_module.compose(database)
    event = next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")
    station, tasks = _open_station(qtbot, context, event.id)
    try:
        codes = _waiting_codes(context.services, event.id, 40)
        assert station.scan(codes[0]).accepted
        disk.fill()
        # The WAL may still have room for a page or two: scan until the disk refuses.
        for code in codes[1:]:
            if station.scan(code) is None:
                break
        else:  # pragma: no cover - the disk must fill
            pytest.fail("every scan was accepted on a full disk")
        _assert_refused_in_words(station, "is full")
    finally:
        station.close()
        tasks.wait_for_all(5000)
        context.close()


def test_an_unexpected_failure_mid_scan_never_leaves_the_last_green(qtbot, demo_copy, monkeypatch):
    context = app_module.compose(demo_copy)
    event = next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")
    station, tasks = _open_station(qtbot, context, event.id)
    try:
        first, second = _waiting_codes(context.services, event.id, 2)
        assert station.scan(first).accepted

        def broken(*_args, **_kwargs):
            raise RuntimeError("a defect, not the database")

        monkeypatch.setattr(context.services.checkin, "scan", broken)
        assert station.scan(second) is None
        _assert_refused_in_words(station, "unexpected problem")
        assert station.last_display.headline == "NOT checked in"
    finally:
        station.close()
        tasks.wait_for_all(5000)
        context.close()


def test_main_window_tells_once_what_the_upgrade_repaired(main_window, tmp_path):
    """Migration 0007 records how many doubled check-ins it undid; the coordinator is told once."""
    import sqlite3

    from ssc_desktop.services.checkin import UPGRADE_DOUBLES_SETTING

    path = tmp_path / "upgraded.sqlite3"
    app_module.compose(path).close()
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO app_settings (key, value, updated_at) VALUES (?, ?, ?)",
            (UPGRADE_DOUBLES_SETTING, '{"count": 3}', "2026-12-01 08:00:00.000000"),
        )
    assert main_window.open_database(str(path))
    note = main_window.upgrade_note
    assert note.isVisible() and "3 doubled check-in(s)" in note.text()
    note.close()
    main_window.upgrade_note = None
    assert main_window.open_database(str(path))
    assert main_window.upgrade_note is None


@pytest.mark.postgres
def test_a_second_station_as_the_same_desk_says_so(qtbot, private_postgres):
    """Two stations on this laptop as one desk of an event would share its local copy: the second
    one's banner says another app is that desk already (it still scans on the server)."""
    context, summary = app_module.create_demo(private_postgres.url, member_count=40)
    event_id = summary.reunion_event_id
    first, first_tasks = _open_station(qtbot, context, event_id)
    second = second_tasks = None
    try:
        qtbot.waitUntil(lambda: first.server.checkin is not context.services.checkin, timeout=30000)
        second, second_tasks = _open_station(qtbot, context, event_id)
        banner = second.server.banner
        qtbot.waitUntil(lambda: banner.isVisible() and "already the desk" in banner.text(), timeout=30000)
        assert "no local copy" in banner.text()
        code = _waiting_codes(context.services, event_id, 1)[0]
        assert second.scan(code).accepted and not second.last_verdict.offline
        assert not first.server.banner.isVisible()
    finally:
        for station, tasks in ((second, second_tasks), (first, first_tasks)):
            if station is not None:
                station.close()
                tasks.wait_for_all(5000)
        context.close()
