"""Members: the alumni in the chapter rosters."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, insert, select, update
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.db import take_write_lock
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Chapter,
    CheckIn,
    Gender,
    Member,
    ProgrammeSpeaker,
    Registration,
    RegistrationStatus,
    utc_now,
)
from ssc_desktop.services import audit
from ssc_desktop.services.checkin import doubled_check_ins
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


# The fields of a member a person can edit, and choose between when merging two records.
EDITABLE_FIELDS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(MemberDraft))

# Which registration survives when both records of a merge are registered for one event.
_STATUS_RANK = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITLISTED: 1, RegistrationStatus.CANCELLED: 2}


@dataclass(frozen=True)
class MergePreview:
    """What merging remove into keep would do, before doing it."""

    keep: MemberDraft
    remove: MemberDraft
    keep_summary: MemberSummary
    remove_summary: MemberSummary
    # Registrations of the removed member that move as they are.
    registrations_moving: int
    # Events both are registered for: one registration each way survives, the other goes.
    shared_events: int
    speaker_links_moving: int
    # Field -> "keep" or "remove": the value proposed for each field (the kept record's unless it is empty).
    default_choices: dict[str, str]


@dataclass(frozen=True)
class MergeResult:
    kept: MemberSummary
    removed_id: int
    registrations_moved: int
    # Registrations of the same event: the worse one of each pair is deleted, its check-ins kept.
    registrations_dropped: int
    checkins_moved: int
    speaker_links_moved: int
    # Fields whose value came from the removed record.
    fields_taken: tuple[str, ...]
    # Waitlisted registrations promoted into places the merge freed.
    promoted: int = 0
    # Both records were inside (on the same list) at once: the later check-in is marked undone,
    # since a person has one standing check-in per list (see CheckInService).
    checkins_undone: int = 0


def _undo_doubled_check_ins(session: Session, registration_ids: tuple[int, int]) -> int:
    """Before two registrations of one event become one: their check-ins on each list taken
    together, the doubles are marked undone by the rule migration 0007 used (the earliest
    standing check-in of the current visit stays; see checkin.doubled_check_ins), so the
    merged registration stands at most once per list and the unique index accepts the move.
    """
    # A desk scanning one of the two badges meanwhile waits for the merge (PostgreSQL; SQLite's
    # write lock is the merge's from its start), so no check-in slips in between look and move.
    session.execute(select(Registration.id).where(Registration.id.in_(registration_ids)).with_for_update())
    by_list: dict[int | None, list] = {}
    for check_in in session.scalars(
        select(CheckIn).where(CheckIn.registration_id.in_(registration_ids), CheckIn.undone.is_(False))
    ):
        by_list.setdefault(check_in.list_id, []).append(check_in)
    undone = 0
    for check_ins in by_list.values():
        ids = set(doubled_check_ins((c.id, c.checked_in_at, c.checked_out_at is not None) for c in check_ins))
        for check_in in check_ins:
            if check_in.id in ids:
                check_in.undone = True
                undone += 1
    if undone:
        session.flush()  # before the UPDATE that moves the check-ins, which the index checks row by row
    return undone


def _draft_of(member: Member) -> MemberDraft:
    return MemberDraft(
        latin_name=member.latin_name,
        native_name=member.native_name,
        email=member.email,
        country=member.country,
        affiliation=member.affiliation,
        visit_year=member.visit_year,
        host_institution=member.host_institution,
        gender=member.gender,
        phone=member.phone,
        notes=member.notes or "",
        chapter_id=member.chapter_id,
    )


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == Gender.UNSPECIFIED


def merge_default_choices(keep: MemberDraft, remove: MemberDraft) -> dict[str, str]:
    """The kept record's value for every field, unless it is empty and the other one is not."""
    return {
        name: "remove" if _empty(getattr(keep, name)) and not _empty(getattr(remove, name)) else "keep"
        for name in EDITABLE_FIELDS
    }


def _changed_draft(current: MemberDraft, changes: MemberDraft | Mapping[str, Any]) -> MemberDraft:
    if isinstance(changes, MemberDraft):
        return changes
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise DomainError("member.unknown_field", field=unknown[0], fields=", ".join(EDITABLE_FIELDS))
    values = dict(changes)
    if "gender" in values and not isinstance(values["gender"], Gender):
        values["gender"] = parse_gender(str(values["gender"]))
    if "visit_year" in values and isinstance(values["visit_year"], str):
        values["visit_year"] = parse_visit_year(values["visit_year"])
    return dataclasses.replace(current, **values)


def parse_gender(text: str) -> Gender:
    wanted = text.strip().casefold()
    aliases = {"f": Gender.FEMALE, "m": Gender.MALE, "": Gender.UNSPECIFIED, "-": Gender.UNSPECIFIED}
    if wanted in aliases:
        return aliases[wanted]
    for gender in Gender:
        if gender.value == wanted:
            return gender
    raise DomainError("member.bad_gender", value=text, choices=", ".join(g.value for g in Gender))


