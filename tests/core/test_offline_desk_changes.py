"""Undo and check-out at a desk that lost its server, of check-ins the server already had.

Door A scans online, then the server stops (a private PostgreSQL, pg_ctl -m immediate): Door A
goes on from its local copy and undoes its own earlier check-in (by its uid, as the station's
Ctrl+Z does) and checks out a person Door B let in. When the server is back, the server must
say the same as the desk did: the first person not checked in, the second checked out, each
with an audit entry; and sending again changes nothing.
"""

from __future__ import annotations

import time

from sqlalchemy import create_engine, text

from ssc_desktop.app import compose
from ssc_desktop.db import database_url
from ssc_desktop.services.checkin import new_check_in_uid


def door_rows(url: str, registration_id: int) -> list[tuple[str, bool, bool]]:
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


def audit_kinds(url: str) -> list[tuple[str, str]]:
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as connection:
            return [
                (r[0], r[1])
                for r in connection.execute(
                    text("SELECT kind, what FROM audit_log WHERE what LIKE '%server was out of reach%' ORDER BY id")
                )
            ]
    finally:
        engine.dispose()


def test_undo_and_check_out_made_while_the_server_was_away_reach_it(private_postgres, build_event) -> None:
    url = private_postgres.url
    event_id, codes = build_event(url, 8)
    (mine, my_code), (theirs, their_code), (later, later_code), (by_hand, _code) = list(codes.items())[:4]
    context = compose(url)
    desk = context.services.offline_desks.for_station(event_id, "Door A")
    assert desk is not None
    try:
        desk.start()
        scanned = desk.scan(event_id, my_code, "Door A")
        assert scanned.accepted and not scanned.offline
        other = compose(url)
        try:
            assert other.services.checkin.scan(event_id, their_code, station="Door B").accepted
        finally:
            other.close()
        desk.pull()  # the copy takes in Door B's check-in, as it does every few seconds
        hand_uid = new_check_in_uid()  # a check-in by hand at the station (after that pull), named as the station does
        assert desk.check_in(by_hand, "Door A", uid=hand_uid).checked_in_at is not None
        time.sleep(0.3)  # the copy keeper writes Door A's own in the background

        private_postgres.stop()
        private_postgres.wait_until_down()
        undone = desk.undo_check_in(mine, None, station="Door A", check_in_uid=scanned.check_in_uid)
        assert desk.offline and undone.checked_in_at is None
        assert desk.check_out(theirs, None, station="Door A").checked_out_at is not None
        # The check-in by hand is in the copy under the server's uid at once, so it can be undone too.
        assert desk.undo_check_in(by_hand, None, station="Door A", check_in_uid=hand_uid).checked_in_at is None
        offline = desk.scan(event_id, later_code, "Door A")  # and one made on the copy, undone there too
        assert offline.accepted and offline.offline
        desk.undo_check_in(later, None, station="Door A", check_in_uid=offline.check_in_uid)

        private_postgres.start()
        deadline = time.monotonic() + 60
        while not desk.try_to_come_back():
            assert time.monotonic() < deadline, "the desk did not come back to the server"
            time.sleep(0.5)
        assert door_rows(url, mine) == [("Door A", True, False)]
        assert door_rows(url, theirs) == [("Door B", False, True)]
        assert door_rows(url, later) == [("Door A", True, False)]
        assert door_rows(url, by_hand) == [("Door A", True, False)]
        kinds = [kind for kind, _what in audit_kinds(url)]
        assert sorted(kinds) == ["check-out", "undo", "undo"]

        assert desk.send() is not None  # again: nothing more changes, nothing more is logged
        assert len(audit_kinds(url)) == 3
        assert door_rows(url, mine) == [("Door A", True, False)]
    finally:
        desk.close()
        context.close()
