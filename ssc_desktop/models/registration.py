from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Text, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.models.event import Event
from ssc_desktop.models.member import Member


class Registration(Base):
    """A member's place at an event, in one role."""

    __tablename__ = "registrations"
    __table_args__ = (UniqueConstraint("event_id", "member_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"), index=True)
    role: Mapped[RegistrationRole] = mapped_column(enum_column(RegistrationRole), default=RegistrationRole.PARTICIPANT)
    status: Mapped[RegistrationStatus] = mapped_column(
        enum_column(RegistrationStatus), default=RegistrationStatus.REGISTERED
    )
    # A person who signed up at the desk on the day rather than beforehand.
    walk_in: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Re-issuing a ticket (lost badge) bumps this; codes of older versions are refused.
    ticket_version: Mapped[int] = mapped_column(default=1, server_default=text("1"))
    # What the desk must do for this person: dietary needs, a message from the coordinator.
    desk_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    event: Mapped[Event] = relationship()
    member: Mapped[Member] = relationship()
