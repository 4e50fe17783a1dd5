from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from ssc_desktop.models.base import Base, UTCDateTime, utc_now


class AuditEntry(Base):
    """One thing done to the reunion's records: which desk, when (UTC), what kind, what.

    Written by the service that does it, inside the same transaction (services.audit), so
    the log and the records cannot disagree. `what` is a short sentence for people: never
    a PIN, a password or a ticket code. No foreign keys: an entry outlives what it tells of.
    """

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    kind: Mapped[str] = mapped_column(String(40))
    # The check-in station's name, or "app", "cli", "phone", or the desk file that was merged.
    desk: Mapped[str] = mapped_column(String(120), default="")
    event_id: Mapped[int | None] = mapped_column()
    what: Mapped[str] = mapped_column(String(500), default="")

    # No index but the primary key: every scan at the door writes a row, and each index is one
    # more B-tree to update before the verdict. Newest first is by id (rows are written at the
    # moment of the action); a page reads the newest rows of a table of at most a few 100,000.
