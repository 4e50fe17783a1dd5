"""Two check-in stations on one database: Ctrl+Z at Door A takes back what Door A did, nothing else;
Door B checking in by hand someone Door A just let in is told where and when."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.views.checkin_station import CheckInStation
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import apply_theme

REUNION = "3rd SSC India Reunion"


@pytest.fixture
def two_doors(demo_copy, qtbot):
    """Door A and Door B: a station each, each over its own app context on the one demo file."""
    apply_theme(QApplication.instance())
    made = []
    for name in ("Door A", "Door B"):
        context = app_module.compose(demo_copy)
        event = next(e for e in context.services.events.list_events() if e.title == REUNION)
        tasks = TaskRunner()
        station = CheckInStation(context.services, event, tasks)
        station.station_name.setText(name)
        qtbot.addWidget(station)
        station.resize(1366, 768)
        station.show()
        qtbot.waitExposed(station)
        qtbot.waitUntil(lambda station=station: station.loaded, timeout=10000)
        made.append((station, context, tasks))
    yield made[0][0], made[1][0], made[0][1].services, event
    for station, context, tasks in made:
        station.close()
        tasks.wait_for_all(5000)
        context.close()


def waiting(services, event):
    return [
        r
        for r in services.registrations.list_registrations(event.id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None
    ]


def test_undo_at_door_a_never_takes_door_bs_re_entry(two_doors):
    door_a, door_b, services, event = two_doors
    person = waiting(services, event)[0]
    assert door_a.scan(services.tickets.code_for(person.id)).accepted
    # The person leaves and comes back in through Door B.
    door_b.search.setText(person.email)
    door_b.check_out_selected()
    door_b.search.setText(person.email)
    door_b.check_in_selected()
    assert door_b.last_display.colour == "green"

    door_a.undo_last()  # Door A's Ctrl+Z: its own check-in is no longer the latest
    assert door_a.last_display.colour == "red" and door_a.last_display.headline == "Nothing undone"
    assert "Door B" in door_a.last_display.reason
    now = services.registrations.get_registration(person.id)
    assert now.inside and now.station == "Door B"

    door_b.undo_last()  # Door B's takes back its re-entry: out again, Door A's visit stays
    assert door_b.last_display.headline == "Check-in undone"
    now = services.registrations.get_registration(person.id)
    assert not now.inside and now.station == "Door A" and now.checked_out_at is not None


def test_undo_after_another_desk_checked_the_person_out_keeps_the_visit(two_doors):
    door_a, door_b, services, event = two_doors
    person = waiting(services, event)[1]
    door_a.scan(services.tickets.code_for(person.id))
    door_b.search.setText(person.email)
    door_b.check_out_selected()
    door_a.undo_last()
    assert door_a.last_display.colour == "red" and "checked out" in door_a.last_display.reason
    assert services.registrations.get_registration(person.id).checked_out_at is not None
    assert not door_a.undo_button.isEnabled()


def test_each_desk_undoes_its_own_latest_scan_when_both_scanned(two_doors, qtbot):
    door_a, door_b, services, event = two_doors
    first, second = waiting(services, event)[2:4]
    door_a.scan(services.tickets.code_for(first.id))
    door_b.scan(services.tickets.code_for(second.id))  # the latest check-in of the event, at Door B
    door_a.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is door_a, timeout=5000)
    door_a.undo_last()
    assert services.registrations.get_registration(first.id).checked_in_at is None
    assert services.registrations.get_registration(second.id).inside  # Door B's stands


def test_a_walk_in_checked_in_at_a_desk_is_undone_there(two_doors):
    door_a, _door_b, services, event = two_doors
    from ssc_desktop.services.members import MemberDraft

    member = services.members.add_member(MemberDraft(latin_name="Walk In Person", email="walk.in@example.org"))
    outcome = services.registrations.register_walk_in(event.id, member.id, check_in=True, station="Door A")
    door_a.took_walk_in(outcome)
    assert door_a.undo_button.isEnabled()
    door_a.undo_last()
    assert door_a.last_display.headline == "Check-in undone"
    assert services.registrations.get_registration(outcome.registration.id).checked_in_at is None


def test_checking_in_by_hand_a_person_another_desk_just_let_in_says_where_and_when(two_doors):
    door_a, door_b, services, event = two_doors
    person = waiting(services, event)[4]
    door_b.search.setText(person.email)  # Door B finds the person in its list…
    assert door_a.scan(services.tickets.code_for(person.id)).accepted  # …as Door A scans their badge
    door_b.check_in_selected()
    shown = door_b.last_display
    assert shown.colour == "amber" and shown.headline == "Already checked in"
    at = services.registrations.get_registration(person.id).checked_in_at
    assert "Door A" in shown.reason and door_b.wording.time_text(at) in shown.reason
    assert "T" not in shown.reason.replace("Door A", "")  # a clock time, not an ISO timestamp
    assert services.registrations.get_registration(person.id).station == "Door A"  # one check-in, Door A's
