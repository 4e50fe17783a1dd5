"""Database failures a venue really meets end in words, never a traceback or someone's data.

Each failure is made for real: a read-only file, a full disk (a tiny tmpfs when the test
may mount one, else SQLite's page limit, which raises the same SQLITE_FULL), a lock held
by another connection, a damaged file, a PostgreSQL server stopped mid-work.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError, OperationalError

from ssc_desktop.app import compose
from ssc_desktop.db import create_db_engine, open_database
from ssc_desktop.db_failures import redacted_traceback, safe_description
from ssc_desktop.errors import DatabaseError, DatabaseUnavailableError, DomainError

SECRET_EMAIL = "very.private.person@example.org"
SECRET_NAME = "Ananya Secretname"


def _scratch_table(path: Path) -> None:
    """A table of our own beside the app's, so raw statements need no knowledge of the schema."""
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS scratch (name TEXT UNIQUE, note TEXT)")


def _assert_says_nothing_private(error: BaseException) -> None:
    for text_ in (str(error), safe_description(error), redacted_traceback(error)):
        assert SECRET_EMAIL not in text_
        assert SECRET_NAME not in text_


def test_read_only_file_is_said_in_words(db_path: Path):
    compose(db_path).close()
    _scratch_table(db_path)
    engine = create_db_engine(f"sqlite:///file:{db_path}?mode=ro&uri=true")
    with pytest.raises(DatabaseUnavailableError) as caught:
        with engine.begin() as connection:
            connection.execute(
                text("INSERT INTO scratch (name, note) VALUES (:n, :c)"), {"n": SECRET_NAME, "c": SECRET_EMAIL}
            )
    engine.dispose()
    assert caught.value.code == "database.read_only"
    assert str(db_path) in str(caught.value) and "read-only" in str(caught.value)
    assert "not saved" in str(caught.value)
    _assert_says_nothing_private(caught.value)


def test_lock_held_by_another_program(db_path: Path):
    context = compose(db_path)
    _scratch_table(db_path)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with context.database.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA busy_timeout=200")  # not the app's 10 s, for the test's sake
            with pytest.raises(DatabaseUnavailableError) as caught:
                connection.execute(text("INSERT INTO scratch (name, note) VALUES ('X', 'Y')"))
                connection.commit()
        assert caught.value.code == "database.locked"
        assert "another program" in str(caught.value)
    finally:
        holder.rollback()
        holder.close()
        context.close()


def test_disk_full_through_sqlite_page_limit(db_path: Path):
    context = compose(db_path)
    _scratch_table(db_path)
    try:
        with context.database.engine.connect() as connection:
            pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
            connection.exec_driver_sql(f"PRAGMA max_page_count={pages + 2}")
            with pytest.raises(DatabaseUnavailableError) as caught:
                for number in range(2000):
                    connection.execute(
                        text("INSERT INTO scratch (name, note) VALUES (:n, :c)"),
                        {"n": f"{SECRET_NAME} {number} " + "x" * 500, "c": SECRET_EMAIL},
                    )
                connection.commit()
        assert caught.value.code == "database.disk_full"
        _assert_says_nothing_private(caught.value)
    finally:
        context.close()


