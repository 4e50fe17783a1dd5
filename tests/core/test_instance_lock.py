"""One app per file: a second process is told who has the file open, and may open it read-only.

The holder is a real second process; killing it (SIGKILL) must not leave the file locked.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import ssc_desktop
from ssc_desktop.app import compose, compose_for_window
from ssc_desktop.cli import main as ssc
from ssc_desktop.errors import DatabaseUnavailableError, DomainError
from ssc_desktop.services.instance_lock import DatabaseInUseError, current_holder, lock_path
from ssc_desktop.services.members import MemberDraft

REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
_HOLDER = """
import sys
from ssc_desktop.app import compose_for_window
context = compose_for_window(sys.argv[1])
print("open", flush=True)
sys.stdin.read()  # until the test closes our stdin
context.close()
print("closed", flush=True)
"""


@pytest.fixture
def database(db_path: Path) -> Path:
    context = compose(db_path)
    context.services.members.add_members([MemberDraft(latin_name=f"Member {i}") for i in range(25)])
    context.close()
    return db_path


@pytest.fixture
def other_app(database: Path) -> Iterator[subprocess.Popen]:
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(database)],
        env=environment,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdout.readline().strip() == "open"
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.wait()


def test_a_second_app_is_told_who_has_the_file_open(database: Path, other_app: subprocess.Popen) -> None:
    with pytest.raises(DatabaseInUseError) as caught:
        compose_for_window(database)
    holder = caught.value.holder
    assert (holder.host, holder.pid) == (socket.gethostname(), other_app.pid)
    message = str(caught.value)
    assert socket.gethostname() in message and str(other_app.pid) in message and str(database) in message
    assert f"{holder.since.astimezone():%Y-%m-%d %H:%M}" in message and "read-only" in message
    assert current_holder(database) == holder


def test_read_only_beside_the_writer_reads_everything_and_writes_nothing(
    database: Path,
    other_app: subprocess.Popen,
) -> None:
    context = compose_for_window(database, read_only=True)
    try:
        assert context.read_only
        assert context.services.members.count_members() == 25
        with pytest.raises(DatabaseUnavailableError) as caught:
            context.services.members.add_member(MemberDraft(latin_name="Not allowed"))
        assert caught.value.code == "database.read_only"
        assert str(database) in str(caught.value) and "?mode" not in str(caught.value)
        assert context.database.location == str(database)
    finally:
        context.close()
    assert current_holder(database) is not None  # closing the read-only one took nothing from the writer


def test_the_lock_of_a_killed_app_is_not_stuck(database: Path, other_app: subprocess.Popen) -> None:
    other_app.send_signal(signal.SIGKILL)
    other_app.wait()
    assert lock_path(database).exists()  # its words are left behind, the OS lock is not
    assert current_holder(database) is None
    context = compose_for_window(database)
    try:
        context.services.members.add_member(MemberDraft(latin_name="Written after the crash"))
        assert current_holder(database).pid == os.getpid()
    finally:
        context.close()
    assert not lock_path(database).exists()


def test_a_closed_app_lets_the_next_one_in(database: Path, other_app: subprocess.Popen) -> None:
    other_app.stdin.close()
    assert other_app.stdout.readline().strip() == "closed"
    other_app.wait()
    assert current_holder(database) is None
    compose_for_window(database).close()


def test_ssc_backup_restore_refuses_a_file_open_in_an_app(
    database: Path,
    other_app: subprocess.Popen,
    capsys: pytest.CaptureFixture,
) -> None:
    assert ssc(["--db", str(database), "backup", "now"]) == 0
    capsys.readouterr()
    assert ssc(["--db", str(database), "--json", "backup", "list"]) == 0
    import json

    [backup] = json.loads(capsys.readouterr().out)
    assert ssc(["--db", str(database), "backup", "restore", backup["name"]]) == 1
    error = capsys.readouterr().err
    assert "is open in SSC Desktop" in error and str(other_app.pid) in error


def test_read_only_refuses_a_file_at_an_older_schema(tmp_path: Path) -> None:
    from alembic import command

    from ssc_desktop.db import alembic_config, create_db_engine

    path = tmp_path / "old.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0003")
    engine.dispose()
    with pytest.raises(DomainError) as caught:
        compose_for_window(path, read_only=True)
    assert caught.value.code == "database.read_only_needs_upgrade"
    assert "0003" in str(caught.value)
