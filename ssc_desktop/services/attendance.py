"""Who came: one row per registration of an event, with arrival at the door and on each
check-in list, and the counts a secretariat asks for (by role, country, affiliation, gender
and arrival hour).

Arrival is the first door check-in that was not undone; a person who left and came back
keeps their first arrival, and their departure is the check-out of their latest check-in
(empty while they are inside). Figures count registered people only (not the waitlist or
cancellations); the rows can be all registrations, only those who came, or only no-shows.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.models import (
    Chapter,
    CheckIn,
    CheckInList,
    Gender,
    Member,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from ssc_desktop.services.arrivals import door_check_in
from ssc_desktop.services.events import EventService, EventSummary, zone

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison


class AttendanceRows(enum.StrEnum):
    ALL = "all"
    ATTENDED = "attended"
    NO_SHOWS = "no-shows"


@dataclass(frozen=True)
class AttendanceRow:
    registration_id: int
    latin_name: str
    native_name: str
    email: str
    chapter_name: str
    country: str
    affiliation: str
    gender: Gender
    role: RegistrationRole
    status: RegistrationStatus
    walk_in: bool
    arrived_at: datetime | None  # first door check-in (UTC)
    left_at: datetime | None  # check-out of the latest door check-in
    station: str  # where they first checked in
    list_arrivals: tuple[datetime | None, ...]  # per AttendanceSheet.lists, first check-in there
    online_minutes: float = 0  # from imported Zoom, Teams or Meet reports; exact (29 min 30 s is 29.5)

    @property
    def attended(self) -> bool:
        return self.arrived_at is not None or self.online_minutes > 0

    @property
    def how(self) -> str:
        """on site, online, both, or "" (did not come)."""
        on_site, online = self.arrived_at is not None, self.online_minutes > 0
        return "both" if on_site and online else "on site" if on_site else "online" if online else ""


@dataclass(frozen=True)
class CountRow:
    label: str
    registered: int
    attended: int


@dataclass(frozen=True)
class AttendanceSummary:
    registered: int
    attended: int  # on site or online
    walk_ins: int
    by_role: tuple[CountRow, ...]
    by_country: tuple[CountRow, ...]
    by_affiliation: tuple[CountRow, ...]
    by_gender: tuple[CountRow, ...]
    by_arrival_hour: tuple[CountRow, ...]  # label "09:00"; registered = attended there
    by_list: tuple[CountRow, ...]  # each check-in list: registered for the event, checked in there
    on_site: int = 0  # of those who attended: checked in at the door
    online: int = 0  # of those who attended: joined online (some of them also on site)


@dataclass(frozen=True)
class ListColumn:
    id: int
    name: str


@dataclass(frozen=True)
class AttendanceSheet:
    event: EventSummary
    lists: tuple[ListColumn, ...]
    rows: tuple[AttendanceRow, ...]
    summary: AttendanceSummary
    chosen: AttendanceRows


class AttendanceService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        events: EventService,
        online_minutes: Callable[[int], dict[int, float]] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._events = events
        self._online_minutes = online_minutes

    def sheet(self, event_id: int, rows: AttendanceRows = AttendanceRows.ALL) -> AttendanceSheet:
        event = self._events.get_event(event_id)
        with self._sessions() as session:
            lists = tuple(
                ListColumn(i, name)
                for i, name in session.execute(
                    select(CheckInList.id, CheckInList.name)
                    .where(CheckInList.event_id == event_id)
                    .order_by(CheckInList.created_at, CheckInList.id)
                )
            )
            door = _door_visits(session, event_id)
            on_lists = _list_arrivals(session, event_id)
            people = session.execute(
                select(
                    Registration.id,
                    Member.latin_name,
                    Member.native_name,
                    Member.email,
                    func.coalesce(Chapter.name, ""),
                    Member.country,
                    Member.affiliation,
                    Member.gender,
                    Registration.role,
                    Registration.status,
                    Registration.walk_in,
                )
                .join(Member, Registration.member_id == Member.id)
                .outerjoin(Chapter, Member.chapter_id == Chapter.id)
                .where(Registration.event_id == event_id)
                .order_by(Member.latin_name, Registration.id)
            ).all()
        online = self._online_minutes(event_id) if self._online_minutes else {}
        every = []
        for (
            registration_id,
            latin,
            native,
            email,
            chapter,
            country,
            affiliation,
            gender,
            role,
            status,
            walk_in,
        ) in people:
            first, last_out, station = door.get(registration_id, (None, None, ""))
            every.append(
                AttendanceRow(
                    registration_id,
                    latin,
                    native,
                    email,
                    chapter,
                    country,
                    affiliation,
                    gender,
                    role,
                    status,
                    bool(walk_in),
                    first,
                    last_out,
                    station,
                    tuple(on_lists.get((item.id, registration_id)) for item in lists),
                    online.get(registration_id, 0),
                )
            )
        chosen = [row for row in every if _wanted(row, rows)]
        return AttendanceSheet(event, lists, tuple(chosen), summarize(every, lists, zone(event.timezone)), rows)


def _wanted(row: AttendanceRow, rows: AttendanceRows) -> bool:
    if rows is AttendanceRows.ATTENDED:
        return row.attended
    if rows is AttendanceRows.NO_SHOWS:
        return row.status == RegistrationStatus.REGISTERED and not row.attended
    return True


def _door_visits(session: Session, event_id: int) -> dict[int, tuple[datetime, datetime | None, str]]:
    """registration id -> (first arrival, check-out of the latest check-in, first station)."""
    visits: dict[int, tuple[datetime, datetime | None, str]] = {}
    for registration_id, arrived, station, left in session.execute(
        select(CheckIn.registration_id, CheckIn.checked_in_at, CheckIn.station, CheckIn.checked_out_at)
        .join(Registration, CheckIn.registration_id == Registration.id)
        .where(Registration.event_id == event_id, door_check_in())
        .order_by(CheckIn.id)
    ):
        first = visits.get(registration_id)
        visits[registration_id] = (arrived, left, station) if first is None else (first[0], left, first[2])
    return visits


def _list_arrivals(session: Session, event_id: int) -> dict[tuple[int | None, int], datetime]:
    # (list, registration): the join leaves only check-ins on a list, but the column may be empty.
    return {
        (list_id, registration_id): arrived
        for list_id, registration_id, arrived in session.execute(
            select(CheckIn.list_id, CheckIn.registration_id, func.min(CheckIn.checked_in_at))
            .join(CheckInList, CheckIn.list_id == CheckInList.id)
            .where(CheckInList.event_id == event_id, CheckIn.undone.is_(False))
            .group_by(CheckIn.list_id, CheckIn.registration_id)
        )
    }


def summarize(rows: Iterable[AttendanceRow], lists: tuple[ListColumn, ...], tz) -> AttendanceSummary:
    registered = [row for row in rows if row.status == RegistrationStatus.REGISTERED]
    came = [row for row in registered if row.attended]

    def by(
        key: Callable[[AttendanceRow], str], order: Callable[[str], SupportsRichComparison] | None = None
    ) -> tuple[CountRow, ...]:
        totals = Counter(key(row) for row in registered)
        attended = Counter(key(row) for row in came)
        labels = sorted(totals, key=order or (lambda label: (-totals[label], label.casefold())))
        return tuple(CountRow(label, totals[label], attended[label]) for label in labels)

    roles = list(RegistrationRole)
    genders = list(Gender)
    hours = Counter(f"{row.arrived_at.astimezone(tz):%H}:00" for row in came if row.arrived_at is not None)
    return AttendanceSummary(
        registered=len(registered),
        attended=len(came),
        walk_ins=sum(1 for row in registered if row.walk_in),
        online=sum(1 for row in came if row.online_minutes > 0),
        on_site=sum(1 for row in came if row.arrived_at is not None),
        by_role=by(lambda row: row.role.value, order=lambda value: roles.index(RegistrationRole(value))),
        by_country=by(lambda row: row.country or "—"),
        by_affiliation=by(lambda row: row.affiliation or "—"),
        by_gender=by(lambda row: row.gender.value, order=lambda value: genders.index(Gender(value))),
        by_arrival_hour=tuple(CountRow(hour, hours[hour], hours[hour]) for hour in sorted(hours)),
        by_list=tuple(
            CountRow(item.name, len(registered), sum(1 for row in registered if row.list_arrivals[index] is not None))
            for index, item in enumerate(lists)
        ),
    )


def signin_people(sheet: AttendanceSheet) -> list[AttendanceRow]:
    """Who is on the printed sign-in sheet: registered people (not the waitlist, not
    cancellations), A to Z by Latin name."""
    people = [row for row in sheet.rows if row.status == RegistrationStatus.REGISTERED]
    return sorted(people, key=lambda row: (row.latin_name.casefold(), row.native_name, row.registration_id))
