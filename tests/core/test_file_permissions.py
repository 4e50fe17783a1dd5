"""The database, its -wal and -shm, and every backup are readable by their owner only (issue 12)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from ssc_desktop import backup_files
from ssc_desktop.app import compose
from ssc_desktop.atomic_files import create_private_file

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def open_umask():
    """The laxest usual umask (files 0644, even 0666 with 000): owner-only must not depend on it."""
    previous = os.umask(0o000)
    yield
    os.umask(previous)


def test_a_new_database_and_its_wal_and_shm_are_owner_only(db_path: Path, open_umask) -> None:
    context = compose(db_path)
    try:
        with context.database.engine.begin() as connection:  # a write: the -wal and -shm exist now
            connection.exec_driver_sql("CREATE TEMP TABLE t (x)")
        context.services.chapters.ensure_chapter("SSC India", "ISCA", "India")
        wal, shm = Path(f"{db_path}-wal"), Path(f"{db_path}-shm")
        assert wal.exists() and shm.exists()
        assert mode(db_path) == 0o600
        assert mode(wal) == 0o600
        assert mode(shm) == 0o600
    finally:
        context.close()


def test_an_existing_database_keeps_the_rights_its_owner_gave_it(db_path: Path) -> None:
    compose(db_path).close()
    os.chmod(db_path, 0o640)  # e.g. shared with a group on purpose
    compose(db_path).close()
    assert mode(db_path) == 0o640


def test_automatic_and_chosen_backups_are_owner_only(db_path: Path, tmp_path: Path, open_umask) -> None:
    context = compose(db_path)
    try:
        context.services.chapters.ensure_chapter("SSC India", "ISCA", "India")
        automatic = backup_files.write_backup(db_path, "manual")
        chosen = context.services.backup.backup_to(tmp_path / "copy.sqlite3")
    finally:
        context.close()
    assert mode(automatic.path) == 0o600
    assert mode(automatic.path.parent) == 0o700
    assert mode(chosen) == 0o600


def test_create_private_file_leaves_an_existing_file_alone(tmp_path: Path) -> None:
    path = tmp_path / "x"
    assert create_private_file(path) is True
    assert mode(path) == 0o600 and path.stat().st_size == 0
    path.write_bytes(b"data")
    os.chmod(path, 0o644)
    assert create_private_file(path) is False
    assert mode(path) == 0o644 and path.read_bytes() == b"data"
