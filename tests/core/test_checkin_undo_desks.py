"""Undo with several desks: a desk's Ctrl+Z takes back the check-in that desk made, never another's.

The station undoes by the check-in's identity (CheckIn.uid: ScanVerdict.check_in_uid for a
scan, the uid it gave check_in for a check-in by hand, WalkIn.check_in_uid for a walk-in).
Each desk here is an AppContext of its own on one database (a SQLite file, and PostgreSQL
when SSC_TEST_PG_URL is set), as laptops sharing it are; the "at once" cases line the desks
up on a barrier in threads of their own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from ssc_desktop.app import AppContext, compose
from ssc_desktop.db import database_url
from ssc_desktop.errors import DomainError
from ssc_desktop.messages import MESSAGES
from ssc_desktop.services.checkin import new_check_in_uid


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "undo.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def event(url: str, build_event):
    """(event id, {registration id: code}) of an event with 8 registered people."""
    return build_event(url, 8)


@pytest.fixture
def desks(url: str) -> Iterator[tuple[AppContext, AppContext]]:
    """Door A and Door B: two app contexts on the one database."""
    door_a, door_b = compose(url), compose(url)
    try:
        yield door_a, door_b
    finally:
        door_a.close()
        door_b.close()


def rows(url: str, registration_id: int) -> list[tuple[str, bool, bool]]:
    """(station, undone, checked out) of the person's door check-ins, oldest first."""
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            return [
                (r[0], bool(r[1]), bool(r[2]))
                for r in connection.execute(
                    text(
                        "SELECT station, undone, checked_out_at IS NOT NULL FROM check_ins "
                        "WHERE registration_id = :id AND list_id IS NULL ORDER BY id"
                    ),
                    {"id": registration_id},
                )
            ]
    finally:
        engine.dispose()


def refused(call: Callable[[], object]) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def test_undo_at_door_a_after_a_re_entry_at_door_b_undoes_nothing(url, event, desks) -> None:
    event_id, codes = event
    door_a, door_b = desks
    person, code = next(iter(codes.items()))
    verdict = door_a.services.checkin.scan(event_id, code, station="Door A")
    assert verdict.accepted and verdict.check_in_uid
    door_b.services.checkin.check_out(person, station="Door B")
    again = new_check_in_uid()
    door_b.services.checkin.check_in(person, "Door B", uid=again)  # re-entry at the other desk

    error = refused(
        lambda: door_a.services.checkin.undo_check_in(person, station="Door A", check_in_uid=verdict.check_in_uid)
    )
    assert error.code == "checkin.undo_overtaken" and error.params["station"] == "Door B"
    assert "Door B" in str(error) and error.code in MESSAGES
    assert rows(url, person) == [("Door A", False, True), ("Door B", False, False)]  # nothing changed

    # Door B's own undo takes back its re-entry: the person is out again, Door A's visit stands.
    after = door_b.services.checkin.undo_check_in(person, station="Door B", check_in_uid=again)
    assert not after.inside and after.checked_out_at is not None
    assert rows(url, person) == [("Door A", False, True), ("Door B", True, False)]


def test_undo_of_a_check_in_another_desk_checked_out_keeps_the_visit(url, event, desks) -> None:
    event_id, codes = event
    door_a, door_b = desks
    person, code = list(codes.items())[1]
    verdict = door_a.services.checkin.scan(event_id, code, station="Door A")
    door_b.services.checkin.check_out(person, station="Door B")
    error = refused(
        lambda: door_a.services.checkin.undo_check_in(person, station="Door A", check_in_uid=verdict.check_in_uid)
    )
    assert error.code == "checkin.undo_after_check_out" and error.code in MESSAGES
    assert rows(url, person) == [("Door A", False, True)]


def test_undo_of_a_check_in_already_undone_elsewhere_leaves_the_new_one(url, event, desks) -> None:
    event_id, codes = event
    door_a, door_b = desks
    person, code = list(codes.items())[2]
    verdict = door_a.services.checkin.scan(event_id, code, station="Door A")
    door_b.services.checkin.undo_check_in(person, station="Door B")  # the Check-in page's undo of the person
    assert door_b.services.checkin.scan(event_id, code, station="Door B").accepted  # and in again at B
    error = refused(
        lambda: door_a.services.checkin.undo_check_in(person, station="Door A", check_in_uid=verdict.check_in_uid)
    )
    assert error.code == "checkin.nothing_to_undo"
    assert rows(url, person) == [("Door A", True, False), ("Door B", False, False)]


