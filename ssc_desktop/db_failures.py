"""When the database itself fails: words a person can act on, never a traceback or someone's data.

A desk at a venue meets failures no code can prevent: the PostgreSQL server goes away with
the Wi-Fi, another program holds the SQLite file's lock, the disk fills up, the file is
read-only or damaged. SQLAlchemy reports each as a DBAPIError whose text carries the SQL
statement (and, unless hidden, its parameters: members' names, e-mails, ticket secrets).

`install(engine)` makes every such failure of the environment arrive as a
DatabaseUnavailableError (a DomainError, so the GUI and the CLI already show it in words)
with one code per thing to do. Failures that are the program's business (a unique
constraint, a missing table during a migration) pass through unchanged, for the code
that expects them.

`safe_description` and `redacted_traceback` describe any exception for messages and logs
without the driver's text, which may quote a row's values (PostgreSQL's "DETAIL: Key
(email)=(…)").
"""

from __future__ import annotations

import traceback
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from ssc_desktop.errors import DatabaseUnavailableError, DomainError

# SQLite primary result codes (the low byte of extended codes), see sqlite.org/rescode.html.
_SQLITE_CODES = {
    3: "database.permission",  # SQLITE_PERM
    5: "database.locked",  # SQLITE_BUSY
    6: "database.locked",  # SQLITE_LOCKED
    7: "database.out_of_memory",  # SQLITE_NOMEM
    8: "database.read_only",  # SQLITE_READONLY
    10: "database.storage_error",  # SQLITE_IOERR
    11: "database.malformed",  # SQLITE_CORRUPT
    13: "database.disk_full",  # SQLITE_FULL
    14: "database.cannot_open_file",  # SQLITE_CANTOPEN
    15: "database.locked",  # SQLITE_PROTOCOL (a lock race between processes)
    23: "database.permission",  # SQLITE_AUTH
    26: "database.malformed",  # SQLITE_NOTADB
}

# PostgreSQL SQLSTATE codes and classes (postgresql.org/docs/current/errcodes-appendix.html).
_PG_STATES = {
    "53100": "database.disk_full",
    "53200": "database.out_of_memory",
    "53300": "database.server_busy",  # too_many_connections
    "55P03": "database.locked",  # lock_not_available
    "57014": "database.locked",  # query_canceled (statement or lock timeout)
    "25006": "database.read_only",  # read_only_sql_transaction (a standby server)
    "42501": "database.permission",  # insufficient_privilege
    "3D000": "database.server_gone",  # the database does not exist (any more)
    "58030": "database.storage_error",  # io_error
    "XX001": "database.malformed",  # data_corrupted
    "XX002": "database.malformed",  # index_corrupted
}
_PG_CLASSES = {
    "08": "database.server_gone",  # connection exception
    "57": "database.server_gone",  # operator intervention: admin shutdown, crash shutdown, cannot connect now
    "28": "database.permission",  # invalid authorization (wrong user or password)
}


def failure_code(error: BaseException, is_disconnect: bool = False) -> str | None:
    """The DatabaseUnavailableError code for a driver exception, or None when it is not the environment's."""
    original = error.orig if isinstance(error, DBAPIError) else error
    sqlite_code = getattr(original, "sqlite_errorcode", None)
    if isinstance(sqlite_code, int):
        return _SQLITE_CODES.get(sqlite_code & 0xFF)
    state = getattr(original, "sqlstate", None) or getattr(getattr(original, "diag", None), "sqlstate", None)
    if isinstance(state, str) and state:
        return _PG_STATES.get(state) or _PG_CLASSES.get(state[:2])
    if is_disconnect:
        return "database.server_gone"
    # psycopg raises OperationalError without a SQLSTATE when it cannot reach the server at all.
    if type(original).__name__ == "OperationalError" and type(original).__module__.startswith("psycopg"):
        return "database.server_gone"
    return None


def _location(engine: Engine) -> str:
    url = engine.url
    if url.drivername.startswith("sqlite"):
        return (url.database or ":memory:").removeprefix("file:").split("?", 1)[0]
    return url.render_as_string(hide_password=True)


def translated(error: BaseException, engine: Engine) -> DatabaseUnavailableError | None:
    """What install() would have raised for error, for driver calls made around SQLAlchemy."""
    code = failure_code(error)
    return None if code is None else DatabaseUnavailableError(code, location=_location(engine))


def install(engine: Engine) -> None:
    """Failures of the environment on this engine arrive as DatabaseUnavailableError."""
    # Said once here: the context's engine is missing when the very first connect fails.
    location = _location(engine)

    def translate(context: ExceptionContext) -> BaseException | None:
        code = failure_code(context.original_exception, context.is_disconnect)
        return None if code is None else DatabaseUnavailableError(code, location=location)

    event.listen(engine, "handle_error", translate)


# -- describing any failure safely --------------------------------------------------------------
def _is_driver_error(error: BaseException) -> bool:
    module = type(error).__module__
    return isinstance(error, SQLAlchemyError) or module.startswith(("sqlite3", "psycopg", "_sqlite3"))


def safe_description(error: BaseException) -> str:
    """One line for a message: a DomainError's words; for a driver's error only its kind and code."""
    if isinstance(error, DomainError):
        return str(error)
    if _is_driver_error(error):
        original: Any = error.orig if isinstance(error, DBAPIError) else error
        code = getattr(original, "sqlite_errorname", None) or getattr(original, "sqlstate", None)
        kind = type(original).__name__
        return f"database error {kind}" + (f" ({code})" if code else "")
    return str(error) or type(error).__name__


def redacted_traceback(error: BaseException) -> str:
    """The traceback of error and its causes for a log: driver errors by kind and code, DomainErrors by code.

    A DomainError's words may name a member; its code says enough to find the cause.
    """
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        stack = "".join(traceback.format_tb(current.__traceback__))
        said = current.code if isinstance(current, DomainError) else safe_description(current)
        parts.append(f"Traceback (most recent call last):\n{stack}{type(current).__qualname__}: {said}\n")
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return "\nCaused by / while handling:\n".join(reversed(parts))
