"""A desk that never lies: when the database fails mid-scan, the screen says NOT checked in.

The failures are real: the station's PostgreSQL server is stopped under it, or its SQLite
file sits on a tiny disk that fills up. The previous person's green "Welcome!" must never
stay on screen as if the new scan had worked.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.models.enums import RegistrationStatus
from ssc_desktop.views.checkin_station import CheckInStation
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import apply_theme

pytestmark = pytest.mark.gui


def _open_station(qtbot, context, event_id: int):  # noqa: ANN001, ANN202
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


def _waiting_codes(services, event_id: int, count: int) -> list[str]:  # noqa: ANN001
    rows = [r for r in services.registrations.list_registrations(event_id)
            if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None]
    return [services.tickets.code_for(r.id) for r in rows[:count]]


def _assert_refused_in_words(station: CheckInStation, words: str) -> None:
    display = station.last_display
    assert display is not None and display.colour == "red"
    assert "not checked in" in display.headline.lower()
    assert words in display.reason
    assert "Welcome" not in station.headline.text()
    assert station.last_sound == "red"


@pytest.mark.postgres
def test_server_stopped_mid_event_turns_the_screen_red_then_back(qtbot, private_postgres):
    context, summary = app_module.create_demo(private_postgres.url, member_count=40)
    station, tasks = _open_station(qtbot, context, summary.reunion_event_id)
    try:
        first, second, third = _waiting_codes(context.services, summary.reunion_event_id, 3)
        assert station.scan(first).accepted
        assert station.last_display.colour == "green"

        private_postgres.stop()
        private_postgres.wait_until_down()
        assert station.scan(second) is None
        _assert_refused_in_words(station, "cannot be reached")

        # The ten-second refresh meets the same dead server: a note, no crash, still red.
        station.refresh()
        qtbot.waitUntil(lambda: not station._refreshing, timeout=15000)
        assert station.last_display.colour == "red"

        private_postgres.start()
        assert station.scan(third).accepted
        assert station.last_display.colour == "green"
    finally:
        station.close()
        tasks.wait_for_all(5000)
        context.close()


@pytest.fixture
def tiny_disk(tmp_path):  # noqa: ANN001, ANN201
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_disk_full_mid_event_turns_the_screen_red(qtbot, demo_db_path, tiny_disk):
    database = tiny_disk / "demo.sqlite3"
    shutil.copy(demo_db_path, database)
    context = app_module.compose(database)
    event = next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion")
    station, tasks = _open_station(qtbot, context, event.id)
    try:
        codes = _waiting_codes(context.services, event.id, 40)
        assert station.scan(codes[0]).accepted
        # Unbuffered: a buffered file would try the refused bytes again on close and raise there,
        # depending on how much room the database copy happened to leave.
        with (tiny_disk / "filler").open("wb", buffering=0) as handle:
            try:
                while True:
                    handle.write(b"\0" * 65536)
                    handle.flush()
            except OSError:
                pass
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
