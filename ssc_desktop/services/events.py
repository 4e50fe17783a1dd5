"""Events: reunions and other gatherings, with their headline figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy import and_, case, distinct, func, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.services.arrivals import door_check_in
from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Chapter,
    CheckIn,
    Event,
    EventFormat,
    ProgrammeItem,
    ProgrammeSpeaker,
    Registration,
    RegistrationStatus,
)
from ssc_desktop.services.registrations import RegistrationService, lock_event, promote_waitlisted
from ssc_desktop.services.registration_rows import RegistrationRow

_DATETIME_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d")


def zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise DomainError("event.unknown_timezone", timezone=name) from None


def time_zone_names() -> list[str]:
    return sorted(available_timezones())


def parse_local_datetime(text: str, timezone_name: str, field: str = "start") -> datetime:
    """Reads '2026-12-12 09:30' as a wall-clock time in the given zone; returns it in UTC."""
    tz = zone(timezone_name)
    cleaned = text.strip()
    try:
        parsed = datetime.fromisoformat(cleaned)
    except ValueError:
        parsed = None
        for fmt in _DATETIME_FORMATS:
            try:
                parsed = datetime.strptime(cleaned, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise DomainError("event.bad_datetime", field=field, value=text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed.astimezone(timezone.utc)


def parse_event_format(value: str) -> EventFormat:
    normalized = value.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {"f2f": "face-to-face", "in-person": "face-to-face", "onsite": "face-to-face", "offline": "face-to-face"}
    try:
        return EventFormat(aliases.get(normalized, normalized))
    except ValueError:
        raise DomainError("event.bad_format", value=value) from None


@dataclass(frozen=True)
class EventDraft:
    chapter_id: int
    title: str
    format: EventFormat
    starts_at: datetime
    ends_at: datetime
    timezone: str = "UTC"
    venue: str = ""
    online_link: str = ""
    capacity: int | None = None
    # Ordinary sign-ups are refused after this moment (walk-ins and late placements still work).
    registration_deadline: datetime | None = None


@dataclass(frozen=True)
class EventSummary:
    id: int
    chapter_id: int
    chapter_name: str
    title: str
    format: EventFormat
    venue: str
    online_link: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    capacity: int | None
    registered: int
    waitlisted: int
    cancelled: int
    checked_in: int
    registration_deadline: datetime | None = None

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(zone(self.timezone))

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(zone(self.timezone))


@dataclass(frozen=True)
class EventEdit:
    event: EventSummary
    # Waitlisted people who got a place because the capacity was raised or removed, earliest first.
    promoted: tuple[RegistrationRow, ...] = ()


@dataclass(frozen=True)
class EventCopy:
    event: EventSummary
    source_id: int
    programme_items: int


def draft_of(event: EventSummary) -> EventDraft:
    """The draft that would create this event again (the start of an edit)."""
    return EventDraft(
        chapter_id=event.chapter_id,
        title=event.title,
        format=event.format,
        starts_at=event.starts_at,
        ends_at=event.ends_at,
        timezone=event.timezone,
        venue=event.venue,
        online_link=event.online_link,
        capacity=event.capacity,
        registration_deadline=event.registration_deadline,
    )


def shift_wall_clock(moment: datetime, timezone_name: str, delta: timedelta) -> datetime:
    """moment moved by delta on the event's own clock, so 09:30 stays 09:30 across a DST change."""
    tz = zone(timezone_name)
    local = moment.astimezone(tz).replace(tzinfo=None) + delta
    return local.replace(tzinfo=tz).astimezone(timezone.utc)


