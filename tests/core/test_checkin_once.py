"""Exactly one check-in, enforced by the database: desks at once, by hand, undo, check-out, re-entry.

Each desk here is a thread with its own AppContext (its own engine and connections, as a
second laptop has), lined up on a barrier so the calls really meet. Every test runs on a
SQLite file and on PostgreSQL (SSC_TEST_PG_URL; the PostgreSQL half skips without it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from ssc_desktop.app import compose
from ssc_desktop.db import database_url
from ssc_desktop.errors import DomainError
from ssc_desktop.models.base import utc_now
from ssc_desktop.services.checkin import VerdictKind

DESKS = 4


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "once.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def event(url: str, build_event):
    """(event id, {registration id: code}) of an event with 12 registered people."""
    return build_event(url, 12)


def scan_once(url: str, event_id: int, code: str, station: str):
    context = compose(url)
    try:
        return context.services.checkin.scan(event_id, code, station=station)
    finally:
        context.close()


def at_once(url: str, calls: list[Callable]) -> list[object]:
    """Runs call(services) for each call, each on a desk of its own, all released together.

    A call's result is what it returned, or the exception it raised.
    """
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def desk(n: int) -> None:
        context = compose(url)  # in the desk's thread: SQLite connections stay with their thread
        try:
            context.services.checkin.scan(-1, "warm-up")  # imports and first connection, before the barrier
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


def rows(url: str, registration_id: int) -> list[tuple]:
    """(station, undone, checked out) of the person's door check-ins, oldest first."""
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            return [
                tuple(r)
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


def test_simultaneous_scans_of_one_badge_give_one_accepted(url: str, event) -> None:
    event_id, codes = event
    for registration_id in list(codes)[:3]:
        verdicts = at_once(
            url,
            [
                (
                    lambda s, n=n, registration_id=registration_id: s.checkin.scan(
                        event_id, codes[registration_id], station=f"Desk{n + 1}"
                    )
                )
                for n in range(DESKS)
            ],
        )
        assert not [v for v in verdicts if isinstance(v, Exception)], verdicts
        accepted = [v for v in verdicts if v.kind is VerdictKind.ACCEPTED]
        assert len(accepted) == 1
        winner = accepted[0].registration
        for verdict in verdicts:
            if verdict is not accepted[0]:
                assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN
                assert (verdict.previous_station, verdict.previous_at) == (winner.station, winner.checked_in_at)
        assert rows(url, registration_id) == [(winner.station, False, False)]


def test_simultaneous_check_ins_by_hand_give_one_and_already(url: str, event) -> None:
    _event_id, codes = event
    for registration_id in list(codes)[:3]:
        results = at_once(
            url,
            [
                (
                    lambda s, n=n, registration_id=registration_id: s.checkin.check_in(
                        registration_id, station=f"Desk{n + 1}"
                    )
                )
                for n in range(DESKS)
            ],
        )
        done = [r for r in results if not isinstance(r, Exception)]
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(done) == 1 and len(refused) == DESKS - 1
        for error in refused:
            assert isinstance(error, DomainError) and error.code == "checkin.already", error
            assert error.params["station"] == done[0].station
            assert error.params["time"] == done[0].checked_in_at.isoformat()
        assert rows(url, registration_id) == [(done[0].station, False, False)]


def test_two_desks_checking_out_one_person_at_once(url: str, event) -> None:
    event_id, codes = event
    registration_id = next(iter(codes))
    assert scan_once(url, event_id, codes[registration_id], "Desk1").accepted
    results = at_once(url, [lambda s: s.checkin.check_out(registration_id)] * 2)
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and isinstance(errors[0], DomainError) and errors[0].code == "checkin.not_inside"
    assert rows(url, registration_id) == [("Desk1", False, True)]

    # Re-entry from two desks at once: one new check-in, the other desk is told.
    verdicts = at_once(
        url,
        [(lambda s, n=n: s.checkin.scan(event_id, codes[registration_id], station=f"Desk{n + 2}")) for n in range(2)],
    )
    assert sorted(v.kind.value for v in verdicts) == ["accepted", "already-checked-in"]
    back = next(v for v in verdicts if v.accepted).registration.station
    assert rows(url, registration_id) == [("Desk1", False, True), (back, False, False)]


def test_two_desks_undoing_one_check_in_at_once(url: str, event) -> None:
    event_id, codes = event
    registration_id = next(iter(codes))
    assert scan_once(url, event_id, codes[registration_id], "Desk1").accepted
    results = at_once(url, [lambda s: s.checkin.undo_check_in(registration_id)] * 2)
    errors = [r for r in results if isinstance(r, Exception)]
    assert len(errors) == 1 and errors[0].code == "checkin.nothing_to_undo"
    assert rows(url, registration_id) == [("Desk1", True, False)]
    # Scanning again right after checks the person in anew, once.
    verdicts = at_once(url, [lambda s: s.checkin.scan(event_id, codes[registration_id], station="Desk3")] * 2)
    assert sorted(v.kind.value for v in verdicts) == ["accepted", "already-checked-in"]
    assert rows(url, registration_id) == [("Desk1", True, False), ("Desk3", False, False)]


def slip_in(url: str, registration_id: int, station: str) -> None:
    """Another program's check-in of the person, committed at once, that took no lock."""
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO check_ins (registration_id, checked_in_at, station, undone) VALUES (:id, :at, :station, :no)"
                ),
                {"id": registration_id, "at": utc_now().replace(tzinfo=None), "station": station, "no": False},
            )
    finally:
        engine.dispose()


