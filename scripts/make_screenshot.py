"""Screenshots of the main window on the demo reunion, for the README (docs/*.png).

    python scripts/make_screenshot.py [--out docs]

Runs offscreen on a fresh demo database in a temporary folder, with its own
settings, so it never touches the coordinator's data.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.views.main_window import MainWindow
from ssc_desktop.views.theme import apply_theme

SHOTS = [
    ("main-window.png", "events", ""),
    ("programme.png", "programme", ""),
    ("registrations.png", "registrations", ""),
    ("members.png", "members", "sharma"),
    ("checkin.png", "checkin", ""),
    ("dashboard.png", "dashboard", ""),
    ("exports.png", "exports", ""),
    ("certificates.png", "certificates", ""),
]


def settle(app: QApplication, window: MainWindow) -> None:
    window.tasks.wait_for_all(10_000)
    for _ in range(5):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(Path(__file__).resolve().parent.parent / "docs"))
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        app = QApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName("SSC Desktop Screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        apply_theme(app)
        context, _summary = app_module.create_demo(Path(scratch) / "demo.sqlite3")
        window = MainWindow(app_module.compose, app_module.create_demo)
        window.resize(1280, 800)
        window.use_context(context)
        window.show()
        for filename, area, search in SHOTS:
            window.show_area(area)
            settle(app, window)
            if area == "members":
                window.members_page.search.setText(search)
                window.members_page.table.selectRow(0)
            if area == "checkin":
                page = window.checkin_page
                page.search.setText("Arjun")
                page.table.selectRow(0)
                if page.check_in_button.isEnabled():
                    page.check_in_selected()
                page.search.clear()
                page.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
            settle(app, window)
            target = out / filename
            window.grab().save(str(target))
            print(target)
        station_shot(app, window, context, out)
        layout_hint_shot(app, window, context, out)
        window.close()
    return 0


def station_shot(app: QApplication, window: MainWindow, context, out: Path) -> None:
    """The full-screen station just after a speaker's badge was scanned: what the desk sees."""
    from ssc_desktop.models import RegistrationRole, RegistrationStatus

    services = context.services
    window.show_area("checkin")
    window.checkin_page.station.setText("Door A")
    station = window.checkin_page.open_station(full_screen=False)
    station.resize(1600, 900)
    window.tasks.wait_for_all(10_000)
    for _ in range(20):
        app.processEvents()
        if station.loaded:
            break
    event = window.checkin_page.current_event
    speaker = next(
        r
        for r in services.registrations.list_registrations(event.id)
        if r.role == RegistrationRole.SPEAKER
        and r.status == RegistrationStatus.REGISTERED
        and r.checked_in_at is None
        and r.native_name
    )
    services.desk_notes.set_desk_note(speaker.id, "Vegetarian meal")
    station.play_sound = lambda colour: None
    station.scan(services.tickets.code_for(speaker.id))
    settle(app, window)
    target = out / "checkin-station.png"
    station.grab().save(str(target))
    print(target)
    station.close()


def layout_hint_shot(app: QApplication, window: MainWindow, context, out: Path) -> None:
    """A 1366x768 laptop with a French keyboard, its US-layout scanner's code read anyway, and the hint."""
    from ssc_desktop.models import RegistrationRole, RegistrationStatus
    from ssc_desktop.services import scanner_layouts

    services = context.services
    window.show_area("checkin")
    window.checkin_page.station.setText("Door A")
    station = window.checkin_page.open_station(full_screen=False)
    station.resize(1366, 768)
    window.tasks.wait_for_all(10_000)
    for _ in range(20):
        app.processEvents()
        if station.loaded:
            break
    event = window.checkin_page.current_event
    speaker = next(
        r
        for r in services.registrations.list_registrations(event.id)
        if r.role == RegistrationRole.SPEAKER
        and r.status == RegistrationStatus.REGISTERED
        and r.checked_in_at is None
        and r.native_name
    )
    station.play_sound = lambda colour: None
    station.scan(scanner_layouts.layout("fr").typed(services.tickets.code_for(speaker.id)))
    settle(app, window)
    target = out / "checkin-station-layout-hint.png"
    station.grab().save(str(target))
    print(target)
    station.close()


if __name__ == "__main__":
    raise SystemExit(main())
