"""Opening an SSC Desktop database: URL, engine, pragmas and migrations."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from ssc_desktop import db_failures
from ssc_desktop.atomic_files import create_private_file
from ssc_desktop.errors import DatabaseOpenError, DatabaseTooNewError, DomainError
from ssc_desktop.paths import default_database_path

if TYPE_CHECKING:
    from alembic.config import Config

_log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def database_url(target: str | Path | None) -> str:
    """Turn a file path, a URL or nothing (the default file) into a SQLAlchemy URL."""
    if target is None or str(target) == "":
        target = default_database_path()
    text = str(target)
    if "://" in text:
        url = make_url(text)
        if url.drivername in ("postgresql", "postgres"):
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(text).expanduser().resolve()
    return f"sqlite:///{path}"


def describe_location(url: str) -> str:
    parsed = make_url(url)
    if parsed.drivername.startswith("sqlite"):
        return (parsed.database or ":memory:").removeprefix("file:")
    return parsed.render_as_string(hide_password=True)


def _configure_sqlite(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL makes each committed check-in survive a power cut, WAL keeps it cheap.
    cursor.execute("PRAGMA synchronous=FULL")
    # Two laptops or a background export may hold the write lock for a moment.
    cursor.execute(f"PRAGMA busy_timeout={int(WRITE_LOCK_WAIT_S * 1000)}")
    cursor.close()


def _configure_sqlite_read_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # No journal_mode here: changing it is a write. The writing app keeps the file in WAL.
    dbapi_connection.execute(f"PRAGMA busy_timeout={int(WRITE_LOCK_WAIT_S * 1000)}")
    dbapi_connection.execute("PRAGMA query_only=ON")


def read_only_url(url: str) -> str:
    """The SQLite URL that opens the file with mode=ro: every write fails (database.read_only)."""
    path = make_url(url).database or ""
    # In a URI these three would end or escape the path (SQLite decodes %HH).
    escaped = path.replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"sqlite:///file:{escaped}?mode=ro&uri=true"


def create_db_engine(url: str, *, read_only: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise DatabaseOpenError(location=url, detail=str(exc)) from exc
    if parsed.drivername.startswith("sqlite"):
        if parsed.database and parsed.database != ":memory:":
            try:
                Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                if not read_only and not parsed.database.startswith("file:"):
                    # Made here, before SQLite makes it with the umask's 0644: every laptop user
                    # could read the members' data and the ticket secret.
                    create_private_file(parsed.database)
            except OSError as exc:
                raise DatabaseOpenError(location=parsed.database, detail=str(exc)) from exc
        if read_only:
            engine = create_engine(read_only_url(url), hide_parameters=True)
            event.listen(engine, "connect", _configure_sqlite_read_only)
        else:
            engine = create_engine(url, hide_parameters=True)
            event.listen(engine, "connect", _configure_sqlite)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    # hide_parameters: an error's text then never carries members' names, e-mails or secrets.
    db_failures.install(engine)
    return engine


# Execution option read by _begin_sqlite_immediately: the transaction takes SQLite's write lock
# at BEGIN instead of at its first write.
WRITE_LOCK_OPTION = "ssc_write_lock"


def sqlite_driver(connection: Connection) -> sqlite3.Connection:
    """The pysqlite connection under a SQLite engine's connection, for what SQLAlchemy does not say."""
    # SQLAlchemy types the driver's connection as Any | None; checked out, it is the live sqlite3.Connection.
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def _begin_sqlite_immediately(connection: Connection) -> None:
    """Starts the transaction with BEGIN IMMEDIATE when the connection asks for the write lock.

    pysqlite issues a deferred BEGIN only before the first INSERT/UPDATE/DELETE, so a
    transaction that reads, then decides and writes, decides on what it read with no lock:
    two processes both see "not checked in yet" and both insert. With the write lock taken
    first, the second waits (busy_timeout) and then reads what the first committed. Taking
    the lock at the start also keeps WAL's SQLITE_BUSY_SNAPSHOT away: a read transaction that
    later writes after another process committed fails at once, whatever busy_timeout says.
    pysqlite sees the transaction SQLite reports open and commits or rolls it back as usual.
    Other connections keep pysqlite's own handling: readers never hold the write lock.
    """
    if connection.get_execution_options().get(WRITE_LOCK_OPTION):
        try:
            _wait_for_write_lock(sqlite_driver(connection))
        except DBAPIError as error:  # straight on the driver, so handle_error did not see it
            raise db_failures.translated(error, connection.engine) or error from error


