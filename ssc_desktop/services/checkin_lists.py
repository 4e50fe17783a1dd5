"""Check-in lists: the parts of a day people are checked into besides the door.

A reunion checks people in at the door, and again at the job-hunting seminar, the
banquet or the poster session. Each of those is a CheckInList of the event, optionally
tied to one of the event's programme items. A ticket counts once per list (the
CheckInService scans with ``list_id``); each list has its own counters.

Check-ins on a list are not arrivals: the door's figures (RegistrationService.counts,
RegistrationRow.checked_in_at) only ever count check-ins with no list.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, distinct, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    CheckIn,
    CheckInList,
    Event,
    ProgrammeItem,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from ssc_desktop.services.registration_rows import RoleCount

NAME_LIMIT = 120  # CheckInList.name is String(120)


@dataclass(frozen=True)
class CheckInListInfo:
    id: int
    event_id: int
    name: str
    programme_item_id: int | None
    programme_item_title: str
    # Registered people with a check-in on the list that was not undone.
    checked_in: int
    created_at: datetime


@dataclass(frozen=True)
class CheckInListCounts:
    """A list's figures, by role, like the door's (RegistrationService.counts)."""

    list_id: int
    event_id: int
    name: str
    registered: int  # registered for the event: who could come to this part of the day
    checked_in: int  # checked in on this list, not undone (leaving again still counts as came)
    inside: int  # checked in and not checked out again
    by_role: tuple[RoleCount, ...]

    def role(self, role: RegistrationRole) -> RoleCount:
        return next((r for r in self.by_role if r.role == role), RoleCount(role, 0, 0, 0))


def _on_list_not_undone(list_id: int):
    return and_(CheckIn.list_id == list_id, CheckIn.undone.is_(False))


class CheckInListService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    # -- reading -------------------------------------------------------------------------------
    def list_lists(self, event_id: int) -> list[CheckInListInfo]:
        """The event's lists, in the order they were made."""
        with self._sessions() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            return self._infos(session, CheckInList.event_id == event_id)

    def get_list(self, list_id: int) -> CheckInListInfo:
        with self._sessions() as session:
            found = self._infos(session, CheckInList.id == list_id)
        if not found:
            raise NotFoundError(kind="check-in list", key="id", value=list_id)
        return found[0]

    def find_list(self, event_id: int, name_or_id: str) -> CheckInListInfo:
        """The event's list by its name (any case), or by its id; NotFoundError otherwise."""
        wanted = name_or_id.strip()
        lists = self.list_lists(event_id)
        by_name = [info for info in lists if info.name.casefold() == wanted.casefold()]
        if by_name:
            return by_name[0]
        if wanted.isdigit():
            by_id = [info for info in lists if info.id == int(wanted)]
            if by_id:
                return by_id[0]
        raise NotFoundError(kind="check-in list", key="name", value=wanted)

    def list_counts(self, list_id: int) -> CheckInListCounts:
        """Registered people of the event, and who checked in on this list, by role."""
        with self._sessions() as session:
            checkin_list = session.get(CheckInList, list_id)
            if checkin_list is None:
                raise NotFoundError(kind="check-in list", key="id", value=list_id)
            event_id, name = checkin_list.event_id, checkin_list.name
            # Per registration: checked in on the list at all, and inside now (latest check-in not left).
            latest = (
                select(CheckIn.registration_id, func.max(CheckIn.id).label("check_in_id"))
                .where(_on_list_not_undone(list_id))
                .group_by(CheckIn.registration_id)
                .subquery()
            )
            query = (
                select(
                    Registration.role,
                    Registration.status,
                    latest.c.check_in_id.is_not(None),
                    CheckIn.checked_out_at.is_(None),
                    func.count(Registration.id),
                )
                .outerjoin(latest, latest.c.registration_id == Registration.id)
                .outerjoin(CheckIn, CheckIn.id == latest.c.check_in_id)
                .where(Registration.event_id == event_id)
                .group_by(
                    Registration.role,
                    Registration.status,
                    latest.c.check_in_id.is_not(None),
                    CheckIn.checked_out_at.is_(None),
                )
            )
            grouped = list(session.execute(query))
        tally = {role: [0, 0, 0] for role in RegistrationRole}
        inside = 0
        for role, status, came, not_left, count in grouped:
            if status == RegistrationStatus.REGISTERED:
                tally[role][0] += count
                if came:
                    tally[role][2] += count
                    inside += count if not_left else 0
            elif status == RegistrationStatus.WAITLISTED:
                tally[role][1] += count
        by_role = tuple(RoleCount(role, *values) for role, values in tally.items())
        return CheckInListCounts(
            list_id=list_id,
            event_id=event_id,
            name=name,
            registered=sum(r.registered for r in by_role),
            checked_in=sum(r.checked_in for r in by_role),
            inside=inside,
            by_role=by_role,
        )

    # -- changing ------------------------------------------------------------------------------
    def create_list(self, event_id: int, name: str, programme_item_id: int | None = None) -> CheckInListInfo:
        name = _clean_name(name)
        try:
            with self._sessions.begin() as session:
                if session.get(Event, event_id) is None:
                    raise NotFoundError(kind="event", key="id", value=event_id)
                self._refuse_taken(session, event_id, name)
                self._check_item(session, event_id, programme_item_id)
                checkin_list = CheckInList(event_id=event_id, name=name, programme_item_id=programme_item_id)
                session.add(checkin_list)
                session.flush()
                list_id = checkin_list.id
        except IntegrityError as error:  # another laptop made the same name at the same moment
            raise DomainError("checkin_list.name_taken", name=name) from error
        return self.get_list(list_id)

    def rename_list(self, list_id: int, name: str) -> CheckInListInfo:
        name = _clean_name(name)
        try:
            with self._sessions.begin() as session:
                checkin_list = self._list(session, list_id)
                if checkin_list.name != name:
                    self._refuse_taken(session, checkin_list.event_id, name, except_id=list_id)
                    checkin_list.name = name
        except IntegrityError as error:
            raise DomainError("checkin_list.name_taken", name=name) from error
        return self.get_list(list_id)

    def set_programme_item(self, list_id: int, programme_item_id: int | None) -> CheckInListInfo:
        """Ties the list to one of the event's programme items, or (None) to the event as a whole."""
        with self._sessions.begin() as session:
            checkin_list = self._list(session, list_id)
            self._check_item(session, checkin_list.event_id, programme_item_id)
            checkin_list.programme_item_id = programme_item_id
        return self.get_list(list_id)

    def delete_list(self, list_id: int, force: bool = False) -> int:
        """Deletes the list; returns how many check-ins went with it.

        A list that has check-ins is refused unless force=True: those check-ins are deleted
        with it (they are not door arrivals, so the door's figures do not change).
        """
        with self._sessions.begin() as session:
            checkin_list = self._list(session, list_id)
            check_ins = session.scalar(select(func.count(CheckIn.id)).where(_on_list_not_undone(list_id))) or 0
            if check_ins and not force:
                raise DomainError("checkin_list.has_check_ins", name=checkin_list.name, count=check_ins)
            # Undone rows too: the list is gone, and the database's ON DELETE CASCADE may be off.
            session.query(CheckIn).filter(CheckIn.list_id == list_id).delete(synchronize_session=False)
            session.delete(checkin_list)
        return check_ins

    # -- helpers -------------------------------------------------------------------------------
    @staticmethod
    def _infos(session: Session, where) -> list[CheckInListInfo]:
        came = (
            select(CheckIn.list_id, func.count(distinct(CheckIn.registration_id)).label("came"))
            .join(Registration, Registration.id == CheckIn.registration_id)
            .where(
                CheckIn.list_id.is_not(None),
                CheckIn.undone.is_(False),
                Registration.status == RegistrationStatus.REGISTERED,
            )
            .group_by(CheckIn.list_id)
            .subquery()
        )
        query = (
            select(
                CheckInList.id,
                CheckInList.event_id,
                CheckInList.name,
                CheckInList.programme_item_id,
                func.coalesce(ProgrammeItem.title, ""),
                func.coalesce(came.c.came, 0),
                CheckInList.created_at,
            )
            .outerjoin(ProgrammeItem, ProgrammeItem.id == CheckInList.programme_item_id)
            .outerjoin(came, came.c.list_id == CheckInList.id)
            .where(where)
            .order_by(CheckInList.created_at, CheckInList.id)
        )
        return [CheckInListInfo(*row) for row in session.execute(query)]

    @staticmethod
    def _list(session: Session, list_id: int) -> CheckInList:
        checkin_list = session.get(CheckInList, list_id)
        if checkin_list is None:
            raise NotFoundError(kind="check-in list", key="id", value=list_id)
        return checkin_list

    @staticmethod
    def _refuse_taken(session: Session, event_id: int, name: str, except_id: int | None = None) -> None:
        names = session.execute(select(CheckInList.id, CheckInList.name).where(CheckInList.event_id == event_id))
        if any(other.casefold() == name.casefold() and other_id != except_id for other_id, other in names):
            raise DomainError("checkin_list.name_taken", name=name)

    @staticmethod
    def _check_item(session: Session, event_id: int, programme_item_id: int | None) -> None:
        if programme_item_id is None:
            return
        item = session.get(ProgrammeItem, programme_item_id)
        if item is None:
            raise NotFoundError(kind="programme item", key="id", value=programme_item_id)
        if item.event_id != event_id:
            raise DomainError("checkin_list.item_of_another_event", item=item.title, item_id=programme_item_id)


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise DomainError("checkin_list.name_required")
    if len(name) > NAME_LIMIT:
        raise DomainError("checkin_list.name_too_long", length=len(name), limit=NAME_LIMIT)
    return name
