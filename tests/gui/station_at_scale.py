"""The check-in station on a screen of its own, in its own process (QT_SCALE_FACTOR must be set
before QApplication exists): test_station_readable runs it.

    python -m tests.gui.station_at_scale DATABASE OUT_FOLDER [--high-contrast]

Runs offscreen on the screen QT_QPA_PLATFORM describes (a 1366x768 laptop at 200 %: 683x384
logical pixels), opens the station full screen as the Check-in page does, scans a registered
speaker with a name in their own script, saves OUT_FOLDER/station-*.png and prints, as JSON, what
a person at the desk would see: where each verdict label is, whether its text fits, the colours.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSettings
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.views.main_window import MainWindow
from ssc_desktop.views import settings
from ssc_desktop.views.theme import apply_theme


def label_facts(label: QLabel, window) -> dict:
    top_left = label.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, label.size())
    text = label.text()
    metrics = QFontMetrics(label.font())
    contents = label.contentsRect()
    return {
        "text": text,
        "visible": label.isVisible(),
        "rect": [rect.x(), rect.y(), rect.width(), rect.height()],
        "inside_window": window.rect().contains(rect),
        "font_px": label.font().pixelSize() if label.font().pixelSize() > 0 else metrics.height(),
        # Wrapped text needs this height at the label's width; more than it has is clipped.
        "height_needed": label.heightForWidth(label.width()) if label.wordWrap() else metrics.height(),
        "height": label.height() if label.wordWrap() else contents.height(),
        "one_line_width": metrics.horizontalAdvance(text),
        "width": contents.width(),
    }


def main() -> int:
    database, out = Path(sys.argv[1]), Path(sys.argv[2])
    high_contrast = "--high-contrast" in sys.argv
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        app = QApplication(sys.argv[:1])
        QCoreApplication.setOrganizationName("SSC Desktop Station Test")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, scratch)
        settings.HIGH_CONTRAST.set(high_contrast)
        QSettings().setValue("checkin/station", "Door A")
        apply_theme(app)
        window = MainWindow(app_module.compose, app_module.create_demo)
        assert window.open_database(database)
        window.show()
        window.show_area("checkin")
        station = window.checkin_page.open_station(full_screen=True)
        for _ in range(200):
            app.processEvents()
            window.tasks.wait_for_all(50)
            if station.loaded:
                break
        services = window.context.services
        event = window.checkin_page.current_event
        people = [
            r
            for r in services.registrations.list_registrations(event.id)
            if r.role == RegistrationRole.SPEAKER
            and r.status == RegistrationStatus.REGISTERED
            and r.checked_in_at is None
            and r.native_name
        ]
        speaker = max(people, key=lambda r: len(r.latin_name))  # the longest name: the hardest to fit
        services.desk_notes.set_desk_note(speaker.id, "Vegetarian meal")
        station.play_sound = lambda colour: None
        station.scan(services.tickets.code_for(speaker.id))
        for _ in range(20):
            app.processEvents()
        name = "station-high-contrast" if high_contrast else "station"
        shot = (
            out / f"{name}-{station.screen().size().width()}x{station.screen().size().height()}"
            f"@{station.screen().devicePixelRatio():g}.png"
        )
        station.grab().save(str(shot))
        panel = station.panel
        facts = {
            "screenshot": str(shot),
            "screen": [station.screen().geometry().width(), station.screen().geometry().height()],
            "dpr": station.screen().devicePixelRatio(),
            "window": [station.geometry().width(), station.geometry().height()],
            "panel_style": panel.styleSheet(),
            "station_style": station.styleSheet(),
            "colour": station.last_display.colour,
            "labels": {
                key: label_facts(getattr(panel, key), station)
                for key in ("headline", "native_name", "latin_name", "details", "notes", "footer")
            },
            "speaker": [speaker.latin_name, speaker.native_name],
        }
        print(json.dumps(facts))
        station.close()
        window.tasks.wait_for_all(5000)
        window.context.close()
        window.context = None
    return 0


if __name__ == "__main__":
    sys.exit(main())
