"""Schema changes a kill cannot break: `ssc init` and upgrades SIGKILLed at random moments.

Each kill is a real `ssc` process killed with SIGKILL; afterwards the file must open (and
upgrade) in this version with every row it held. The kill moments are spread over the
measured length of an uninterrupted run: one random moment in each twentieth of it.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

import ssc_desktop
from ssc_desktop.db import alembic_config, create_db_engine, known_head, open_database, schema_heads

KILLS = 20
MEMBERS = 30_000
REGISTRATIONS = 30_000
CHECK_INS = 10_000
REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]


# `ssc --db FILE init`, started once Python and the app's modules are loaded: the kill moments are
# then spread over the database work itself, not over the interpreter's start-up (about two thirds
# of a plain `python -m ssc_desktop.cli` run on this file).
_LAUNCHER = """
import sys
import alembic.command, alembic.runtime.migration, alembic.script, alembic.operations  # noqa: E401
import ssc_desktop.app, ssc_desktop.cli  # noqa: E401
print("ready", flush=True)
sys.exit(ssc_desktop.cli.main(["--db", sys.argv[1], "init"]))
"""


def _ssc_init(db: Path) -> subprocess.Popen:
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", _LAUNCHER, str(db)], env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout.readline().strip() == b"ready"
    return process


def _timed_run(db: Path) -> float:
    process = _ssc_init(db)
    started = time.monotonic()
    _out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    return time.monotonic() - started


def _measured_duration(make_file) -> float:
    """The shorter of two uninterrupted runs: one slowed by a busy machine would put most kills too late."""
    return min(_timed_run(make_file(attempt)) for attempt in range(2))


def _kill_moments(duration: float) -> list[float]:
    generator = random.Random(int(os.environ.get("SSC_KILL_SEED", time.time_ns())))
    slot = duration / KILLS
    return [slot * (i + generator.random()) for i in range(KILLS)]


def _run_and_kill(db: Path, after: float) -> bool:
    """Runs `ssc init` on db and SIGKILLs it `after` seconds into its work; False when it ended first."""
    process = _ssc_init(db)
    try:
        process.wait(timeout=after)
        return False
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait()
        return True
    finally:
        process.stdout.close()
        process.stderr.close()


def _revision(db: Path) -> str | None:
    raw = sqlite3.connect(db)
    try:
        return raw.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        raw.close()


def _fingerprint(db: Path) -> tuple:
    database = open_database(db)
    try:
        assert schema_heads(database.engine) == {known_head()}
        with database.engine.connect() as connection:
            return connection.execute(
                text(
                    "SELECT (SELECT count(*) FROM members), (SELECT sum(length(latin_name) + id) FROM members), "
                    "(SELECT count(*) FROM registrations), (SELECT count(*) FROM check_ins WHERE undone = 0)"
                )
            ).one()
    finally:
        database.dispose()


@pytest.fixture(scope="module")
def oldest_schema_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 30,000-member database at revision 0001, the oldest schema, built with raw SQL."""
    path = tmp_path_factory.mktemp("oldest") / "reunion-0001.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0001")
    engine.dispose()
    raw = sqlite3.connect(path)
    with raw:
        raw.execute(
            "INSERT INTO chapters (id, name, short_name, country, created_at) "
            "VALUES (1, 'SSC China', 'SSCC', 'China', '2026-01-01 00:00:00')"
        )
        raw.execute(
            "INSERT INTO events (id, chapter_id, title, format, venue, online_link, starts_at, ends_at, "
            "timezone, capacity, created_at) VALUES (1, 1, 'Reunion', 'face-to-face', 'Beijing', '', "
            "'2026-12-01 01:00:00', '2026-12-01 10:00:00', 'Asia/Shanghai', NULL, '2026-01-01 00:00:00')"
        )
        raw.executemany(
            "INSERT INTO members (id, chapter_id, latin_name, native_name, email, email_key, country, affiliation, "
            "visit_year, host_institution, gender, phone, notes, search_key, created_at, updated_at) VALUES "
            "(?, 1, ?, '成员', ?, ?, 'China', 'University', 2019, 'Host', 'unspecified', '', '', ?, "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
            ((i, f"Member {i}", f"m{i}@example.cn", f"m{i}@example.cn", f"member {i}") for i in range(1, MEMBERS + 1)),
        )
        raw.executemany(
            "INSERT INTO registrations (id, event_id, member_id, role, status, created_at) VALUES "
            "(?, 1, ?, 'participant', 'registered', '2026-01-01 00:00:00')",
            ((i, i) for i in range(1, REGISTRATIONS + 1)),
        )
        raw.executemany(
            "INSERT INTO check_ins (id, registration_id, checked_in_at, station, undone) VALUES "
            "(?, ?, '2026-12-01 02:00:00', 'Door', 0)",
            ((i, i) for i in range(1, CHECK_INS + 1)),
        )
    raw.close()
    return path


