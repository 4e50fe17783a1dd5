from __future__ import annotations

import secrets
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.models.chapter import Chapter
from ssc_desktop.vocabulary import EventFormat


class Event(Base):
    """A reunion or other gathering held by a chapter."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int] = mapped_column(ForeignKey("chapters.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    format: Mapped[EventFormat] = mapped_column(enum_column(EventFormat))
    venue: Mapped[str] = mapped_column(String(300), default="")
    online_link: Mapped[str] = mapped_column(String(500), default="")
    # Stored in UTC; shown in the event's own IANA time zone.
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    capacity: Mapped[int | None] = mapped_column()
    registration_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Signs this event's ticket codes (HMAC); never leaves the database.
    ticket_secret: Mapped[str] = mapped_column(String(64), default=lambda: secrets.token_hex(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    chapter: Mapped[Chapter] = relationship()