def test_a_really_full_disk_stops_the_cli_with_one_clear_line(small_disk):
    disk = small_disk("3m")
    database = disk.path / "ssc.sqlite3"
    compose(database).close()
    disk.fill()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "ssc_desktop.cli",
            "--db",
            str(database),
            "event",
            "create",
            "--title",
            SECRET_EMAIL + " " + "y" * 3000,
            "--chapter",
            SECRET_NAME,
            "--start",
            "2026-12-01 09:00",
            "--format",
            "hybrid",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("ssc: error: ")
    assert "full" in done.stderr and SECRET_EMAIL not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_damaged_file_is_refused_in_words(db_path: Path):
    compose(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[4096:8192] = b"\xde\xad\xbe\xef" * 1024  # the second page: the schema's tables
    for suffix in ("-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db_path.write_bytes(bytes(data))
    with pytest.raises(DatabaseError) as caught:
        context = compose(db_path)
        try:
            context.services.members.list_members()
        finally:
            context.close()
    assert caught.value.code in ("database.malformed", "database.cannot_open")
    assert "Traceback" not in str(caught.value)


def test_not_a_database_at_all(tmp_path: Path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"this is a shopping list, not a database\n" * 200)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    assert caught.value.code in ("database.malformed", "database.cannot_open")
    assert str(path) in str(caught.value)


def test_the_programs_own_errors_pass_through(context, db_path: Path):
    """A unique constraint or a missing table is for the code that expects it, not a 'database down'."""
    _scratch_table(db_path)
    engine = context.database.engine
    with pytest.raises(IntegrityError):
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO scratch (name, note) VALUES ('Same', 'X')"))
            connection.execute(text("INSERT INTO scratch (name, note) VALUES ('Same', 'X')"))
    with pytest.raises(OperationalError):
        with engine.connect() as connection:
            connection.execute(text("SELECT * FROM no_such_table"))


def test_driver_text_never_reaches_messages_or_logs(context, db_path: Path):
    _scratch_table(db_path)
    engine = context.database.engine
    try:
        with engine.begin() as connection:
            connection.execute(text("INSERT INTO scratch (name, note) VALUES (:n, 'X')"), {"n": SECRET_EMAIL})
            connection.execute(text("INSERT INTO scratch (name, note) VALUES (:n, 'X')"), {"n": SECRET_EMAIL})
    except IntegrityError as error:
        assert "[parameters hidden" in str(error) or SECRET_EMAIL not in str(error)
        assert safe_description(error).startswith("database error IntegrityError")
        trace = redacted_traceback(error)
        assert "Traceback" in trace and SECRET_EMAIL not in trace and "[SQL:" not in trace
    else:  # pragma: no cover - the second insert must fail
        pytest.fail("the unique constraint did not hold")


def test_cli_unexpected_error_is_one_line_and_a_redacted_log(db_path: Path, monkeypatch, capsys):
    from ssc_desktop import cli
    from ssc_desktop.paths import user_data_dir

    compose(db_path).close()
    _scratch_table(db_path)

    def exploding(args, context):
        with context.database.engine.begin() as connection:
            for _ in range(2):
                connection.execute(text("INSERT INTO scratch (name, note) VALUES (:n, 'X')"), {"n": SECRET_EMAIL})

    parser = cli.build_parser()
    monkeypatch.setattr(cli, "build_parser", lambda: parser)
    args = parser.parse_args(["--db", str(db_path), "event", "list"])
    monkeypatch.setattr(parser, "parse_args", lambda argv=None: args)
    args.handler = exploding
    assert cli.main([]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("ssc: error: Something unexpected went wrong")
    assert SECRET_EMAIL not in err and "Traceback" not in err
    log = (user_data_dir() / "logs" / "ssc.log").read_text(encoding="utf-8")
    assert "IntegrityError" in log and SECRET_EMAIL not in log


def test_domain_error_for_logs_names_only_its_code():
    error = DomainError("checkin.already", member=SECRET_NAME, time="10:02", station="Door A")
    assert SECRET_NAME in str(error)  # the person at the desk is told who
    assert SECRET_NAME not in redacted_traceback(error)  # the log is not


@pytest.mark.postgres
def test_server_lost_mid_event_and_back(private_postgres):
    """Scanning while the server is down says so in words; when it is back, scanning goes on."""
    from ssc_desktop.app import create_demo

    context, _summary = create_demo(private_postgres.url, member_count=40)
    try:
        services = context.services
        event = services.events.get_event(_summary.reunion_event_id)
        rows = [
            r
            for r in services.registrations.list_registrations(event.id)
            if r.status.value == "registered" and r.checked_in_at is None
        ]
        codes = [services.tickets.code_for(r.id) for r in rows[:3]]
        assert services.checkin.scan(event.id, codes[0], station="Door A").accepted

        private_postgres.stop()
        private_postgres.wait_until_down()
        with pytest.raises(DatabaseUnavailableError) as caught:
            services.checkin.scan(event.id, codes[1], station="Door A")
        assert caught.value.code == "database.server_gone"
        assert "cannot be reached" in str(caught.value) and "127.0.0.1" in str(caught.value)
        _assert_says_nothing_private(caught.value)

        cli = subprocess.run(
            [
                sys.executable,
                "-m",
                "ssc_desktop.cli",
                "--db",
                private_postgres.url,
                "checkin",
                "--event",
                str(event.id),
                "--station",
                "Door B",
                codes[1],
            ],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert cli.returncode == 1 and "Traceback" not in cli.stderr
        assert cli.stderr.startswith("ssc: error: ") and "cannot be reached" in cli.stderr

        private_postgres.start()
        assert services.checkin.scan(event.id, codes[1], station="Door A").accepted
        # The check-in confirmed before the server went away is still there.
        assert services.registrations.get_registration(rows[0].id).checked_in_at is not None
        assert services.registrations.get_registration(rows[2].id).checked_in_at is None
    finally:
        context.close()


def test_scan_while_another_program_holds_the_lock(db_path: Path, build_event, monkeypatch):
    """The desk's own wait for the write lock (db._wait_for_write_lock) ends in words too."""
    from ssc_desktop import db

    event_id, codes = build_event(str(db_path), 3)
    monkeypatch.setattr(db, "WRITE_LOCK_WAIT_S", 0.3)
    context = compose(db_path)
    holder = sqlite3.connect(db_path)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        with pytest.raises(DatabaseUnavailableError) as caught:
            context.services.checkin.scan(event_id, next(iter(codes.values())), station="Door A")
        assert caught.value.code == "database.locked"
        holder.rollback()
        assert context.services.checkin.scan(event_id, next(iter(codes.values())), station="Door A").accepted
    finally:
        holder.close()
        context.close()


def test_cli_error_lines_cannot_paint_the_terminal(db_path: Path, build_event, capsys):
    from ssc_desktop import cli

    event_id, _codes = build_event(str(db_path), 1)
    assert (
        cli.main(
            [
                "--db",
                str(db_path),
                "checkin",
                "--event",
                str(event_id),
                "--batch",
                str(db_path.parent / "\x1b[32mACCEPTED\x1b[0m.txt"),
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert err.startswith("ssc: error: ") and "\x1b" not in err
    assert "\\x1b[32mACCEPTED" in err  # the list name the person typed, shown, not obeyed
