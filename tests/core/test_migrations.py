"""The Alembic migrations build exactly the schema the models describe, and go both ways."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Column, Integer, MetaData, String, Table, text

from ssc_desktop.db import alembic_config, known_head, open_database, schema_heads
from ssc_desktop.models import Base


def test_migrated_sqlite_schema_matches_the_models(tmp_path: Path, schema_differences: Callable) -> None:
    database = open_database(tmp_path / "ssc.sqlite3")
    try:
        assert schema_differences(database.engine) == []
    finally:
        database.dispose()


def test_the_comparison_notices_a_model_the_migrations_lack(tmp_path: Path, schema_differences: Callable) -> None:
    """Guards the check above: a table that only the models have must show up as a difference."""
    database = open_database(tmp_path / "ssc.sqlite3")
    extended = MetaData(naming_convention=Base.metadata.naming_convention)
    for table in Base.metadata.tables.values():
        table.to_metadata(extended)
    Table("future_things", extended, Column("id", Integer, primary_key=True), Column("title", String(200)))
    extended.tables["members"].append_column(Column("nickname", String(80)))
    try:
        differences = schema_differences(database.engine, extended)
    finally:
        database.dispose()
    kinds = {(d[0], getattr(d[1], "name", None)) for d in differences if isinstance(d, tuple)}
    assert ("add_table", "future_things") in kinds
    assert any(d[0] == "add_column" and d[3].name == "nickname" for d in differences if isinstance(d, tuple))


def test_include_object_skips_sqlite_bookkeeping_only(include_object: Callable) -> None:
    assert include_object(None, "sqlite_sequence", "table", True, None) is False
    assert include_object(None, "members", "table", True, None) is True
    assert include_object(None, "ix_members_email_key", "index", True, None) is True


def test_one_linear_history_with_a_single_head() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert heads == [known_head()]
    revisions = list(script.walk_revisions())
    assert revisions[-1].down_revision is None
    for revision in revisions:
        assert revision.module.downgrade is not None


def test_downgrade_to_base_and_upgrade_again(tmp_path: Path, schema_differences: Callable) -> None:
    database = open_database(tmp_path / "ssc.sqlite3")
    engine = database.engine
    try:
        command.downgrade(alembic_config(engine), "base")
        remaining = set(database.table_names()) - {"alembic_version"}
        assert remaining == set()
        assert schema_heads(engine) == set()

        command.upgrade(alembic_config(engine), "head")
        assert schema_heads(engine) == {known_head()}
        assert set(Base.metadata.tables) <= set(database.table_names())
        assert schema_differences(engine) == []
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
    finally:
        database.dispose()


def test_upgrade_keeps_the_data_of_an_older_database(tmp_path) -> None:
    """A database made by the first version opens in this one with every row intact."""
    from alembic import command
    from sqlalchemy import text

    from ssc_desktop.app import create_demo
    from ssc_desktop.db import alembic_config, create_db_engine, known_head, open_database, schema_heads

    path = tmp_path / "old.sqlite3"
    context, summary = create_demo(path)
    context.close()
    engine = create_db_engine(f"sqlite:///{path}")
    with engine.connect() as connection:  # the door's and the demo's check-in lists' check-ins
        check_ins_before = connection.execute(text("SELECT count(*) FROM check_ins")).scalar_one()
    assert check_ins_before >= summary.checked_in
    command.downgrade(alembic_config(engine), "0001")
    assert schema_heads(engine) == {"0001"}
    engine.dispose()

    database = open_database(path)
    try:
        assert schema_heads(database.engine) == {known_head()}
        with database.engine.connect() as connection:
            registrations = connection.execute(text("SELECT count(*), sum(walk_in) FROM registrations")).one()
            check_ins = connection.execute(text("SELECT count(*) FROM check_ins")).scalar_one()
            # Rebuilding tables in SQLite's batch mode must not cascade-delete the check-ins.
            secrets = connection.execute(text("SELECT ticket_secret FROM events")).scalars().all()
        assert registrations == (summary.registrations, 0)
        assert check_ins == check_ins_before
        # Each event got a signing secret of its own.
        assert len(secrets) == 3 and len(set(secrets)) == 3 and all(len(s) == 64 for s in secrets)
    finally:
        database.dispose()
