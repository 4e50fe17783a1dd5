"""The check-in station with scanners as hardware really types, and the door laptop's start-up.

Key events are sent as Qt delivers them (see conftest.KeyboardWedge); every check-in is
read back from the database through the services, not taken from a signal.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.services import scanner_layouts
from ssc_desktop.services.checkin import VerdictKind
from ssc_desktop.views.checkin_station import CheckInStation
from ssc_desktop.views.startup import open_main_window
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import apply_theme

REUNION = "3rd SSC India Reunion"


@pytest.fixture
def desk(demo_copy, qtbot):
    apply_theme(QApplication.instance())
    context = app_module.compose(demo_copy)
    services = context.services
    event = next(e for e in services.events.list_events() if e.title == REUNION)
    tasks = TaskRunner()
    QSettings().setValue("checkin/camera", False)
    station = CheckInStation(services, event, tasks)
    station.set_desk_name("Door A")
    station.play_sound = lambda colour: setattr(station, "last_sound", colour)
    qtbot.addWidget(station)
    station.resize(1366, 768)
    station.show()
    qtbot.waitExposed(station)
    station.activateWindow()
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    yield station, services, event
    station.close()
    tasks.wait_for_all(5000)
    context.close()


def waiting(services, event, where=lambda code: True):
    """Registered people not checked in yet (and whose code satisfies where), with their codes."""
    people = []
    for row in services.registrations.list_registrations(event.id):
        if row.status == RegistrationStatus.REGISTERED and row.checked_in_at is None:
            code = services.tickets.code_for(row.id)
            if where(code):
                people.append((row, code))
    return people


def checked_in_here(services, row) -> bool:
    saved = services.registrations.get_registration(row.id)
    return saved.checked_in_at is not None and saved.station == "Door A"


def focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


# -- a US scanner on a US laptop ----------------------------------------------------------------


@pytest.mark.parametrize("where", ["window", "search", "desk name", "results", "list"])
def test_scan_with_shift_capitals_checks_in_wherever_the_focus_is(desk, qtbot, wedge, where):
    station, services, event = desk
    target = {
        "window": station,
        "search": station.search,
        "desk name": station.station_name,
        "results": station.results,
        "list": station.list_combo,
    }[where]
    focus(qtbot, target)
    list_before = station.list_combo.currentIndex()
    ((person, code),) = waiting(services, event)[:1]
    keys = wedge(station)
    keys.type(code, gaps=5)
    keys.enter()
    assert checked_in_here(services, person)
    assert station.last_verdict.kind is VerdictKind.ACCEPTED and station.last_display.colour == "green"
    assert station.search.text() == "" and station.station_name.text() == "Door A"
    assert station.list_combo.currentIndex() == list_before  # the code's letters chose no list
    assert QApplication.focusWidget() is target  # and its Enter or Tab moved nothing
    assert not station.layout_hint.isVisible()


def test_caps_lock_tab_suffix_and_stalls_check_in(desk, qtbot, wedge):
    station, services, event = desk
    focus(qtbot, station.search)
    (first, first_code), (second, second_code), (third, third_code) = waiting(services, event)[:3]
    keys = wedge(station)
    keys.press(Qt.Key.Key_CapsLock)
    keys.type(first_code, gaps=3, caps_lock=True)
    keys.tab()
    keys.press(Qt.Key.Key_CapsLock)
    rhythm = random.Random(3)
    keys.moment += 1000
    keys.type(
        second_code, gaps=[rhythm.choice([1, 4, 9, 15]) if i not in (2, 9, 17) else 85 for i in range(len(second_code))]
    )
    keys.enter(gap=12)
    keys.moment += 1000
    keys.control("B")  # STX before, ETX after: the scanner's own framing
    keys.type(third_code, gaps=5)
    keys.control("C")
    keys.enter()
    assert all(checked_in_here(services, person) for person in (first, second, third))
    assert QApplication.focusWidget() is station.search and station.search.text() == ""


@pytest.mark.parametrize("where", ["window", "search"])
def test_scanner_with_no_suffix_checks_in_after_its_burst(desk, qtbot, wedge, where):
    station, services, event = desk
    focus(qtbot, station if where == "window" else station.search)
    (chosen, _code), (person, code) = waiting(services, event)[:2]
    if where == "search":
        station.search.setText(chosen.email)  # someone was being looked up: the scan must not check them in
    keys = wedge(station)
    keys.type(code, gaps=[9 if i % 7 else 80 for i in range(len(code))])  # Bluetooth stalls, then nothing
    qtbot.waitUntil(lambda: checked_in_here(services, person), timeout=3000)
    assert station.last_display.colour == "green"
    assert station.search.text() == (chosen.email if where == "search" else "")
    assert services.registrations.get_registration(chosen.id).checked_in_at is None


def test_cr_lf_suffix_does_not_check_in_the_search_match(desk, qtbot, wedge):
    station, services, event = desk
    (chosen, _code), (scanned, code) = waiting(services, event)[:2]
    focus(qtbot, station.search)
    station.search.setText(chosen.email)  # the desk was looking someone up…
    assert station.selected_row().id == chosen.id
    keys = wedge(station)
    keys.type(code, gaps=4)  # …when a badge was scanned: code, CR, LF
    keys.enter()
    keys.enter(gap=1)
    assert checked_in_here(services, scanned)
    assert services.registrations.get_registration(chosen.id).checked_in_at is None


def test_a_person_typing_a_name_with_shift_still_searches_and_enter_checks_the_match_in(desk, qtbot, wedge):
    station, services, event = desk
    ((person, _code),) = waiting(services, event)[:1]
    focus(qtbot, station.search)
    keys = wedge(station)
    keys.type(person.email, gaps=130, qtbot=qtbot, wait_ms=2)
    qtbot.waitUntil(lambda: station.search.text() == person.email, timeout=3000)
    assert station.selected_row().id == person.id
    keys.enter(gap=200)
    assert checked_in_here(services, person)
    assert station.last_display.colour == "green"


# -- a US scanner on a laptop with another layout -------------------------------------------------


@pytest.mark.parametrize(
    "key, with_code, named",
    [
        ("fr", lambda code: True, "French (AZERTY)"),
        ("de", lambda code: "Y" in code or "Z" in code, "German or Swiss (QWERTZ)"),
        ("jp-kana", lambda code: True, "kana"),
    ],
)
def test_transliterated_code_checks_in_and_the_desk_is_told_once(desk, qtbot, wedge, key, with_code, named):
    station, services, event = desk
    layout = scanner_layouts.layout(key)
    (first, first_code), (second, second_code) = waiting(services, event, with_code)[:2]
    focus(qtbot, station.search)
    keys = wedge(station)
    keys.type(first_code, gaps=5, typed=layout.typed(first_code))
    keys.enter()
    assert checked_in_here(services, first)
    assert station.last_verdict.kind is VerdictKind.ACCEPTED and station.last_verdict.code == first_code
    assert key in [found.key for found in station.last_layouts]
    assert station.layout_hint.isVisible() and named in station.layout_hint.message.text()
    assert "codes are being corrected" in station.layout_hint.message.text()
    assert station.search.text() == ""
    # Dismissed, it stays away for this layout: the next scan through it only checks in.
    station.layout_hint.dismiss.click()
    keys.moment += 3000
    keys.type(second_code, gaps=5, typed=layout.typed(second_code))
    keys.enter()
    assert checked_in_here(services, second)
    assert not station.layout_hint.isVisible()


def test_caps_lock_on_a_french_laptop_is_read_too(desk, qtbot, wedge):
    station, services, event = desk
    ((person, code),) = waiting(services, event)[:1]
    keys = wedge(station)
    keys.type(code, gaps=6, typed=scanner_layouts.layout("fr").typed(code), caps_lock=True)  # é -> É
    keys.enter()
    assert checked_in_here(services, person)


def test_a_german_laptop_does_not_change_codes_without_y_or_z(desk, wedge):
    station, services, event = desk
    ((person, code),) = waiting(services, event, lambda c: "Y" not in c and "Z" not in c)[:1]
    keys = wedge(station)
    keys.type(code, gaps=5, typed=scanner_layouts.layout("de").typed(code))
    keys.enter()
    assert checked_in_here(services, person)
    assert station.last_layouts == () and not station.layout_hint.isVisible()


def test_junk_stays_red_and_forged_codes_are_not_rescued_by_a_layout(desk, wedge):
    station, services, event = desk
    ((person, code),) = waiting(services, event)[:1]
    station.scan("4901234567894")
    assert station.last_verdict.kind is VerdictKind.NOT_SSC and station.last_layouts == ()
    forged = code[:-2] + ("AA" if not code.endswith("AA") else "BB")
    station.scan(scanner_layouts.layout("fr").typed(forged))
    assert station.last_verdict.kind is VerdictKind.FORGED and station.last_display.colour == "red"
    assert services.registrations.get_registration(person.id).checked_in_at is None
    assert not station.layout_hint.isVisible()


# -- the search box ----------------------------------------------------------------------------------


def test_a_code_pasted_into_the_search_box_then_enter_checks_in(desk, qtbot):
    station, services, event = desk
    (first, code), (second, other_code) = waiting(services, event)[:2]
    focus(qtbot, station.search)
    station.search.setText("  " + code + " ")  # pasted, with the spaces a copy picks up
    qtbot.keyClick(station.search, Qt.Key.Key_Return)
    assert checked_in_here(services, first)
    assert station.search.text() == ""
    # Typed through a French layout into the box: read back, and the desk is told.
    station.search.setText(scanner_layouts.layout("fr").typed(other_code))
    qtbot.keyClick(station.search, Qt.Key.Key_Return)
    assert checked_in_here(services, second)
    assert station.layout_hint.isVisible()


def test_a_code_typed_by_hand_into_the_search_box_then_enter_checks_in(desk, qtbot, wedge):
    station, services, event = desk
    ((person, code),) = waiting(services, event)[:1]
    focus(qtbot, station.search)
    keys = wedge(station)
    keys.type(code.lower(), gaps=130, qtbot=qtbot, wait_ms=2)  # a person reading it off a badge
    qtbot.waitUntil(lambda: station.search.text() == code.lower(), timeout=5000)
    assert not checked_in_here(services, person)  # nothing happens before Enter…
    keys.enter(gap=200)
    assert checked_in_here(services, person)  # …then it is a scan, and the box is cleared
    assert station.search.text() == "" and station.last_display.colour == "green"


# -- the door laptop's start-up ----------------------------------------------------------------------


def test_parse_station_and_desk_arguments():
    args = app_module.parse_gui_args(["--db", "x.sqlite3", "--station", "2", "--desk", "Door A"])
    assert (args.db, args.station, args.desk) == ("x.sqlite3", 2, "Door A")
    assert app_module.parse_gui_args([]).station is None


def test_station_start_up_opens_full_screen_and_leaving_shows_the_main_window(demo_copy, qtbot):
    app = QApplication.instance()
    event = next(e for e in app_module.compose(demo_copy).services.events.list_events() if e.title == REUNION)
    QSettings().setValue("checkin/camera", False)
    window = open_main_window(
        app,
        app_module.compose,
        app_module.create_demo,
        db_target=str(demo_copy),
        station_event_id=event.id,
        desk=" Door A ",
    )
    assert window is not None
    qtbot.addWidget(window)
    station = window.checkin_page.station_window
    assert isinstance(station, CheckInStation) and station.target.id == event.id
    assert station.isFullScreen() and not window.isVisible()
    assert station.station == "Door A" and QSettings().value("checkin/station") == "Door A"
    assert window.current_event().id == event.id
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    station.close()
    qtbot.waitUntil(window.isVisible, timeout=2000)
    assert window.checkin_page.isVisible() and window.checkin_page.station.text() == "Door A"
    window.close()


def test_station_start_up_with_an_unknown_event_says_so(demo_copy, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: said.append((title, text)))
    window = open_main_window(
        QApplication.instance(),
        app_module.compose,
        app_module.create_demo,
        db_target=str(demo_copy),
        station_event_id=999,
    )
    assert window is None
    ((title, text),) = said
    assert title == "No such event" and "999" in text and REUNION in text
