"""The programme of an event: its items (talks, breaks, panels…), speakers and clash warnings.

Times are aware datetimes, stored in UTC; people type and read them in the event's own
time zone (parse_item_time). Clash warnings are data computed here, worded in
ssc_desktop.messages.programme and shown by the views.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, selectinload, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Event, Member, ProgrammeItem, ProgrammeKind, ProgrammeSpeaker
from ssc_desktop.services.events import EventService, EventSummary, parse_local_datetime, zone
from ssc_desktop.services.text_folding import fold

_LIMITS = {"title": 300, "room": 120, "name": 200, "native_name": 200, "affiliation": 300}
_HHMM = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")

_KIND_ALIASES = {
    "talk": ProgrammeKind.ALUMNI_TALK,
    "alumni": ProgrammeKind.ALUMNI_TALK,
    "alumni-talk": ProgrammeKind.ALUMNI_TALK,
    "job-hunting-seminar": ProgrammeKind.JOB_SEMINAR,
    "job-seminar": ProgrammeKind.JOB_SEMINAR,
    "seminar": ProgrammeKind.JOB_SEMINAR,
    "poster": ProgrammeKind.POSTER_SESSION,
    "posters": ProgrammeKind.POSTER_SESSION,
    "e-poster": ProgrammeKind.POSTER_SESSION,
    "lunch": ProgrammeKind.BREAK,
    "coffee": ProgrammeKind.BREAK,
    "keynote-speech": ProgrammeKind.KEYNOTE,
}


def parse_kind(value: str) -> ProgrammeKind:
    normalized = value.strip().lower().replace("_", "-").replace(" ", "-")
    try:
        return ProgrammeKind(normalized)
    except ValueError:
        pass
    if normalized in _KIND_ALIASES:
        return _KIND_ALIASES[normalized]
    raise DomainError("programme.bad_kind", value=value, kinds=", ".join(k.value for k in ProgrammeKind))


def parse_item_time(text: str, event: EventSummary, field_name: str = "start") -> datetime:
    """'09:30' on the event's first day, or '2026-12-12 09:30', in the event's zone; UTC out."""
    match = _HHMM.match(text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour > 23 or minute > 59:
            raise DomainError("programme.bad_time", field=field_name, value=text)
        tz = zone(event.timezone)
        local = datetime.combine(event.local_start.date(), time(hour, minute), tzinfo=tz)
        return local.astimezone(timezone.utc)
    try:
        return parse_local_datetime(text, event.timezone, field_name)
    except DomainError:
        raise DomainError("programme.bad_time", field=field_name, value=text) from None


@dataclass(frozen=True)
class SpeakerDraft:
    """A member (member_id; names are taken from the roster) or a guest (name required)."""

    member_id: int | None = None
    name: str = ""
    native_name: str = ""
    affiliation: str = ""
    bio: str = ""


@dataclass(frozen=True)
class ItemDraft:
    starts_at: datetime
    ends_at: datetime
    title: str
    room: str = ""
    kind: ProgrammeKind = ProgrammeKind.OTHER
    description: str = ""
    speakers: tuple[SpeakerDraft, ...] = ()


@dataclass(frozen=True)
class Speaker:
    member_id: int | None
    name: str
    native_name: str
    affiliation: str
    bio: str

    @property
    def is_guest(self) -> bool:
        return self.member_id is None

    @property
    def display_name(self) -> str:
        """The name in its own script and in Latin letters, as printed on the agenda."""
        if self.native_name and self.name and fold(self.native_name) == fold(self.name):
            return self.native_name  # "Lê Thị Lan" says all that "Le Thi Lan" does, and more
        return f"{self.native_name} {self.name}".strip()

    def draft(self) -> SpeakerDraft:
        return SpeakerDraft(self.member_id, self.name, self.native_name, self.affiliation, self.bio)


@dataclass(frozen=True)
class ProgrammeItemRow:
    id: int
    event_id: int
    starts_at: datetime
    ends_at: datetime
    room: str
    kind: ProgrammeKind
    title: str
    description: str
    speakers: tuple[Speaker, ...] = ()

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at

    @property
    def speaker_names(self) -> str:
        return ", ".join(s.display_name for s in self.speakers)

    def draft(self) -> ItemDraft:
        return ItemDraft(
            self.starts_at,
            self.ends_at,
            self.title,
            self.room,
            self.kind,
            self.description,
            tuple(s.draft() for s in self.speakers),
        )


ROOM_CLASH = "programme.warning.room_clash"
SPEAKER_CLASH = "programme.warning.speaker_clash"
BEFORE_EVENT = "programme.warning.before_event"
AFTER_EVENT = "programme.warning.after_event"


@dataclass(frozen=True)
class ProgrammeWarning:
    """A clash or misplacement the coordinator should look at; it does not stop saving."""

    code: str
    item_id: int
    other_item_id: int | None
    item_title: str
    other_title: str = ""
    detail: str = ""  # the room or the speaker concerned

    @property
    def item_ids(self) -> tuple[int, ...]:
        return (self.item_id,) if self.other_item_id is None else (self.item_id, self.other_item_id)

    @property
    def params(self) -> dict[str, str]:
        return {"item": self.item_title, "other": self.other_title, "detail": self.detail}


@dataclass(frozen=True)
class Programme:
    event: EventSummary
    items: tuple[ProgrammeItemRow, ...]
    warnings: tuple[ProgrammeWarning, ...] = field(default=())

    def warnings_for(self, item_id: int) -> list[ProgrammeWarning]:
        return [w for w in self.warnings if item_id in w.item_ids]

    @property
    def flagged_ids(self) -> set[int]:
        return {i for w in self.warnings for i in w.item_ids}

    @property
    def rooms(self) -> list[str]:
        """Rooms in order of first use; items without a room are not a room."""
        seen: dict[str, str] = {}
        for item in self.items:
            if item.room.strip():
                seen.setdefault(fold(item.room), item.room.strip())
        return list(seen.values())


def _overlap(a: ProgrammeItemRow, b: ProgrammeItemRow) -> bool:
    return a.starts_at < b.ends_at and b.starts_at < a.ends_at


def _speaker_key(speaker: Speaker) -> str:
    return (
        f"member:{speaker.member_id}"
        if speaker.member_id is not None
        else f"guest:{fold(' '.join(speaker.name.split()))}"
    )


def compute_warnings(
    items: list[ProgrammeItemRow] | tuple[ProgrammeItemRow, ...], event_start: datetime, event_end: datetime
) -> list[ProgrammeWarning]:
    """Room clashes, speaker clashes and items outside the event, in time order."""
    ordered = sorted(items, key=lambda i: (i.starts_at, i.ends_at, i.id))
    warnings: list[ProgrammeWarning] = []
    for item in ordered:
        if item.starts_at < event_start:
            warnings.append(ProgrammeWarning(BEFORE_EVENT, item.id, None, item.title))
        if item.ends_at > event_end:
            warnings.append(ProgrammeWarning(AFTER_EVENT, item.id, None, item.title))
    for index, item in enumerate(ordered):
        for other in ordered[index + 1 :]:
            if other.starts_at >= item.ends_at:
                break
            if not _overlap(item, other):
                continue
            if item.room.strip() and fold(item.room.strip()) == fold(other.room.strip()):
                warnings.append(
                    ProgrammeWarning(ROOM_CLASH, item.id, other.id, item.title, other.title, item.room.strip())
                )
            others = {_speaker_key(s) for s in other.speakers}
            reported: set[str] = set()
            for speaker in item.speakers:
                key = _speaker_key(speaker)
                if key in others and key not in reported and key != "guest:":
                    reported.add(key)
                    warnings.append(
                        ProgrammeWarning(
                            SPEAKER_CLASH, item.id, other.id, item.title, other.title, speaker.display_name
                        )
                    )
    return warnings


def _clean(value: str, name: str, multiline: bool = False) -> str:
    text = value.strip() if multiline else " ".join(value.split())
    limit = _LIMITS.get(name)
    if limit is not None and len(text) > limit:
        raise DomainError("programme.too_long", field=name, limit=limit, length=len(text))
    return text


def validate_item(draft: ItemDraft) -> ItemDraft:
    """The draft cleaned (spaces, lengths), or a DomainError naming the field."""
    title = _clean(draft.title, "title")
    if not title:
        raise DomainError("programme.title_required")
    if draft.starts_at.tzinfo is None or draft.ends_at.tzinfo is None:
        raise DomainError("programme.naive_time")
    if draft.ends_at <= draft.starts_at:
        raise DomainError(
            "programme.ends_before_start",
            title=title,
            starts=draft.starts_at.isoformat(),
            ends=draft.ends_at.isoformat(),
        )
    if not isinstance(draft.kind, ProgrammeKind):
        raise DomainError("programme.bad_kind", value=str(draft.kind), kinds=", ".join(k.value for k in ProgrammeKind))
    speakers = []
    for number, speaker in enumerate(draft.speakers, start=1):
        name = _clean(speaker.name, "name")
        native = _clean(speaker.native_name, "native_name")
        if speaker.member_id is None and not (name or native):
            raise DomainError("programme.speaker_name_required", position=number)
        speakers.append(
            SpeakerDraft(
                speaker.member_id, name, native, _clean(speaker.affiliation, "affiliation"), speaker.bio.strip()
            )
        )
    return ItemDraft(
        draft.starts_at,
        draft.ends_at,
        title,
        _clean(draft.room, "room"),
        draft.kind,
        draft.description.strip(),
        tuple(speakers),
    )


class ProgrammeService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory
        self._events = EventService(session_factory)

    # -- reading ------------------------------------------------------------------
    def programme(self, event_id: int) -> Programme:
        """The event, its items in time order and the warnings about them."""
        event = self._events.get_event(event_id)
        items = self.list_items(event_id)
        return Programme(event, tuple(items), tuple(compute_warnings(items, event.starts_at, event.ends_at)))

    def list_items(self, event_id: int) -> list[ProgrammeItemRow]:
        with self._sessions() as session:
            found = session.scalars(
                select(ProgrammeItem)
                .where(ProgrammeItem.event_id == event_id)
                .options(selectinload(ProgrammeItem.speakers))
                .order_by(ProgrammeItem.starts_at, ProgrammeItem.room, ProgrammeItem.id)
            ).all()
            return [_row(item) for item in found]

    def get_item(self, item_id: int) -> ProgrammeItemRow:
        with self._sessions() as session:
            item = session.get(ProgrammeItem, item_id, options=[selectinload(ProgrammeItem.speakers)])
            if item is None:
                raise NotFoundError(kind="programme item", key="id", value=item_id)
            return _row(item)

    # -- writing ------------------------------------------------------------------
    def add_item(self, event_id: int, draft: ItemDraft) -> ProgrammeItemRow:
        draft = validate_item(draft)
        with self._sessions.begin() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            item = ProgrammeItem(event_id=event_id)
            _fill(session, item, draft)
            session.add(item)
            session.flush()
            item_id = item.id
        return self.get_item(item_id)

    def update_item(self, item_id: int, draft: ItemDraft) -> ProgrammeItemRow:
        draft = validate_item(draft)
        with self._sessions.begin() as session:
            item = session.get(ProgrammeItem, item_id)
            if item is None:
                raise NotFoundError(kind="programme item", key="id", value=item_id)
            session.execute(delete(ProgrammeSpeaker).where(ProgrammeSpeaker.item_id == item_id))
            session.expire(item, ["speakers"])
            _fill(session, item, draft)
        return self.get_item(item_id)

    def delete_item(self, item_id: int) -> None:
        with self._sessions.begin() as session:
            item = session.get(ProgrammeItem, item_id)
            if item is None:
                raise NotFoundError(kind="programme item", key="id", value=item_id)
            session.delete(item)

    def duplicate_item(self, item_id: int) -> ProgrammeItemRow:
        """A copy of an item with its speakers, placed right after it (same room, same length)."""
        original = self.get_item(item_id)
        draft = original.draft()
        length = original.ends_at - original.starts_at
        copy = ItemDraft(
            original.ends_at,
            original.ends_at + length,
            draft.title,
            draft.room,
            draft.kind,
            draft.description,
            draft.speakers,
        )
        return self.add_item(original.event_id, copy)

    def add_items(self, event_id: int, drafts: list[ItemDraft]) -> list[ProgrammeItemRow]:
        """Adds many items in one transaction: all of them or none."""
        cleaned = [validate_item(d) for d in drafts]
        ids = []
        with self._sessions.begin() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            for draft in cleaned:
                item = ProgrammeItem(event_id=event_id)
                _fill(session, item, draft)
                session.add(item)
                session.flush()
                ids.append(item.id)
        return [self.get_item(i) for i in ids]

    # -- speakers ---------------------------------------------------------------------
    def find_member_speaker(self, text: str) -> SpeakerDraft:
        """A member named by e-mail (exact, any case) or by a name that only one member has."""
        wanted = text.strip()
        if not wanted:
            raise DomainError("programme.speaker_name_required", position=1)
        with self._sessions() as session:
            if "@" in wanted:
                member = session.scalars(select(Member).where(Member.email_key == wanted.casefold())).first()
                if member is None:
                    member = session.scalars(select(Member).where(Member.email.ilike(wanted))).first()
                if member is None:
                    raise NotFoundError(kind="member", key="e-mail", value=wanted)
                return SpeakerDraft(member.id)
            key = fold(wanted)
            candidates = session.scalars(select(Member).where(Member.search_key.like(f"%{key}%"))).all()
            exact = [m for m in candidates if key in (fold(m.latin_name), fold(m.native_name))]
            chosen = exact or candidates
            if len(chosen) == 1:
                return SpeakerDraft(chosen[0].id)
            if len(chosen) > 1:
                raise DomainError("programme.ambiguous_speaker", text=wanted, count=len(chosen))
            return SpeakerDraft(None, name=wanted)


def _fill(session: Session, item: ProgrammeItem, draft: ItemDraft) -> None:
    item.starts_at = draft.starts_at
    item.ends_at = draft.ends_at
    item.title = draft.title
    item.room = draft.room
    item.kind = draft.kind
    item.description = draft.description
    speakers = []
    for position, speaker in enumerate(draft.speakers):
        values = dict(
            name=speaker.name, native_name=speaker.native_name, affiliation=speaker.affiliation, bio=speaker.bio
        )
        if speaker.member_id is not None:
            member = session.get(Member, speaker.member_id)
            if member is None:
                raise NotFoundError(kind="member", key="id", value=speaker.member_id)
            # What the roster says now, unless the coordinator wrote something else.
            values = dict(
                name=speaker.name or member.latin_name,
                native_name=speaker.native_name or member.native_name,
                affiliation=speaker.affiliation or member.affiliation,
                bio=speaker.bio,
            )
        speakers.append(ProgrammeSpeaker(member_id=speaker.member_id, position=position, **values))
    item.speakers = speakers


def _row(item: ProgrammeItem) -> ProgrammeItemRow:
    return ProgrammeItemRow(
        id=item.id,
        event_id=item.event_id,
        starts_at=item.starts_at,
        ends_at=item.ends_at,
        room=item.room or "",
        kind=item.kind,
        title=item.title,
        description=item.description or "",
        speakers=tuple(
            Speaker(s.member_id, s.name or "", s.native_name or "", s.affiliation or "", s.bio or "")
            for s in item.speakers
        ),
    )