def parse_visit_year(text: str) -> int | None:
    """A visit year typed as text; empty means unknown."""
    text = text.strip()
    if not text or text in ("-", "—"):
        return None
    try:
        return int(text)
    except ValueError:
        raise DomainError("member.visit_year_not_number", value=text) from None


class MemberService:
    def __init__(self, session_factory: sessionmaker[Session], audit_log: audit.AuditLog | None = None) -> None:
        self._sessions = session_factory
        self._audit = audit_log or audit.AuditLog(session_factory)

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
            row = session.execute(select(*_SUMMARY_COLUMNS).outerjoin(Chapter).where(Member.id == member_id)).first()
        if row is None:
            raise NotFoundError(kind="member", key="id", value=member_id)
        return _summary(row)

    def notes_of(self) -> dict[int, str]:
        """Every member's notes that are not empty, by member id (the roster export's last column:
        columns kept at import land there, and must reach the exports too)."""
        with self._sessions() as session:
            rows = session.execute(select(Member.id, Member.notes).where(Member.notes != "")).all()
        return {member_id: notes for member_id, notes in rows if notes}

    def get_member_draft(self, member_id: int) -> MemberDraft:
        """Every editable value of a member (notes too), as a draft to change and save."""
        with self._sessions() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(kind="member", key="id", value=member_id)
            return _draft_of(member)

    def update_member(self, member_id: int, changes: MemberDraft | Mapping[str, Any]) -> MemberSummary:
        """Changes a member: a whole MemberDraft, or {field: value} for some fields only.

        The result is checked as a new member is (name, e-mail, visit year, chapter);
        nothing is stored when a value is refused. Returns the member as now stored.
        """
        with self._sessions.begin() as session:
            member = session.get(Member, member_id)
            if member is None:
                raise NotFoundError(kind="member", key="id", value=member_id)
            draft = _changed_draft(_draft_of(member), changes)
            values = member_values(draft)
            if draft.chapter_id is not None and session.get(Chapter, draft.chapter_id) is None:
                raise NotFoundError(kind="chapter", key="id", value=draft.chapter_id)
            values.pop("created_at")
            for name, value in values.items():
                setattr(member, name, value)
        return self.get_member(member_id)

    def merge_preview(self, keep_id: int, remove_id: int) -> MergePreview:
        if keep_id == remove_id:
            raise DomainError("member.merge_same", id=keep_id)
        with self._sessions() as session:
            keep, remove = self._pair(session, keep_id, remove_id)
            keep_events = set(session.scalars(select(Registration.event_id).where(Registration.member_id == keep_id)))
            remove_events = list(
                session.scalars(select(Registration.event_id).where(Registration.member_id == remove_id))
            )
            shared = sum(1 for event_id in remove_events if event_id in keep_events)
            speakers = (
                session.scalar(select(func.count(ProgrammeSpeaker.id)).where(ProgrammeSpeaker.member_id == remove_id))
                or 0
            )
            keep_draft, remove_draft = _draft_of(keep), _draft_of(remove)
        return MergePreview(
            keep=keep_draft,
            remove=remove_draft,
            keep_summary=self.get_member(keep_id),
            remove_summary=self.get_member(remove_id),
            registrations_moving=len(remove_events) - shared,
            shared_events=shared,
            speaker_links_moving=speakers,
            default_choices=merge_default_choices(keep_draft, remove_draft),
        )

    @staticmethod
    def _pair(session: Session, keep_id: int, remove_id: int) -> tuple[Member, Member]:
        keep = session.get(Member, keep_id)
        if keep is None:
            raise NotFoundError(kind="member", key="id", value=keep_id)
        remove = session.get(Member, remove_id)
        if remove is None:
            raise NotFoundError(kind="member", key="id", value=remove_id)
        return keep, remove

    def merge_members(self, keep_id: int, remove_id: int, choices: Mapping[str, str] | None = None) -> MergeResult:
        """Folds the member remove_id into keep_id, in one transaction, and deletes remove_id.

        choices says per field whose value the kept record ends with: "keep" or "remove"
        (fields not named follow merge_default_choices). The removed member's
        registrations and programme-speaker links move to the kept one. For an event
        both are registered for, the better registration stays (registered over
        waitlisted over cancelled; the kept member's on a tie) and the check-ins of the
        other are moved onto it before it is deleted.
        """
        if keep_id == remove_id:
            raise DomainError("member.merge_same", id=keep_id)
        choices = dict(choices or {})
        for name, choice in choices.items():
            if name not in EDITABLE_FIELDS:
                raise DomainError("member.unknown_field", field=name, fields=", ".join(EDITABLE_FIELDS))
            if choice not in ("keep", "remove"):
                raise DomainError("member.merge_bad_choice", field=name, choice=choice)
        with self._sessions.begin() as session:
            take_write_lock(session)  # SQLite: decide on check-ins and places that no desk changes meanwhile
            keep, remove = self._pair(session, keep_id, remove_id)
            keep_draft, remove_draft = _draft_of(keep), _draft_of(remove)
            chosen = {**merge_default_choices(keep_draft, remove_draft), **choices}
            taken = tuple(
                name
                for name in EDITABLE_FIELDS
                if chosen[name] == "remove" and getattr(keep_draft, name) != getattr(remove_draft, name)
            )
            merged = dataclasses.replace(keep_draft, **{name: getattr(remove_draft, name) for name in taken})
            values = member_values(merged)
            values.pop("created_at")

            keep_registrations = {
                r.event_id: r for r in session.scalars(select(Registration).where(Registration.member_id == keep_id))
            }
            moved = dropped = checkins_moved = checkins_undone = 0
            freed_events: set[int] = set()
            for theirs in list(session.scalars(select(Registration).where(Registration.member_id == remove_id))):
                ours = keep_registrations.get(theirs.event_id)
                if ours is None:
                    theirs.member_id = keep_id
                    moved += 1
                    continue
                better_is_theirs = _STATUS_RANK[theirs.status] < _STATUS_RANK[ours.status]
                survivor, loser = (theirs, ours) if better_is_theirs else (ours, theirs)
                checkins_undone += _undo_doubled_check_ins(session, (survivor.id, loser.id))
                # An UPDATE's result is a CursorResult (SQLAlchemy types Session.execute's as any Result).
                checkins_moved += (
                    cast(
                        "CursorResult[Any]",
                        session.execute(
                            update(CheckIn)
                            .where(CheckIn.registration_id == loser.id)
                            .values(registration_id=survivor.id)
                        ),
                    ).rowcount
                    or 0
                )
                if loser.status == RegistrationStatus.REGISTERED:
                    freed_events.add(loser.event_id)
                session.delete(loser)
                session.flush()  # the pair's (event, member) slot is free before the survivor takes it
                if survivor is theirs:
                    theirs.member_id = keep_id
                dropped += 1
            session.flush()

            speaker_rows = list(
                session.scalars(select(ProgrammeSpeaker).where(ProgrammeSpeaker.member_id == remove_id))
            )
            keep_items = set(
                session.scalars(select(ProgrammeSpeaker.item_id).where(ProgrammeSpeaker.member_id == keep_id))
            )
            for speaker in speaker_rows:
                if speaker.item_id in keep_items:
                    session.delete(speaker)  # the kept member already speaks in that item
                else:
                    speaker.member_id = keep_id
                    keep_items.add(speaker.item_id)
            session.flush()
            session.execute(delete(Member).where(Member.id == remove_id))
            for name, value in values.items():
                setattr(keep, name, value)
            promoted = self._promote(session, freed_events)
            audit.record(
                session,
                audit.MEMBER_MERGE,
                f"{remove_draft.latin_name} (#{remove_id}) merged into {keep_draft.latin_name} (#{keep_id}): "
                f"{moved} registrations moved, {dropped} dropped, {checkins_moved} check-ins moved",
                self._audit.actor,
            )
        return MergeResult(
            kept=self.get_member(keep_id),
            removed_id=remove_id,
            registrations_moved=moved,
            registrations_dropped=dropped,
            checkins_moved=checkins_moved,
            speaker_links_moved=len(speaker_rows),
            fields_taken=taken,
            promoted=promoted,
            checkins_undone=checkins_undone,
        )

    @staticmethod
    def _promote(session: Session, event_ids: set[int]) -> int:
        """Fills places a merge freed from the waitlist, by the registrations module's rule."""
        if not event_ids:
            return 0
        from ssc_desktop.models import Event
        from ssc_desktop.services.registrations import promote_waitlisted

        return sum(len(promote_waitlisted(session, session.get_one(Event, event_id))) for event_id in sorted(event_ids))

    def count_members(self) -> int:
        with self._sessions() as session:
            return session.scalar(select(func.count(Member.id))) or 0

    def list_members(
        self,
        search: str | None = None,
        chapter_id: int | None = None,
        limit: int | None = None,
        country: str | None = None,
        visit_year: int | None = None,
    ) -> list[MemberSummary]:
        """Members ordered by Latin name; search matches any part of either name, e-mail or affiliation.

        (Typo-tolerant searching is ssc_desktop.services.member_search, over this list.)
        """
        query = select(*_SUMMARY_COLUMNS).outerjoin(Chapter)
        if chapter_id is not None:
            query = query.where(Member.chapter_id == chapter_id)
        if country:
            query = query.where(func.lower(Member.country) == country.strip().casefold())
        if visit_year is not None:
            query = query.where(Member.visit_year == visit_year)
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
