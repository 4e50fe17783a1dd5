from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, utc_now
from ssc_desktop.models.event import Event


class CheckInList(Base):
    """A part of the day people are checked into besides the door: a seminar, the banquet…

    Check-ins with no list are the door's. A list may belong to a programme item.
    """

    __tablename__ = "checkin_lists"
    __table_args__ = (UniqueConstraint("event_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    programme_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("programme_items.id", ondelete="SET NULL"), index=True
    )
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    event: Mapped[Event] = relationship()
