"""db.write_locking / take_write_lock: SQLite transactions that hold the write lock from BEGIN."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from ssc_desktop import db
from ssc_desktop.errors import DatabaseUnavailableError
from ssc_desktop.db import create_db_engine, take_write_lock, write_locking


@pytest.fixture
def engine(tmp_path: Path):
    engine = create_db_engine(f"sqlite:///{tmp_path / 'lock.sqlite3'}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
    yield engine
    engine.dispose()


def hold_write_lock(path: str, seconds: float) -> threading.Thread:
    """Another process's desk, in a thread: holds the write lock for a while, then commits a row."""
    taken = threading.Event()

    def hold() -> None:
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        taken.set()
        time.sleep(seconds)
        other.execute("INSERT INTO t VALUES (1)")
        other.execute("COMMIT")
        other.close()

    thread = threading.Thread(target=hold)
    thread.start()
    taken.wait(10)
    return thread


def test_a_locking_transaction_waits_for_the_lock_and_then_reads_what_was_committed(engine) -> None:
    holder = hold_write_lock(engine.url.database, 0.3)
    started = time.monotonic()
    with write_locking(engine).begin() as connection:
        waited = time.monotonic() - started
        # The first statement already sees the other's commit: the decision is made on it.
        assert connection.execute(text("SELECT count(*) FROM t")).scalar() == 1
        connection.execute(text("INSERT INTO t VALUES (2)"))
    holder.join()
    assert 0.2 < waited < 5
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM t")).scalar() == 2
        # The connection's own busy_timeout is back for everything else.
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10000


def test_a_lock_held_too_long_is_an_error_after_the_wait(engine, monkeypatch) -> None:
    monkeypatch.setattr(db, "WRITE_LOCK_WAIT_S", 0.2)
    holder = hold_write_lock(engine.url.database, 1.0)
    started = time.monotonic()
    try:
        # Said in words (db_failures), as any lock held too long is.
        with pytest.raises(DatabaseUnavailableError) as caught, write_locking(engine).begin() as connection:
            connection.execute(text("SELECT 1"))
        assert caught.value.code == "database.locked"
        assert 0.15 < time.monotonic() - started < 0.9
    finally:
        holder.join()


def test_readers_and_plain_transactions_do_not_take_the_lock(engine) -> None:
    holder = hold_write_lock(engine.url.database, 0.5)
    try:
        started = time.monotonic()
        with engine.begin() as connection:  # a plain transaction that only reads: no lock, no wait
            assert connection.execute(text("SELECT count(*) FROM t")).scalar() == 0
        assert time.monotonic() - started < 0.2
    finally:
        holder.join()


def test_take_write_lock_on_a_session(engine) -> None:
    from sqlalchemy.orm import sessionmaker

    sessions = sessionmaker(engine)
    with sessions.begin() as session:
        take_write_lock(session)
        assert session.connection().connection.driver_connection.in_transaction  # BEGIN IMMEDIATE ran
        other = sqlite3.connect(engine.url.database, isolation_level=None, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
