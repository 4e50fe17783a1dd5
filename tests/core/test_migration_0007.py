"""Migration 0007: a database from before the unique index, holding doubled check-ins, upgrades cleanly.

The 0006 database is built by Alembic itself and filled with raw rows (the services already
expect the head schema): doubles at the door and on a list, a tie, a checked-out visit and an
undone check-in that must stay as they are. On SQLite and on PostgreSQL.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from sqlalchemy.exc import IntegrityError

from ssc_desktop.app import compose
from ssc_desktop.errors import DomainError
from ssc_desktop.db import alembic_config, create_db_engine, database_url, known_head, schema_heads
from ssc_desktop.services.checkin import UPGRADE_DOUBLES_SETTING

T = datetime(2026, 12, 12, 3, 0, tzinfo=timezone.utc)


def at(minutes: int) -> datetime:
    return T + timedelta(minutes=minutes)


@pytest.fixture(params=["sqlite", "postgresql"])
def url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "old.sqlite3")
    return request.getfixturevalue("pg_url")


def table(name: str, *columns: tuple[str, sa.types.TypeEngine]) -> sa.TableClause:
    return sa.table(name, *(sa.column(c, t) for c, t in columns))


STAMP = sa.DateTime(timezone=True)
CHECK_INS = table(
    "check_ins",
    ("id", sa.Integer()),
    ("registration_id", sa.Integer()),
    ("list_id", sa.Integer()),
    ("station", sa.String()),
    ("undone", sa.Boolean()),
    ("checked_in_at", STAMP),
    ("checked_out_at", STAMP),
)


def old_database_with_doubles(url: str) -> dict[str, int]:
    """A schema at 0006 holding doubles; the registration ids by name ("a", "b", "c") and the list's."""
    engine = create_db_engine(database_url(url))
    try:
        command.upgrade(alembic_config(engine), "0006")
        assert schema_heads(engine) == {"0006"}
        with engine.begin() as c:
            c.execute(
                table(
                    "chapters",
                    ("id", sa.Integer()),
                    ("name", sa.String()),
                    ("short_name", sa.String()),
                    ("country", sa.String()),
                    ("created_at", STAMP),
                ).insert(),
                {"id": 1, "name": "SSC India", "short_name": "ISCA", "country": "India", "created_at": T},
            )
            c.execute(
                table(
                    "events",
                    *[
                        (n, sa.String())
                        for n in ("title", "format", "venue", "online_link", "timezone", "ticket_secret")
                    ],
                    ("id", sa.Integer()),
                    ("chapter_id", sa.Integer()),
                    ("starts_at", STAMP),
                    ("ends_at", STAMP),
                    ("created_at", STAMP),
                ).insert(),
                {
                    "id": 1,
                    "chapter_id": 1,
                    "title": "Reunion",
                    "format": "face-to-face",
                    "venue": "",
                    "online_link": "",
                    "timezone": "Asia/Kolkata",
                    "ticket_secret": "ab" * 32,
                    "starts_at": T,
                    "ends_at": at(600),
                    "created_at": T,
                },
            )
            members = table(
                "members",
                ("id", sa.Integer()),
                ("created_at", STAMP),
                ("updated_at", STAMP),
                *[
                    (n, sa.String())
                    for n in (
                        "latin_name",
                        "native_name",
                        "email",
                        "email_key",
                        "country",
                        "affiliation",
                        "host_institution",
                        "gender",
                        "phone",
                        "notes",
                        "search_key",
                    )
                ],
            )
            registrations = table(
                "registrations",
                ("id", sa.Integer()),
                ("event_id", sa.Integer()),
                ("member_id", sa.Integer()),
                ("role", sa.String()),
                ("status", sa.String()),
                ("created_at", STAMP),
            )
            for n, name in enumerate("abcde", start=1):
                c.execute(
                    members.insert(),
                    {
                        "id": n,
                        "created_at": T,
                        "updated_at": T,
                        "latin_name": name,
                        "native_name": "",
                        "email": "",
                        "email_key": "",
                        "country": "India",
                        "affiliation": "",
                        "host_institution": "",
                        "gender": "",
                        "phone": "",
                        "notes": "",
                        "search_key": name,
                    },
                )
                c.execute(
                    registrations.insert(),
                    {
                        "id": n,
                        "event_id": 1,
                        "member_id": n,
                        "role": "participant",
                        "status": "registered",
                        "created_at": T,
                    },
                )
            c.execute(
                table(
                    "checkin_lists",
                    ("id", sa.Integer()),
                    ("event_id", sa.Integer()),
                    ("name", sa.String()),
                    ("created_at", STAMP),
                ).insert(),
                {"id": 7, "event_id": 1, "name": "Banquet", "created_at": T},
            )
            rows = [
                # a: an earlier visit that ended, and a mistake undone: both left as they are ...
                (1, None, "D0", False, at(-60), at(-30)),
                (1, None, "D9", True, at(-90), None),
                # ... then three standing at the door, the earliest in time written second: it alone stays.
                (1, None, "D2", False, at(5), None),
                (1, None, "D1", False, at(0), None),
                (1, None, "D3", False, at(1), None),
                # a: two at the banquet at the same instant: the one written first stays.
                (1, 7, "L1", False, at(300), None),
                (1, 7, "L2", False, at(300), None),
                # b: once at the door and once at the banquet: no double.
                (2, None, "D1", False, at(2), None),
                (2, 7, "L1", False, at(301), None),
                # c: scanned at two desks, then the latest one checked out, then back in: the
                # forgotten twin of the ended visit goes, the re-entry stands.
                (3, None, "G1", False, at(0), None),
                (3, None, "G2", False, at(0), at(240)),
                (3, None, "G3", False, at(300), None),
                # d: the same, not back yet: out, though one of its twins was never checked out.
                (4, None, "H1", False, at(0), None),
                (4, None, "H2", False, at(0), at(60)),
            ]
            c.execute(
                CHECK_INS.insert(),
                [
                    {
                        "registration_id": r,
                        "list_id": lst,
                        "station": s,
                        "undone": u,
                        "checked_in_at": i,
                        "checked_out_at": o,
                    }
                    for r, lst, s, u, i, o in rows
                ],
            )
    finally:
        engine.dispose()
    return {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "list": 7}


