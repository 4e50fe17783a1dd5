"""A registration as the services return it (RegistrationRow and the counts), the queries that
read such rows in one round trip, and the parsing of roles and statuses typed by a person."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Integer, and_, bindparam, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from ssc_desktop.services.arrivals import door_check_in
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Chapter,
    CheckIn,
    Member,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)


@dataclass(frozen=True)
class RegistrationRow:
    id: int
    event_id: int
    member_id: int
    latin_name: str
    native_name: str
    email: str
    country: str
    chapter_name: str
    affiliation: str
    role: RegistrationRole
    status: RegistrationStatus
    registered_at: datetime
    checked_in_at: datetime | None
    station: str
    walk_in: bool = False
    # When the person last left through the door (None while inside, or never checked in).
    checked_out_at: datetime | None = None
    # What the desk must do for this person: dietary needs, a message from the coordinator.
    desk_note: str = ""

    @property
    def inside(self) -> bool:
        return self.checked_in_at is not None and self.checked_out_at is None


@dataclass(frozen=True)
class RoleCount:
    role: RegistrationRole
    registered: int
    waitlisted: int
    checked_in: int


@dataclass(frozen=True)
class RegistrationCounts:
    """An event's figures at a glance."""

    event_id: int
    capacity: int | None
    registered: int
    waitlisted: int
    cancelled: int
    checked_in: int
    walk_ins: int
    by_role: tuple[RoleCount, ...]
    registration_deadline: datetime | None = None

    @property
    def free_places(self) -> int | None:
        """Places still free; None when the event has no limit."""
        return None if self.capacity is None else max(0, self.capacity - self.registered)

    @property
    def over_capacity(self) -> int:
        """How many more are registered than there are places (walk-ins, placements, a lowered capacity)."""
        return 0 if self.capacity is None else max(0, self.registered - self.capacity)

    def role(self, role: RegistrationRole) -> RoleCount:
        return next((r for r in self.by_role if r.role == role), RoleCount(role, 0, 0, 0))


@dataclass(frozen=True)
class BulkRegistration:
    """What registering many members at once did."""

    event_id: int
    registered: int
    waitlisted: int
    # Members who already had a registration for the event (in any status), left as they were.
    already_registered: int
    registration_ids: tuple[int, ...]


@dataclass(frozen=True)
class WalkIn:
    registration: RegistrationRow
    # The event had no free place; the walk-in is registered all the same.
    over_capacity: bool
    checked_in: bool
    # The check-in made with the registration (CheckIn.uid), for undoing exactly that one; "" for none.
    check_in_uid: str = ""


@dataclass(frozen=True)
class Cancellation:
    registration: RegistrationRow
    # The waitlisted people who took the freed place, earliest first.
    promoted: tuple[RegistrationRow, ...]


_NARROWED_LOOKUP_LIMIT = 500


def registration_rows_query(registration_ids: Sequence[int] | None = None):
    """Registrations with their member and latest standing check-in, one row each.

    Given registration_ids, the latest-check-in subquery is narrowed to them too: the
    database does not push the outer filter into the grouped subquery, and without it a
    one-row lookup after each scan reads every check-in of the database. Long id lists
    are not repeated there, to stay far below the database's bound-parameter limit.
    """
    if registration_ids is None:
        return _rows_query(None)
    ids = list(registration_ids)
    if len(ids) > _NARROWED_LOOKUP_LIMIT:
        return _rows_query(None).where(Registration.id.in_(ids))
    return _rows_query(lambda registration_id: registration_id.in_(ids))


@functools.cache
def registration_row_by_id_query():
    """One registration's row, by the bound parameter `registration_id`.

    Built once: composing the statement costs more than running it, and the check-in
    desk asks for it after every scan.
    """
    wanted = bindparam("registration_id", type_=Integer)
    return _rows_query(lambda registration_id: registration_id == wanted)


def _rows_query(narrow: Callable[[InstrumentedAttribute[int]], ColumnElement[bool]] | None):
    """narrow(column) picks the wanted registrations, given their id column."""
    latest_query = select(CheckIn.registration_id, func.max(CheckIn.id).label("check_in_id")).where(door_check_in())
    if narrow is not None:
        latest_query = latest_query.where(narrow(CheckIn.registration_id))
    latest = latest_query.group_by(CheckIn.registration_id).subquery()
    query = (
        select(
            Registration.id,
            Registration.event_id,
            Registration.member_id,
            Member.latin_name,
            Member.native_name,
            Member.email,
            Member.country,
            func.coalesce(Chapter.name, ""),
            Member.affiliation,
            Registration.role,
            Registration.status,
            Registration.created_at,
            CheckIn.checked_in_at,
            func.coalesce(CheckIn.station, ""),
            Registration.walk_in,
            CheckIn.checked_out_at,
            Registration.desk_note,
        )
        .join(Member, Registration.member_id == Member.id)
        .outerjoin(Chapter, Member.chapter_id == Chapter.id)
        .outerjoin(latest, latest.c.registration_id == Registration.id)
        .outerjoin(CheckIn, and_(CheckIn.id == latest.c.check_in_id))
    )
    return query if narrow is None else query.where(narrow(Registration.id))


def registration_with_name(session: Session, registration_id: int) -> tuple[Registration, str]:
    """The registration (for changing it) and its member's Latin name (for messages)."""
    registration = session.get(Registration, registration_id)
    if registration is None:
        raise NotFoundError(kind="registration", key="id", value=registration_id)
    name = session.scalar(select(Member.latin_name).where(Member.id == registration.member_id)) or ""
    return registration, name


def registration_row(values) -> RegistrationRow:
    values = list(values)
    values[14] = bool(values[14])  # walk_in: SQLite hands back 0/1
    return RegistrationRow(*values)


def waitlist_positions(rows: Iterable[RegistrationRow]) -> dict[int, int]:
    """Each waitlisted registration's place in the queue (1 = promoted next), by registration id."""
    waiting = sorted(
        (r for r in rows if r.status == RegistrationStatus.WAITLISTED), key=lambda r: (r.registered_at, r.id)
    )
    return {r.id: position for position, r in enumerate(waiting, start=1)}


def parse_role(value: str) -> RegistrationRole:
    try:
        return RegistrationRole(value.strip().lower())
    except ValueError:
        raise DomainError(
            "registration.bad_role", value=value, roles=", ".join(r.value for r in RegistrationRole)
        ) from None


def parse_status(value: str) -> RegistrationStatus:
    try:
        return RegistrationStatus(value.strip().lower())
    except ValueError:
        raise DomainError(
            "registration.bad_status", value=value, statuses=", ".join(s.value for s in RegistrationStatus)
        ) from None
