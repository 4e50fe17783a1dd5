"""Automatic backup copies of a SQLite database: where they go, their names, how many are kept.

Backups go in a folder beside the database ("reunion.sqlite3" -> "reunion.sqlite3-backups/"):
a coordinator who copies the reunion's folder to another laptop or a USB stick takes its
backups along, and each database's backups are found without knowing which laptop made them.
When that folder cannot be written (a read-only share, a write-protected stick) they go to
the user's data folder instead, under a name made from the database's path.

Each copy is made with SQLite's online backup API from a read transaction: a consistent
snapshot even while desks keep writing (in WAL mode they are not held up), never a file
copy that could catch a half-written page or miss the -wal file. A copy is written as
".partial" and renamed when whole, in rollback-journal mode, so it is one self-contained file.

Used by db.migrate (the copy before an upgrade), so nothing here imports the services or Qt.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from ssc_desktop.atomic_files import PRIVATE_FOLDER_MODE, create_private_file
from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, WorkCancelled, report

KEEP_LAST = 20
KEEP_DAILY_DAYS = 30
# Why a copy was taken, as written in its name.
REASONS = ("open", "upgrade", "periodic", "restore", "manual")
_SUFFIX = ".sqlite3"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stamp>\d{8}-\d{6})-(?P<micro>\d{6})Z-(?P<reason>[a-z]+)\.sqlite3$")
# Big enough that a backup of a reunion's database is a handful of steps, small enough that
# Cancel is heard within a moment.
_RESTORE_STEP_PAGES = 4096


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    reason: str


def folder_beside(database: Path) -> Path:
    return database.with_name(database.name + "-backups")


def fallback_folder(database: Path) -> Path:
    from ssc_desktop.paths import user_data_dir

    digest = hashlib.sha256(str(database.resolve()).encode("utf-8")).hexdigest()[:12]
    return user_data_dir() / "backups" / f"{database.stem}-{digest}"


def backup_folders(database: Path) -> list[Path]:
    return [folder_beside(database), fallback_folder(database)]


def _writable_folder(database: Path) -> Path:
    errors = []
    for folder in backup_folders(database):
        try:
            folder.mkdir(mode=PRIVATE_FOLDER_MODE, parents=True, exist_ok=True)
            probe = folder / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
            return folder
        except OSError as error:
            errors.append(f"{folder}: {error.strerror or error}")
    raise DomainError("database.backup_failed", destination=str(folder_beside(database)), detail="; ".join(errors))


def list_backups(database: Path) -> list[BackupFile]:
    """The backups of database, newest first."""
    return list_backups_in(backup_folders(database))


def list_backups_in(folders: list[Path]) -> list[BackupFile]:
    """The backups in these folders (the first one's copy of a name wins), newest first."""
    found: dict[str, BackupFile] = {}
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.glob(f"*{_SUFFIX}"):
            match = _NAME.match(path.name)
            if match is None:
                continue
            taken = datetime.strptime(match["stamp"], _STAMP).replace(
                microsecond=int(match["micro"]), tzinfo=timezone.utc
            )
            found.setdefault(path.name, BackupFile(path, taken, match["reason"]))
    return sorted(found.values(), key=lambda b: b.taken_at, reverse=True)


def latest_backup(database: Path, reason: str | None = None) -> BackupFile | None:
    return next((b for b in list_backups(database) if reason is None or b.reason == reason), None)


def backup_name(taken: datetime, reason: str) -> str:
    """The file name of a copy taken at taken (UTC) for reason: list_backups reads both back from it."""
    return f"{taken:{_STAMP}}-{taken:%f}Z-{reason}{_SUFFIX}"


def write_backup(
    database: Path,
    reason: str,
    *,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> BackupFile:
    """A new backup of database (closed or open in any process); then the old ones are pruned."""
    assert reason in REASONS, reason
    taken = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = _writable_folder(database)
    final = folder / backup_name(taken, reason)
    partial = final.with_name(final.name + ".partial")
    report(progress, 0, 1, "")
    try:
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)
        try:
            _copy(source, partial)
        finally:
            source.close()
        sync_file(partial)
        os.replace(partial, final)
    except (OSError, sqlite3.Error) as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise DomainError("database.backup_failed", destination=str(final), detail=str(error)) from error
    report(progress, 1, 1, "")
    prune(database, now=taken)
    return BackupFile(final, taken, reason)


def _copy(source: sqlite3.Connection, target: Path) -> None:
    target.unlink(missing_ok=True)
    create_private_file(target)  # a copy of the members' data: its owner's only, like the database
    copy = sqlite3.connect(target)
    try:
        # One step: the whole copy comes from one read transaction. In steps, each write by
        # another desk between two steps would start the copy over, perhaps for ever.
        source.backup(copy)
        copy.execute("PRAGMA journal_mode=DELETE")
        copy.commit()
    finally:
        copy.close()


def sync_file(path: Path) -> None:
    # The rename must not reach the disk before the copy's pages do (a power cut at the venue).
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def prune(database: Path, *, now: datetime | None = None) -> list[Path]:
    """Keeps the newest KEEP_LAST backups plus the newest of each day of the last KEEP_DAILY_DAYS."""
    return prune_in(backup_folders(database), now=now)


def prune_in(folders: list[Path], *, now: datetime | None = None) -> list[Path]:
    """prune, for the backups in these folders."""
    now = now or datetime.now(timezone.utc)
    backups = list_backups_in(folders)
    keep = {b.path for b in backups[:KEEP_LAST]}
    seen_days: set = set()
    for backup in backups:  # newest first: the first seen of a day is its newest
        day = backup.taken_at.date()
        if day not in seen_days and backup.taken_at >= now - timedelta(days=KEEP_DAILY_DAYS):
            seen_days.add(day)
            keep.add(backup.path)
    removed = []
    for backup in backups:
        if backup.path not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    for folder in folders:  # copies a killed app left half written
        for partial in folder.glob(f"*{_SUFFIX}.partial") if folder.is_dir() else ():
            with contextlib.suppress(OSError):
                if partial.stat().st_mtime < (now - timedelta(minutes=10)).timestamp():
                    partial.unlink()
    return removed


@dataclass(frozen=True)
class BackupCounts:
    schema: str | None
    members: int | None
    registrations: int | None
    check_ins: int | None  # standing and past check-ins, not the undone ones


def count_rows(path: Path) -> BackupCounts:
    """What a backup holds, read without changing it (None for what it cannot say)."""
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:

        def scalar(sql: str) -> object:
            try:
                row = raw.execute(sql).fetchone()
            except sqlite3.Error:
                return None
            return row[0] if row else None

        def count(sql: str) -> int | None:
            value = scalar(sql)
            return value if isinstance(value, int) else None

        schema = scalar("SELECT version_num FROM alembic_version")
        return BackupCounts(
            schema=schema if isinstance(schema, str) else None,
            members=count("SELECT count(*) FROM members"),
            registrations=count("SELECT count(*) FROM registrations"),
            check_ins=count("SELECT count(*) FROM check_ins WHERE undone = 0"),
        )
    finally:
        raw.close()


def restore_into(
    backup: Path,
    database: Path,
    *,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> None:
    """Writes backup's pages over database, through SQLite, so its -wal and -shm stay right.

    Cancelled before the last step, the database is as it was: SQLite commits the
    destination only when the copy is whole.
    """
    try:
        check = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            if check.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise DomainError("backup.damaged", path=str(backup))
        finally:
            check.close()
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        target = sqlite3.connect(database, timeout=10)
        try:
            source.backup(target, pages=_RESTORE_STEP_PAGES, progress=_progress_or_cancel(progress, cancel), sleep=0)
        finally:
            target.close()
            source.close()
    except sqlite3.Error as error:
        raise DomainError("backup.restore_failed", path=str(backup), detail=str(error)) from error


def _progress_or_cancel(progress: ProgressFn | None, cancel: threading.Event | None) -> Callable[[int, int, int], None]:
    def step(_status: int, remaining: int, total: int) -> None:
        # sqlite3 aborts the copy (rolling the database back) when this raises; after the
        # last step the copy is already committed, so a late Cancel is not heard.
        if remaining and cancel is not None and cancel.is_set():
            raise WorkCancelled()
        report(progress, total - remaining, total, "")

    return step
