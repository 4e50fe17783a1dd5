"""Telling a keyboard-wedge scanner from a person typing: the timing rules and the Qt filter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ssc_desktop.views.scanner_input import ScanDetector, ScannerKeyFilter

CODE = "SSC1.2.3X.1.JYE22NN7D4ABC"


def feed(detector: ScanDetector, text: str, start: float, gap: float) -> list:
    released = []
    for number, char in enumerate(text):
        released += detector.key(char, start + number * gap)
    return released


def test_fast_burst_ending_in_enter_is_a_scan():
    detector = ScanDetector()
    assert feed(detector, CODE, 1000, 4) == []
    assert detector.enter(1000 + len(CODE) * 4) == CODE
    assert detector.pending == ""


def test_slow_typing_is_released_key_by_key_and_enter_is_not_a_scan():
    detector = ScanDetector()
    released = feed(detector, "yamada taro", 1000, 120)
    # Each key is handed on as soon as the next one shows it was typed; the last one waits.
    assert "".join(released) == "yamada tar"
    assert detector.enter(1000 + 11 * 120) is None
    assert detector.release() == ["o"]


def test_short_fast_burst_is_typing():
    detector = ScanDetector()
    feed(detector, "abc1234", 0, 3)  # seven characters: below the minimum
    assert detector.enter(25) is None
    assert detector.release() == list("abc1234")


def test_slow_enter_after_a_fast_burst_is_not_a_scan():
    detector = ScanDetector()
    feed(detector, CODE, 0, 3)
    assert detector.enter(len(CODE) * 3 + 200) is None


def test_a_pause_inside_splits_typing_from_the_scan_after_it():
    detector = ScanDetector()
    typed = feed(detector, "ab", 0, 150)
    released = feed(detector, CODE, 1000, 5)
    assert typed == ["a"] and released == ["b"]
    assert detector.enter(1000 + len(CODE) * 5) == CODE


def test_expired_and_custom_limits():
    detector = ScanDetector(max_gap_ms=50, min_length=4)
    feed(detector, "ABCD", 0, 40)
    assert not detector.expired(150)
    assert detector.expired(200)
    assert detector.enter(160) == "ABCD"


# -- the Qt filter, with real key events and set timestamps --------------------------------------

class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        QVBoxLayout(self).addWidget(self.search)


def send_keys(window: QWidget, text: str, start: int, gap: int, qtbot=None, wait_ms: int = 0, enter: bool = True):
    moment = start
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_Period if char == "." else Qt.Key.Key_Space
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            event.setTimestamp(moment)
            QApplication.sendEvent(QApplication.focusWidget() or window, event)
        moment += gap
        if wait_ms and qtbot is not None:
            qtbot.wait(wait_ms)
    if enter:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r")
            event.setTimestamp(moment)
            QApplication.sendEvent(QApplication.focusWidget() or window, event)
    return moment


def shown_window(qtbot) -> tuple[Window, ScannerKeyFilter, list[str]]:
    window = Window()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    scanner = ScannerKeyFilter(window)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    scanner.install()
    return window, scanner, scans


def test_scan_while_the_search_box_has_focus_leaves_nothing_in_it(qtbot):
    window, scanner, scans = shown_window(qtbot)
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    returns = []
    window.search.returnPressed.connect(lambda: returns.append(window.search.text()))
    send_keys(window, CODE, 10_000, 4)
    assert scans == [CODE]
    assert window.search.text() == ""
    assert returns == []  # the scan's Enter did not reach the box either
    scanner.remove()


def test_slow_typing_reaches_the_search_box_unchanged(qtbot):
    window, scanner, scans = shown_window(qtbot)
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    returns = []
    window.search.returnPressed.connect(lambda: returns.append(window.search.text()))
    send_keys(window, "Kulkarni Priya", 50_000, 140, qtbot=qtbot, wait_ms=5)
    assert scans == []
    assert window.search.text() == "Kulkarni Priya"
    assert returns == ["Kulkarni Priya"]  # Enter still works for the person typing
    scanner.remove()


def test_held_keys_are_handed_on_when_nothing_follows(qtbot):
    window, scanner, scans = shown_window(qtbot)
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    send_keys(window, "abc", 90_000, 3, enter=False)  # fast, but never finished by Enter
    assert window.search.text() == ""  # held for a moment…
    qtbot.waitUntil(lambda: window.search.text() == "abc", timeout=1000)  # …then typed
    assert scans == []
    scanner.remove()


def test_keys_for_other_windows_are_left_alone(qtbot):
    _window, scanner, scans = shown_window(qtbot)
    other = Window()
    qtbot.addWidget(other)
    for char in "hello":
        QApplication.sendEvent(other.search, QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(char.upper())),
                                                       Qt.KeyboardModifier.NoModifier, char))
    assert other.search.text() == "hello"
    assert scans == []
    scanner.remove()
