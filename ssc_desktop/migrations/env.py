"""Alembic environment: runs against the engine SSC Desktop hands over."""

from __future__ import annotations

import sqlite3
from typing import cast

from alembic import context
from sqlalchemy import Connection, create_engine

from ssc_desktop.models import Base, UTCDateTime

config = context.config
target_metadata = Base.metadata


def include_object(obj, name, type_, reflected, compare_to):
    # SQLite keeps its own bookkeeping tables; they are not ours to compare.
    return not (type_ == "table" and name is not None and name.startswith("sqlite_"))


def render_item(type_, obj, autogen_context):
    # Migrations must not import model code: write our UTC timestamp as the plain type it stores.
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


def _sqlite_driver(connection: Connection) -> sqlite3.Connection:
    # A checked-out pysqlite connection: its driver connection is the live sqlite3.Connection.
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        url = config.get_main_option("sqlalchemy.url")
        if url is None:
            raise RuntimeError("alembic: neither an engine nor sqlalchemy.url to migrate")
        engine = create_engine(url)
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # Batch mode rebuilds a table by dropping it; with foreign keys on, that drop
            # would cascade and delete every check-in. SQLite ignores this pragma inside
            # a transaction, so it is set before the migration's transaction begins:
            # straight on the driver, as a statement through SQLAlchemy would begin the
            # transaction first (db._schema_change_engine emits BEGIN at SQLAlchemy's begin).
            _sqlite_driver(connection).execute("PRAGMA foreign_keys=OFF")
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                # One transaction for the whole upgrade, DDL included, on SQLite too (whose
                # Alembic default is a commit after each step): with the BEGIN that
                # db._schema_change_engine emits, a kill leaves the schema before or after.
                transactional_ddl=True,
                # Batch mode rebuilds SQLite tables for changes ALTER TABLE cannot make.
                render_as_batch=True,
                compare_type=True,
                include_object=include_object,
                render_item=render_item,
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration left rows pointing nowhere: {broken[:5]}")
            connection.commit()
        finally:
            if sqlite:
                _sqlite_driver(connection).execute("PRAGMA foreign_keys=ON")


run_migrations_online()