def test_init_of_a_new_file_killed_at_20_moments_always_opens_afterwards(tmp_path: Path) -> None:
    duration = _measured_duration(lambda attempt: tmp_path / f"measured-{attempt}.sqlite3")
    killed = 0
    for number, moment in enumerate(_kill_moments(duration)):
        db = tmp_path / f"new-{number}.sqlite3"
        killed += _run_and_kill(db, moment)
        members, _sum, registrations, check_ins = _fingerprint(db)
        assert (members, registrations, check_ins) == (0, 0, 0)
    assert killed >= KILLS // 2, f"only {killed} of {KILLS} runs were killed before they ended ({duration:.2f} s)"


def test_upgrade_of_30000_members_from_0001_killed_at_20_moments_keeps_every_row(
    oldest_schema_file: Path,
    tmp_path: Path,
) -> None:
    def reference(attempt: int) -> Path:
        path = tmp_path / f"measured-{attempt}.sqlite3"
        shutil.copyfile(oldest_schema_file, path)
        return path

    duration = _measured_duration(reference)
    expected = _fingerprint(tmp_path / "measured-1.sqlite3")
    assert expected[0] == MEMBERS and expected[2:] == (REGISTRATIONS, CHECK_INS)
    killed = mid_upgrade = 0
    for number, moment in enumerate(_kill_moments(duration)):
        db = tmp_path / f"old-{number}.sqlite3"
        shutil.copyfile(oldest_schema_file, db)
        killed += _run_and_kill(db, moment)
        # Killed after the backup before the upgrade and before the upgrade's commit: the moment
        # that left files unopenable when each CREATE TABLE committed on its own.
        mid_upgrade += (
            bool(list(tmp_path.glob(f"old-{number}.sqlite3-backups/*-upgrade.sqlite3"))) and _revision(db) == "0001"
        )
        assert _fingerprint(db) == expected, f"kill {number} at {moment:.2f} s of {duration:.2f} s"
    assert mid_upgrade >= KILLS // 4, f"only {mid_upgrade} kills landed inside the upgrade ({duration:.2f} s)"
    assert killed >= KILLS // 2, f"only {killed} of {KILLS} runs were killed before they ended ({duration:.2f} s)"


