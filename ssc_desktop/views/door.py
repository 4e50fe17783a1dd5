"""The main window's door: the full-screen station the door laptop starts in
(ssc-desktop --station ID) and the walk-in badge the station asks to print."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from ssc_desktop.paths import user_data_dir
from ssc_desktop.views.labels import fill, warnings_text


class Door(QObject):
    def __init__(self, window) -> None:  # the MainWindow
        super().__init__(window)
        self.window = window
        window.checkin_page.station_opened.connect(self._station_opened)

    def _station_opened(self, station) -> None:
        station.badge_wanted.connect(self.print_walk_in_badge)
        self.window.view_menu.high_contrast_changed.connect(station.set_high_contrast)

    def open_station(self, event_id: int):
        """Straight into the full-screen station for event_id.

        Leaving the station shows the main window on that event's Check-in page, one click from
        the station again: an Esc pressed by mistake at the door must not end the app.
        None, after saying why, when the database has no such event.
        """
        window = self.window
        index = window.event_switcher.findData(event_id)
        if index < 0:
            known = "\n".join(f"{e.id}: {e.title}" for e in window.events[:20]) or self.tr("(none)")
            message = fill(
                self.tr("There is no event with id %1 in this database.\n\nEvents in it:\n%2"), event_id, known
            )
            sys.stderr.write(f"ssc-desktop: {message}\n")
            QMessageBox.critical(window, self.tr("No such event"), message)
            return None
        window.event_switcher.setCurrentIndex(index)
        window.show_area("checkin")
        station = window.checkin_page.open_station(full_screen=True)
        station.closed.connect(self._station_left)
        station.raise_()
        station.activateWindow()  # a scanner's keys must reach it without a click
        return station

    def _station_left(self) -> None:
        if not self.window.isVisible():
            self.window.show()

    def print_walk_in_badge(self, registration_id: int) -> None:
        """A walk-in's badge, one on a page, opened in the system's PDF viewer to print at once."""
        window = self.window
        event = window.current_event()
        if window.context is None or event is None:
            return
        badges = window.context.services.badges
        path = user_data_dir() / "badges" / f"walk-in-{event.id}-{registration_id}.pdf"
        path.parent.mkdir(parents=True, exist_ok=True)
        window.tasks.start(
            lambda progress, cancel: badges.write_badges(
                event.id, path, layout="1x1", registration_ids=[registration_id]
            ),
            on_success=lambda result: self._badge_ready(path, result.warnings),
            on_failure=lambda error, _trace: window._show_error(self.tr("The badge could not be made"), error),
        )

    def _badge_ready(self, path: Path, warnings: tuple = ()) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        ready = fill(self.tr("Badge ready to print: %1"), str(path))
        # A character no bundled font draws shows as a box: say so where the coordinator looks.
        self.window.statusBar().showMessage(
            " — ".join([ready, warnings_text(warnings).replace("\n", " ")]) if warnings else ready,
            30000 if warnings else 10000,
        )
