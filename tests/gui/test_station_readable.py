"""The check-in station read at the door: contrast of every verdict text (WCAG), high contrast
from the View menu (remembered) or the OS, and a 1366x768 laptop at 200 % (683x384 logical
pixels, in its own process) still showing the verdict and the name whole."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from ssc_desktop.views.checkin_verdict_text import Display
from ssc_desktop.views import settings
from ssc_desktop.views.theme import STYLESHEET, high_contrast_wanted, station_stylesheet
from ssc_desktop.views.verdict_panel import COLOURS, VerdictPanel

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = Path("/tmp/ssc-screenshots")
VERDICT_TEXTS = ("headline", "native_name", "latin_name", "details", "reason", "footer")


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_ratio_is_wcag_s() -> None:
    assert contrast(QColor("white"), QColor("black")) == pytest.approx(21)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)  # just fails AA
    assert contrast(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)  # just passes


def _panel_in_station(qtbot, high_contrast: bool) -> tuple[QWidget, VerdictPanel]:
    station = QWidget()
    station.setObjectName("CheckInStation")
    station.setStyleSheet(station_stylesheet(1.0, high_contrast))
    qtbot.addWidget(station)
    panel = VerdictPanel()
    panel.high_contrast = high_contrast
    QVBoxLayout(station).addWidget(panel)
    station.resize(1200, 900)
    station.show()
    qtbot.waitExposed(station)
    return station, panel


@pytest.mark.parametrize(("high_contrast", "least"), [(False, 4.5), (True, 7.0)])
def test_every_verdict_text_stands_out_from_its_colour(qtbot, high_contrast: bool, least: float) -> None:
    """Text colours as Qt resolved them from the stylesheet; the panel's colour as it was drawn."""
    _station, panel = _panel_in_station(qtbot, high_contrast)
    for colour in COLOURS:
        panel.show_display(Display(colour, "Headline", "名前", "Name", "Details", "Reason", "", "Footer"))
        QApplication.processEvents()
        image: QImage = panel.grab().toImage()
        background = image.pixelColor(image.width() // 2, image.height() - 15)  # the margin below the footer
        for key in VERDICT_TEXTS:
            label = getattr(panel, key)
            label.ensurePolished()
            text = label.palette().color(QPalette.ColorRole.WindowText)
            ratio = contrast(text, background)
            assert ratio >= least, f"{colour} {key}: {text.name()} on {background.name()} is {ratio:.2f}:1"
    notes = panel.notes
    notes.setText("Vegetarian meal")
    notes.ensurePolished()
    assert (
        contrast(notes.palette().color(QPalette.ColorRole.WindowText), notes.palette().color(QPalette.ColorRole.Window))
        >= least
    )


def test_error_text_is_red_and_readable(qtbot) -> None:
    from PySide6.QtWidgets import QLabel

    holder = QWidget()
    holder.setStyleSheet(STYLESHEET)
    qtbot.addWidget(holder)
    error = QLabel("Scientific merit: 11 is not on the scale 1–10.", holder)
    error.setObjectName("ErrorText")
    holder.show()
    error.ensurePolished()
    red = error.palette().color(QPalette.ColorRole.WindowText)
    assert red.red() > 2 * red.green() and contrast(red, QColor("white")) >= 4.5


def test_high_contrast_from_the_view_menu_is_remembered_and_restyles_the_station(main_window, demo_copy, qtbot) -> None:
    assert main_window.open_database(demo_copy)
    main_window.show_area("checkin")
    station = main_window.checkin_page.open_station(full_screen=False)
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    action = main_window.view_menu.high_contrast_action
    assert not action.isChecked() and not station.high_contrast
    try:
        action.trigger()
        assert settings.HIGH_CONTRAST.get() in (True, "true")
        assert "#VerdictNotes { background: #ffff00" in station.styleSheet()
        assert "solid white" in station.panel.styleSheet()
        assert "#Sidebar { background: black; }" in QApplication.instance().styleSheet()
        assert high_contrast_wanted()
    finally:
        if action.isChecked():
            action.trigger()
    assert not station.high_contrast and "solid white" not in station.panel.styleSheet()
    assert "#Sidebar { background: black; }" not in QApplication.instance().styleSheet()
    station.close()
    main_window.tasks.wait_for_all(5000)


def test_high_contrast_follows_the_os_until_chosen(monkeypatch) -> None:
    class Hints:
        def __init__(self, real) -> None:
            self.real = real

        def accessibility(self):
            class Accessibility:
                @staticmethod
                def contrastPreference():
                    return Qt.ContrastPreference.HighContrast

            return Accessibility()

    real = QGuiApplication.styleHints()
    assert not high_contrast_wanted()  # offscreen Qt: no preference
    monkeypatch.setattr(QGuiApplication, "styleHints", staticmethod(lambda: Hints(real)))
    assert high_contrast_wanted()
    settings.HIGH_CONTRAST.set(False)  # the person said no: that wins
    assert not high_contrast_wanted()


def _station_at(demo_copy: Path, scale: str, high_contrast: bool) -> dict:
    config = demo_copy.parent / "screens.json"
    config.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 768,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(
        os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT)
    )
    args = [sys.executable, "-m", "tests.gui.station_at_scale", str(demo_copy), str(SCREENSHOTS)]
    run = subprocess.run(
        args + (["--high-contrast"] if high_contrast else []),
        env=env,
        cwd=ROOT,
        check=False,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    return json.loads(next(line for line in run.stdout.splitlines() if line.startswith("{")))


@pytest.mark.parametrize("high_contrast", [False, True], ids=["normal", "high-contrast"])
def test_a_1366x768_laptop_at_200_percent_shows_the_verdict_and_the_name_whole(demo_copy, high_contrast: bool) -> None:
    facts = _station_at(demo_copy, "2", high_contrast)
    assert facts["screen"] == [683, 384] and facts["dpr"] == 2
    assert facts["window"] == [683, 384]  # full screen, and no bigger than it
    shot = QImage(facts["screenshot"])
    assert (shot.width(), shot.height()) == (1366, 768)  # every physical pixel of the laptop
    labels = facts["labels"]
    assert labels["headline"]["text"].endswith("Welcome!")
    assert [labels["latin_name"]["text"], labels["native_name"]["text"]] == facts["speaker"]
    for key in ("headline", "native_name", "latin_name", "details", "notes", "footer"):
        label = labels[key]
        assert label["visible"] and label["inside_window"], (key, label)
        assert label["height_needed"] <= label["height"], (key, label)  # no line cut off below
    for key in ("headline", "native_name", "latin_name"):
        assert labels[key]["one_line_width"] <= labels[key]["width"], (key, labels[key])  # on one line
    # Readable: the name at least as big as the headline, which is at least 20 logical pixels
    # (40 on the screen).
    assert labels["native_name"]["font_px"] >= labels["headline"]["font_px"] >= 20