# How long a desk waits for the write lock (as the connections' busy_timeout).
WRITE_LOCK_WAIT_S = 10.0
# While waiting: (waited so far under, seconds between tries). Desks hand the lock on every
# millisecond or so, so a waiting desk tries often at first; a long holder (a backup, an
# import) is then polled ever more gently.
_WRITE_LOCK_POLL_S = ((0.05, 0.0002), (1.0, 0.001), (float("inf"), 0.005))


def _wait_for_write_lock(raw: sqlite3.Connection) -> None:
    """BEGIN IMMEDIATE, tried again and again (see _WRITE_LOCK_POLL_S) for up to WRITE_LOCK_WAIT_S.

    SQLite's own busy handler sleeps 1, 2, 5, 10, ... up to 100 ms between tries: with
    several desks taking turns every millisecond a waiting desk oversleeps many turns and
    loses the race to the desk that just let go. In the desks bench that made 230 check-ins/s
    and a p99 of 36-76 ms; trying every 0.2 ms gives about 1,100/s and a p99 near 10 ms.
    Straight on the driver's connection: this runs for every scan.
    """
    try:
        raw.execute("PRAGMA busy_timeout=0")
        try:
            started = time.monotonic()
            while True:
                try:
                    raw.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as error:
                    if error.sqlite_errorcode not in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                        raise
                    waited = time.monotonic() - started
                    if waited >= WRITE_LOCK_WAIT_S:
                        raise
                time.sleep(next(pause for under, pause in _WRITE_LOCK_POLL_S if waited < under))
        finally:
            raw.execute(f"PRAGMA busy_timeout={int(WRITE_LOCK_WAIT_S * 1000)}")
    except sqlite3.Error as error:
        # As SQLAlchemy would have raised it: callers catch (and explain) DBAPIError.
        raise DBAPIError.instance("BEGIN IMMEDIATE", None, error, sqlite3.Error) from error


def write_locking(engine: Engine) -> Engine:
    """The engine whose transactions decide-then-write safely against other desks and processes.

    On SQLite each transaction holds the database's write lock from its first statement
    (see _begin_sqlite_immediately); on PostgreSQL nothing changes here: the services lock
    the rows they decide on (SELECT ... FOR UPDATE) and the unique indexes refuse the rest.
    """
    if engine.dialect.name != "sqlite":
        return engine
    _listen_for_write_locks(engine)
    return engine.execution_options(**{WRITE_LOCK_OPTION: True})


def take_write_lock(session: Session) -> None:
    """write_locking for a Session: call it first in the transaction, before any statement.

    (Once the session holds a connection, SQLAlchemy ignores new execution options and warns.)
    """
    engine = session.get_bind()
    if engine.dialect.name != "sqlite":
        return
    _listen_for_write_locks(engine.engine)
    session.connection(execution_options={WRITE_LOCK_OPTION: True})


def _listen_for_write_locks(engine: Engine) -> None:
    # Registered on first use, so every engine the services get works, however it was made.
    if not event.contains(engine, "begin", _begin_sqlite_immediately):
        event.listen(engine, "begin", _begin_sqlite_immediately)


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if engine is not None:
        config.attributes["engine"] = engine
    return config


