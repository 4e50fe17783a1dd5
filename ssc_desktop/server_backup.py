"""The copy of a PostgreSQL database taken on this laptop before the app upgrades its schema.

A SQLite file's upgrade is preceded by SQLite's online backup (backup_files); a shared server
has no file to copy, and pg_dump is seldom installed on a venue laptop (and must match the
server's version). So the copy is made through SQLAlchemy: a new SQLite file is given the
server's own schema revision (the same migrations, run up to that revision), then every
table's rows are copied into it from one REPEATABLE READ transaction (a consistent snapshot
while other desks keep checking people in). The result is an ordinary SSC Desktop database
file at the server's old schema: `ssc backup list` shows it with its counts, and it opens
(`ssc-desktop --db COPY`, upgraded like any older file) to read or export everything the
server held before the upgrade.

The copies go in the user data folder, `backups/server-NAME-DIGEST/` (DIGEST from the URL
without its password, so each server and schema has its own folder), named and kept as the
file backups are (backup_files: the last 20 plus one a day for 30 days), readable by their
owner only. Used by db.migrate, so nothing here imports the services or Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import warnings
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, MetaData, column, create_engine, select, table
from sqlalchemy.engine import URL, CursorResult, make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from ssc_desktop import backup_files
from ssc_desktop.atomic_files import PRIVATE_FOLDER_MODE, create_private_file
from ssc_desktop.errors import DomainError

_BATCH = 2000
# The version table is written by the migrations themselves, at the server's revision.
_NOT_COPIED = {"alembic_version"}


def server_folder(url: str | URL) -> Path:
    """Where this laptop keeps the copies of the database at url (a PostgreSQL URL)."""
    from ssc_desktop.paths import user_data_dir

    parsed = make_url(url) if isinstance(url, str) else url
    shown = parsed.render_as_string(hide_password=True)
    digest = hashlib.sha256(shown.encode("utf-8")).hexdigest()[:12]
    name = "".join(c if c.isalnum() or c in "-_" else "-" for c in (parsed.database or "server"))[:40]
    return user_data_dir() / "backups" / f"server-{name}-{digest}"


def list_server_copies(url: str | URL) -> list[backup_files.BackupFile]:
    return backup_files.list_backups_in([server_folder(url)])


def write_server_copy(
    engine: Engine,
    revision: str,
    make_schema: Callable[[Engine, str], None],
    reason: str = "upgrade",
    *,
    now: datetime | None = None,
) -> backup_files.BackupFile:
    """A SQLite copy of every table of the server's database, whose schema is at revision.

    make_schema(sqlite_engine, revision) gives the new file that schema (db.migrate passes the
    Alembic upgrade). Raises DomainError database.backup_failed when the copy cannot be made;
    a half-made copy is removed.
    """
    assert reason in backup_files.REASONS, reason
    taken = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = server_folder(engine.url)
    final = folder / backup_files.backup_name(taken, reason)
    partial = final.with_name(final.name + ".partial")
    try:
        folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        create_private_file(partial)  # the members' data and the ticket secrets: the owner's only
        copy = create_engine(f"sqlite:///{partial}", poolclass=NullPool)
        try:
            make_schema(copy, revision)
            _copy_rows(engine, copy)
        finally:
            copy.dispose()
        backup_files.sync_file(partial)
        os.replace(partial, final)
    except (OSError, SQLAlchemyError, DomainError) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        detail = str(getattr(error, "orig", None) or error)
        raise DomainError("database.backup_failed", destination=str(final), detail=detail) from error
    backup_files.prune_in([folder], now=taken)
    return backup_files.BackupFile(final, taken, reason)


def _copy_rows(server: Engine, copy: Engine) -> None:
    tables = MetaData()
    with warnings.catch_warnings():
        # uq_check_ins_standing (an index on an expression): only the rows are wanted here.
        warnings.filterwarnings("ignore", "Skipped unsupported reflection of expression-based index")
        tables.reflect(copy)  # the copy's schema is the server's: the same revision's migrations made it
    snapshot = server.execution_options(isolation_level="REPEATABLE READ")
    with snapshot.connect() as source, copy.begin() as sink:
        for target in tables.sorted_tables:
            if target.name in _NOT_COPIED:
                continue
            names = [c.name for c in target.columns]
            rows: CursorResult[Any] = source.execute(
                select(*(column(n) for n in names)).select_from(table(target.name))
            )
            while batch := rows.fetchmany(_BATCH):
                sink.execute(target.insert(), [dict(zip(names, map(_for_sqlite, row), strict=True)) for row in batch])


def _for_sqlite(value: Any) -> Any:
    # The app keeps timestamps on SQLite as naive UTC (models.base.UTCDateTime); the server
    # hands them back aware, in the session's time zone.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(timezone.utc).replace(tzinfo=None)
    return value
