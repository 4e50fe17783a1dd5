"""Telling a keyboard-wedge scanner from a person typing: the timing rules and the Qt filter."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
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
        QApplication.sendEvent(
            other.search,
            QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(char.upper())), Qt.KeyboardModifier.NoModifier, char),
        )
    assert other.search.text() == "hello"
    assert scans == []
    scanner.remove()


# -- what real scanners send ---------------------------------------------------------------------


def test_a_stall_is_let_pass_only_once_the_keys_look_like_a_code():
    detector = ScanDetector()
    # "SSC1." and a Bluetooth stall of 90 ms: still one pile.
    assert feed(detector, "SSC1.2", 0, 5) == []
    assert detector.key("3", 25 + 90) == []
    assert detector.wait_ms() == detector.stall_ms
    # The same stall after keys that cannot start a code ends the pile: typing.
    other = ScanDetector()
    feed(other, "4901", 0, 5)
    assert other.wait_ms() == other.max_gap_ms
    assert other.key("2", 15 + 90) == list("4901")


def test_a_stall_right_after_the_first_key_of_a_code_is_let_pass():
    detector = ScanDetector()
    assert detector.key("S", 0) == []
    assert detector.key("S", 80) == []  # "SS" may still be a code
    feed(detector, "C1.2.3X.1.JYE22NN7D4ABC", 85, 5)
    assert detector.enter(85 + 23 * 5) == CODE


def test_someone_typing_ssc_by_hand_is_not_held_for_long():
    detector = ScanDetector()
    released = feed(detector, "SSC1.2.3X", 0, 110)  # a person: every gap a "stall"
    # Two stalls are let pass (a scanner may stall twice before any fast key); the third ends it.
    assert "".join(released).startswith("SSC")
    assert len(detector.pending) <= 3


def test_enter_after_a_stall_ends_a_scan_but_not_a_slow_non_code():
    detector = ScanDetector()
    feed(detector, CODE, 0, 5)
    assert detector.enter(len(CODE) * 5 + 80) == CODE
    feed(detector, "4901234567894", 10_000, 5)
    assert detector.enter(10_000 + 13 * 5 + 80) is None


def test_second_suffix_right_after_a_scan_is_its_cr_lf():
    detector = ScanDetector()
    feed(detector, CODE, 0, 5)
    assert detector.enter(130) == CODE
    assert detector.trailing_suffix(133)
    assert not detector.trailing_suffix(136)  # one, not every Enter after it
    feed(detector, CODE, 1000, 5)
    assert detector.enter(1130) == CODE
    assert not detector.trailing_suffix(1130 + 500)  # a person's Enter half a second later


def focused_window(qtbot):
    window, scanner, scans = shown_window(qtbot)
    window.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.search)
    returns: list[str] = []
    window.search.returnPressed.connect(lambda: returns.append(window.search.text()))
    return window, scanner, scans, returns


def test_shift_pressed_around_each_capital_does_not_break_the_burst(qtbot, wedge):
    window, scanner, scans, returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type(CODE, gaps=4)  # S, S, C, X, J... each between Shift press and release
    keys.enter()
    assert scans == [CODE]
    assert window.search.text() == "" and returns == []
    scanner.remove()


def test_caps_lock_on_gives_lower_case_and_is_still_a_scan(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.press(Qt.Key.Key_CapsLock)
    keys.type(CODE, gaps=3, caps_lock=True)  # the scanner's Shift now makes lower case
    keys.enter()
    assert scans == [CODE.swapcase()]
    assert window.search.text() == ""
    scanner.remove()


def test_tab_suffix_is_a_scan_and_does_not_move_the_focus(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type(CODE, gaps=6)
    keys.tab()
    assert scans == [CODE]
    assert QApplication.focusWidget() is window.search
    scanner.remove()


def test_cr_lf_suffix_makes_one_scan_and_its_second_enter_reaches_nobody(qtbot, wedge):
    window, scanner, scans, returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type(CODE, gaps=5)
    keys.enter()
    keys.enter(gap=2)  # LF, as a second Enter
    assert scans == [CODE] and returns == []
    keys.moment += 2_000
    keys.press(Qt.Key.Key_Return, "\r")  # the desk's own Enter later still works
    assert returns == [""]
    scanner.remove()


def test_prefix_and_suffix_characters_stay_in_the_scan(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.control("B")  # STX
    keys.type(CODE, gaps=5)
    keys.control("C")  # ETX
    keys.enter()
    keys.moment += 1_000
    keys.type("]Q1" + CODE, gaps=5)  # an AIM symbology prefix
    keys.enter()
    assert scans == ["\x02" + CODE + "\x03", "]Q1" + CODE]
    assert window.search.text() == ""
    scanner.remove()


@pytest.mark.parametrize("stalls", [{1: 80}, {3: 60, 14: 95}, {6: 50, 12: 100, 20: 75}])
def test_bluetooth_stalls_inside_a_code_do_not_split_it(qtbot, wedge, stalls):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    rhythm = random.Random(7)
    gaps = [stalls.get(i, rhythm.randint(1, 15)) for i in range(len(CODE))]
    keys.type(CODE, gaps=gaps)
    keys.enter(gap=rhythm.randint(1, 15))
    assert scans == [CODE]
    assert window.search.text() == ""
    scanner.remove()


def test_a_person_typing_with_shift_capitals_reaches_the_box_unchanged(qtbot, wedge):
    window, scanner, scans, returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type("Kulkarni Priya (SSC Pune)", gaps=130, qtbot=qtbot, wait_ms=3)
    qtbot.waitUntil(lambda: window.search.text() == "Kulkarni Priya (SSC Pune)", timeout=2000)
    keys.enter(gap=150)
    assert scans == [] and returns == ["Kulkarni Priya (SSC Pune)"]
    scanner.remove()


def test_a_person_typing_ssc_by_hand_sees_it_in_the_box(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type("SSC1.2.3X", gaps=120, qtbot=qtbot, wait_ms=3)
    qtbot.waitUntil(lambda: window.search.text() == "SSC1.2.3X", timeout=2000)
    assert scans == []
    scanner.remove()


def test_non_latin_keys_and_input_method_text_keep_their_order(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type("Мария ", gaps=140, qtbot=qtbot, wait_ms=3)  # a Russian layout types these as keys
    keys.type("a", gaps=140)  # held for a moment, as every key is...
    commit = QInputMethodEvent()
    commit.setCommitString("さくら")  # ...and an input method commits right after it
    QApplication.sendEvent(window.search, commit)
    assert window.search.text() == "Мария aさくら"
    assert scans == []
    scanner.remove()


# -- a scanner set to send no suffix at all: its burst ends in a pause -----------------------------


def test_a_fast_whole_code_ending_in_a_pause_is_a_scan():
    detector = ScanDetector()
    feed(detector, CODE, 0, 5)
    assert detector.expired(len(CODE) * 5 + detector.wait_ms() + 1)
    assert detector.ended_by_pause() == CODE
    assert detector.pending == ""
    # A scanner that does send Enter, late after a stall: that Enter is the scan's, it reaches nobody.
    assert detector.trailing_suffix(len(CODE) * 5 + detector.wait_ms() + 60)


@pytest.mark.parametrize(
    "burst",
    [
        "4901234567894",  # a product's barcode: not an SSC code
        CODE[:-1],  # a code cut short by a long stall
        "SSC1.2.3X.1",  # the start of one
    ],
)
def test_a_fast_burst_without_a_whole_code_ending_in_a_pause_is_typing(burst):
    detector = ScanDetector()
    feed(detector, burst, 0, 5)
    assert detector.ended_by_pause() is None
    assert "".join(detector.release()) == burst


def test_a_whole_code_typed_by_hand_never_piles_up_into_a_scan():
    detector = ScanDetector()
    released = feed(detector, CODE, 0, 110)  # a person, however fast they type a code
    assert len(detector.pending) < detector.min_length
    assert detector.ended_by_pause() is None
    assert "".join(released + detector.release()) == CODE


def test_no_suffix_scan_with_shift_capitals_and_stalls_leaves_nothing_in_the_box(qtbot, wedge):
    window, scanner, scans, returns = focused_window(qtbot)
    keys = wedge(window)
    gaps = [{4: 70, 17: 95}.get(i, 1 + i % 12) for i in range(len(CODE))]
    keys.type(CODE, gaps=gaps)  # and then nothing: no Enter, no Tab
    assert scans == [] and window.search.text() == ""  # held until the pause says it ended…
    qtbot.waitUntil(lambda: scans == [CODE], timeout=2000)  # …then a scan, never text in the box
    assert window.search.text() == "" and returns == []
    scanner.remove()


def test_no_suffix_scans_one_after_another_and_a_person_typing_between(qtbot, wedge):
    window, scanner, scans, returns = focused_window(qtbot)
    keys = wedge(window)
    other = CODE[:-4] + "WXYZ"
    keys.type(CODE, gaps=4)
    keys.moment += 400  # the next badge, while the timer has not had a chance to run
    keys.type(other, gaps=4)
    assert scans == [CODE]  # the pause was seen at the next key
    qtbot.waitUntil(lambda: scans == [CODE, other], timeout=2000)
    keys.moment += 1_000
    keys.type("Priya", gaps=140, qtbot=qtbot, wait_ms=3)
    qtbot.waitUntil(lambda: window.search.text() == "Priya", timeout=2000)
    keys.enter(gap=150)
    assert scans == [CODE, other] and returns == ["Priya"]
    scanner.remove()


def test_no_suffix_product_barcode_is_handed_on_as_typing(qtbot, wedge):
    window, scanner, scans, _returns = focused_window(qtbot)
    keys = wedge(window)
    keys.type("4901234567894", gaps=3)
    qtbot.waitUntil(lambda: window.search.text() == "4901234567894", timeout=2000)
    assert scans == []
    scanner.remove()
