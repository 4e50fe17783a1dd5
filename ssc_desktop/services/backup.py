"""A backup copy of the open database, written as a standalone SQLite file."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import cast

from sqlalchemy import Engine, create_engine, insert, select

from ssc_desktop.atomic_files import create_private_file
from ssc_desktop.errors import DomainError
from ssc_desktop.models import Base

_COPY_BATCH = 5000


class BackupService:
    def __init__(self, engine: Engine, migrate_new_file) -> None:
        self._engine = engine
        self._migrate = migrate_new_file

    def backup_to(self, destination: str | Path) -> Path:
        """Copies every table to destination; the file appears whole or not at all."""
        destination = Path(destination).expanduser().resolve()
        partial = destination.with_name(destination.name + ".partial")
        try:
            destination.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            create_private_file(partial)  # the members' data: readable by its owner only
            if self._engine.dialect.name == "sqlite":
                self._copy_sqlite(partial)
            else:
                self._copy_tables(partial)
            os.replace(partial, destination)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):  # e.g. the folder itself could not be made
                partial.unlink(missing_ok=True)
            raise DomainError("database.backup_failed", destination=str(destination), detail=str(exc)) from exc
        return destination

    def _copy_sqlite(self, target: Path) -> None:
        # SQLite's online backup copies a consistent snapshot even while the app writes.
        raw = self._engine.raw_connection()
        try:
            with sqlite3.connect(target) as copy:
                # The engine is SQLite's here: its driver connection is the sqlite3.Connection.
                cast(sqlite3.Connection, raw.driver_connection).backup(copy)
            copy.close()
        finally:
            raw.close()

    def _copy_tables(self, target: Path) -> None:
        copy_engine = create_engine(f"sqlite:///{target}")
        try:
            self._migrate(copy_engine)
            with self._engine.connect() as source, copy_engine.begin() as sink:
                for table in Base.metadata.sorted_tables:
                    rows = source.execute(select(table)).mappings()
                    while batch := rows.fetchmany(_COPY_BATCH):
                        sink.execute(insert(table), [dict(r) for r in batch])
        finally:
            copy_engine.dispose()
