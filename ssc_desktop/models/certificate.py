"""Certificates: their templates, the event's contributors, and every certificate issued."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.vocabulary import CertificateKind


class CertificateTemplate(Base):
    """How a kind of certificate looks and reads; the wording has {name}, {event}, {date},
    {place}, {reason} and {chapter} placeholders."""

    __tablename__ = "certificate_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_column(CertificateKind))
    title: Mapped[str] = mapped_column(String(200))
    wording: Mapped[str] = mapped_column(Text, default="")
    landscape: Mapped[bool] = mapped_column(default=True)
    accent: Mapped[str] = mapped_column(String(9), default="#b4235a")
    signatory_1_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_1_title: Mapped[str] = mapped_column(String(200), default="")
    signatory_1_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    signatory_2_name: Mapped[str] = mapped_column(String(200), default="")
    signatory_2_title: Mapped[str] = mapped_column(String(200), default="")
    signatory_2_image: Mapped[bytes | None] = mapped_column(LargeBinary)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    # Participation only: attending online counts from this many minutes (0: online does not count).
    min_online_minutes: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class Contributor(Base):
    """Someone the coordinator thanks with a Certificate of Contribution, and why."""

    __tablename__ = "contributors"
    __table_args__ = (UniqueConstraint("registration_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id", ondelete="CASCADE"))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class Certificate(Base):
    """One certificate issued: its number (printed and in the QR), to whom, for what.

    subject says whom within the event and kind ("registration:12", "award:3:P-07:Name"),
    so issuing again gives the same number instead of a second certificate.
    """

    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("event_id", "kind", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    kind: Mapped[CertificateKind] = mapped_column(enum_column(CertificateKind))
    subject: Mapped[str] = mapped_column(String(300))
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", ondelete="SET NULL"))
    recipient_name: Mapped[str] = mapped_column(String(200))
    recipient_latin_name: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    template_id: Mapped[int | None] = mapped_column(ForeignKey("certificate_templates.id", ondelete="SET NULL"))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)