def test_undo_of_a_check_in_on_another_list_is_refused(url, event, desks) -> None:
    event_id, codes = event
    door_a, _door_b = desks
    person, code = list(codes.items())[3]
    banquet = door_a.services.checkin_lists.create_list(event_id, "Banquet")
    at_door = door_a.services.checkin.scan(event_id, code, station="Door A")
    on_list = door_a.services.checkin.scan(event_id, code, station="Door A", list_id=banquet.id)
    assert at_door.accepted and on_list.accepted
    # The banquet's check-in is not the door's: naming it for the door undoes nothing.
    error = refused(lambda: door_a.services.checkin.undo_check_in(person, None, "Door A", on_list.check_in_uid))
    assert error.code == "checkin.nothing_to_undo"
    door_a.services.checkin.undo_check_in(person, banquet.id, "Door A", on_list.check_in_uid)
    assert rows(url, person) == [("Door A", False, False)]  # the door's check-in stands


def test_undo_by_hand_and_walk_in_check_ins_by_their_uid(url, event, desks) -> None:
    event_id, codes = event
    door_a, door_b = desks
    person = list(codes)[4]
    mine = new_check_in_uid()
    row = door_a.services.checkin.check_in(person, "Door A", uid=mine)
    assert row.inside and row.station == "Door A"
    assert door_a.services.checkin.undo_check_in(person, station="Door A", check_in_uid=mine).checked_in_at is None

    from ssc_desktop.services.members import MemberDraft

    member = door_b.services.members.add_member(
        MemberDraft(latin_name="Walk In", email="walk.in@example.org", country="India")
    )
    walk_in = door_b.services.registrations.register_walk_in(event_id, member.id, check_in=True, station="Door B")
    assert walk_in.checked_in and walk_in.check_in_uid
    # Door A cannot take back Door B's walk-in with its own (stale) uid; Door B can with the walk-in's.
    assert (
        refused(
            lambda: door_a.services.checkin.undo_check_in(walk_in.registration.id, station="Door A", check_in_uid=mine)
        ).code
        == "checkin.nothing_to_undo"
    )
    undone = door_b.services.checkin.undo_check_in(
        walk_in.registration.id, station="Door B", check_in_uid=walk_in.check_in_uid
    )
    assert undone.checked_in_at is None


def at_once(url: str, calls: list[Callable]) -> list[object]:
    """call(services) for each call on a desk of its own, released together; a result or the exception."""
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def desk(n: int) -> None:
        context = compose(url)  # in the desk's thread: SQLite connections stay with their thread
        try:
            context.services.checkin.scan(-1, "warm-up")
            barrier.wait(timeout=60)
            try:
                results[n] = calls[n](context.services)
            except Exception as error:  # noqa: BLE001 -- the verdict under test
                results[n] = error
        finally:
            context.close()

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def test_undo_at_one_desk_while_another_checks_out_or_scans(url, event, desks) -> None:
    """Either order is right; an undo never takes the other desk's check-in, and nobody stands twice."""
    event_id, codes = event
    door_a, _door_b = desks
    out_person, scan_person = list(codes)[5], list(codes)[6]
    first = door_a.services.checkin.scan(event_id, codes[out_person], station="Door A")
    undo = lambda s: s.checkin.undo_check_in(out_person, station="Door A", check_in_uid=first.check_in_uid)  # noqa: E731
    results = at_once(url, [undo, lambda s: s.checkin.check_out(out_person, station="Door B")])
    errors = [r for r in results if isinstance(r, DomainError)]
    assert len(errors) == 1 and errors[0].code in ("checkin.not_inside", "checkin.undo_after_check_out"), results
    assert rows(url, out_person) in ([("Door A", True, False)], [("Door A", False, True)])

    second = door_a.services.checkin.scan(event_id, codes[scan_person], station="Door A")
    results = at_once(
        url,
        [
            lambda s: s.checkin.undo_check_in(scan_person, station="Door A", check_in_uid=second.check_in_uid),
            lambda s: s.checkin.scan(event_id, codes[scan_person], station="Door B"),
        ],
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    verdict = results[1]
    # Door A's check-in is undone either way; Door B's, if it let the person in after the undo, stands.
    expected = [("Door A", True, False)] + ([("Door B", False, False)] if verdict.accepted else [])
    assert rows(url, scan_person) == expected
