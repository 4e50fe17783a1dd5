"""Rescuing files that an interrupted upgrade by an older SSC Desktop left unopenable.

Before upgrades ran in one transaction (db._schema_change_engine), pysqlite committed each
CREATE TABLE, CREATE INDEX and ALTER TABLE ... ADD COLUMN on its own until the upgrade's
first INSERT or UPDATE; killed in between, a file kept its old version number and some of
the next version's tables, and every later start stopped at "table chapters already exists".
Those leftovers hold no rows (nothing but DDL ran before the first write), so removing them
loses nothing and lets the upgrade run again from the version the file says it is at.

Only what can be proven to be such a leftover is removed: tables, indexes and columns that
the schema at the file's version does not have, and only tables without a row. Anything
else (a table missing, a leftover table holding rows) is left alone for the upgrade's own
error to report. The caller has taken a backup first.
"""

from __future__ import annotations

import functools
import logging
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("ssc_desktop")


@dataclass(frozen=True)
class _Schema:
    columns: dict[str, frozenset[str]]  # table -> its columns
    indexes: dict[str, str]  # index -> its table (SQLite's own autoindexes left out)


def _read_schema(raw: sqlite3.Connection) -> _Schema:
    tables = [
        row[0]
        for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    ]
    columns = {t: frozenset(row[1] for row in raw.execute(f'PRAGMA table_info("{t}")')) for t in tables}
    indexes = dict(
        raw.execute(
            "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name NOT LIKE 'sqlite_autoindex_%'"
        ).fetchall()
    )
    return _Schema(columns, indexes)


@functools.cache
def _schema_at(revision: str | None) -> _Schema:
    """The schema these migrations build up to revision (None: nothing yet), read from a scratch file."""
    from alembic import command

    from ssc_desktop.db import alembic_config, create_db_engine

    with tempfile.TemporaryDirectory(prefix="ssc-schema-") as folder:
        path = Path(folder) / "reference.sqlite3"
        engine = create_db_engine(f"sqlite:///{path}")
        try:
            if revision is not None:
                command.upgrade(alembic_config(engine), revision)
        finally:
            engine.dispose()
        raw = sqlite3.connect(path)
        try:
            schema = _read_schema(raw)
        finally:
            raw.close()
    columns = {t: c for t, c in schema.columns.items() if t != "alembic_version"}
    return _Schema(columns, schema.indexes)


def remove_leftovers(path: Path, revision: str | None) -> list[str]:
    """Removes what an interrupted older upgrade left past revision; what was removed, as SQL."""
    reference = _schema_at(revision)
    raw = sqlite3.connect(path, isolation_level=None, timeout=10)
    try:
        actual = _read_schema(raw)
        statements = _plan(raw, actual, reference)
        if not statements:
            return []
        # Foreign keys off (outside the transaction, where SQLite hears it): dropping a table
        # that others point at must not touch their rows.
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("BEGIN IMMEDIATE")
        try:
            for statement in statements:
                raw.execute(statement)
            raw.execute("COMMIT")
        except BaseException:
            raw.execute("ROLLBACK")
            raise
    finally:
        raw.close()
    log.warning("removed what an interrupted upgrade left in %s: %s", path, "; ".join(statements))
    return statements


def _plan(raw: sqlite3.Connection, actual: _Schema, reference: _Schema) -> list[str]:
    shared = set(actual.columns) & set(reference.columns)
    if set(reference.columns) - set(actual.columns):
        return []  # a table of that version is missing: not a leftover we understand
    if any(reference.columns[t] - actual.columns[t] for t in shared):
        return []  # a column missing
    extra_tables = sorted(set(actual.columns) - set(reference.columns) - {"alembic_version"})
    for table in extra_tables:
        if raw.execute(f'SELECT 1 FROM "{table}" LIMIT 1').fetchone() is not None:
            return []  # rows in it: not a leftover of DDL alone
    statements = [
        f'DROP INDEX "{name}"'
        for name, table in sorted(actual.indexes.items())
        if name not in reference.indexes and table in shared
    ]
    statements += [
        f'ALTER TABLE "{table}" DROP COLUMN "{column}"'
        for table in sorted(shared)
        for column in sorted(actual.columns[table] - reference.columns[table])
    ]
    statements += [f'DROP TABLE "{table}"' for table in extra_tables]
    return statements