def test_a_failing_migration_leaves_no_table_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The transaction really covers DDL: a migration failing after creating tables leaves none of them."""
    path = tmp_path / "half.sqlite3"
    engine = create_db_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0003")
    engine.dispose()
    from alembic.operations import Operations

    real_create_table = Operations.create_table
    made: list[str] = []

    def create_then_fail(self, name, *columns, **kw):
        if name.startswith("contest"):  # 0004's tables (the upgrade from 0003 makes them first)
            made.append(name)
            if len(made) == 3:
                raise RuntimeError("power cut")
        return real_create_table(self, name, *columns, **kw)

    monkeypatch.setattr(Operations, "create_table", create_then_fail)
    with pytest.raises(RuntimeError, match="power cut"):
        open_database(path)
    monkeypatch.undo()
    raw = sqlite3.connect(path)
    tables = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0003",)]
    raw.close()
    assert made[:2] and not tables & set(made[:2])
    database = open_database(path)  # and the next start upgrades it
    try:
        assert schema_heads(database.engine) == {known_head()}
    finally:
        database.dispose()


def test_a_file_of_another_program_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "accounts.sqlite3"
    raw = sqlite3.connect(path)
    with raw:
        raw.execute("CREATE TABLE ledger (id INTEGER PRIMARY KEY, amount REAL)")
        raw.execute("INSERT INTO ledger (amount) VALUES (12.5)")
    raw.close()
    before = path.read_bytes()
    from ssc_desktop.errors import DomainError

    with pytest.raises(DomainError) as caught:
        open_database(path)
    assert caught.value.code == "database.not_ssc"
    message = str(caught.value)
    assert str(path) in message and "ledger" in message and "left exactly as it was" in message
    assert path.read_bytes() == before
    raw = sqlite3.connect(path)
    assert [r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")] == ["ledger"]
    raw.close()
    assert not (tmp_path / "accounts.sqlite3-backups").exists()


def test_an_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    database = open_database(path)
    try:
        assert schema_heads(database.engine) == {known_head()}
    finally:
        database.dispose()
    assert not (tmp_path / "empty.sqlite3-backups").exists()  # nothing in it to keep


def test_an_upgrade_is_preceded_by_a_backup_at_the_old_schema(oldest_schema_file: Path, tmp_path: Path) -> None:
    from ssc_desktop import backup_files

    db = tmp_path / "reunion.sqlite3"
    shutil.copyfile(oldest_schema_file, db)
    database = open_database(db)
    database.dispose()
    [backup] = backup_files.list_backups(db)
    assert backup.reason == "upgrade" and backup.path.parent == tmp_path / "reunion.sqlite3-backups"
    assert database.upgrade_backup == backup.path  # told to whoever opened it (ssc init prints it)
    counts = backup_files.count_rows(backup.path)
    assert (counts.schema, counts.members, counts.registrations, counts.check_ins) == (
        "0001",
        MEMBERS,
        REGISTRATIONS,
        CHECK_INS,
    )
    again = open_database(db)  # up to date now: no upgrade, no second copy
    again.dispose()
    assert len(backup_files.list_backups(db)) == 1 and again.upgrade_backup is None


def test_no_upgrade_without_a_backup(oldest_schema_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ssc_desktop import backup_files
    from ssc_desktop.errors import DomainError

    db = tmp_path / "reunion.sqlite3"
    shutil.copyfile(oldest_schema_file, db)
    (tmp_path / "reunion.sqlite3-backups").write_text("a file where the folder should be")
    monkeypatch.setattr(backup_files, "fallback_folder", lambda database: tmp_path / "reunion.sqlite3-backups" / "x")
    with pytest.raises(DomainError) as caught:
        open_database(db)
    assert caught.value.code == "database.upgrade_needs_backup"
    assert "was not changed" in str(caught.value) and str(db) in str(caught.value)
    raw = sqlite3.connect(db)
    assert raw.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    raw.close()


def _broken_the_old_way(source: Path, target: Path, fail_at: int) -> None:
    """What the old code left when killed: the upgrade run as before (pysqlite committing each
    DDL statement on its own until the first write), stopped at its fail_at-th statement."""
    from alembic.ddl.impl import DefaultImpl

    shutil.copyfile(source, target)
    real_exec = DefaultImpl._exec
    count = 0

    def exec_until(self, construct, *args, **kwargs):
        nonlocal count
        count += 1
        if count == fail_at:
            raise KeyboardInterrupt("killed")
        return real_exec(self, construct, *args, **kwargs)

    engine = create_db_engine(f"sqlite:///{target}")  # the app's engine: pysqlite's own transactions
    DefaultImpl._exec = exec_until
    try:
        command.upgrade(alembic_config(engine), "head")
    except KeyboardInterrupt:
        pass
    finally:
        DefaultImpl._exec = real_exec
        engine.dispose()


@pytest.mark.parametrize("fail_at", [2, 5, 9, 14, 40])  # new tables, an added column, a batch copy
def test_a_file_an_older_version_left_half_upgraded_opens_again(
    oldest_schema_file: Path,
    tmp_path: Path,
    fail_at: int,
) -> None:
    broken = tmp_path / "broken.sqlite3"
    _broken_the_old_way(oldest_schema_file, broken, fail_at)
    assert _revision(broken) == "0001"
    members, _sum, registrations, check_ins = _fingerprint(broken)  # opens, upgrades, keeps every row
    assert (members, registrations, check_ins) == (MEMBERS, REGISTRATIONS, CHECK_INS)


def test_leftovers_of_an_old_half_upgrade_are_really_there_without_the_rescue(
    oldest_schema_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Guards the test above: the broken files are broken (as the issue found them) until rescued."""
    from ssc_desktop import schema_rescue

    broken = tmp_path / "broken.sqlite3"
    _broken_the_old_way(oldest_schema_file, broken, 5)
    monkeypatch.setattr(schema_rescue, "remove_leftovers", lambda path, revision: [])
    with pytest.raises(Exception, match="already exists"):
        open_database(broken)


def test_a_file_an_interrupted_old_init_left_opens_again(tmp_path: Path) -> None:
    empty = tmp_path / "empty.sqlite3"
    sqlite3.connect(empty).close()
    broken = tmp_path / "broken-init.sqlite3"
    _broken_the_old_way(empty, broken, 6)
    raw = sqlite3.connect(broken)
    assert raw.execute("SELECT count(*) FROM alembic_version").fetchone() == (0,)
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'chapters'").fetchone() == (1,)
    raw.close()
    members, _sum, registrations, check_ins = _fingerprint(broken)
    assert (members, registrations, check_ins) == (0, 0, 0)
