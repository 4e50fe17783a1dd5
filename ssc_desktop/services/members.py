"""Members: the alumni in the chapter rosters."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Chapter, Gender, Member, utc_now
from ssc_desktop.services.text_folding import fold, search_key

# The Sakura Science exchange programme began in 2014.
FIRST_VISIT_YEAR = 2014
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class MemberDraft:
    latin_name: str
    native_name: str = ""
    email: str = ""
    country: str = ""
    affiliation: str = ""
    visit_year: int | None = None
    host_institution: str = ""
    gender: Gender = Gender.UNSPECIFIED
    phone: str = ""
    notes: str = ""
    chapter_id: int | None = None


@dataclass(frozen=True)
class MemberSummary:
    id: int
    chapter_id: int | None
    chapter_name: str
    latin_name: str
    native_name: str
    email: str
    country: str
    affiliation: str
    visit_year: int | None
    host_institution: str
    gender: Gender
    phone: str
    search_key: str


def member_search_key(latin_name: str, native_name: str, email: str, affiliation: str, country: str) -> str:
    return search_key(latin_name, native_name, email, affiliation, country)


def validate_member(draft: MemberDraft) -> MemberDraft:
    if not draft.latin_name.strip():
        raise DomainError("member.name_required")
    email = draft.email.strip()
    if email and not _EMAIL.match(email):
        raise DomainError("member.bad_email", email=email)
    latest = date.today().year + 1
    if draft.visit_year is not None and not FIRST_VISIT_YEAR <= draft.visit_year <= latest:
        raise DomainError("member.bad_visit_year", year=draft.visit_year, latest=latest)
    return draft


def member_values(draft: MemberDraft) -> dict:
    """The column values of a new member row, checked and normalized."""
    validate_member(draft)
    latin = draft.latin_name.strip()
    native = draft.native_name.strip()
    email = draft.email.strip()
    return dict(
        chapter_id=draft.chapter_id,
        latin_name=latin,
        native_name=native,
        email=email,
        email_key=email.casefold(),
        country=draft.country.strip(),
        affiliation=draft.affiliation.strip(),
        visit_year=draft.visit_year,
        host_institution=draft.host_institution.strip(),
        gender=draft.gender,
        phone=draft.phone.strip(),
        notes=draft.notes,
        search_key=member_search_key(latin, native, email, draft.affiliation, draft.country),
        created_at=utc_now(),
        updated_at=utc_now(),
    )


_SUMMARY_COLUMNS = (
    Member.id,
    Member.chapter_id,
    Chapter.name,
    Member.latin_name,
    Member.native_name,
    Member.email,
    Member.country,
    Member.affiliation,
    Member.visit_year,
    Member.host_institution,
    Member.gender,
    Member.phone,
    Member.search_key,
)


def _summary(row: tuple) -> MemberSummary:
    values = list(row)
    values[2] = values[2] or ""
    return MemberSummary(*values)


class MemberService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def add_member(self, draft: MemberDraft) -> MemberSummary:
        with self._sessions.begin() as session:
            member = Member(**member_values(draft))
            session.add(member)
            session.flush()
            member_id = member.id
        return self.get_member(member_id)

    def add_members(self, drafts: list[MemberDraft]) -> int:
        """Adds all members in one transaction: either every one is stored or none."""
        rows = [member_values(d) for d in drafts]
        if rows:
            with self._sessions.begin() as session:
                chapter_ids = {row["chapter_id"] for row in rows} - {None}
                known = set(session.scalars(select(Chapter.id).where(Chapter.id.in_(chapter_ids))))
                for chapter_id in sorted(chapter_ids - known):
                    raise NotFoundError(kind="chapter", key="id", value=chapter_id)
                session.execute(insert(Member), rows)
        return len(rows)

    def get_member(self, member_id: int) -> MemberSummary:
        with self._sessions() as session:
            row = session.execute(
                select(*_SUMMARY_COLUMNS).outerjoin(Chapter).where(Member.id == member_id)
            ).first()
        if row is None:
            raise NotFoundError(kind="member", key="id", value=member_id)
        return _summary(row)

    def count_members(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Member.id))) or 0

    def list_members(
        self, search: str | None = None, chapter_id: int | None = None, limit: int | None = None
    ) -> list[MemberSummary]:
        """Members ordered by Latin name; search matches any part of either name, e-mail or affiliation."""
        query = select(*_SUMMARY_COLUMNS).outerjoin(Chapter)
        if chapter_id is not None:
            query = query.where(Member.chapter_id == chapter_id)
        for word in fold(search or "").split():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(Member.search_key.like(f"%{escaped}%", escape="\\"))
        query = query.order_by(Member.latin_name, Member.id)
        if limit is not None:
            query = query.limit(limit)
        with self._sessions() as session:
            return [_summary(row) for row in session.execute(query)]


def matching_members(
    members: list[MemberSummary], query: str, chapter_id: int | None = None
) -> list[MemberSummary] | None:
    """Members whose search key holds every word of the query; None when nothing filters.

    Passing the result of a shorter query as members narrows it further, which is
    what typing one more letter needs.
    """
    words = fold(query).split()
    if not words and chapter_id is None:
        return None
    found = members if chapter_id is None else [m for m in members if m.chapter_id == chapter_id]
    for word in words:
        found = [m for m in found if word in m.search_key]
    return found


def matching_member_ids(members: list[MemberSummary], query: str, chapter_id: int | None = None) -> set[int] | None:
    found = matching_members(members, query, chapter_id)
    return None if found is None else {m.id for m in found}
