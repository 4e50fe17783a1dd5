from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.vocabulary import ProgrammeKind
from ssc_desktop.models.event import Event
from ssc_desktop.models.member import Member


class ProgrammeItem(Base):
    """One slot of an event's programme: a keynote, a talk, a break, a contest…"""

    __tablename__ = "programme_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    room: Mapped[str] = mapped_column(String(120), default="")
    kind: Mapped[ProgrammeKind] = mapped_column(enum_column(ProgrammeKind), default=ProgrammeKind.OTHER)
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    event: Mapped[Event] = relationship()
    speakers: Mapped[list[ProgrammeSpeaker]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="ProgrammeSpeaker.position"
    )


class ProgrammeSpeaker(Base):
    """A speaker of a programme item: a member, or a guest known only by name."""

    __tablename__ = "programme_speakers"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("programme_items.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    # For guests; for members these hold what was current when they were added.
    name: Mapped[str] = mapped_column(String(200), default="")
    native_name: Mapped[str] = mapped_column(String(200), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    bio: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(default=0)

    item: Mapped[ProgrammeItem] = relationship(back_populates="speakers")
    member: Mapped[Member | None] = relationship()
