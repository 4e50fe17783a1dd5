from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.models.chapter import Chapter
from ssc_desktop.vocabulary import Gender


class Member(Base):
    """An SSC alumna or alumnus, as kept in a chapter roster."""

    __tablename__ = "members"
    __table_args__ = (Index("ix_members_email_key", "email_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    chapter_id: Mapped[int | None] = mapped_column(ForeignKey("chapters.id", ondelete="SET NULL"), index=True)
    latin_name: Mapped[str] = mapped_column(String(200))
    native_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    # Case-folded, trimmed e-mail used for matching duplicates.
    email_key: Mapped[str] = mapped_column(String(254), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    visit_year: Mapped[int | None] = mapped_column()
    host_institution: Mapped[str] = mapped_column(String(300), default="")
    gender: Mapped[Gender] = mapped_column(enum_column(Gender), default=Gender.UNSPECIFIED)
    phone: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    # Both names folded to lower case without accents, so searching is one comparison.
    search_key: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)

    chapter: Mapped[Chapter | None] = relationship()
