"""Start-up: the first-run wizard when it is due, then the main window on the right database."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from ssc_desktop.views import settings
from ssc_desktop.views.dialogs.desk_name_dialog import remember_desk_name
from ssc_desktop.views.dialogs.first_run_wizard import FirstRunChoices, FirstRunWizard, Start, first_run_due
from ssc_desktop.views.main_window import Compose, CreateDemo, MainWindow
from ssc_desktop.views.theme import apply_theme


def open_main_window(
    app: QApplication,
    compose: Compose,
    create_demo: CreateDemo,
    db_target: str | None = None,
    demo: str | None = None,
    demo_exists: Callable[[], bool] = lambda: False,
    station_event_id: int | None = None,
    desk: str | None = None,
) -> MainWindow | None:
    """The themed main window on the chosen database; None when no database could be opened.

    With station_event_id the window stays hidden behind that event's full-screen
    check-in station (see MainWindow.open_door_station); None when there is no such event.
    """
    apply_theme(app)
    first_run = ask_first_run() if first_run_due(db_target, demo, station_event_id) else None
    if first_run is not None and first_run.start is Start.DEMO:
        demo = "keep"
    window = MainWindow(compose, create_demo, demo_exists)
    window.restore_window_state()
    if demo:  # "keep" (--demo) or "fresh" (--fresh-demo)
        window.open_demo(keep=demo == "keep")
        opened = window.context is not None
    else:
        target = db_target or settings.LAST_DATABASE.get() or None
        # A remembered database that has gone missing falls back to the default one.
        # (Not when the person declined to open it read-only beside another app: they chose to stop.)
        opened = window.open_database(target) or (
            db_target is None and target is not None and window.in_use_dialog is None and window.open_database(None)
        )
    if not opened:
        window.deleteLater()
        return None
    if first_run is not None:
        window.begin_with(first_run)
    if desk is not None and desk.strip():  # --desk: this laptop's desk from now on
        remember_desk_name(desk)
        window.checkin_page.station.setText(desk.strip())
    if station_event_id is not None:
        if window.open_door_station(station_event_id) is None:
            window.tasks.wait_for_all(5000)
            window.context.close()
            window.context = None
            window.deleteLater()
            return None
        return window
    window.show()
    return window


def ask_first_run() -> FirstRunChoices | None:
    """Runs the first-run wizard; None when skipped. Either way it is not shown again."""
    wizard = FirstRunWizard()
    accepted = wizard.exec() == FirstRunWizard.DialogCode.Accepted
    settings.FIRST_RUN_DONE.set(True)
    return wizard.choices() if accepted else None
