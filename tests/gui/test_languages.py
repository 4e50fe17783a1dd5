"""The GUI in the person's language: Preferences, start-up in Japanese, and no word left English.

The last check installs a pseudo-translator that marks every message the .ts files know
(⟦…⟧), walks every page, and fails on any visible text that is one of the views' own English
strings still unmarked: a string lupdate never saw, or one looked up under the wrong context.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

import ssc_desktop
from ssc_desktop import languages
from ssc_desktop.views import settings

pytestmark = pytest.mark.gui
ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
SHOTS = Path(os.environ.get("SSC_SCREENSHOTS", "/tmp/ssc-screenshots"))


def test_preferences_keep_the_language_for_the_next_start(main_window, qtbot) -> None:
    dialog = main_window.open_preferences()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == languages.SYSTEM  # the default follows the system
    assert [dialog.language.itemText(i) for i in range(1, dialog.language.count())] == [
        "English",
        "日本語",
        "Bahasa Indonesia",
        "Tiếng Việt",
        "ไทย",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("ja"))
    assert dialog.restart_note.isVisibleTo(dialog) and "next start" in dialog.restart_note.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "preferences-dialog.png"))
    dialog.save()
    assert settings.LANGUAGE.get() == "ja"
    again = main_window.open_preferences()
    qtbot.addWidget(again)
    assert again.language.currentData() == "ja"


_IN_JAPANESE = r"""
import sys
from PySide6.QtWidgets import QApplication
from ssc_desktop import languages
from ssc_desktop.views.language import apply_language
from ssc_desktop.views.labels import date_text
from ssc_desktop.app import compose_for_window, create_demo
from ssc_desktop.views.main_window import MainWindow
from datetime import date
app = QApplication([])
spoken = apply_language(app, languages.shipped(sys.argv[1]))
window = MainWindow(compose_for_window, create_demo)
window.resize(1366, 768)
print("MENUS", "|".join(action.text() for action in window.menuBar().actions()))
print("DATE", date_text(date(2026, 12, 1), weekday=True))
from PySide6.QtWidgets import QDialogButtonBox
box = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
print("BUTTONS", "|".join(b.text() for b in box.buttons()))
window.grab().save(sys.argv[2])
"""


@pytest.mark.parametrize("code", ["ja", "id"])
def test_the_app_starts_in_the_chosen_language(code: str, tmp_path: Path) -> None:
    shot = SHOTS / f"main-window-{code}.png"
    SHOTS.mkdir(parents=True, exist_ok=True)
    environment = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path),
    }
    result = subprocess.run(
        [sys.executable, "-c", _IN_JAPANESE, code, str(shot)],
        capture_output=True,
        text=True,
        env=environment,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    menus = lines["MENUS"].split("|")
    translated = languages.translations_of(code, "MainWindow")
    assert menus[0] == translated["&File"] and menus[-1] == translated["&Help"] != "&Help"
    assert lines["DATE"] == {"ja": "2026/12/01 (火)", "id": "Sel, 1 Des 2026"}[code]
    # Qt's own standard buttons too (Qt ships no Indonesian, Vietnamese or Thai words for them).
    assert set(lines["BUTTONS"].split("|")) == {"ja": {"保存", "キャンセル"}, "id": {"Simpan", "Batal"}}[code]


# -- every visible word translated at run time ------------------------------------------------


def _known_messages() -> set[tuple[str, str]]:
    root = ET.parse(languages.translation_source("ja")).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _english_literals() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "ssc_desktop" / "views").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and sum(c.isalpha() for c in node.value) > 2
            ):
                found.add(node.value.replace("&", "").strip())
    from ssc_desktop.vocabulary import every_word

    return found | set(every_word())


class MarkingTranslator(QTranslator):
    """Marks what the .ts files know, so anything shown unmarked was never looked up right."""

    def __init__(self, known: set[tuple[str, str]]) -> None:
        super().__init__()
        self.known = known

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:
        # None, not "": an empty string would be taken as the translation and show nothing at all.
        return f"⟦{source}⟧" if (context, source) in self.known else None

    def isEmpty(self) -> bool:  # Qt's name
        return False


def _visible_texts(root: QWidget) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        kind = type(widget).__name__
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append((kind, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((kind, widget.title()))
        if isinstance(widget, QLineEdit):
            texts.append((kind + " placeholder", widget.placeholderText()))
        if isinstance(widget, QTabWidget):
            texts += [(kind, widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QComboBox):
            texts += [(kind, widget.itemText(i)) for i in range(widget.count())]
        header = getattr(widget, "horizontalHeader", None)
        if isinstance(widget, QAbstractItemView) and header is not None and widget.model() is not None:
            model = widget.model()
            texts += [
                (kind + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
                for c in range(header().count())
            ]
        if widget.toolTip():
            texts.append((kind + " tooltip", widget.toolTip()))
    return texts


def test_no_visible_word_of_the_views_is_left_untranslated(main_window, demo_copy, qtbot) -> None:
    translator = MarkingTranslator(_known_messages())
    app = QApplication.instance()
    app.installTranslator(translator)
    try:
        from ssc_desktop.views.main_window import MainWindow
        from ssc_desktop import app as app_module

        window = MainWindow(app_module.compose_for_window, app_module.create_demo)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.open_database(demo_copy)
        english = _english_literals()
        left: set[str] = set()
        for action in window.menuBar().actions():
            for text in [action.text(), *(sub.text() for sub in (action.menu().actions() if action.menu() else []))]:
                if text and "⟦" not in text and text.replace("&", "").strip() in english:
                    left.add(f"menu: {text}")
        for index, page in enumerate(window.pages):
            window._show_area(index)
            window.tasks.wait_for_all(10000)
            qtbot.wait(100)
            for kind, text in _visible_texts(page):
                if text and "⟦" not in text and text.replace("&", "").strip() in english:
                    left.add(f"{type(page).__name__} {kind}: {text}")
        window.tasks.wait_for_all(10000)
        window.context.close()
        window.context = None
    finally:
        app.removeTranslator(translator)
        QCoreApplication.processEvents()
        QLocale.setDefault(QLocale("en_GB"))
    assert not left, "\n".join(sorted(left))


@pytest.mark.parametrize(
    ("locale", "plain", "with_weekday"),
    [
        ("en_GB", "01 Dec 2026", "Tue 01 Dec 2026"),
        ("ja_JP", "2026/12/01", "2026/12/01 (火)"),
        ("id_ID", "1 Des 2026", "Sel, 1 Des 2026"),
        ("vi_VN", "01/12/2026", "Thứ 3, 01/12/2026"),
        ("th_TH", "1 ธ.ค. 2026", "อังคาร 1 ธ.ค. 2026"),
    ],
)
def test_dates_follow_the_language_with_the_full_year(locale: str, plain: str, with_weekday: str) -> None:
    from datetime import date

    from ssc_desktop.views.labels import date_text

    QLocale.setDefault(QLocale(locale))
    try:
        assert (date_text(date(2026, 12, 1)), date_text(date(2026, 12, 1), weekday=True)) == (plain, with_weekday)
    finally:
        QLocale.setDefault(QLocale("en_GB"))


def test_a_time_not_in_the_laptops_zone_says_whose_it_is() -> None:
    from datetime import datetime, timezone
    from zoneinfo import ZoneInfo

    from ssc_desktop.views.labels import zone_note

    moment = datetime(2026, 12, 1, 3, 0, tzinfo=timezone.utc)
    laptop = moment.astimezone().utcoffset()
    elsewhere = next(
        z for z in ("Asia/Kolkata", "Pacific/Kiritimati") if moment.astimezone(ZoneInfo(z)).utcoffset() != laptop
    )
    assert zone_note(ZoneInfo(elsewhere), moment) == f" ({elsewhere})"
    here = datetime.now().astimezone().tzinfo
    assert zone_note(here, moment) == ""