def check_ins(engine: sa.Engine) -> list[tuple]:
    with engine.connect() as c:
        return [
            tuple(r)
            for r in c.execute(
                sa.select(
                    CHECK_INS.c.registration_id,
                    CHECK_INS.c.list_id,
                    CHECK_INS.c.station,
                    CHECK_INS.c.undone,
                    CHECK_INS.c.checked_out_at.is_not(None),
                ).order_by(CHECK_INS.c.id)
            )
        ]


def test_upgrade_keeps_the_earliest_check_in_and_tells_how_many_it_undid(
    url: str, caplog: pytest.LogCaptureFixture
) -> None:
    ids = old_database_with_doubles(url)
    with caplog.at_level(logging.INFO, logger="ssc_desktop"):
        context = compose(url)  # opening the database migrates it
    try:
        engine = context.database.engine
        assert schema_heads(engine) == {known_head()}
        assert check_ins(engine) == [
            (1, None, "D0", False, True),
            (1, None, "D9", True, False),
            (1, None, "D2", True, False),
            (1, None, "D1", False, False),
            (1, None, "D3", True, False),
            (1, 7, "L1", False, False),
            (1, 7, "L2", True, False),
            (2, None, "D1", False, False),
            (2, 7, "L1", False, False),
            (3, None, "G1", True, False),
            (3, None, "G2", False, True),
            (3, None, "G3", False, False),
            (4, None, "H1", True, False),
            (4, None, "H2", False, True),
        ]
        # The count, for the coordinator: logged, and kept where the app can read it.
        assert context.services.checkin.doubles_fixed_by_upgrade() == 5
        messages = [r.getMessage() for r in caplog.records if r.name == "ssc_desktop"]
        assert any("5 doubled check-in(s) marked undone" in m for m in messages), messages
        with engine.connect() as c:
            assert c.execute(
                sa.text("SELECT value FROM app_settings WHERE key = :k"), {"k": UPGRADE_DOUBLES_SETTING}
            ).scalar() in ({"count": 5}, '{"count": 5}')
        # What the desk shows is what the database holds.
        registrations = context.services.registrations
        a, c_, d = (registrations.get_registration(ids[k]) for k in "acd")
        assert a.inside and a.station == "D1" and a.checked_in_at == at(0)
        assert c_.inside and c_.station == "G3" and c_.checked_in_at == at(300)
        assert not d.inside and d.checked_out_at == at(60)
        assert context.services.checkin.check_in(ids["d"], "Desk").inside  # back in: no clash with H1

        # From now on the database refuses a double, at the door and on a list ...
        for list_id in (None, ids["list"]):
            with pytest.raises(IntegrityError), engine.begin() as c:
                c.execute(
                    CHECK_INS.insert(),
                    {
                        "registration_id": ids["a"],
                        "list_id": list_id,
                        "station": "X",
                        "undone": False,
                        "checked_in_at": at(400),
                    },
                )
        # ... but not a first check-in, nor the undone and checked-out rows of history.
        with engine.begin() as c:
            c.execute(
                CHECK_INS.insert(),
                [
                    {
                        "registration_id": ids["e"],
                        "list_id": None,
                        "station": "D4",
                        "undone": False,
                        "checked_in_at": at(3),
                    },
                    {
                        "registration_id": ids["a"],
                        "list_id": None,
                        "station": "D5",
                        "undone": True,
                        "checked_in_at": at(4),
                    },
                ],
            )
        with pytest.raises(DomainError) as refused:
            context.services.checkin.check_in(ids["a"], "Desk")
        assert refused.value.code == "checkin.already" and refused.value.params["station"] == "D1"
    finally:
        context.close()