def schema_heads(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return set(MigrationContext.configure(connection).get_current_heads())


def known_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


@functools.cache
def _head_from_files() -> str | None:
    """The head revision read straight from versions/*.py (None if they cannot be read so simply).

    Opening an up-to-date database then needs no Alembic at all: importing it costs a good part
    of the app's start-up.
    """
    revisions: dict[str, str | None] = {}
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        down = re.search(r"^down_revision\s*=\s*(?:['\"]([^'\"]+)['\"]|None)", source, re.M)
        if revision is None or down is None:
            return None
        revisions[revision.group(1)] = down.group(1)
    heads = set(revisions) - {down for down in revisions.values() if down}
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(engine: Engine) -> set[str] | None:
    try:
        with engine.connect() as connection:
            return {row[0] for row in connection.execute(text("SELECT version_num FROM alembic_version"))}
    except DBAPIError:
        return None  # no version table yet (a new database), or not a database: Alembic will say


def sqlite_file(engine_or_url: Engine | str) -> Path | None:
    """The file of a SQLite engine or URL; None for PostgreSQL and in-memory databases."""
    url = engine_or_url.url if isinstance(engine_or_url, Engine) else make_url(engine_or_url)
    if not url.drivername.startswith("sqlite") or not url.database or url.database == ":memory:":
        return None
    return Path(url.database.removeprefix("file:").split("?", 1)[0])


def _sqlite_tables(path: Path) -> list[str]:
    """The tables in the file, read without changing a byte of it (the app's connections
    would turn WAL on); [] for a missing or empty file, or one SQLite cannot read (the
    engine then says what is wrong with it)."""
    if not path.is_file() or path.stat().st_size == 0:
        return []
    try:
        raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=WRITE_LOCK_WAIT_S)
        try:
            return [
                row[0]
                for row in raw.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
        finally:
            raw.close()
    except sqlite3.Error:
        return []


def _check_not_newer(engine: Engine, location: str) -> None:
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    script = ScriptDirectory.from_config(alembic_config())
    for revision in schema_heads(engine):
        try:
            script.get_revision(revision)
        except CommandError:
            raise DatabaseTooNewError(location=location, found=revision, known=known_head()) from None


def migrate(engine: Engine) -> Path | None:
    """Bring the schema up to this version's head; refuse a schema from a newer version. Gives the
    copy taken before an upgrade (None when nothing was upgraded, or a new database was made).

    On SQLite: a file holding tables but no version table is some other program's database,
    refused untouched; a file holding anything is backed up first (backup_files); the whole
    upgrade is one transaction, DDL included (see _schema_change_engine), so a kill at any
    moment leaves the schema as it was before or as it is after, never in between.
    On PostgreSQL (whose DDL is transactional anyway) a database at an older schema is first
    copied, every table, into a SQLite file on this laptop (server_backup); no copy, no upgrade.
    """
    location = describe_location(engine.url.render_as_string(hide_password=False))
    path = sqlite_file(engine)
    tables = _sqlite_tables(path) if path is not None else []
    if tables and "alembic_version" not in tables:
        raise DomainError("database.not_ssc", location=location, tables=", ".join(tables[:5]))
    head = _head_from_files()
    if head is not None and _stored_revisions(engine) == {head}:
        return None
    from alembic import command

    copy = None
    try:
        _check_not_newer(engine, location)
        if tables and path is not None:  # tables are only ever read from a SQLite file
            copy = _back_up_before_upgrade(path, location)
            from ssc_desktop.schema_rescue import remove_leftovers

            stored = _stored_revisions(engine) or set()
            if len(stored) <= 1:
                remove_leftovers(path, next(iter(stored), None))
        if path is None:
            on_server = _stored_revisions(engine)
            if on_server and on_server != {head or known_head()}:  # an SSC database on a server, behind
                copy = _back_up_server_before_upgrade(engine, sorted(on_server)[0], location)
            command.upgrade(alembic_config(engine), "head")
        else:
            with _schema_change_engine(engine) as migration_engine:
                command.upgrade(alembic_config(migration_engine), "head")
    except DBAPIError as exc:  # OperationalError, or 'file is not a database'
        raise DatabaseOpenError(location=location, detail=str(exc.orig)) from exc
    return copy


def _back_up_before_upgrade(path: Path, location: str) -> Path:
    from ssc_desktop import backup_files

    try:
        return backup_files.write_backup(path, "upgrade").path
    except DomainError as error:  # no upgrade without a way back
        raise DomainError("database.upgrade_needs_backup", location=location, detail=str(error)) from error


def _back_up_server_before_upgrade(engine: Engine, revision: str, location: str) -> Path:
    """A PostgreSQL database's copy before its upgrade (server_backup): no upgrade without it."""
    from alembic import command

    from ssc_desktop import server_backup

    def make_schema(copy: Engine, at: str) -> None:
        command.upgrade(alembic_config(copy), at)

    try:
        written = server_backup.write_server_copy(engine, revision, make_schema)
    except DomainError as error:
        raise DomainError("database.upgrade_needs_backup", location=location, detail=str(error)) from error
    _log.info("before upgrading %s (schema %s): a copy of it in %s", location, revision, written.path)
    return written.path


@contextlib.contextmanager
def _schema_change_engine(engine: Engine) -> Iterator[Engine]:
    """An engine of its own for migrating a SQLite file, whose transactions include DDL.

    pysqlite begins a transaction only before INSERT/UPDATE/DELETE: each CREATE TABLE, each
    batch-mode table rebuild, ran committed on its own, and a migration killed half way
    left tables that the next start tried to create again ("table chapters already
    exists"). Here the driver is told to leave transactions alone (isolation_level None)
    and each one starts with our own BEGIN IMMEDIATE (SQLAlchemy's pysqlite "transactional
    DDL" recipe); IMMEDIATE takes the write lock first, so two apps starting on one old
    file do not both upgrade it. Only this engine: the app's own keeps pysqlite's handling
    and the desks' BEGIN IMMEDIATE of _begin_sqlite_immediately. NullPool: nothing of it
    outlives the upgrade.
    """
    migration_engine = create_engine(engine.url, poolclass=NullPool, hide_parameters=True)
    event.listen(migration_engine, "connect", _configure_sqlite)
    event.listen(migration_engine, "connect", _leave_transactions_to_us)
    event.listen(migration_engine, "begin", _begin_schema_change)
    db_failures.install(migration_engine)
    try:
        yield migration_engine
    finally:
        migration_engine.dispose()


def _leave_transactions_to_us(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    dbapi_connection.isolation_level = None


def _begin_schema_change(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


@dataclass
class Database:
    url: str  # as database_url gives it (the engine's own may add mode=ro)
    engine: Engine
    session_factory: sessionmaker[Session]
    read_only: bool = False
    upgrade_backup: Path | None = None  # the copy taken before this opening upgraded it

    @property
    def location(self) -> str:
        return describe_location(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def table_names(self) -> list[str]:
        return inspect(self.engine).get_table_names()

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | Path | None = None, *, run_migrations: bool = True, read_only: bool = False
) -> Database:
    """The database at target, migrated to this version's schema.

    read_only (SQLite files only): opened with mode=ro and never migrated; a file whose
    schema is not this version's is refused, as it could not be read right.
    """
    url = database_url(target)
    if read_only and not url.startswith("sqlite:"):
        read_only = False  # a server's own rights decide; nothing to lock on this laptop
    engine = create_db_engine(url, read_only=read_only)
    upgrade_backup = None
    try:
        if read_only:
            _check_readable_as_is(engine)
        elif run_migrations:
            upgrade_backup = migrate(engine)
        else:
            with engine.connect():
                pass
    except DBAPIError as exc:  # OperationalError, or 'file is not a database'
        engine.dispose()
        raise DatabaseOpenError(location=describe_location(url), detail=str(exc.orig)) from exc
    except Exception:
        engine.dispose()
        raise
    factory = sessionmaker(engine, expire_on_commit=False)
    return Database(url=url, engine=engine, session_factory=factory, read_only=read_only, upgrade_backup=upgrade_backup)


def _check_readable_as_is(engine: Engine) -> None:
    location = describe_location(engine.url.render_as_string(hide_password=False))
    stored = _stored_revisions(engine)
    head = _head_from_files() or known_head()
    if stored != {head}:
        raise DomainError(
            "database.read_only_needs_upgrade", location=location, found=", ".join(sorted(stored or [])) or "none"
        )
