"""Automatic backups of a SQLite database, the list of them, and restoring one.

The files themselves (where, names, retention, SQLite's backup API) are ssc_desktop.backup_files;
this service adds what the app and `ssc backup` need: the counts each copy holds, when a
periodic copy is due (every 10 minutes while an event is under way), and a restore that
first keeps a copy of the database as it is.

It works on the file, not on an open session: `ssc backup restore` must work on a file
that no longer opens.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ssc_desktop import backup_files, server_backup
from ssc_desktop.atomic_files import create_private_file
from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel

PERIOD = timedelta(minutes=10)
_FRESH = timedelta(minutes=1)


@dataclass(frozen=True)
class BackupSummary:
    name: str
    path: str
    taken_at: datetime  # UTC
    reason: str  # open, upgrade, periodic, restore, manual
    size_bytes: int
    schema: str | None
    members: int | None
    registrations: int | None
    check_ins: int | None


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupSummary
    previous: BackupSummary | None  # the copy of the database as it was, None if it was unreadable
    damaged_copy: str | None  # the raw bytes of a database too damaged to back up, kept here


class BackupsService:
    def __init__(
        self,
        database_file: Path | None,
        location: str,
        event_under_way: Callable[[datetime], bool] | None = None,
        *,
        server_url: str | None = None,
    ) -> None:
        """database_file None: a shared server (PostgreSQL), which has backups of its own; of it this
        laptop has only the copies taken before upgrades (ssc_desktop.server_backup), listed, not restored."""
        self._file = database_file
        self._location = location
        self._event_under_way = event_under_way
        self._server_folder = server_backup.server_folder(server_url) if database_file is None and server_url else None

    @property
    def location(self) -> str:
        return self._location

    @property
    def available(self) -> bool:
        return self._file is not None

    @property
    def folder(self) -> Path:
        if self._file is None and self._server_folder is not None:
            return self._server_folder
        return backup_files.folder_beside(self._need_file())

    @property
    def of_server(self) -> bool:
        """A shared server's: the list holds its copies taken on this laptop before upgrades."""
        return self._file is None and self._server_folder is not None

    def _need_file(self) -> Path:
        if self._file is None:
            raise DomainError("backup.not_sqlite", location=self._location)
        return self._file

    def list_backups(self) -> list[BackupSummary]:
        """Newest first, each with what it holds (read from the copy itself)."""
        return [_summary(b) for b in self._backup_files()]

    def _backup_files(self) -> list[backup_files.BackupFile]:
        if self._file is None and self._server_folder is not None:
            return backup_files.list_backups_in([self._server_folder])
        return backup_files.list_backups(self._need_file())

    def back_up(
        self, reason: str = "manual", progress: ProgressFn | None = None, now: datetime | None = None
    ) -> BackupSummary:
        return _summary(backup_files.write_backup(self._need_file(), reason, now=now, progress=progress))

    def back_up_on_open(self, now: datetime | None = None) -> BackupSummary | None:
        """The copy taken when a window opens the file; none when one is under a minute old
        (the upgrade's, or the restore's just before)."""
        if self._file is None:
            return None
        now = now or datetime.now(timezone.utc)
        latest = backup_files.latest_backup(self._file)
        if latest is not None and now - latest.taken_at < _FRESH:
            return None
        return self.back_up("open", now=now)

    def periodic_backup_due(self, now: datetime | None = None) -> bool:
        """An event is under way (its start..end includes now) and the last copy is 10 minutes old."""
        if self._file is None or self._event_under_way is None:
            return False
        now = now or datetime.now(timezone.utc)
        if not self._event_under_way(now):
            return False
        latest = backup_files.latest_backup(self._file)
        return latest is None or now - latest.taken_at >= PERIOD

    def back_up_if_due(self, now: datetime | None = None) -> BackupSummary | None:
        if not self.periodic_backup_due(now):
            return None
        return self.back_up("periodic", now=now)

    def find(self, name: str) -> BackupSummary:
        """A backup by its file name (or the path of any SQLite file to restore from)."""
        for backup in self._backup_files():
            if name in (backup.path.name, str(backup.path)):
                return _summary(backup)
        candidate = Path(name).expanduser()
        if candidate.is_file():
            return _summary(backup_files.BackupFile(candidate.resolve(), _mtime(candidate), "file"))
        raise DomainError("backup.not_found", name=name, location=self._location)

    def restore(
        self, name: str, progress: ProgressFn | None = None, cancel: threading.Event | None = None
    ) -> RestoreResult:
        """Puts backup `name` in place of the database, after keeping a copy of the database as it is.

        The caller holds the file's instance lock (no other app has it open) and has closed
        its own connections, or reopens on the file afterwards.
        """
        if self.of_server:
            copy = self.find(name)
            raise DomainError("backup.server_copy", name=copy.name, path=copy.path, location=self._location)
        database = self._need_file()
        chosen = self.find(name)
        check_cancel(cancel)
        previous, damaged = None, None
        try:
            previous = self.back_up("restore")
        except DomainError:
            if _readable(database):
                raise  # a sound database we cannot copy (disk full?): keep it, restore nothing
            damaged = str(_keep_raw_bytes(database))
        check_cancel(cancel)
        if damaged is None:
            backup_files.restore_into(Path(chosen.path), database, progress=progress, cancel=cancel)
        else:
            _replace_file(Path(chosen.path), database)
        return RestoreResult(chosen, previous, damaged)

    def restore_to_file(
        self,
        name: str,
        destination: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> BackupSummary:
        """Backup `name` written out as a new database file at destination; the copy stays as it was taken.

        For a shared server's copies (never written back over the server) and for a look at any
        backup beside the database. destination must not exist; it appears whole or not at all,
        readable by its owner only. The caller opens it (and so upgrades a copy of an older schema).
        """
        chosen = self.find(name)
        target = Path(destination).expanduser().resolve()
        if target.exists():
            raise DomainError("backup.destination_exists", path=str(target))
        partial = target.with_name(target.name + ".partial")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            partial.unlink(missing_ok=True)
            create_private_file(partial)  # the members' data: its owner's only
            backup_files.restore_into(Path(chosen.path), partial, progress=progress, cancel=cancel)
            backup_files.sync_file(partial)
            os.replace(partial, target)
        except OSError as error:
            raise DomainError("backup.restore_failed", path=chosen.path, detail=str(error)) from error
        finally:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
        return _summary(backup_files.BackupFile(target, chosen.taken_at, chosen.reason))


def _summary(backup: backup_files.BackupFile) -> BackupSummary:
    try:
        counts = backup_files.count_rows(backup.path)
        size = backup.path.stat().st_size
    except (sqlite3.Error, OSError):
        counts, size = backup_files.BackupCounts(None, None, None, None), 0
    return BackupSummary(
        backup.path.name,
        str(backup.path),
        backup.taken_at,
        backup.reason,
        size,
        counts.schema,
        counts.members,
        counts.registrations,
        counts.check_ins,
    )


def _mtime(path: Path) -> datetime:
    return datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)


def _readable(database: Path) -> bool:
    try:
        raw = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            return raw.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            raw.close()
    except sqlite3.Error:
        return False


def _keep_raw_bytes(database: Path) -> Path:
    """A damaged database SQLite cannot copy: its bytes (and -wal) are kept as they are, for rescue."""
    folder = backup_files.folder_beside(database)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    target = folder / f"{stamp}Z-damaged-{database.name}"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal"):
            source = Path(f"{database}{suffix}")
            if source.exists():
                shutil.copy2(source, f"{target}{suffix}")
    except OSError as error:
        raise DomainError("database.backup_failed", destination=str(target), detail=str(error)) from error
    return target


def _replace_file(backup: Path, database: Path) -> None:
    """The backup's bytes in place of a damaged file (whose old -wal must not be replayed on them)."""
    partial = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        for suffix in ("-wal", "-shm"):
            Path(f"{database}{suffix}").unlink(missing_ok=True)
        os.replace(partial, database)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DomainError("backup.restore_failed", path=str(backup), detail=str(error)) from error