def test_upgrade_without_doubles_records_nothing(url: str, caplog: pytest.LogCaptureFixture) -> None:
    engine = create_db_engine(database_url(url))
    try:
        command.upgrade(alembic_config(engine), "0006")
    finally:
        engine.dispose()
    with caplog.at_level(logging.INFO, logger="ssc_desktop"):
        context = compose(url)
    try:
        assert context.services.checkin.doubles_fixed_by_upgrade() == 0
        assert any("no doubled check-ins" in r.getMessage() for r in caplog.records if r.name == "ssc_desktop")
    finally:
        context.close()


def test_downgrade_drops_the_index_and_the_note(url: str) -> None:
    old_database_with_doubles(url)
    context = compose(url)
    try:
        engine = context.database.engine
        command.downgrade(alembic_config(engine), "0006")
        assert context.services.checkin.doubles_fixed_by_upgrade() == 0
        with engine.begin() as c:  # doubles are possible again, as they were at 0006
            c.execute(
                CHECK_INS.insert(),
                {"registration_id": 5, "list_id": None, "station": "X", "undone": False, "checked_in_at": at(7)},
            )
            c.execute(
                CHECK_INS.insert(),
                {"registration_id": 5, "list_id": None, "station": "Y", "undone": False, "checked_in_at": at(8)},
            )
        command.upgrade(alembic_config(engine), "head")
        assert context.services.checkin.doubles_fixed_by_upgrade() == 1
    finally:
        context.close()


def test_the_head_schema_holds_the_standing_index(url: str) -> None:
    """Alembic's comparison skips this expression index on SQLite, so its definition is read here."""
    context = compose(url)
    try:
        with context.database.engine.connect() as c:
            if context.database.is_sqlite:
                definition = c.execute(
                    sa.text("SELECT sql FROM sqlite_master WHERE name = 'uq_check_ins_standing'")
                ).scalar()
                assert definition == (
                    "CREATE UNIQUE INDEX uq_check_ins_standing ON check_ins (registration_id, "
                    "coalesce(list_id, 0)) WHERE undone = 0 AND checked_out_at IS NULL"
                )
            else:
                definition = c.execute(
                    sa.text(
                        "SELECT indexdef FROM pg_indexes WHERE indexname = 'uq_check_ins_standing' "
                        "AND schemaname = current_schema()"
                    )
                ).scalar()
                assert definition is not None and definition.startswith("CREATE UNIQUE INDEX uq_check_ins_standing ON ")
                assert (
                    "(registration_id, COALESCE(list_id, 0)) WHERE ((NOT undone) AND (checked_out_at IS NULL))"
                    in definition
                )
    finally:
        context.close()


def test_ssc_init_tells_the_coordinator_once(tmp_path, capsys) -> None:
    from ssc_desktop import cli

    path = tmp_path / "old.sqlite3"
    old_database_with_doubles(str(path))
    assert cli.main(["--db", str(path), "init"]) == 0
    first = capsys.readouterr().out
    assert "5 doubled check-in(s) from an older version were marked undone" in first
    assert cli.main(["--db", str(path), "init"]) == 0
    assert "doubled" not in capsys.readouterr().out
