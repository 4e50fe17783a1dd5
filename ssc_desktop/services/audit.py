"""The audit log: what was done to the reunion's records, at which desk, when.

Each service writes its entry at the moment of the action, inside the action's own
transaction (`record` on a Session or a Core connection), so the log cannot disagree with
the records: a check-in rolled back leaves no entry, and no entry is missing for one that
stands. The scan at the door writes it with one more prebuilt Core INSERT (`AUDIT_INSERT`).

Kinds (KINDS): check-in, undo, check-out, score, import (roster, online report), merge
(members, desk files), and wrong judge PINs. `desk` is the check-in station's name when
there is one, else who acted: "app" (the GUI), "cli" (`ssc`), "phone" (a judge's phone),
or the merged desk file. `what` is a short sentence for people; never a PIN, a password,
a ticket code or a secret.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy import Connection, bindparam, insert, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.db import sqlite_driver
from ssc_desktop.models import AuditEntry, utc_now
from ssc_desktop.services.text_folding import fold

CHECK_IN = "check-in"
UNDO = "undo"
CHECK_OUT = "check-out"
SCORE = "score"
ROSTER_IMPORT = "roster-import"
ONLINE_IMPORT = "online-import"
MEMBER_MERGE = "member-merge"
DESK_MERGE = "desk-merge"
WRONG_PIN = "wrong-pin"
KINDS = (CHECK_IN, UNDO, CHECK_OUT, SCORE, ROSTER_IMPORT, ONLINE_IMPORT, MEMBER_MERGE, DESK_MERGE, WRONG_PIN)

WHAT_LENGTH = 500
DESK_LENGTH = 120
DEFAULT_PAGE = 2000

AUDIT_INSERT = insert(AuditEntry.__table__).values(
    at=bindparam("at"),
    kind=bindparam("kind"),
    desk=bindparam("desk"),
    event_id=bindparam("event_id"),
    what=bindparam("what"),
)


def entry_values(kind: str, what: str, desk: str, event_id: int | None = None, at: datetime | None = None) -> dict:
    assert kind in KINDS, kind
    return {
        "at": at or utc_now(),
        "kind": kind,
        "desk": (desk or "")[:DESK_LENGTH],
        "event_id": event_id,
        "what": " ".join(what.split())[:WHAT_LENGTH],
    }


def record(
    target: Session | Connection,
    kind: str,
    what: str,
    desk: str,
    event_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """Writes one entry in target's transaction (committed, or rolled back, with the action)."""
    target.execute(AUDIT_INSERT, entry_values(kind, what, desk, event_id, at))


# The same INSERT as AUDIT_INSERT, for sqlite3 itself: the scan at the door writes its entry
# straight on the driver's connection (as db._wait_for_write_lock takes the lock), because
# each statement through SQLAlchemy's execute costs about 0.1 ms of Python, as much as
# SQLite's own work for a check-in, and the scan is held within 3x of bare sqlite3.
_SQLITE_INSERT = "INSERT INTO audit_log (at, kind, desk, event_id, what) VALUES (?, ?, ?, ?, ?)"
# How UTCDateTime (SQLAlchemy's SQLite DATETIME) writes a naive UTC time.
_SQLITE_STAMP = "%Y-%m-%d %H:%M:%S.%f"


def record_on_connection(
    connection: Connection, kind: str, what: str, desk: str, event_id: int | None, at: datetime
) -> None:
    """`record` for a Core connection in a transaction, at the least cost on SQLite."""
    if connection.dialect.name != "sqlite":
        connection.execute(AUDIT_INSERT, entry_values(kind, what, desk, event_id, at))
        return
    values = entry_values(kind, what, desk, event_id, at)
    stamp = values["at"].astimezone(timezone.utc).strftime(_SQLITE_STAMP)
    sqlite_driver(connection).execute(
        _SQLITE_INSERT, (stamp, values["kind"], values["desk"], values["event_id"], values["what"])
    )


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    kind: str
    desk: str
    event_id: int | None
    what: str


@dataclass(frozen=True)
class AuditFilter:
    kind: str = ""  # one of KINDS, or "" for all
    desk: str = ""  # exactly this desk, or "" for all
    text: str = ""  # in what (accents and case folded), or ""
    event_id: int | None = None


class AuditLog:
    """Reads the log; `actor` is who acts when no station is named ("app", "cli")."""

    def __init__(self, sessions: sessionmaker[Session], actor: str = "app") -> None:
        self._sessions = sessions
        self.actor = actor

    def desk_for(self, station: str = "") -> str:
        return station.strip() or self.actor

    def entries(self, where: AuditFilter = AuditFilter(), limit: int | None = DEFAULT_PAGE) -> list[AuditRow]:
        """Newest first."""
        return list(self.iter_entries(where, limit))

    def iter_entries(self, where: AuditFilter = AuditFilter(), limit: int | None = None) -> Iterator[AuditRow]:
        query = select(
            AuditEntry.id, AuditEntry.at, AuditEntry.kind, AuditEntry.desk, AuditEntry.event_id, AuditEntry.what
        ).order_by(AuditEntry.id.desc())
        if where.kind:
            query = query.where(AuditEntry.kind == where.kind)
        if where.desk:
            query = query.where(AuditEntry.desk == where.desk)
        if where.event_id is not None:
            query = query.where(or_(AuditEntry.event_id == where.event_id, AuditEntry.event_id.is_(None)))
        needle = fold(where.text.strip()) if where.text.strip() else ""
        with self._sessions() as session:
            given = 0
            for row in session.execute(query.execution_options(yield_per=2000)):
                if needle and needle not in fold(row.what) and needle not in fold(row.desk):
                    continue
                yield AuditRow(*row)
                given += 1
                if limit is not None and given >= limit:
                    return

    def desks(self) -> list[str]:
        with self._sessions() as session:
            return sorted(d for d in session.scalars(select(AuditEntry.desk).distinct()) if d)

    def count(self) -> int:
        from sqlalchemy import func

        with self._sessions() as session:
            return session.scalar(select(func.count()).select_from(AuditEntry)) or 0
