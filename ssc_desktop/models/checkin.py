from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, utc_now
from ssc_desktop.models.registration import Registration


class CheckIn(Base):
    """One arrival at a check-in station. Undoing keeps the row and sets the flag."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registrations.id", ondelete="CASCADE"), index=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    station: Mapped[str] = mapped_column(String(80), default="")
    undone: Mapped[bool] = mapped_column(default=False)
    # None: the door. Otherwise a part of the day (see CheckInList).
    list_id: Mapped[int | None] = mapped_column(ForeignKey("checkin_lists.id", ondelete="CASCADE"), index=True)
    # Set when the person leaves; coming back in makes a new check-in.
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    registration: Mapped[Registration] = relationship()
