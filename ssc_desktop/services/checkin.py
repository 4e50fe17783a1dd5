"""Checking people in at the door, and undoing a mistaken check-in."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import CheckIn, Member, Registration, RegistrationStatus, utc_now
from ssc_desktop.services.registrations import RegistrationRow, RegistrationService


class CheckInService:
    def __init__(self, session_factory: sessionmaker[Session], registrations: RegistrationService) -> None:
        self._sessions = session_factory
        self._registrations = registrations

    def check_in(self, registration_id: int, station: str = "", at: datetime | None = None) -> RegistrationRow:
        """Records an arrival; the check-in is committed before this returns."""
        with self._sessions.begin() as session:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFoundError(kind="registration", key="id", value=registration_id)
            name = session.scalar(select(Member.latin_name).where(Member.id == registration.member_id))
            if registration.status == RegistrationStatus.CANCELLED:
                raise DomainError("registration.cancelled", member=name)
            if registration.status == RegistrationStatus.WAITLISTED:
                raise DomainError("registration.not_registered", member=name)
            standing = self._standing_check_in(session, registration_id)
            if standing is not None:
                raise DomainError("checkin.already", member=name, time=standing.checked_in_at.isoformat(), station=standing.station)
            session.add(CheckIn(registration_id=registration_id, station=station.strip(), checked_in_at=at or utc_now()))
        return self._registrations.get_registration(registration_id)

    def undo_check_in(self, registration_id: int) -> RegistrationRow:
        with self._sessions.begin() as session:
            standing = self._standing_check_in(session, registration_id)
            if standing is None:
                registration = session.get(Registration, registration_id)
                if registration is None:
                    raise NotFoundError(kind="registration", key="id", value=registration_id)
                name = session.scalar(select(Member.latin_name).where(Member.id == registration.member_id))
                raise DomainError("checkin.nothing_to_undo", member=name)
            standing.undone = True
        return self._registrations.get_registration(registration_id)

    @staticmethod
    def _standing_check_in(session: Session, registration_id: int) -> CheckIn | None:
        return session.scalars(
            select(CheckIn)
            .where(CheckIn.registration_id == registration_id, CheckIn.undone.is_(False))
            .order_by(CheckIn.id.desc())
        ).first()
