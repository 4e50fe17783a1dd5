from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from ssc_desktop.models.base import Base, UTCDateTime, utc_now


class ImportMapping(Base):
    """A column mapping the coordinator confirmed, reused for files with the same headers."""

    __tablename__ = "import_mappings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # What the mapping is for ("roster", later "contest-entries"…).
    purpose: Mapped[str] = mapped_column(String(40), default="roster")
    # The file's normalized header row, joined; files with the same headers share a mapping.
    header_signature: Mapped[str] = mapped_column(String(2000))
    # {column index as text: field name}
    mapping: Mapped[dict] = mapped_column(JSON, default=dict)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)