def without_locks(services, monkeypatch: pytest.MonkeyPatch) -> None:
    from ssc_desktop.services import checkin as module

    monkeypatch.setattr(services.checkin, "_locking_engine", services.checkin._engine)
    monkeypatch.setattr(services.checkin, "_lock_rows", False)
    monkeypatch.setattr(module, "take_write_lock", lambda session: None)


def test_a_check_in_that_slipped_in_between_look_and_write_becomes_already(
    url: str, event, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The unique index is the last word: with the locks taken away, the database still refuses
    the second check-in, and the scan turns the refusal into ALREADY with the other's station."""
    from ssc_desktop.services import checkin as module

    event_id, codes = event
    first, second = list(codes)[:2]
    context = compose(url)
    try:
        services = context.services
        without_locks(services, monkeypatch)
        slipped = []

        def now_after_another_desk():  # runs right before the scan's INSERT
            if not slipped:
                slip_in(url, first, "Old laptop")
                slipped.append(True)
            return utc_now()

        monkeypatch.setattr(module, "utc_now", now_after_another_desk)
        verdict = services.checkin.scan(event_id, codes[first], station="Desk1")
        assert verdict.kind is VerdictKind.ALREADY_CHECKED_IN and verdict.previous_station == "Old laptop"
        assert rows(url, first) == [("Old laptop", False, False)]

        # By hand: the same, as the DomainError a desk shows.
        original = module.CheckInService._standing_check_in.__func__
        calls = []

        def standing_after_another_desk(cls, session, registration_id, list_id):
            if not calls:
                calls.append(True)
                slip_in(url, second, "Old laptop")
                return None  # what the look saw, a moment before the other's commit
            return original(cls, session, registration_id, list_id)

        monkeypatch.setattr(module.CheckInService, "_standing_check_in", classmethod(standing_after_another_desk))
        with pytest.raises(DomainError) as refused:
            services.checkin.check_in(second, station="Desk1")
        assert refused.value.code == "checkin.already" and refused.value.params["station"] == "Old laptop"
        assert rows(url, second) == [("Old laptop", False, False)]
    finally:
        context.close()


def test_the_index_refuses_a_second_standing_check_in_but_not_re_entry(url: str, event) -> None:
    _event_id, codes = event
    registration_id = next(iter(codes))
    slip_in(url, registration_id, "Desk1")
    with pytest.raises(IntegrityError):
        slip_in(url, registration_id, "Desk2")
    engine = create_engine(database_url(url))
    try:
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE check_ins SET checked_out_at = :at WHERE registration_id = :id"),
                {"at": utc_now().replace(tzinfo=None), "id": registration_id},
            )
    finally:
        engine.dispose()
    slip_in(url, registration_id, "Desk2")  # after a check-out: re-entry is a new standing check-in
    assert rows(url, registration_id) == [("Desk1", False, True), ("Desk2", False, False)]


@pytest.mark.parametrize(
    ("rows", "undone"),
    [
        ([], []),
        ([(1, 0, False)], []),
        ([(1, 0, True), (2, 5, False)], []),  # a visit that ended, then re-entry
        ([(1, 5, False), (2, 0, False), (3, 1, False)], [1, 3]),  # three at once: the earliest in time stays
        ([(1, 0, False), (2, 0, False)], [2]),  # the same instant: the one written first
        ([(1, 0, False), (2, 0, True)], [1]),  # twins, the later checked out: the person left
        ([(1, 0, False), (2, 0, True), (3, 9, False), (4, 9, False)], [1, 4]),  # ... and came back, twice again
        ([(3, 9, False), (1, 0, False), (2, 0, True)], [1]),  # any order in, id order decides
    ],
)
def test_which_check_ins_are_doubles(rows: list, undone: list) -> None:
    """The rule migration 0007 and a member merge use: at most one stands, and it is the latest."""
    from ssc_desktop.services.checkin import doubled_check_ins

    assert sorted(doubled_check_ins(rows)) == undone
    kept = sorted(r for r in rows if r[0] not in undone)
    assert sum(not out for _id, _at, out in kept) <= 1
    assert not kept or not [r for r in kept[:-1] if not r[2]]  # nothing stands behind a later check-in


def test_migration_0007_applies_the_same_rule() -> None:
    """The migration keeps its own copy of the rule (migrations do not import the services)."""
    import importlib.util
    import random

    from ssc_desktop.db import MIGRATIONS_DIR
    from ssc_desktop.services.checkin import doubled_check_ins

    spec = importlib.util.spec_from_file_location(
        "m0007", MIGRATIONS_DIR / "versions" / "0007_one_standing_check_in.py"
    )
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    rng = random.Random(7)
    for _ in range(500):
        rows = [(i, rng.randint(0, 5), rng.random() < 0.3) for i in rng.sample(range(20), rng.randint(0, 8))]
        assert migration.doubles(rows) == doubled_check_ins(rows), rows
