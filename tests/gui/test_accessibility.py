"""Every page, and every dialog a page's "…" button or a "…" menu entry opens, on the demo reunion:
named for a screen reader, and walked with Tab in reading order; the sidebar and the menus from
the keyboard alone.

Dialogs are caught as they open: exec() shows the dialog, the checks run on it while it is up,
then it answers "cancelled" so the page carries on as if the person had pressed Esc. File pickers,
questions and input boxes answer "cancelled" at once (they are the platform's, named by it).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QWidget,
)

from tests.gui.accessibility_walk import accessible_name, tab_problems, unnamed

# exports_page.py and dashboard_page.py are being laid out again by another change: the
# exports' online-sessions list and roster search and the dashboard's report notes get their
# names there (setAccessibleName, or a label's setBuddy). Listed exactly, so that anything else
# unnamed still fails.
NAMED_ELSEWHERE = {
    "page exports: QListWidget in QFrame#Card",
    "page exports: QLineEdit placeholder='Search any script, e.g. sharma iit' in QFrame#Card",
    "page dashboard: QPlainTextEdit in QFrame#Card",
}

AREAS = [
    "events",
    "programme",
    "registrations",
    "members",
    "checkin",
    "dashboard",
    "contests",
    "exports",
    "certificates",
    "audit",
]


class DialogCatcher:
    """Runs the checks on every dialog that opens, then lets it answer "cancelled"."""

    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot
        self.seen: dict[str, QWidget] = {}
        self.unnamed: list[str] = []
        self.tab_problems: list[str] = []
        self.depth = 0

    def check(self, window: QWidget, where: str) -> None:
        QApplication.processEvents()
        for tabs in [None, *window.findChildren(QTabWidget)]:
            indexes = [None] if tabs is None or not tabs.isVisible() else range(tabs.count())
            for index in indexes:
                if index is not None:
                    tabs.setCurrentIndex(index)
                    QApplication.processEvents()
                self.unnamed += [u for u in unnamed(window, where) if u not in self.unnamed]
                if isinstance(window, QDialog):
                    self.tab_problems += [p for p in tab_problems(window, where) if p not in self.tab_problems]

    def dialog_opened(self, dialog: QDialog) -> None:
        where = type(dialog).__name__
        if isinstance(dialog, (QMessageBox, QFileDialog, QInputDialog)):
            return
        dialog.show()
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()
        try:
            self.qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
        except TimeoutError:
            pass  # offscreen may leave it inactive; the Tab walk follows the dialog's own focus widget
        self.seen.setdefault(where, dialog)
        self.check(dialog, where)
        if self.depth < 1:  # a dialog's own "…" buttons: one level down
            self.depth += 1
            self.press_dialog_buttons(dialog, where)
            self.depth -= 1
        dialog.reject()  # as Esc would: the dialog's own clean-up runs (a webcam's thread stops)

    def press_dialog_buttons(self, window: QWidget, where: str) -> None:
        for button in window.findChildren(QPushButton):
            if (
                button.isVisible()
                and button.isEnabled()
                and button.text().endswith("…")
                and button.menu() is None
                and button.window() is window
            ):
                self.run(button.click)

    def run(self, action) -> None:
        """Does action; a dialog it shows without exec() (a modeless one) is checked too."""
        before = set(QApplication.topLevelWidgets())
        action()
        QApplication.processEvents()
        for opened in set(QApplication.topLevelWidgets()) - before:
            if isinstance(opened, QDialog) and opened.isVisible():
                self.dialog_opened(opened)
                opened.close()
            elif opened.isWindow() and opened.isVisible() and opened.objectName() == "CheckInStation":
                self.qtbot.waitUntil(lambda w=opened: w.loaded, timeout=10000)
                self.check(opened, "check-in station")
                opened.close()  # stops its camera thread before the test ends

    def menus(self, window: QWidget) -> None:
        """Every menu entry that opens a dialog ("…", and About)."""
        for action in window.findChildren(QAction):
            text = action.text()
            if (text.endswith("…") or text.startswith("&About SSC")) and action.isEnabled() and action.menu() is None:
                self.run(action.trigger)


@pytest.fixture
def catcher(qtbot, monkeypatch):
    catching = DialogCatcher(qtbot)

    def exec_(dialog: QDialog) -> int:
        catching.dialog_opened(dialog)
        return 0

    monkeypatch.setattr(QDialog, "exec", exec_)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Cancel)
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    for name in ("getOpenFileName", "getSaveFileName", "getOpenFileNames"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *a, **k: QColor()))
    for name in ("getText", "getItem", "getInt", "getDouble", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *a, **k: ("", False)))
    yield catching
    # Nothing a dialog made is left behind without a parent (a leak Qt later trips on).
    strays = [
        type(w).__name__
        for w in QApplication.topLevelWidgets()
        if w.parentWidget() is None
        and not isinstance(w, (QDialog, QMenu))
        and w.objectName() != "MainWindow"
        and type(w).__name__ not in ("QFrame", "CheckInStation")
    ]
    assert strays == [], strays
    for window in QApplication.topLevelWidgets():  # the windows caught, closed for good
        if isinstance(window, QDialog) or window.objectName() == "CheckInStation":
            window.close()


def _open_demo(main_window, demo_copy, qtbot):
    assert main_window.open_database(demo_copy)
    main_window.show()
    qtbot.waitExposed(main_window)
    assert main_window.current_event() is not None and "Reunion" in main_window.current_event().title
    return main_window


def _settle(window) -> None:
    """The page shown with its data: its reads off the GUI thread done and their results shown."""
    for _ in range(3):
        window.tasks.wait_for_all(10000)
        QApplication.processEvents()


def _judge_mode(window) -> None:
    """Judge mode past its PIN (the PIN dialog, caught, answers "cancelled"): the scoring dialog."""
    from ssc_desktop.views.dialogs.judge_scoring_dialog import JudgeScoringDialog

    window.show_area("contests")
    page = window.contests_page
    judge = window.context.services.contests.list_judges(page.contest.id)[0]
    JudgeScoringDialog(window.context.services, judge.id, page).exec()


def test_every_control_of_every_page_and_dialog_has_a_name(main_window, demo_copy, qtbot, catcher) -> None:
    window = _open_demo(main_window, demo_copy, qtbot)
    for area in AREAS:
        window.show_area(area)
        _settle(window)
        catcher.check(window, f"page {area}")
        catcher.press_dialog_buttons(window, f"page {area}")
        window.show_area(area)
    catcher.menus(window)
    _judge_mode(window)
    # The station: its scan field, search, results and verdict.
    window.show_area("checkin")
    station = window.checkin_page.open_station(full_screen=False)
    qtbot.waitExposed(station)
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    catcher.check(station, "check-in station")
    station.close()
    # What was reached: the check is only worth something if the dialogs really opened.
    for expected in (
        "EventDialog",
        "BadgesDialog",
        "JudgePinDialog",
        "JudgeScoringDialog",
        "SmtpSettingsDialog",
        "AboutDialog",
        "RosterImportWizard",
        "CertificateTemplateDialog",
    ):
        assert expected in catcher.seen, sorted(catcher.seen)
    unnamed_here = [u for u in catcher.unnamed if u not in NAMED_ELSEWHERE]
    assert unnamed_here == [], "\n".join(unnamed_here)


def test_tab_walks_every_dialog_in_reading_order(main_window, demo_copy, qtbot, catcher) -> None:
    window = _open_demo(main_window, demo_copy, qtbot)
    unreachable = []
    for area in AREAS:
        window.show_area(area)
        _settle(window)
        # On a page every control (the table's actions' buttons too) is a Tab stop; the order of
        # a page's cards and columns is its layout's, not checked here.
        unreachable += [p for p in tab_problems(window, f"page {area}") if "never reaches" in p]
        catcher.press_dialog_buttons(window, f"page {area}")
    assert unreachable == [], "\n".join(unreachable)
    catcher.menus(window)
    _judge_mode(window)
    assert len(catcher.seen) >= 8 and "JudgeScoringDialog" in catcher.seen, sorted(catcher.seen)
    assert catcher.tab_problems == [], "\n".join(catcher.tab_problems)


def test_every_menu_and_its_entries_work_from_the_keyboard(main_window, demo_copy, qtbot) -> None:
    window = _open_demo(main_window, demo_copy, qtbot)
    without = []
    menus = window.menuBar().findChildren(QMenu)
    assert len(menus) >= 5
    for menu in menus:
        if not menu.title():
            continue  # Qt's own overflow menu for a narrow window
        if "&" not in menu.title():
            without.append(f"menu {menu.title()!r}")
        for action in menu.actions():  # (Open recent's entries, the files themselves, come as it opens)
            if not action.isSeparator() and "&" not in action.text() and action.shortcut().isEmpty():
                without.append(f"{menu.title()} ▸ {action.text()!r}")
    assert without == [], without


def test_the_pages_are_reached_from_the_keyboard(main_window, demo_copy, qtbot) -> None:
    window = _open_demo(main_window, demo_copy, qtbot)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.registrations_page
    assert window.registrations_page.isAncestorOf(QApplication.focusWidget())  # on the page's first control
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.audit_page
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
    assert window.navigation.hasFocus() and accessible_name(window.navigation) == "Pages"
    qtbot.keyClick(window.navigation, Qt.Key.Key_Up)  # the arrows move through the sidebar
    assert window.stack.currentWidget() is window.certificates_page


def test_the_station_s_bar_answers_its_keys(main_window, demo_copy, qtbot, monkeypatch) -> None:
    window = _open_demo(main_window, demo_copy, qtbot)
    window.show_area("checkin")
    window.checkin_page.station.setText("Door A")  # a named desk: no dialog asks first
    station = window.checkin_page.open_station(full_screen=False)
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    station.activateWindow()
    qtbot.waitUntil(station.isActiveWindow)
    pressed = []
    for button in (station.walk_in_button, station.lists_button):
        button.clicked.disconnect()
        button.clicked.connect(lambda _checked=False, b=button: pressed.append(b.text()))
    toggled = []
    station.camera_button.toggled.connect(toggled.append)  # no camera here: it goes back off at once
    for key in (Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4):
        qtbot.keyClick(QApplication.focusWidget() or station, key)
    assert pressed == [station.walk_in_button.text(), station.lists_button.text()]
    assert toggled[:1] == [True]
    assert "F2" in station.walk_in_button.toolTip()
    # The scan field and the verdict have names a screen reader says.
    assert accessible_name(station.search) and station.panel.accessibleName() == "Verdict"
    assert "Ready" in station.panel.accessibleDescription()
    station.close()
    window.tasks.wait_for_all(5000)
