"""Poster, e-poster and essay contests: rubric, entries, judges, assignments, scores, awards."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Float, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ssc_desktop.models.base import Base, UTCDateTime, enum_column, utc_now
from ssc_desktop.vocabulary import ContestKind
from ssc_desktop.models.event import Event
from ssc_desktop.models.member import Member


class Contest(Base):
    """A contest held at an event; locked_at set means scores, results and awards are frozen."""

    __tablename__ = "contests"

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ContestKind] = mapped_column(enum_column(ContestKind), default=ContestKind.POSTER)
    theme: Mapped[str] = mapped_column(Text, default="")
    # Category names in the order they are shown ("High school", "University"…).
    categories: Mapped[list] = mapped_column(JSON, default=list)
    blind: Mapped[bool] = mapped_column(default=False)
    judging_opens: Mapped[datetime | None] = mapped_column(UTCDateTime())
    judging_closes: Mapped[datetime | None] = mapped_column(UTCDateTime())
    judges_per_entry: Mapped[int] = mapped_column(default=3)
    # How judges' totals are combined: mean, normalized or trimmed.
    method: Mapped[str] = mapped_column(String(20), default="mean")
    tie_criterion_id: Mapped[int | None] = mapped_column()
    locked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    event: Mapped[Event] = relationship()
    criteria: Mapped[list[ContestCriterion]] = relationship(
        back_populates="contest", cascade="all, delete-orphan", order_by="ContestCriterion.position"
    )
    entries: Mapped[list[ContestEntry]] = relationship(
        back_populates="contest", cascade="all, delete-orphan", order_by="ContestEntry.code"
    )
    judges: Mapped[list[ContestJudge]] = relationship(
        back_populates="contest", cascade="all, delete-orphan", order_by="ContestJudge.id"
    )


class ContestCriterion(Base):
    """One line of the rubric: weight, scale (minimum, maximum, step) and a guide per level."""

    __tablename__ = "contest_criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(120))
    weight: Mapped[float] = mapped_column(Float, default=1.0)
    scale_min: Mapped[float] = mapped_column(Float, default=1.0)
    scale_max: Mapped[float] = mapped_column(Float, default=10.0)
    step: Mapped[float] = mapped_column(Float, default=1.0)
    # [[level, text], …] from the lowest level up.
    guide: Mapped[list] = mapped_column(JSON, default=list)

    contest: Mapped[Contest] = relationship(back_populates="criteria")


class ContestEntry(Base):
    __tablename__ = "contest_entries"
    __table_args__ = (UniqueConstraint("contest_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(120), default="")
    theme: Mapped[str] = mapped_column(String(200), default="")
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    abstract: Mapped[str] = mapped_column(Text, default="")
    # File names kept in the contest's folder beside the database.
    files: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    contest: Mapped[Contest] = relationship(back_populates="entries")
    authors: Mapped[list[ContestAuthor]] = relationship(
        back_populates="entry", cascade="all, delete-orphan", order_by="ContestAuthor.position"
    )


class ContestAuthor(Base):
    """An author of an entry: a member, or an outside student known only by name."""

    __tablename__ = "contest_authors"

    id: Mapped[int] = mapped_column(primary_key=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("contest_entries.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    latin_name: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(default=0)

    entry: Mapped[ContestEntry] = relationship(back_populates="authors")
    member: Mapped[Member | None] = relationship()


class ContestJudge(Base):
    """A judge of one contest; the PIN is kept only as a salted hash."""

    __tablename__ = "contest_judges"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)

    contest: Mapped[Contest] = relationship(back_populates="judges")


class ContestConflict(Base):
    """A judge may not judge an entry: declared by the judge or entered by the coordinator."""

    __tablename__ = "contest_conflicts"
    __table_args__ = (UniqueConstraint("judge_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("contest_judges.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("contest_entries.id", ondelete="CASCADE"), index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    declared_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ContestAssignment(Base):
    """A judge is to score an entry; the judge's comment on it lives here."""

    __tablename__ = "contest_assignments"
    __table_args__ = (UniqueConstraint("judge_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("contest_judges.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("contest_entries.id", ondelete="CASCADE"), index=True)
    manual: Mapped[bool] = mapped_column(default=False)
    comment: Mapped[str] = mapped_column(Text, default="")


class ContestScore(Base):
    __tablename__ = "contest_scores"
    __table_args__ = (UniqueConstraint("judge_id", "entry_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    judge_id: Mapped[int] = mapped_column(ForeignKey("contest_judges.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("contest_entries.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("contest_criteria.id", ondelete="CASCADE"), index=True)
    value: Mapped[float] = mapped_column(Float)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now, onupdate=utc_now)


class ContestScoreChange(Base):
    """The audit trail: every score (or comment) change, who made it, when, old and new."""

    __tablename__ = "contest_score_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    judge_id: Mapped[int | None] = mapped_column()
    entry_id: Mapped[int | None] = mapped_column()
    criterion_id: Mapped[int | None] = mapped_column()
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    changed_by: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(20), default="app")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utc_now)


class ContestAward(Base):
    __tablename__ = "contest_awards"
    __table_args__ = (UniqueConstraint("contest_id", "entry_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contests.id", ondelete="CASCADE"), index=True)
    entry_id: Mapped[int] = mapped_column(ForeignKey("contest_entries.id", ondelete="CASCADE"), index=True)
    # 1, 2, 3 for the prizes, 4 for an honourable mention.
    place: Mapped[int] = mapped_column()
