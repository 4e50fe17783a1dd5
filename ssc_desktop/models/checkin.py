from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, utc_now
from ssc_desktop.models.registration import Registration

# The check-in that has the person inside now: neither undone nor checked out. Written
# per dialect because SQLite keeps booleans as 0/1 and PostgreSQL as booleans; migration
# 0007 creates the index with the same text.
STANDING_WHERE_SQLITE = "undone = 0 AND checked_out_at IS NULL"
STANDING_WHERE_POSTGRESQL = "NOT undone AND checked_out_at IS NULL"
STANDING_INDEX = "uq_check_ins_standing"


def new_check_in_uid() -> str:
    return uuid.uuid4().hex


class CheckIn(Base):
    """One arrival at a check-in station. Undoing keeps the row and sets the flag."""

    __tablename__ = "check_ins"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id", ondelete="CASCADE"), index=True)
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    station: Mapped[str] = mapped_column(String(80), default="")
    undone: Mapped[bool] = mapped_column(default=False)
    # None: the door. Otherwise a part of the day (see CheckInList).
    list_id: Mapped[int | None] = mapped_column(ForeignKey("checkin_lists.id", ondelete="CASCADE"), index=True)
    # Set when the person leaves; coming back in makes a new check-in.
    checked_out_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # The check-in's identity wherever it travels (a desk file, an offline desk's queue): merging
    # it again finds it and changes nothing. NULL only for rows written without the models.
    uid: Mapped[str | None] = mapped_column(String(32), index=True, unique=True, default=new_check_in_uid)
    # The desk that made it when that was not this database ("" for this database itself).
    origin: Mapped[str] = mapped_column(String(80), default="", server_default="")

    registration: Mapped[Registration] = relationship()

    __table_args__ = (
        # At most one standing check-in per registration per list, however many desks,
        # processes or laptops scan at once: the database refuses the second. list_id
        # NULL (the door) is folded to 0, since a unique index counts NULLs as distinct
        # (list ids start at 1).
        Index(
            STANDING_INDEX,
            "registration_id",
            func.coalesce(text("list_id"), 0),
            unique=True,
            sqlite_where=text(STANDING_WHERE_SQLITE),
            postgresql_where=text(STANDING_WHERE_POSTGRESQL),
        ),
    )
