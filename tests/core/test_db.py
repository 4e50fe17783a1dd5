"""Opening a database: file, pragmas, automatic migrations, refusing a newer schema."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from ssc_desktop.db import database_url, describe_location, known_head, open_database, schema_heads
from ssc_desktop.errors import DatabaseError, DatabaseOpenError, DatabaseTooNewError, DomainError
from ssc_desktop.models import Base

APP_TABLES = {"chapters", "members", "events", "registrations", "check_ins"}


def _versions(database) -> list[str]:
    with database.engine.connect() as connection:
        return [row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))]


def test_open_creates_sqlite_file_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "nested" / "folder" / "ssc.sqlite3"
    database = open_database(path)
    try:
        assert path.is_file()
        assert database.is_sqlite
        assert database.location == str(path.resolve())
        with database.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            # FULL (2): a committed check-in survives a power cut.
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
    finally:
        database.dispose()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    database = open_database(tmp_path / "fk.sqlite3")
    try:
        with pytest.raises(Exception, match="FOREIGN KEY"):
            with database.engine.begin() as connection:
                connection.execute(
                    text(
                        "INSERT INTO registrations (event_id, member_id, role, status, created_at) "
                        "VALUES (999, 999, 'participant', 'registered', '2026-01-01 00:00:00')"
                    )
                )
    finally:
        database.dispose()


def test_migrations_are_applied_on_open(tmp_path: Path) -> None:
    database = open_database(tmp_path / "ssc.sqlite3")
    try:
        assert _versions(database) == [known_head()]
        assert schema_heads(database.engine) == {known_head()}
        tables = set(database.table_names())
        assert APP_TABLES <= tables
        assert set(Base.metadata.tables) <= tables
    finally:
        database.dispose()


def test_open_without_migrations_leaves_schema_alone(tmp_path: Path) -> None:
    database = open_database(tmp_path / "bare.sqlite3", run_migrations=False)
    try:
        assert database.table_names() == []
    finally:
        database.dispose()


def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "ssc.sqlite3"
    first = open_database(path)
    with first.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO chapters (name, short_name, country, created_at) "
                "VALUES ('SSC India', 'ISCA', 'India', '2026-01-01 00:00:00')"
            )
        )
    first.dispose()

    for _ in range(2):
        again = open_database(path)
        try:
            assert _versions(again) == [known_head()]
            with again.engine.connect() as connection:
                assert connection.execute(text("SELECT name FROM chapters")).scalars().all() == ["SSC India"]
        finally:
            again.dispose()


def test_database_from_a_newer_version_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    database = open_database(path)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    database.dispose()

    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(path)
    error = caught.value
    assert isinstance(error, DomainError)
    assert error.code == "database.too_new"
    assert error.params["found"] == "9999_future"
    assert error.params["known"] == known_head()
    message = str(error)
    assert "made by a newer version" in message
    assert "9999_future" in message
    assert str(path.resolve()) in message

    # The refused file is left exactly as it was: no downgrade, no new tables.
    check = open_database(path, run_migrations=False)
    try:
        assert _versions(check) == ["9999_future"]
    finally:
        check.dispose()


def test_folder_that_cannot_be_created_gives_database_open_error(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(DatabaseOpenError) as caught:
        open_database(blocker / "sub" / "ssc.sqlite3")
    assert caught.value.code == "database.cannot_open"
    assert "not-a-folder" in str(caught.value)
    assert str(caught.value).startswith("Cannot open the database")


def test_file_that_is_not_a_database_gives_database_open_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"These are my meeting notes, not a database.\n" * 200)
    with pytest.raises(DatabaseError) as caught:
        open_database(path)
    # Said as what it is, with what to do (db_failures): not a database, open a backup instead.
    assert caught.value.code == "database.malformed"
    assert str(path) in str(caught.value) and "backup" in str(caught.value)
    assert path.read_bytes().startswith(b"These are my meeting notes")


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgresql://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
        ("postgres://u:p@h:5433/db", "postgresql+psycopg://u:p@h:5433/db"),
        ("postgresql+psycopg://u:p@h/db", "postgresql+psycopg://u:p@h/db"),
    ],
)
def test_database_url_uses_psycopg_for_postgresql(given: str, expected: str) -> None:
    assert database_url(given) == expected


def test_database_url_for_a_path_is_an_absolute_sqlite_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert database_url("relative.sqlite3") == f"sqlite:///{(tmp_path / 'relative.sqlite3').resolve()}"
    assert database_url(tmp_path / "x.sqlite3") == f"sqlite:///{(tmp_path / 'x.sqlite3').resolve()}"


def test_database_url_defaults_to_the_user_data_folder() -> None:
    from ssc_desktop.paths import default_database_path

    assert database_url(None) == f"sqlite:///{default_database_path().resolve()}"
    assert database_url("") == database_url(None)


def test_describe_location_hides_the_password() -> None:
    shown = describe_location(database_url("postgresql://ssc:s3cret@db.example/ssc"))
    assert "s3cret" not in shown
    assert "db.example" in shown
