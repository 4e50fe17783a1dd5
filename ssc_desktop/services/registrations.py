"""Registrations: who comes to an event, in which role, and whether they have arrived.

The rules of places, in one spot:

- Capacity counts every REGISTERED registration, whatever its role. A room holds
  people, not roles: a speaker, a judge, the staff and the guests sit in the same
  hall as the participants, so they take places too. (A coordinator who must seat
  a speaker at a full event places them explicitly, see below, or raises the capacity.)
- An ordinary sign-up (``status=None``) takes a free place if there is one and
  otherwise joins the waitlist, in sign-up order (time of sign-up, then row id).
- Whenever a place frees up (a cancellation, a raised or removed capacity) the
  earliest waitlisted people are promoted in the same transaction, as many as fit.
  Lowering the capacity takes no one's place away: the event is simply full until
  cancellations bring it under the new figure.
- A walk-in is a person standing at the desk on the day: they are registered even
  past the capacity (turning away someone who is already in the room helps no one),
  flagged walk_in, and the result says when the event went over capacity. The
  registration deadline does not apply to them.
- After the registration deadline ordinary sign-ups are refused; a coordinator's
  late registration (``allow_late=True``) and walk-ins still go through.
- Passing an explicit ``status`` is the coordinator placing someone on purpose (and
  what imports and the demo use): it is stored as given, capacity or not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.db import take_write_lock
from ssc_desktop.services.arrivals import door_check_in
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models.checkin import new_check_in_uid
from ssc_desktop.models import (
    CheckIn,
    Event,
    Member,
    Registration,
    RegistrationRole,
    RegistrationStatus,
    utc_now,
)


from ssc_desktop.services.registration_rows import (
    BulkRegistration,
    Cancellation,
    RegistrationCounts,
    RegistrationRow,
    RoleCount,
    WalkIn,
    registration_row,
    registration_row_by_id_query,
    registration_rows_query,
    registration_with_name,
)


# -- rules shared with the event service (one session, one transaction) -----------------
def lock_event(session: Session, event_id: int) -> Event:
    """The event, locked for this transaction on PostgreSQL so two desks cannot both take the last place.

    (SQLite lets one writer at a time through anyway.)
    """
    event = session.get(Event, event_id, with_for_update=True)
    if event is None:
        raise NotFoundError(kind="event", key="id", value=event_id)
    return event


def registered_count(session: Session, event_id: int) -> int:
    return (
        session.scalar(
            select(func.count(Registration.id)).where(
                Registration.event_id == event_id, Registration.status == RegistrationStatus.REGISTERED
            )
        )
        or 0
    )


def free_places(session: Session, event: Event) -> int | None:
    if event.capacity is None:
        return None
    return max(0, event.capacity - registered_count(session, event.id))


def promote_waitlisted(session: Session, event: Event) -> list[int]:
    """Moves the earliest waitlisted registrations into the free places; returns their ids in order."""
    free = free_places(session, event)
    if free == 0:
        return []
    query = (
        select(Registration.id)
        .where(Registration.event_id == event.id, Registration.status == RegistrationStatus.WAITLISTED)
        .order_by(Registration.created_at, Registration.id)
    )
    if free is not None:
        query = query.limit(free)
    promoted = list(session.scalars(query))
    if promoted:
        session.execute(
            update(Registration).where(Registration.id.in_(promoted)).values(status=RegistrationStatus.REGISTERED)
        )
    return promoted


def _deadline_text(event: Event, deadline: datetime) -> str:
    try:
        tz = ZoneInfo(event.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        tz = ZoneInfo("UTC")
    return f"{deadline.astimezone(tz):%Y-%m-%d %H:%M} ({event.timezone})"


def check_deadline(event: Event, allow_late: bool, now: datetime | None = None) -> None:
    deadline = event.registration_deadline
    if allow_late or deadline is None:
        return
    if (now or utc_now()) > deadline:
        raise DomainError("registration.deadline_passed", event=event.title, deadline=_deadline_text(event, deadline))


class RegistrationService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    # -- signing up ----------------------------------------------------------------------
    def register(
        self,
        event_id: int,
        member_id: int,
        role: RegistrationRole = RegistrationRole.PARTICIPANT,
        status: RegistrationStatus | None = None,
        *,
        allow_late: bool = False,
    ) -> RegistrationRow:
        """Signs a member up; the returned row's status says whether they got a place or wait.

        status=None applies the capacity (free place, else the waitlist); an explicit
        status is a coordinator's placement and is stored as given. A member whose
        earlier registration was cancelled signs up again, at the back of the queue.
        """
        member_name = ""
        try:
            with self._sessions.begin() as session:
                event = lock_event(session, event_id)
                member = session.get(Member, member_id)
                if member is None:
                    raise NotFoundError(kind="member", key="id", value=member_id)
                # Read now: the rollback after a failed insert detaches and expires member.
                member_name = member.latin_name
                check_deadline(event, allow_late)
                existing = session.scalars(
                    select(Registration).where(Registration.event_id == event_id, Registration.member_id == member_id)
                ).first()
                if existing is not None and existing.status != RegistrationStatus.CANCELLED:
                    raise DomainError("registration.duplicate", member=member_name)
                if status is None:
                    # Waiting people first: a newcomer never takes a place someone queued for.
                    promote_waitlisted(session, event)
                    free = free_places(session, event)
                    status = (
                        RegistrationStatus.REGISTERED if free is None or free > 0 else RegistrationStatus.WAITLISTED
                    )
                if existing is not None:
                    existing.role, existing.status, existing.created_at, existing.walk_in = (
                        role,
                        status,
                        utc_now(),
                        False,
                    )
                    registration = existing
                else:
                    registration = Registration(event_id=event_id, member_id=member_id, role=role, status=status)
                    session.add(registration)
                session.flush()
                registration_id = registration.id
        except IntegrityError:
            raise DomainError("registration.duplicate", member=member_name) from None
        return self.get_registration(registration_id)

    def register_members(
        self,
        event_id: int,
        member_ids: Sequence[int],
        role: RegistrationRole = RegistrationRole.PARTICIPANT,
        *,
        allow_late: bool = False,
    ) -> BulkRegistration:
        """Signs many members up in one transaction, in the order given.

        Those with a registration already (in any status, cancelled too) are left
        as they are and counted; the others take the free places in order and the
        rest join the waitlist. An unknown member id refuses the whole batch.
        """
        wanted = list(dict.fromkeys(member_ids))
        with self._sessions.begin() as session:
            event = lock_event(session, event_id)
            check_deadline(event, allow_late)
            known: set[int] = set()
            existing: set[int] = set()
            for chunk in _chunks(wanted):
                known.update(session.scalars(select(Member.id).where(Member.id.in_(chunk))))
                existing.update(
                    session.scalars(
                        select(Registration.member_id).where(
                            Registration.event_id == event_id, Registration.member_id.in_(chunk)
                        )
                    )
                )
            unknown = next((m for m in wanted if m not in known), None)
            if unknown is not None:
                raise NotFoundError(kind="member", key="id", value=unknown)
            promote_waitlisted(session, event)
            free = free_places(session, event)
            new = [m for m in wanted if m not in existing]
            places = len(new) if free is None else min(free, len(new))
            now = utc_now()
            rows = [
                dict(
                    event_id=event_id,
                    member_id=m,
                    role=role,
                    created_at=now,
                    walk_in=False,
                    status=RegistrationStatus.REGISTERED if index < places else RegistrationStatus.WAITLISTED,
                )
                for index, m in enumerate(new)
            ]
            if rows:
                session.execute(insert(Registration), rows)
            ids: list[int] = []
            for chunk in _chunks(new):
                ids.extend(
                    session.scalars(
                        select(Registration.id).where(
                            Registration.event_id == event_id, Registration.member_id.in_(chunk)
                        )
                    )
                )
        return BulkRegistration(event_id, places, len(new) - places, len(wanted) - len(new), tuple(sorted(ids)))

    def register_many(
        self,
        event_id: int,
        entries: list[tuple[int, RegistrationRole, RegistrationStatus]],
        registered_at: Sequence[datetime] | None = None,
    ) -> int:
        """Stores many registrations with the statuses given (imports, the demo), in one transaction.

        No capacity or deadline rule applies: this records what was decided elsewhere.
        registered_at, one per entry, says when each signed up (default: now).
        A duplicate rolls all of them back.
        """
        now = utc_now()
        if registered_at is not None and len(registered_at) != len(entries):
            raise ValueError("registered_at needs one time per entry")
        times = list(registered_at) if registered_at is not None else [now] * len(entries)
        rows = [
            dict(event_id=event_id, member_id=m, role=role, status=status, created_at=at)
            for (m, role, status), at in zip(entries, times, strict=True)  # one time per entry: checked above
        ]
        if not rows:
            return 0
        with self._sessions.begin() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            wanted = [member_id for member_id, _role, _status in entries]  # the rows' member_id, in order
            duplicate = self._first_duplicate(session, event_id, wanted)
            if duplicate is not None:
                name = session.scalar(select(Member.latin_name).where(Member.id == duplicate))
                raise DomainError("registration.duplicate", member=name or f"member {duplicate}")
            known = set(session.scalars(select(Member.id).where(Member.id.in_(wanted))))
            unknown = next((m for m in wanted if m not in known), None)
            if unknown is not None:
                raise NotFoundError(kind="member", key="id", value=unknown)
            session.execute(insert(Registration), rows)
        return len(rows)

    def register_walk_in(
        self,
        event_id: int,
        member_id: int,
        role: RegistrationRole = RegistrationRole.PARTICIPANT,
        *,
        check_in: bool = False,
        station: str = "",
    ) -> WalkIn:
        """Registers a person who is at the desk now, past the capacity and deadline if need be.

        A waitlisted or cancelled registration of theirs becomes a registered walk-in;
        one who is registered already only needs checking in, and is told so. With
        check_in=True the arrival is recorded in the same transaction.
        """
        with self._sessions.begin() as session:
            take_write_lock(session)  # SQLite: two desks registering the same walk-in take turns
            event = lock_event(session, event_id)
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(kind="member", key="id", value=member_id)
            existing = session.scalars(
                select(Registration).where(Registration.event_id == event_id, Registration.member_id == member_id)
            ).first()
            if existing is not None and existing.status == RegistrationStatus.REGISTERED:
                raise DomainError("registration.walk_in_registered", member=member.latin_name)
            promote_waitlisted(session, event)
            free = free_places(session, event)
            over_capacity = free is not None and free <= 0
            if existing is not None:
                existing.role, existing.status, existing.walk_in = role, RegistrationStatus.REGISTERED, True
                existing.created_at = utc_now()
                registration = existing
            else:
                registration = Registration(
                    event_id=event_id,
                    member_id=member_id,
                    role=role,
                    status=RegistrationStatus.REGISTERED,
                    walk_in=True,
                )
                session.add(registration)
            session.flush()
            # A check-in still standing from before the registration was cancelled is the one
            # that counts: the database takes one standing check-in a person at the door.
            check_in_uid = ""
            if check_in and not session.scalar(
                select(func.count(CheckIn.id)).where(
                    CheckIn.registration_id == registration.id, CheckIn.checked_out_at.is_(None), door_check_in()
                )
            ):
                check_in_uid = new_check_in_uid()
                session.add(
                    CheckIn(
                        registration_id=registration.id,
                        station=station.strip(),
                        checked_in_at=utc_now(),
                        uid=check_in_uid,
                    )
                )
            registration_id = registration.id
        return WalkIn(self.get_registration(registration_id), over_capacity, check_in, check_in_uid)

    @staticmethod
    def _first_duplicate(session: Session, event_id: int, member_ids: list[int]) -> int | None:
        seen: set[int] = set()
        for member_id in member_ids:
            if member_id in seen:
                return member_id
            seen.add(member_id)
        return session.scalars(
            select(Registration.member_id).where(
                Registration.event_id == event_id, Registration.member_id.in_(member_ids)
            )
        ).first()

    # -- changing a registration ------------------------------------------------------------
    def cancel(self, registration_id: int) -> Cancellation:
        """Cancels a registration; the earliest waitlisted take the freed place in the same transaction."""
        with self._sessions.begin() as session:
            registration, name = self._registration(session, registration_id)
            event = lock_event(session, registration.event_id)
            if registration.status == RegistrationStatus.CANCELLED:
                raise DomainError("registration.already_cancelled", member=name)
            standing = session.scalar(
                select(func.count(CheckIn.id)).where(CheckIn.registration_id == registration_id, door_check_in())
            )
            if standing:
                raise DomainError("registration.cancel_checked_in", member=name)
            registration.status = RegistrationStatus.CANCELLED
            session.flush()
            promoted = promote_waitlisted(session, event)
        return Cancellation(self.get_registration(registration_id), tuple(self._rows(promoted)))

    def restore(self, registration_id: int) -> RegistrationRow:
        """Undoes a cancellation: back to a place if one is free, else to the back of the waitlist."""
        with self._sessions.begin() as session:
            registration, name = self._registration(session, registration_id)
            event = lock_event(session, registration.event_id)
            if registration.status != RegistrationStatus.CANCELLED:
                raise DomainError("registration.not_cancelled", member=name)
            promote_waitlisted(session, event)
            free = free_places(session, event)
            if free is None or free > 0:
                registration.status = RegistrationStatus.REGISTERED
            else:
                # Coming back to a full event is a new place in the queue, not a jump ahead of it.
                registration.status = RegistrationStatus.WAITLISTED
                registration.created_at = utc_now()
        return self.get_registration(registration_id)

    def change_role(self, registration_id: int, role: RegistrationRole) -> RegistrationRow:
        """Every role takes a place alike, so a new role changes no one's place."""
        with self._sessions.begin() as session:
            registration, _name = self._registration(session, registration_id)
            registration.role = role
        return self.get_registration(registration_id)

    @staticmethod
    def _registration(session: Session, registration_id: int) -> tuple[Registration, str]:
        return registration_with_name(session, registration_id)

    # -- reading -------------------------------------------------------------------------------
    def get_registration(self, registration_id: int) -> RegistrationRow:
        with self._sessions() as session:
            row = session.execute(registration_row_by_id_query(), {"registration_id": registration_id}).first()
        if row is None:
            raise NotFoundError(kind="registration", key="id", value=registration_id)
        return registration_row(row)

    def _rows(self, registration_ids: Sequence[int]) -> list[RegistrationRow]:
        if not registration_ids:
            return []
        with self._sessions() as session:
            found = {
                row[0]: registration_row(row) for row in session.execute(registration_rows_query(registration_ids))
            }
        return [found[i] for i in registration_ids if i in found]

    def list_registrations(self, event_id: int, status: RegistrationStatus | None = None) -> list[RegistrationRow]:
        query = registration_rows_query().where(Registration.event_id == event_id)
        if status is not None:
            query = query.where(Registration.status == status)
        query = query.order_by(Member.latin_name, Registration.id)
        with self._sessions() as session:
            return [registration_row(row) for row in session.execute(query)]

    def counts(self, event_id: int) -> RegistrationCounts:
        """Registered against capacity, waitlisted, cancelled, checked in and walk-ins, overall and by role."""
        arrived = select(CheckIn.registration_id).where(door_check_in()).group_by(CheckIn.registration_id).subquery()
        query = (
            select(
                Registration.role,
                Registration.status,
                Registration.walk_in,
                arrived.c.registration_id.is_not(None),
                func.count(Registration.id),
            )
            .outerjoin(arrived, arrived.c.registration_id == Registration.id)
            .where(Registration.event_id == event_id)
            .group_by(
                Registration.role, Registration.status, Registration.walk_in, arrived.c.registration_id.is_not(None)
            )
        )
        with self._sessions() as session:
            event = session.get(Event, event_id)
            if event is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            capacity, deadline = event.capacity, event.registration_deadline
            grouped = list(session.execute(query))
        tally = {role: [0, 0, 0] for role in RegistrationRole}
        cancelled = walk_ins = 0
        for role, status, walk_in, has_arrived, count in grouped:
            if status == RegistrationStatus.REGISTERED:
                tally[role][0] += count
                tally[role][2] += count if has_arrived else 0
                walk_ins += count if walk_in else 0
            elif status == RegistrationStatus.WAITLISTED:
                tally[role][1] += count
            else:
                cancelled += count
        by_role = tuple(RoleCount(role, *values) for role, values in tally.items())
        return RegistrationCounts(
            event_id=event_id,
            capacity=capacity,
            registered=sum(r.registered for r in by_role),
            waitlisted=sum(r.waitlisted for r in by_role),
            cancelled=cancelled,
            checked_in=sum(r.checked_in for r in by_role),
            walk_ins=walk_ins,
            by_role=by_role,
            registration_deadline=deadline,
        )


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]