def validate_event(draft: EventDraft) -> None:
    if not draft.title.strip():
        raise DomainError("event.title_required")
    zone(draft.timezone)
    if draft.ends_at <= draft.starts_at:
        raise DomainError("event.ends_before_start", starts=draft.starts_at.isoformat(), ends=draft.ends_at.isoformat())
    if draft.capacity is not None and (isinstance(draft.capacity, bool) or draft.capacity <= 0):
        raise DomainError("event.bad_capacity", capacity=draft.capacity)
    deadline = draft.registration_deadline
    if deadline is not None:
        if deadline.tzinfo is None:
            raise DomainError("event.bad_datetime", field="registration deadline", value=deadline.isoformat())
        if deadline > draft.ends_at:
            raise DomainError("event.deadline_after_end", deadline=deadline.isoformat(), ends=draft.ends_at.isoformat())


def default_end(starts_at: datetime) -> datetime:
    return starts_at + timedelta(hours=8)


class EventService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def create_event(self, draft: EventDraft) -> EventSummary:
        validate_event(draft)
        with self._sessions.begin() as session:
            if session.get(Chapter, draft.chapter_id) is None:
                raise NotFoundError(kind="chapter", key="id", value=draft.chapter_id)
            event = Event(
                chapter_id=draft.chapter_id,
                title=draft.title.strip(),
                format=draft.format,
                venue=draft.venue.strip(),
                online_link=draft.online_link.strip(),
                starts_at=draft.starts_at,
                ends_at=draft.ends_at,
                timezone=draft.timezone,
                capacity=draft.capacity,
                registration_deadline=draft.registration_deadline,
            )
            session.add(event)
            session.flush()
            event_id = event.id
        return self.get_event(event_id)

    def edit_event(self, event_id: int, draft: EventDraft) -> EventEdit:
        """Changes an event, checked as creating one is.

        Raising (or removing) the capacity promotes as many waitlisted people as now
        fit, in sign-up order, in the same transaction. Lowering it takes no one's
        place away; the event just stays full until cancellations bring it under.
        """
        validate_event(draft)
        with self._sessions.begin() as session:
            event = lock_event(session, event_id)
            if session.get(Chapter, draft.chapter_id) is None:
                raise NotFoundError(kind="chapter", key="id", value=draft.chapter_id)
            event.chapter_id = draft.chapter_id
            event.title = draft.title.strip()
            event.format = draft.format
            event.venue = draft.venue.strip()
            event.online_link = draft.online_link.strip()
            event.starts_at = draft.starts_at
            event.ends_at = draft.ends_at
            event.timezone = draft.timezone
            event.capacity = draft.capacity
            event.registration_deadline = draft.registration_deadline
            session.flush()
            promoted = promote_waitlisted(session, event)
        rows = RegistrationService(self._sessions)
        return EventEdit(self.get_event(event_id), tuple(rows.get_registration(i) for i in promoted))

    def copy_event(self, event_id: int, starts_at: datetime, title: str | None = None) -> EventCopy:
        """A new event like this one ("last year's reunion, again") starting at starts_at.

        Chapter, format, venue, link, time zone and capacity are kept; the end, the
        registration deadline and every programme item (with its speakers) move by the
        same amount on the event's own clock. Registrations are not copied.
        """
        if starts_at.tzinfo is None:
            raise DomainError("event.bad_datetime", field="start", value=starts_at.isoformat())
        with self._sessions.begin() as session:
            source = session.get(Event, event_id)
            if source is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            tz = zone(source.timezone)
            delta = starts_at.astimezone(tz).replace(tzinfo=None) - source.starts_at.astimezone(tz).replace(tzinfo=None)

            def shift(moment: datetime) -> datetime:
                return shift_wall_clock(moment, source.timezone, delta)

            draft = EventDraft(
                chapter_id=source.chapter_id,
                title=source.title if title is None else title,
                format=source.format,
                starts_at=starts_at.astimezone(timezone.utc),
                ends_at=shift(source.ends_at),
                timezone=source.timezone,
                venue=source.venue,
                online_link=source.online_link,
                capacity=source.capacity,
                registration_deadline=shift(source.registration_deadline) if source.registration_deadline else None,
            )
            validate_event(draft)
            copy = Event(
                chapter_id=draft.chapter_id,
                title=draft.title.strip(),
                format=draft.format,
                venue=draft.venue,
                online_link=draft.online_link,
                starts_at=draft.starts_at,
                ends_at=draft.ends_at,
                timezone=draft.timezone,
                capacity=draft.capacity,
                registration_deadline=draft.registration_deadline,
            )
            session.add(copy)
            session.flush()
            items = session.scalars(
                select(ProgrammeItem)
                .where(ProgrammeItem.event_id == event_id)
                .order_by(ProgrammeItem.starts_at, ProgrammeItem.id)
            ).all()
            for item in items:
                session.add(
                    ProgrammeItem(
                        event_id=copy.id,
                        starts_at=shift(item.starts_at),
                        ends_at=shift(item.ends_at),
                        room=item.room,
                        kind=item.kind,
                        title=item.title,
                        description=item.description,
                        speakers=[
                            ProgrammeSpeaker(
                                member_id=s.member_id,
                                name=s.name,
                                native_name=s.native_name,
                                affiliation=s.affiliation,
                                bio=s.bio,
                                position=s.position,
                            )
                            for s in item.speakers
                        ],
                    )
                )
            copy_id = copy.id
        return EventCopy(self.get_event(copy_id), event_id, len(items))

    def get_event(self, event_id: int) -> EventSummary:
        found = self._summaries(Event.id == event_id)
        if not found:
            raise NotFoundError(kind="event", key="id", value=event_id)
        return found[0]

    def list_events(self) -> list[EventSummary]:
        """Every event, the most recent first."""
        return self._summaries(None)

    def any_under_way(self, moment: datetime) -> bool:
        """Whether an event's start..end includes moment (stored in UTC, so in its own time zone too)."""
        with self._sessions() as session:
            return (
                session.scalar(select(Event.id).where(Event.starts_at <= moment, Event.ends_at >= moment).limit(1))
                is not None
            )

    def _summaries(self, condition) -> list[EventSummary]:
        status = Registration.status
        counts = (
            select(
                Registration.event_id.label("event_id"),
                func.sum(case((status == RegistrationStatus.REGISTERED, 1), else_=0)).label("registered"),
                func.sum(case((status == RegistrationStatus.WAITLISTED, 1), else_=0)).label("waitlisted"),
                func.sum(case((status == RegistrationStatus.CANCELLED, 1), else_=0)).label("cancelled"),
            )
            .group_by(Registration.event_id)
            .subquery()
        )
        arrivals = (
            select(
                Registration.event_id.label("event_id"),
                func.count(distinct(CheckIn.registration_id)).label("checked_in"),
            )
            .join(CheckIn, and_(CheckIn.registration_id == Registration.id, door_check_in()))
            .group_by(Registration.event_id)
            .subquery()
        )
        query = (
            select(
                Event,
                Chapter.name,
                func.coalesce(counts.c.registered, 0),
                func.coalesce(counts.c.waitlisted, 0),
                func.coalesce(counts.c.cancelled, 0),
                func.coalesce(arrivals.c.checked_in, 0),
            )
            .join(Chapter, Event.chapter_id == Chapter.id)
            .outerjoin(counts, counts.c.event_id == Event.id)
            .outerjoin(arrivals, arrivals.c.event_id == Event.id)
            .order_by(Event.starts_at.desc(), Event.id.desc())
        )
        if condition is not None:
            query = query.where(condition)
        with self._sessions() as session:
            return [
                EventSummary(
                    id=e.id,
                    chapter_id=e.chapter_id,
                    chapter_name=chapter_name,
                    title=e.title,
                    format=e.format,
                    venue=e.venue,
                    online_link=e.online_link,
                    starts_at=e.starts_at,
                    ends_at=e.ends_at,
                    timezone=e.timezone,
                    capacity=e.capacity,
                    registered=int(registered),
                    waitlisted=int(waitlisted),
                    cancelled=int(cancelled),
                    checked_in=int(checked_in),
                    registration_deadline=e.registration_deadline,
                )
                for e, chapter_name, registered, waitlisted, cancelled, checked_in in session.execute(query)
            ]
