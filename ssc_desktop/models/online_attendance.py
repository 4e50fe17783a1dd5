"""Online attendance: the participant reports of Zoom, Teams or Meet imported for an event."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ssc_desktop.models.base import Base, UTCDateTime, utc_now


class OnlineSession(Base):
    """One imported report: one online meeting of the event."""

    __tablename__ = "online_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))  # zoom, teams, meet
    file_name: Mapped[str] = mapped_column(String(300))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    # The same report imported twice is found by its bytes, or by its meeting (id or title) and start.
    content_hash: Mapped[str] = mapped_column(String(64), default="", index=True)
    meeting_key: Mapped[str] = mapped_column(String(400), default="")


class OnlineParticipant(Base):
    """A person in a report, rows merged; matched to a registration by e-mail, name or hand."""

    __tablename__ = "online_participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("online_sessions.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    email: Mapped[str] = mapped_column(String(254), default="")
    minutes: Mapped[int] = mapped_column(Integer, default=0)  # whole minutes, for display; seconds is exact
    seconds: Mapped[int] = mapped_column(Integer, default=0)
    # The stays as [[start, end], ...] in ISO UTC: a person's time is their union across reports.
    intervals: Mapped[list] = mapped_column(JSON, default=list)
    first_join: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_leave: Mapped[datetime | None] = mapped_column(UTCDateTime())
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", ondelete="SET NULL"), index=True)
    matched_by: Mapped[str] = mapped_column(
        String(10), default=""
    )  # email, name, hand, none (nobody registered); "" to match
