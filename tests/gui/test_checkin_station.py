"""The full-screen check-in station on a copy of the demo database."""

from __future__ import annotations

import time

import pytest
import qrcode
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.services.checkin import VerdictKind
from ssc_desktop.views.camera_scanner import CameraScanner, decode_frame
from ssc_desktop.views.checkin_station import CheckInStation
from ssc_desktop.views.dialogs.desk_name_dialog import DeskNameDialog
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
    station = CheckInStation(services, event, tasks)
    qtbot.addWidget(station)
    station.resize(1920, 1080)
    station.show()
    qtbot.waitExposed(station)
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    yield station, services, event
    station.close()
    tasks.wait_for_all(5000)
    context.close()


def waiting(services, event, role: RegistrationRole | None = None):
    return [
        r
        for r in services.registrations.list_registrations(event.id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None and (role is None or r.role == role)
    ]


def qr_image(text: str, scale: int = 6, size: tuple[int, int] = (1280, 720)) -> QImage:
    """A grey webcam-sized frame with a QR (made by the qrcode package) in its middle."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=4)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix) * scale
    width, height = size
    top, left = (height - side) // 2, (width - side) // 2
    wall = bytes([200]) * width
    pixels = bytearray(wall * height)
    for y, modules in enumerate(matrix):
        line = b"".join((b"\x00" if dark else b"\xff") * scale for dark in modules)
        for row in range(top + y * scale, top + (y + 1) * scale):
            pixels[row * width + left : row * width + left + side] = line
    return QImage(bytes(pixels), width, height, width, QImage.Format.Format_Grayscale8).copy()


def scanner_burst(station: CheckInStation, text: str, start: int, gap: int = 4) -> None:
    """What a keyboard-wedge scanner sends: fast key presses, then Enter, to whatever has focus."""
    moment = start
    for char in text + "\r":
        key = Qt.Key.Key_Return if char == "\r" else (Qt.Key.Key_Period if char == "." else Qt.Key(ord(char.upper())))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key_event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char)
            key_event.setTimestamp(moment)
            QApplication.sendEvent(QApplication.focusWidget() or station, key_event)
        moment += gap


# -- verdicts ----------------------------------------------------------------------------------------


def test_accepted_is_green_with_both_names_role_and_desk_errand(desk):
    station, services, event = desk
    speaker = next(r for r in waiting(services, event, RegistrationRole.SPEAKER) if r.native_name)
    arrived = station.arrived_count
    verdict = station.scan(services.tickets.code_for(speaker.id))
    assert verdict.kind is VerdictKind.ACCEPTED
    shown = station.last_display
    assert shown.colour == "green" and station.last_sound == "green"
    assert shown.native_name == speaker.native_name and shown.latin_name == speaker.latin_name
    assert "Speaker" in shown.details and speaker.affiliation in shown.details
    assert "green room" in shown.notes
    assert station.native_name.text() == speaker.native_name and station.native_name.font().pixelSize() >= 80
    assert station.arrived_count == arrived + 1
    # Committed before it showed.
    assert services.registrations.get_registration(speaker.id).checked_in_at is not None


def test_desk_note_and_judge_errand_are_shown(desk):
    station, services, event = desk
    judge = waiting(services, event, RegistrationRole.JUDGE)[0]
    services.desk_notes.set_desk_note(judge.id, "Vegetarian meal")
    station.scan(services.tickets.code_for(judge.id))
    assert "scoring kit" in station.last_display.notes
    assert "Vegetarian meal" in station.last_display.notes


def test_already_checked_in_is_amber_with_time_and_station(desk, qtbot):
    station, services, event = desk
    person = waiting(services, event)[0]
    services.checkin.check_in(person.id, "Gate 2")
    station.scan(services.tickets.code_for(person.id))
    shown = station.last_display
    assert station.last_verdict.kind is VerdictKind.ALREADY_CHECKED_IN
    assert shown.colour == "amber" and station.last_sound == "amber"
    assert "Gate 2" in shown.reason and ":" in shown.reason  # the time, in the event's zone


@pytest.mark.parametrize(
    "status, words", [(RegistrationStatus.CANCELLED, "cancelled"), (RegistrationStatus.WAITLISTED, "waiting list")]
)
def test_cancelled_and_waitlisted_are_red_with_the_reason(desk, status, words):
    station, services, event = desk
    person = next(r for r in services.registrations.list_registrations(event.id) if r.status == status)
    station.scan(services.tickets.code_for(person.id))
    shown = station.last_display
    assert shown.colour == "red" and station.last_sound == "red"
    assert words in shown.reason and shown.latin_name + shown.native_name
    assert services.registrations.get_registration(person.id).checked_in_at is None


def test_another_event_is_red_and_named(desk):
    station, services, event = desk
    other = next(e for e in services.events.list_events() if e.id != event.id and e.registered)
    person = services.registrations.list_registrations(other.id)[0]
    station.scan(services.tickets.code_for(person.id))
    assert station.last_display.colour == "red"
    assert other.title in station.last_display.reason


def test_reissued_forged_and_foreign_codes_are_red(desk):
    station, services, event = desk
    people = waiting(services, event)
    old = services.tickets.code_for(people[0].id)
    services.tickets.reissue(people[0].id)
    station.scan(old)
    assert station.last_verdict.kind is VerdictKind.REVOKED and "re-issued" in station.last_display.reason
    good = services.tickets.code_for(people[1].id)
    station.scan(good[:-2] + ("AA" if not good.endswith("AA") else "BB"))
    assert station.last_verdict.kind is VerdictKind.FORGED and "Forged or damaged" in station.last_display.reason
    station.scan("4901234567894")
    assert station.last_verdict.kind is VerdictKind.NOT_SSC and "Not an SSC" in station.last_display.reason
    assert station.last_display.colour == "red"
    assert services.registrations.get_registration(people[1].id).checked_in_at is None


def test_same_code_twice_within_two_seconds_shows_once(desk):
    station, services, event = desk
    person = waiting(services, event)[0]
    code = services.tickets.code_for(person.id)
    station.scan(code)
    shown, arrived = station.verdicts_shown, station.arrived_count
    again = station.scan(code)
    assert again.repeat
    assert station.verdicts_shown == shown and station.repeats_ignored == 1
    assert station.last_display.colour == "green"  # not turned amber by the scanner's double read
    assert station.arrived_count == arrived


# -- inputs ----------------------------------------------------------------------------------------------


def test_scanner_burst_without_focus_checks_in(desk, qtbot):
    station, services, event = desk
    station.activateWindow()
    station.setFocus()
    person = waiting(services, event)[0]
    scanner_burst(station, services.tickets.code_for(person.id), start=100_000)
    assert station.last_display.colour == "green"
    assert station.last_display.latin_name in (person.latin_name, "")
    assert services.registrations.get_registration(person.id).checked_in_at is not None


def test_scanner_burst_while_typing_in_search_is_a_scan_not_text(desk, qtbot):
    station, services, event = desk
    station.activateWindow()
    station.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.search)
    person = waiting(services, event)[1]
    scanner_burst(station, services.tickets.code_for(person.id), start=200_000)
    assert station.search.text() == ""
    assert station.last_verdict.kind is VerdictKind.ACCEPTED
    assert station.last_verdict.registration.id == person.id


def test_typing_slowly_in_search_does_not_check_in(desk, qtbot):
    station, services, event = desk
    station.activateWindow()
    station.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.search)
    person = waiting(services, event)[0]
    shown = station.verdicts_shown
    name = person.latin_name.split()[0]
    moment = 300_000
    for char in name:
        key_event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key(ord(char.upper())), Qt.KeyboardModifier.NoModifier, char)
        key_event.setTimestamp(moment)
        QApplication.sendEvent(station.search, key_event)
        moment += 150
        qtbot.wait(5)
    qtbot.waitUntil(lambda: station.search.text() == name, timeout=2000)
    assert station.verdicts_shown == shown
    assert station.results_model.rowCount() >= 1
    assert services.registrations.get_registration(person.id).checked_in_at is None


def test_search_in_any_script_and_enter_checks_in(desk, qtbot):
    station, services, event = desk
    person = next(r for r in waiting(services, event) if r.native_name and not r.native_name.isascii())
    station.search.setText(person.native_name)
    assert person.id in [r.id for r in station.results_model.rows()]
    station.results.selectRow([r.id for r in station.results_model.rows()].index(person.id))
    station.check_in_selected()
    assert station.last_display.colour == "green"
    assert services.registrations.get_registration(person.id).checked_in_at is not None
    # A misspelt Latin name still finds them (fuzzy).
    surname = max(person.latin_name.split(), key=len)
    if len(surname) >= 5:
        station.search.setText(surname[:2] + surname[3:] if surname[2] != surname[3] else surname + "x")
        assert person.id in [r.id for r in station.results_model.rows()]


# -- actions ------------------------------------------------------------------------------------------


def test_undo_last_check_in(desk, qtbot):
    station, services, event = desk
    person = waiting(services, event)[0]
    before = station.arrived_count
    station.scan(services.tickets.code_for(person.id))
    assert station.arrived_count == before + 1 and station.undo_button.isEnabled()
    qtbot.keyClick(station, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert station.arrived_count == before
    assert services.registrations.get_registration(person.id).checked_in_at is None
    assert "undone" in station.last_display.headline
    assert not station.undo_button.isEnabled()
    # Ctrl+Z works while the search box has focus too.
    other = waiting(services, event)[1]
    station.activateWindow()
    station.scan(services.tickets.code_for(other.id))
    assert services.registrations.get_registration(other.id).checked_in_at is not None
    station.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is station.search)
    qtbot.keyClick(station.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert services.registrations.get_registration(other.id).checked_in_at is None


def test_check_out_and_re_entry_from_search(desk):
    station, services, event = desk
    person = waiting(services, event)[0]
    station.scan(services.tickets.code_for(person.id))
    station.search.setText(person.email)
    assert station.results_model.rowCount() == 1
    assert station.check_out_button.isEnabled() and not station.check_in_button.isEnabled()
    station.check_out_selected()
    assert not services.registrations.get_registration(person.id).inside
    assert station.last_display.headline == "Checked out"
    assert station.check_in_button.isEnabled() and "again" in station.check_in_button.text()
    station.check_in_selected()
    assert station.last_display.colour == "green" and "back" in station.last_display.headline
    assert services.registrations.get_registration(person.id).inside


def test_counters_follow_scans_by_role_and_chapter(desk):
    station, services, event = desk
    person = waiting(services, event, RegistrationRole.STAFF)[0]
    rows = services.registrations.list_registrations(event.id)
    active = [r for r in rows if r.status == RegistrationStatus.REGISTERED]
    arrived = [r for r in active if r.checked_in_at is not None]
    assert station.counter.text() == f"{len(arrived):,} / {len(active):,}"
    staff_before = sum(1 for r in arrived if r.role == RegistrationRole.STAFF)
    chapter_before = sum(1 for r in arrived if r.chapter_name == person.chapter_name)
    station.scan(services.tickets.code_for(person.id))
    assert station.counter.text() == f"{len(arrived) + 1:,} / {len(active):,}"
    assert f"Staff {staff_before + 1}/" in station.by_role.text()
    assert (
        f"{person.chapter_name} {chapter_before + 1}/" in station.by_chapter.text()
        or "more" in station.by_chapter.text()
    )


def test_refresh_picks_up_other_laptops(desk, qtbot):
    station, services, event = desk
    before = station.arrived_count
    person = waiting(services, event)[0]
    services.checkin.check_in(person.id, "Other laptop")  # as another station on the shared file would
    station.refresh()
    qtbot.waitUntil(lambda: station.arrived_count == before + 1, timeout=5000)


def test_check_in_lists_count_on_their_own(desk, qtbot):
    station, services, event = desk
    station.create_list("Poster session")
    assert station.list_combo.currentText() == "Poster session"
    assert station.arrived_count == 0
    door_before = station._tally.arrived
    person = waiting(services, event)[0]
    station.scan(services.tickets.code_for(person.id))
    assert station.last_display.colour == "green"
    assert station.arrived_count == 1
    assert station._tally.arrived == door_before  # a part of the day is not the door
    qtbot.waitUntil(lambda: not station._refreshing, timeout=5000)
    station.refresh()
    qtbot.waitUntil(lambda: not station._refreshing, timeout=5000)
    assert station.arrived_count == 1


def test_walk_in_hook_asks_for_a_badge(desk, qtbot):
    station, services, event = desk
    from ssc_desktop.services.members import MemberDraft

    member = services.members.add_member(MemberDraft(latin_name="Walk In Person", email="walk.in@example.org"))
    outcome = services.registrations.register_walk_in(event.id, member.id, check_in=True, station="Desk")
    with qtbot.waitSignal(station.badge_wanted) as wanted:
        station.took_walk_in(outcome)
    assert wanted.args == [outcome.registration.id]
    assert station.last_display.colour == "green"


# -- camera ----------------------------------------------------------------------------------------------


def test_no_camera_says_so(desk):
    station, _services, _event = desk
    from PySide6.QtMultimedia import QMediaDevices

    if QMediaDevices.videoInputs():
        pytest.skip("this machine has a camera")
    assert "No camera found" in station.camera.message.text()
    assert not station.camera_button.isChecked()


def test_decoder_reads_a_qr_from_a_webcam_sized_frame(qapp):
    code = "SSC1.2.3X.1.JYE22NN7D4ABC"
    frame = qr_image(code, scale=8)
    assert decode_frame(frame) == [code]
    colour = frame.convertToFormat(QImage.Format.Format_RGB32)  # what a camera hands over
    assert decode_frame(colour) == [code]
    started = time.perf_counter()
    decode_frame(colour)
    assert time.perf_counter() - started < 0.5  # the bench target is 30 ms; CI machines are slow
    blank = QImage(1280, 720, QImage.Format.Format_Grayscale8)
    blank.fill(255)
    assert decode_frame(blank) == [] and decode_frame(QImage()) == []


def test_camera_frames_are_decoded_off_the_gui_thread_one_at_a_time(qtbot):
    scanner = CameraScanner()
    qtbot.addWidget(scanner)
    code = "SSC1.2.3X.1.JYE22NN7D4ABC"
    frame = qr_image(code, scale=8)
    with qtbot.waitSignal(scanner.code_read, timeout=5000) as read:
        assert scanner.feed_frame(frame)
        assert not scanner.feed_frame(frame)  # one in flight: the next is dropped
    assert read.args == [code]
    assert scanner.frames_dropped == 1
    qtbot.waitUntil(lambda: not scanner._busy, timeout=2000)
    # The same badge still in front of the lens is not passed on again.
    seen = []
    scanner.code_read.connect(seen.append)
    scanner.feed_frame(frame)
    qtbot.waitUntil(lambda: not scanner._busy, timeout=2000)
    qtbot.wait(50)
    assert seen == []
    scanner.shutdown()


def test_camera_code_checks_in_through_the_station(desk, qtbot):
    station, services, event = desk
    person = waiting(services, event)[0]
    frame = qr_image(services.tickets.code_for(person.id), scale=8)
    station.camera.feed_frame(frame)
    qtbot.waitUntil(lambda: station.last_verdict is not None, timeout=5000)
    assert station.last_verdict.kind is VerdictKind.ACCEPTED


def test_page_button_opens_the_station(main_window, demo_copy, qtbot):
    main_window.open_database(demo_copy)
    main_window.show_area("checkin")  # a page is given its data when it is shown
    page = main_window.checkin_page
    qtbot.waitUntil(lambda: page.open_station_button.isEnabled(), timeout=10000)
    page.station.clear()  # a laptop that has never named its desk
    station = page.open_station(full_screen=False)
    assert isinstance(station, CheckInStation) and station.isWindow()
    # First time on this laptop: a small dialog asks the desk's name (not the host name).
    dialog = station.findChild(DeskNameDialog)
    assert dialog is not None and dialog.isVisible() and station.station == ""
    dialog.name.setText("Door A ")
    dialog.accept()
    assert station.station == "Door A" and QSettings().value("checkin/station") == "Door A"
    qtbot.waitUntil(lambda: station.loaded, timeout=10000)
    qtbot.keyClick(station, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.station_window is None, timeout=2000)
    assert page.station.text() == "Door A"
    # Remembered: the next station opens without asking.
    again = page.open_station(full_screen=False)
    assert again.station == "Door A" and again.findChild(DeskNameDialog) is None
    again.close()
    main_window.tasks.wait_for_all(5000)


def test_desk_note_left_at_the_station_shows_on_the_next_verdict(desk, qtbot, monkeypatch):
    from ssc_desktop.views.dialogs.desk_note_dialog import DeskNoteDialog

    station, services, event = desk
    person = next(r for r in waiting(services, event) if not r.desk_note)
    station.search.setText(person.latin_name)
    station.results.selectRow([r.id for r in station.results_model.rows()].index(person.id))
    assert station.note_button.isEnabled()

    def write(dialog: DeskNoteDialog) -> int:
        dialog.editor.setPlainText("Wheelchair access: use the ramp at gate 2")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(DeskNoteDialog, "exec", write)
    station.edit_desk_note()
    assert station.selected_row().desk_note == "Wheelchair access: use the ramp at gate 2"
    station.check_in_selected()
    assert station.last_display.colour == "green"
    assert "ramp at gate 2" in " ".join(station.desk_notes(services.registrations.get_registration(person.id)))


def test_lists_dialog_adds_ties_renames_and_deletes_with_its_check_ins(desk, qtbot, qtmodeltester, monkeypatch):
    from ssc_desktop.views.dialogs.checkin_lists_dialog import CheckInListsDialog

    station, services, event = desk
    dialog = CheckInListsDialog(services, event, station)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    items = services.programme.list_items(event.id)
    existing = len(services.checkin_lists.list_lists(event.id))
    dialog.name.setText("Alumni lunch")
    dialog.item.setCurrentIndex(dialog.item.findData(items[1].id))
    dialog.add_list()
    seminar = dialog.selected()
    assert seminar is not None, (dialog.message.text(), dialog.model.rowCount(), dialog.proxy.rowCount())
    assert seminar.name == "Alumni lunch" and seminar.programme_item_id == items[1].id
    # The same name twice is refused, with the reason in the dialog.
    dialog.table.clearSelection()
    dialog.add_list()
    assert "Alumni lunch" in dialog.message.text()
    assert len(services.checkin_lists.list_lists(event.id)) == existing + 1

    dialog.reload(select=seminar.id)
    dialog.name.setText("Alumni lunch (garden)")
    dialog.item.setCurrentIndex(0)  # the whole event
    dialog.save_list()
    saved = services.checkin_lists.get_list(seminar.id)
    assert saved.name == "Alumni lunch (garden)" and saved.programme_item_id is None

    person = waiting(services, event)[0]
    services.checkin.check_in(person.id, "Hall B", list_id=seminar.id)
    door_before = services.registrations.counts(event.id).checked_in
    dialog.reload(select=seminar.id)
    asked = []
    monkeypatch.setattr(dialog, "confirm", lambda title, text: asked.append(text) or False)
    dialog.delete_list()
    assert asked and "1 check-in" in asked[0]
    assert len(services.checkin_lists.list_lists(event.id)) == existing + 1  # said no: kept
    monkeypatch.setattr(dialog, "confirm", lambda title, text: True)
    dialog.delete_list()
    assert seminar.id not in [x.id for x in services.checkin_lists.list_lists(event.id)]
    assert services.registrations.counts(event.id).checked_in == door_before
    assert dialog.model.rowCount() == existing

    # The station picks up the change when the dialog closes.
    monkeypatch.setattr(
        CheckInListsDialog, "exec", lambda self: (self.name.setText("Farewell dinner"), self.add_list())
    )
    station.manage_lists()
    assert "Farewell dinner" in [station.list_combo.itemText(i) for i in range(station.list_combo.count())]
