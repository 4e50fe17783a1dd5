"""The same code on PostgreSQL: migrations, the demo reunion, the schema check, a backup.

Run with SSC_TEST_PG_URL set (scripts/start-test-postgres.sh prints one); without it
every test here skips. Each test gets a schema of its own (see the pg_url fixture).
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

import pytest
from alembic import command
from sqlalchemy import text

from ssc_desktop.app import AppContext, compose
from ssc_desktop.db import alembic_config, known_head, open_database, schema_heads
from ssc_desktop.errors import DatabaseTooNewError
from ssc_desktop.models import Base, EventFormat, RegistrationStatus
from ssc_desktop.services.demo import build_demo
from ssc_desktop.services.events import EventDraft, parse_local_datetime
from ssc_desktop.services.members import MemberDraft

pytestmark = pytest.mark.postgres


def test_open_database_migrates_postgresql(pg_url: str) -> None:
    database = open_database(pg_url)
    try:
        assert not database.is_sqlite
        assert database.engine.dialect.name == "postgresql"
        assert database.engine.dialect.driver == "psycopg"
        assert schema_heads(database.engine) == {known_head()}
        assert set(Base.metadata.tables) <= set(database.table_names())
    finally:
        database.dispose()

    again = open_database(pg_url)
    try:
        with again.engine.connect() as connection:
            assert connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [known_head()]
    finally:
        again.dispose()


def test_newer_schema_is_refused_on_postgresql(pg_url: str) -> None:
    database = open_database(pg_url)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()
    with pytest.raises(DatabaseTooNewError, match="made by a newer version"):
        open_database(pg_url)


def test_migrated_postgresql_schema_matches_the_models(pg_url: str, schema_differences: Callable) -> None:
    database = open_database(pg_url)
    try:
        assert schema_differences(database.engine) == []
    finally:
        database.dispose()


def test_downgrade_and_upgrade_on_postgresql(pg_url: str, schema_differences: Callable) -> None:
    database = open_database(pg_url)
    try:
        command.downgrade(alembic_config(database.engine), "base")
        assert set(database.table_names()) <= {"alembic_version"}
        command.upgrade(alembic_config(database.engine), "head")
        assert schema_heads(database.engine) == {known_head()}
        assert schema_differences(database.engine) == []
    finally:
        database.dispose()


@pytest.fixture
def pg_demo(pg_url: str):
    context = compose(pg_url)
    try:
        summary = build_demo(context.services)
        yield context, summary
    finally:
        context.close()


def test_demo_on_postgresql_matches_sqlite(pg_demo, demo_context: AppContext) -> None:
    context, summary = pg_demo
    services = context.services
    assert summary.members == 300
    assert services.members.count_members() == 300
    assert summary.events == 3

    pg_events = {e.title: e for e in services.events.list_events()}
    lite_events = {e.title: e for e in demo_context.services.events.list_events()}
    assert set(pg_events) == set(lite_events)
    for title, event in pg_events.items():
        other = lite_events[title]
        assert (event.registered, event.waitlisted, event.cancelled, event.checked_in) == (
            other.registered,
            other.waitlisted,
            other.cancelled,
            other.checked_in,
        ), title
        assert event.local_start.time() == other.local_start.time()
        assert event.starts_at.tzinfo is not None

    reunion = pg_events["3rd SSC India Reunion"]
    assert reunion.id == summary.reunion_event_id
    assert reunion.waitlisted > 0 and reunion.cancelled > 0 and reunion.checked_in > 0
    rows = services.registrations.list_registrations(reunion.id)
    assert (
        sum(r.checked_in_at is not None for r in rows)
        == reunion.checked_in
        == sum(1 for r in rows if r.checked_in_at is not None and r.status == RegistrationStatus.REGISTERED)
    )

    # Folded search behaves the same on both backends (PostgreSQL's LIKE is case-sensitive).
    for query in ["nguyen", "NGUYỄN", "sharma", "山田", "iit delhi"]:
        pg_ids = [m.latin_name for m in services.members.list_members(search=query)]
        lite_ids = [m.latin_name for m in demo_context.services.members.list_members(search=query)]
        assert pg_ids == lite_ids, query
    assert services.members.list_members(search="nguyen")


def test_check_in_round_trip_on_postgresql(pg_url: str) -> None:
    context = compose(pg_url)
    try:
        services = context.services
        chapter, _ = services.chapters.ensure_chapter("SSC India", "ISCA", "India")
        event = services.events.create_event(
            EventDraft(
                chapter_id=chapter.id,
                title="Delhi meetup",
                format=EventFormat.FACE_TO_FACE,
                starts_at=parse_local_datetime("2026-12-12 09:30", "Asia/Kolkata"),
                ends_at=parse_local_datetime("2026-12-12 17:00", "Asia/Kolkata"),
                timezone="Asia/Kolkata",
            )
        )
        assert (event.local_start.hour, event.local_start.minute) == (9, 30)
        member = services.members.add_member(MemberDraft(latin_name="Ananya Iyer", native_name="अनन्या अय्यर"))
        registration = services.registrations.register(event.id, member.id)
        row = services.checkin.check_in(registration.id, "Front desk 1")
        assert row.checked_in_at is not None and row.station == "Front desk 1"
        assert services.checkin.undo_check_in(registration.id).checked_in_at is None
        assert services.events.get_event(event.id).checked_in == 0
    finally:
        context.close()


def test_backup_of_postgresql_is_a_sqlite_copy(pg_demo, tmp_path: Path) -> None:
    context, summary = pg_demo
    copy = context.services.backup.backup_to(tmp_path / "backup" / "from-pg.sqlite3")
    assert copy.is_file()
    assert not list(copy.parent.glob("*.partial"))
    restored = compose(copy)
    try:
        assert restored.database.is_sqlite
        assert restored.services.members.count_members() == summary.members
        events = {e.title: e.checked_in for e in restored.services.events.list_events()}
        assert events == {e.title: e.checked_in for e in context.services.events.list_events()}
    finally:
        restored.close()
