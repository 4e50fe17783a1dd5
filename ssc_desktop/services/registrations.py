"""Registrations: who comes to an event, in which role, and whether they have arrived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Chapter,
    CheckIn,
    Event,
    Member,
    Registration,
    RegistrationRole,
    RegistrationStatus,
    utc_now,
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


def registration_rows_query():  # noqa: ANN201
    """Registrations with their member and latest standing check-in, one row each."""
    latest = (
        select(CheckIn.registration_id, func.max(CheckIn.id).label("check_in_id"))
        .where(CheckIn.undone.is_(False))
        .group_by(CheckIn.registration_id)
        .subquery()
    )
    return (
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
        )
        .join(Member, Registration.member_id == Member.id)
        .outerjoin(Chapter, Member.chapter_id == Chapter.id)
        .outerjoin(latest, latest.c.registration_id == Registration.id)
        .outerjoin(CheckIn, and_(CheckIn.id == latest.c.check_in_id))
    )


class RegistrationService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def register(
        self,
        event_id: int,
        member_id: int,
        role: RegistrationRole = RegistrationRole.PARTICIPANT,
        status: RegistrationStatus = RegistrationStatus.REGISTERED,
    ) -> RegistrationRow:
        member_name = ""
        try:
            with self._sessions.begin() as session:
                if session.get(Event, event_id) is None:
                    raise NotFoundError(kind="event", key="id", value=event_id)
                member = session.get(Member, member_id)
                if member is None:
                    raise NotFoundError(kind="member", key="id", value=member_id)
                # Read now: the rollback after a failed insert detaches and expires member.
                member_name = member.latin_name
                registration = Registration(event_id=event_id, member_id=member_id, role=role, status=status)
                session.add(registration)
                session.flush()
                registration_id = registration.id
        except IntegrityError:
            raise DomainError("registration.duplicate", member=member_name) from None
        return self.get_registration(registration_id)

    def register_many(
        self, event_id: int, entries: list[tuple[int, RegistrationRole, RegistrationStatus]]
    ) -> int:
        """Registers many members in one transaction; a duplicate rolls all of them back."""
        now = utc_now()
        rows = [
            dict(event_id=event_id, member_id=m, role=role, status=status, created_at=now)
            for m, role, status in entries
        ]
        if not rows:
            return 0
        with self._sessions.begin() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            wanted = [row["member_id"] for row in rows]
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

    def get_registration(self, registration_id: int) -> RegistrationRow:
        with self._sessions() as session:
            row = session.execute(registration_rows_query().where(Registration.id == registration_id)).first()
        if row is None:
            raise NotFoundError(kind="registration", key="id", value=registration_id)
        return RegistrationRow(*row)

    def list_registrations(self, event_id: int) -> list[RegistrationRow]:
        query = registration_rows_query().where(Registration.event_id == event_id).order_by(Member.latin_name)
        with self._sessions() as session:
            return [RegistrationRow(*row) for row in session.execute(query)]
