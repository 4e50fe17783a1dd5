"""Checking people in: by a scanned ticket code or by hand, at the door or at a part of the day.

Every check-in is committed before its verdict is returned, so pulling the power cord
after a green verdict loses nothing. A check-in list (CheckInList) is a part of the day
besides the door; `list_id=None` is the door.

Exactly once, with any number of desks, processes or laptops on one database: a person
has at most one standing check-in (not undone, not checked out) per list. The database
enforces it (the unique index uq_check_ins_standing), and every change here decides under
a lock on the person, so a second desk waits and then gives a verdict, not an error: on
SQLite the transaction takes the write lock at BEGIN (db.write_locking), on PostgreSQL the
registration's row is locked (SELECT ... FOR UPDATE).
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, Integer, bindparam, delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.db import take_write_lock, write_locking
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import AppSetting, CheckIn, Event, Registration, RegistrationStatus, utc_now
from ssc_desktop.models.checkin import new_check_in_uid
from ssc_desktop.services import audit, tickets
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.registration_rows import (
    RegistrationRow,
    registration_row,
    registration_row_by_id_query,
    registration_with_name,
)

if TYPE_CHECKING:
    from ssc_desktop.services.scanner_layouts import KeyboardLayout

# A scanner that reads the same badge twice in a row must not count it twice.
REPEAT_WINDOW_SECONDS = 2.0

# Where migration 0007 noted how many doubled check-ins it undid (absent: none).
UPGRADE_DOUBLES_SETTING = "upgrade_0007_doubled_check_ins_undone"


class VerdictKind(enum.StrEnum):
    ACCEPTED = "accepted"
    ALREADY_CHECKED_IN = "already-checked-in"
    CANCELLED = "cancelled"
    WAITLISTED = "waitlisted"
    OTHER_EVENT = "other-event"
    REVOKED = "revoked"  # a re-issued ticket's old code, or a registration that no longer exists
    FORGED = "forged"  # looks like an SSC code, but the signature or the layout is wrong
    NOT_SSC = "not-ssc"


@dataclass(frozen=True)
class ScanVerdict:
    kind: VerdictKind
    code: str
    registration: RegistrationRow | None = None
    # For ALREADY_CHECKED_IN: the check-in that stands.
    previous_at: datetime | None = None
    previous_station: str = ""
    # For OTHER_EVENT: which event the ticket is for.
    other_event_title: str = ""
    other_event_same_chapter: bool = False
    # The same code again within REPEAT_WINDOW_SECONDS: the first verdict, counted once.
    repeat: bool = False
    # For ACCEPTED: the new check-in's identity (CheckIn.uid), e.g. to keep it in a desk's local copy.
    check_in_uid: str = ""
    # The verdict came from the desk's local copy, the server being out of reach (services.offline_desk).
    offline: bool = False

    @property
    def accepted(self) -> bool:
        return self.kind is VerdictKind.ACCEPTED


class CheckInService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        registrations: RegistrationService,
        origin: str = "",
        audit_log: audit.AuditLog | None = None,
    ) -> None:
        self._sessions = session_factory
        # Each check-in, undo and check-out is written to the audit log in its own transaction.
        self._audit = audit_log or audit.AuditLog(session_factory)
        # Stamped on every check-in made here: which desk file or offline copy made it ("" this database).
        self._origin = origin
        self._engine: Engine = session_factory.kw["bind"]
        self._locking_engine = write_locking(self._engine)
        # SQLite's write lock already lets one desk through at a time; elsewhere the person's row is locked.
        self._lock_rows = self._engine.dialect.name != "sqlite"
        self._registrations = registrations
        self._secrets: dict[int, tuple[str, str, int]] = {}  # event id -> (secret, title, chapter id)
        self._recent: dict[tuple[int, int | None, str], tuple[float, ScanVerdict]] = {}
        self._recent_lock = threading.Lock()

    # -- by hand ------------------------------------------------------------------------------
    def check_in(
        self,
        registration_id: int,
        station: str = "",
        at: datetime | None = None,
        list_id: int | None = None,
        uid: str | None = None,
    ) -> RegistrationRow:
        """Records an arrival; the check-in is committed before this returns.

        uid names the new check-in (new_check_in_uid()) for a caller that may undo exactly
        this one later (the station's Ctrl+Z); without it one is made up.
        """
        _once_more_on_conflict(
            lambda: self._check_in(
                registration_id, station.strip(), at or utc_now(), list_id, uid or new_check_in_uid()
            )
        )
        return self._registrations.get_registration(registration_id)

    def _check_in(self, registration_id: int, station: str, at: datetime, list_id: int | None, uid: str) -> None:
        with self._sessions.begin() as session:
            self._lock_person(session, registration_id)
            registration, name = self._registration(session, registration_id)
            if registration.status == RegistrationStatus.CANCELLED:
                raise DomainError("registration.cancelled", member=name)
            if registration.status == RegistrationStatus.WAITLISTED:
                raise DomainError("registration.not_registered", member=name)
            standing = self._standing_check_in(session, registration_id, list_id)
            if standing is not None:
                raise DomainError(
                    "checkin.already", member=name, time=standing.checked_in_at.isoformat(), station=standing.station
                )
            session.add(
                CheckIn(
                    registration_id=registration_id,
                    station=station,
                    checked_in_at=at,
                    list_id=list_id,
                    origin=self._origin,
                    uid=uid,
                )
            )
            audit.record(
                session,
                audit.CHECK_IN,
                _told(name, "checked in by hand", list_id),
                self._audit.desk_for(station),
                registration.event_id,
                at,
            )

    def undo_check_in(
        self, registration_id: int, list_id: int | None = None, station: str = "", check_in_uid: str | None = None
    ) -> RegistrationRow:
        """Takes back a mistaken check-in (kept, flagged undone, for the record).

        With check_in_uid (ScanVerdict.check_in_uid, or the uid given to check_in) exactly
        that check-in is undone, and only while it is still the person's latest on its list
        and they have not been checked out since: a desk's Ctrl+Z takes back what that desk
        did, never a check-in another desk made after it (a re-entry at Door B), never a
        visit that really ended. Without it, the person's latest check-in on the list is
        undone (the Check-in page's "Undo check-in" on a chosen person); two desks doing that
        to the same person at once take turns: the second undoes what is then the latest
        check-in, as pressing undo twice at one desk would.
        """
        with self._sessions.begin() as session:
            self._lock_person(session, registration_id)
            latest = self._latest_check_in(session, registration_id, list_id)
            if check_in_uid is not None:
                self._refuse_unless_latest(session, registration_id, list_id, check_in_uid, latest)
            if latest is None:
                _registration, name = self._registration(session, registration_id)
                raise DomainError("checkin.nothing_to_undo", member=name)
            latest.undone = True
            registration, name = self._registration(session, registration_id)
            audit.record(
                session,
                audit.UNDO,
                _told(name, "check-in undone", list_id),
                self._audit.desk_for(station),
                registration.event_id,
            )
        self._forget_recent_scans(registration_id)
        return self._registrations.get_registration(registration_id)

    def _refuse_unless_latest(
        self, session: Session, registration_id: int, list_id: int | None, uid: str, latest: CheckIn | None
    ) -> None:
        """Raises unless the check-in named uid is `latest`, still standing (see undo_check_in)."""
        if latest is not None and latest.uid == uid:
            if latest.checked_out_at is None:
                return
            _registration, name = self._registration(session, registration_id)
            raise DomainError("checkin.undo_after_check_out", member=name)
        mine = session.scalars(
            select(CheckIn).where(CheckIn.uid == uid, CheckIn.registration_id == registration_id, _on_list(list_id))
        ).first()
        _registration, name = self._registration(session, registration_id)
        if mine is None or mine.undone or latest is None:
            raise DomainError("checkin.nothing_to_undo", member=name)  # undone already (here or at another desk)
        raise DomainError("checkin.undo_overtaken", member=name, station=latest.station or "—")

    def check_out(
        self, registration_id: int, list_id: int | None = None, at: datetime | None = None, station: str = ""
    ) -> RegistrationRow:
        """The person leaves; checking in again later makes a new check-in (re-entry)."""
        with self._sessions.begin() as session:
            self._lock_person(session, registration_id)
            standing = self._standing_check_in(session, registration_id, list_id)
            if standing is None:
                _registration, name = self._registration(session, registration_id)
                raise DomainError("checkin.not_inside", member=name)
            standing.checked_out_at = at or utc_now()
            registration, name = self._registration(session, registration_id)
            audit.record(
                session,
                audit.CHECK_OUT,
                _told(name, "checked out", list_id),
                self._audit.desk_for(station),
                registration.event_id,
                standing.checked_out_at,
            )
        self._forget_recent_scans(registration_id)
        return self._registrations.get_registration(registration_id)

    def doubles_fixed_by_upgrade(self) -> int:
        """How many doubled check-ins the upgrade to one-check-in-per-person undid (0: none)."""
        with self._sessions() as session:
            value = session.scalar(select(AppSetting.value).where(AppSetting.key == UPGRADE_DOUBLES_SETTING))
        return int(value.get("count", 0)) if isinstance(value, dict) else 0

    def acknowledge_upgrade_doubles(self) -> None:
        """The coordinator was told (doubles_fixed_by_upgrade): it is not said again."""
        with self._sessions.begin() as session:
            session.execute(delete(AppSetting).where(AppSetting.key == UPGRADE_DOUBLES_SETTING))

    # -- by ticket code -----------------------------------------------------------------------
    def scan(self, event_id: int, text: str, station: str = "", list_id: int | None = None) -> ScanVerdict:
        """Checks the code and, when it is good, checks the person in; committed before it returns."""
        code = tickets.normalize(text)
        key = (event_id, list_id, code)
        now = time.monotonic()
        with self._recent_lock:
            seen = self._recent.get(key)
            if seen is not None and now - seen[0] < REPEAT_WINDOW_SECONDS:
                return dataclasses.replace(seen[1], repeat=True)
        verdict = self._scan(event_id, code, station.strip(), list_id)
        with self._recent_lock:
            # Oldest first (dicts keep insertion order), so pruning stops at the first fresh one.
            while self._recent:
                oldest = next(iter(self._recent))
                if now - self._recent[oldest][0] < REPEAT_WINDOW_SECONDS:
                    break
                del self._recent[oldest]
            self._recent.pop(key, None)
            self._recent[key] = (now, verdict)
        return verdict

    def _scan(self, event_id: int, code: str, station: str, list_id: int | None) -> ScanVerdict:
        if not tickets.looks_like_ssc(code):
            return ScanVerdict(VerdictKind.NOT_SSC, code)
        parsed = tickets.parse(code)
        if parsed is None:
            return ScanVerdict(VerdictKind.FORGED, code)
        own = self._event_secret(event_id)
        if own is None:
            raise NotFoundError(kind="event", key="id", value=event_id)
        if parsed.event_id != event_id:
            other = self._event_secret(parsed.event_id)
            if other is None or not tickets.signature_matches(other[0], parsed):
                return ScanVerdict(VerdictKind.FORGED, code)
            return ScanVerdict(
                VerdictKind.OTHER_EVENT, code, other_event_title=other[1], other_event_same_chapter=other[2] == own[2]
            )
        if not tickets.signature_matches(own[0], parsed):
            return ScanVerdict(VerdictKind.FORGED, code)
        return _once_more_on_conflict(lambda: self._admit(event_id, code, parsed, station, list_id))

    def _admit(
        self, event_id: int, code: str, parsed: tickets.ParsedCode, station: str, list_id: int | None
    ) -> ScanVerdict:
        """The verdict on a well-signed code of this event, deciding and writing under the person's lock."""
        # Prebuilt Core statements on a plain connection, all in one transaction: the desk
        # scans people one after another, and building ORM statements, flushing a unit of
        # work and managing a Session cost several times the database work itself.
        with self._locking_engine.begin() as connection:
            if self._lock_rows:
                connection.execute(_LOCK_REGISTRATION, {"registration_id": parsed.registration_id})
            found = connection.execute(_scan_lookup(), {"registration_id": parsed.registration_id}).first()
            if found is None or found.event_id != event_id or parsed.version < found.ticket_version:
                return ScanVerdict(VerdictKind.REVOKED, code)
            row = registration_row(found[:-1])
            if row.status == RegistrationStatus.CANCELLED:
                return ScanVerdict(VerdictKind.CANCELLED, code, registration=row)
            if row.status == RegistrationStatus.WAITLISTED:
                return ScanVerdict(VerdictKind.WAITLISTED, code, registration=row)
            if list_id is None:
                # The row already carries the door's latest check-in.
                standing = (row.checked_in_at, row.station) if row.inside else None
            else:
                standing = connection.execute(
                    _STANDING_ON_LIST, {"registration_id": row.id, "list_id": list_id}
                ).first()
            if standing is not None:
                return ScanVerdict(
                    VerdictKind.ALREADY_CHECKED_IN,
                    code,
                    registration=row,
                    previous_at=standing[0],
                    previous_station=standing[1],
                )
            at = utc_now()
            uid = new_check_in_uid()
            connection.execute(
                _ADD_CHECK_IN,
                {
                    "registration_id": row.id,
                    "station": station,
                    "list_id": list_id,
                    "checked_in_at": at,
                    "uid": uid,
                    "origin": self._origin,
                },
            )
            # One more INSERT in the same transaction: the log cannot miss a check-in that stands.
            audit.record_on_connection(
                connection,
                audit.CHECK_IN,
                _told(row.latin_name, "ticket scanned", list_id),
                station or self._audit.actor,
                event_id,
                at,
            )
        if list_id is None:
            row = dataclasses.replace(row, checked_in_at=at, station=station, checked_out_at=None)
        return ScanVerdict(VerdictKind.ACCEPTED, code, registration=row, check_in_uid=uid)

    def _forget_recent_scans(self, registration_id: int) -> None:
        # After an undo or a check-out, scanning the badge again must act, not replay the old verdict.
        with self._recent_lock:
            self._recent = {
                key: seen
                for key, seen in self._recent.items()
                if seen[1].registration is None or seen[1].registration.id != registration_id
            }

    # -- helpers ------------------------------------------------------------------------------
    def _event_secret(self, event_id: int) -> tuple[str, str, int] | None:
        # An event's secret never changes, so it is read once per event (outside the locked
        # transaction, which then holds the lock only for the person's own rows).
        cached = self._secrets.get(event_id)
        if cached is None:
            with self._engine.connect() as connection:
                row = connection.execute(
                    select(Event.ticket_secret, Event.title, Event.chapter_id).where(Event.id == event_id)
                ).first()
            if row is None:
                return None
            cached = self._secrets[event_id] = (row[0], row[1], row[2])
        return cached

    def _lock_person(self, session: Session, registration_id: int) -> None:
        """First in a transaction that decides on a person's check-ins: other desks wait their turn."""
        take_write_lock(session)
        if self._lock_rows:
            session.execute(_LOCK_REGISTRATION, {"registration_id": registration_id})

    @staticmethod
    def _registration(session: Session, registration_id: int) -> tuple[Registration, str]:
        return registration_with_name(session, registration_id)

    @staticmethod
    def _latest_check_in(session: Session, registration_id: int, list_id: int | None) -> CheckIn | None:
        return session.scalars(
            select(CheckIn)
            .where(CheckIn.registration_id == registration_id, CheckIn.undone.is_(False), _on_list(list_id))
            .order_by(CheckIn.id.desc())
        ).first()

    @classmethod
    def _standing_check_in(cls, session: Session, registration_id: int, list_id: int | None) -> CheckIn | None:
        """The check-in that has the person inside now: not undone, not checked out."""
        latest = cls._latest_check_in(session, registration_id, list_id)
        return latest if latest is not None and latest.checked_out_at is None else None


@functools.cache
def _scan_lookup():
    """The scanned registration's row, then its ticket version: one statement, built once."""
    return registration_row_by_id_query().add_columns(Registration.ticket_version)


# Verdicts after which a scan is tried again as typed through other keyboard layouts.
_UNREADABLE = frozenset({VerdictKind.FORGED, VerdictKind.NOT_SSC})


def scan_in_any_layout(
    scan: Callable[[str], ScanVerdict],
    text: str,
) -> tuple[ScanVerdict, tuple[KeyboardLayout, ...]]:
    """scan(text), else scan() of the first of its keyboard-layout readings that the service can read.

    A US-layout scanner on a French laptop types "SSC&:..." for "SSC1....": each reading
    (services.scanner_layouts) is tried in turn, and the signature still decides, so a wrong
    reading can never check anyone in. Returns the verdict and the layouts the code was read
    through (empty: as it came). When no reading can be read, the verdict on text as it came,
    unless it was not even an SSC code and a reading is one: then "forged or damaged" (with
    the code as read) says more.
    """
    verdict = shown = scan(text)
    if verdict.kind not in _UNREADABLE:
        return verdict, ()
    from ssc_desktop.services import scanner_layouts  # its tables are built only when a code needs them

    for reading in scanner_layouts.readings_of(text):
        other = scan(reading.code)
        if other.kind not in _UNREADABLE:
            return other, reading.layouts
        if shown.kind is VerdictKind.NOT_SSC:
            shown = other
    return shown, ()


def doubled_check_ins(rows: Iterable[tuple[int, datetime, bool]]) -> list[int]:
    """Of one person's not-undone check-ins on one list, as (id, checked_in_at, checked_out),
    the ids to mark undone so that at most one stands and, if one does, it is the latest by id.

    A person's state is their latest not-undone check-in (see registration_row), so a standing
    check-in followed by a later finished visit is a double of that visit, whose twin was
    checked out: it goes, or the person would count as out while the database holds them in.
    Of the standing ones after the last finished visit, the earliest stays: the first scan.
    (Migration 0007 keeps a copy of this rule, as migrations must not change with the code.)
    """
    rows = sorted(rows)
    last_out = max((n for n, (_id, _at, out) in enumerate(rows) if out), default=-1)
    standing = [(n, row) for n, row in enumerate(rows) if not row[2]]
    ghosts = [row[0] for n, row in standing if n < last_out]
    current = sorted((at, id_) for n, (id_, at, _out) in standing if n > last_out)
    return ghosts + [id_ for _at, id_ in current[1:]]


def _once_more_on_conflict(decide):
    """decide(), and once more if the database refused its write.

    Under the person's lock no other desk can slip a check-in in between the look and
    the write; should one still (a program writing without the lock, or the registration
    deleted meanwhile), the unique index or a foreign key refuses it, and a second look
    turns that into the verdict it should be: already checked in, or revoked.
    """
    try:
        return decide()
    except IntegrityError:
        return decide()


_LOCK_REGISTRATION = (
    select(Registration.id).where(Registration.id == bindparam("registration_id", type_=Integer)).with_for_update()
)

_STANDING_ON_LIST = (
    select(CheckIn.checked_in_at, CheckIn.station)
    .where(
        CheckIn.id
        == select(func.max(CheckIn.id))
        .where(
            CheckIn.registration_id == bindparam("registration_id", type_=Integer),
            CheckIn.undone.is_(False),
            CheckIn.list_id == bindparam("list_id", type_=Integer),
        )
        .scalar_subquery()
    )
    .where(CheckIn.checked_out_at.is_(None))
)

_ADD_CHECK_IN = insert(CheckIn.__table__).values(
    registration_id=bindparam("registration_id"),
    station=bindparam("station"),
    list_id=bindparam("list_id"),
    checked_in_at=bindparam("checked_in_at"),
    uid=bindparam("uid"),
    origin=bindparam("origin"),
)


def _told(name: str, what: str, list_id: int | None) -> str:
    return f"{name}: {what}" + (f" (check-in list {list_id})" if list_id is not None else "")


def _on_list(list_id: int | None):
    return CheckIn.list_id.is_(None) if list_id is None else CheckIn.list_id == list_id
