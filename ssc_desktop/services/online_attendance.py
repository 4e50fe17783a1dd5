"""Online attendance of hybrid and online reunions: imported participant reports, matched to
the event's registrations by e-mail, then by name (typos and other scripts forgiven), and by
hand for the rest. A failed import changes nothing.

Time online is kept in seconds with each person's stays, and a registration's time is the union
of the stays of every participant matched to it, over every report of the event: someone in two
overlapping reports (a Zoom and a Teams room, or the same meeting exported twice by two hosts)
is not counted twice. The same report is never imported twice: its bytes, or its meeting and
start, are known, and a second import is refused unless it replaces the first. A report whose
times fall on days outside the event is refused with those days named, unless confirmed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz, process
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Event, Member, OnlineParticipant, OnlineSession, Registration, RegistrationStatus
from ssc_desktop.services import audit
from ssc_desktop.services.events import EventService
from ssc_desktop.services.online_reports import Interval, ParsedReport, read_report, union_seconds
from ssc_desktop.services.text_folding import fold

NAME_MATCH_SCORE = 90  # a name alone matches only this surely, and only one registration so
SUGGESTION_SCORE = 55


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    session_id: int
    name: str
    email: str
    minutes: int  # whole minutes (seconds // 60)
    first_join: datetime | None
    last_leave: datetime | None
    registration_id: int | None
    registered_name: str
    matched_by: str  # email, name, hand; none (marked as nobody registered); "" (still to match)
    seconds: int = 0


@dataclass(frozen=True)
class SessionRow:
    id: int
    event_id: int
    platform: str
    file_name: str
    imported_at: datetime
    participants: int
    matched: int


@dataclass(frozen=True)
class Suggestion:
    registration_id: int
    name: str
    score: float


class OnlineAttendanceService:
    def __init__(
        self, session_factory: sessionmaker[Session], events: EventService, audit_log: audit.AuditLog | None = None
    ) -> None:
        self._sessions = session_factory
        self._audit = audit_log or audit.AuditLog(session_factory)
        self._events = events

    def read(self, event_id: int, path: str | Path) -> ParsedReport:
        """The report as it would be imported (nothing stored): to ask about its dates first."""
        event = self._events.get_event(event_id)
        return read_report(path, event.timezone, event.local_start, _event_days(event))

    def import_report(
        self, event_id: int, path: str | Path, replace: bool = False, any_date: bool = False
    ) -> SessionRow:
        """Reads the report, matches its people and stores it, all or nothing.

        A report imported before (the same file, or the same meeting and start) is refused with
        online.already_imported, or with replace=True takes the earlier one's place. A report
        with times outside the event's days is refused (online.dates_outside_event) unless any_date.
        """
        event = self._events.get_event(event_id)
        first_day, last_day = _event_days(event)
        report = read_report(path, event.timezone, event.local_start, (first_day, last_day))
        outside = [d for d in report.dates if not first_day <= d <= last_day]
        if outside and not any_date:
            raise DomainError(
                "online.dates_outside_event",
                file=report.file_name,
                dates=", ".join(d.isoformat() for d in outside),
                first=first_day.isoformat(),
                last=last_day.isoformat(),
            )
        people = self._people(event_id)
        by_email = {email: registration_id for registration_id, _name, email, _keys in people if email}
        with self._sessions.begin() as session:
            same = [OnlineSession.content_hash == report.content_hash]
            if report.meeting_key:
                same.append(OnlineSession.meeting_key == report.meeting_key)
            earlier = session.scalars(select(OnlineSession).where(OnlineSession.event_id == event_id, or_(*same))).all()
            if earlier and not replace:
                raise DomainError(
                    "online.already_imported", file=report.file_name, other=earlier[0].file_name, session=earlier[0].id
                )
            for old in earlier:
                session.query(OnlineParticipant).filter(OnlineParticipant.session_id == old.id).delete()
                session.delete(old)
            online = OnlineSession(
                event_id=event_id,
                platform=report.platform,
                file_name=report.file_name[:300],
                content_hash=report.content_hash,
                meeting_key=report.meeting_key[:400],
            )
            session.add(online)
            session.flush()
            for participant in report.participants:
                registration_id, how = by_email.get(participant.email), "email"
                if registration_id is None:
                    registration_id, how = _match_by_name(participant.name, people), "name"
                session.add(
                    OnlineParticipant(
                        session_id=online.id,
                        name=participant.name[:300],
                        email=participant.email[:254],
                        minutes=participant.seconds // 60,
                        seconds=participant.seconds,
                        intervals=[[start.isoformat(), end.isoformat()] for start, end in participant.intervals],
                        first_join=participant.first_join,
                        last_leave=participant.last_leave,
                        registration_id=registration_id,
                        matched_by=how if registration_id else "",
                    )
                )
            online_id = online.id
            audit.record(
                session,
                audit.ONLINE_IMPORT,
                f"{report.platform} report {report.file_name}: {len(report.participants)} people"
                + (f", replacing {len(earlier)} earlier" if earlier else ""),
                self._audit.actor,
                event_id,
            )
        return self.get_session(online_id)

    def list_sessions(self, event_id: int) -> list[SessionRow]:
        with self._sessions() as session:
            rows = session.execute(
                select(OnlineSession, func.count(OnlineParticipant.id), func.count(OnlineParticipant.registration_id))
                .outerjoin(OnlineParticipant, OnlineParticipant.session_id == OnlineSession.id)
                .where(OnlineSession.event_id == event_id)
                .group_by(OnlineSession.id)
                .order_by(OnlineSession.id)
            ).all()
        return [
            SessionRow(s.id, s.event_id, s.platform, s.file_name, s.imported_at, total, matched)
            for s, total, matched in rows
        ]

    def get_session(self, session_id: int) -> SessionRow:
        with self._sessions() as session:
            online = session.get(OnlineSession, session_id)
            if online is None:
                raise NotFoundError(kind="online session", key="id", value=session_id)
            event_id = online.event_id
        return next(s for s in self.list_sessions(event_id) if s.id == session_id)

    def delete_session(self, session_id: int) -> None:
        with self._sessions.begin() as session:
            online = session.get(OnlineSession, session_id)
            if online is None:
                raise NotFoundError(kind="online session", key="id", value=session_id)
            session.query(OnlineParticipant).filter(OnlineParticipant.session_id == session_id).delete()
            session.delete(online)

    def participants(self, event_id: int, unmatched_only: bool = False) -> list[ParticipantRow]:
        query = (
            select(OnlineParticipant, func.coalesce(Member.latin_name, ""))
            .join(OnlineSession, OnlineParticipant.session_id == OnlineSession.id)
            .outerjoin(Registration, OnlineParticipant.registration_id == Registration.id)
            .outerjoin(Member, Registration.member_id == Member.id)
            .where(OnlineSession.event_id == event_id)
            .order_by(OnlineParticipant.name, OnlineParticipant.id)
        )
        if unmatched_only:  # not matched, and not marked as nobody registered either
            query = query.where(OnlineParticipant.registration_id.is_(None), OnlineParticipant.matched_by == "")
        with self._sessions() as session:
            return [
                ParticipantRow(
                    p.id,
                    p.session_id,
                    p.name,
                    p.email,
                    p.seconds // 60,
                    p.first_join,
                    p.last_leave,
                    p.registration_id,
                    registered,
                    p.matched_by,
                    p.seconds,
                )
                for p, registered in session.execute(query)
            ]

    def suggestions(self, participant_id: int, limit: int = 5) -> list[Suggestion]:
        """The registrations whose names are closest to the participant's, best first."""
        with self._sessions() as session:
            row = session.execute(
                select(OnlineParticipant.name, OnlineSession.event_id)
                .join(OnlineSession, OnlineParticipant.session_id == OnlineSession.id)
                .where(OnlineParticipant.id == participant_id)
            ).first()
        if row is None:
            raise NotFoundError(kind="online participant", key="id", value=participant_id)
        name, event_id = row
        people = self._people(event_id)
        scored: dict[int, tuple[float, str]] = {}
        for candidate in _name_variants(name):
            for registration_id, latin, _email, keys in people:
                score = max(fuzz.token_sort_ratio(candidate, key) for key in keys)
                if score >= SUGGESTION_SCORE and score > scored.get(registration_id, (0, ""))[0]:
                    scored[registration_id] = (score, latin)
        best = sorted(scored.items(), key=lambda item: -item[1][0])[:limit]
        return [Suggestion(registration_id, latin, score) for registration_id, (score, latin) in best]

    def match(self, participant_id: int, registration_id: int | None) -> ParticipantRow:
        """Matches by hand (or, with None, says the participant is nobody registered)."""
        with self._sessions.begin() as session:
            participant = session.get(OnlineParticipant, participant_id)
            if participant is None:
                raise NotFoundError(kind="online participant", key="id", value=participant_id)
            online = session.get_one(OnlineSession, participant.session_id)  # a participant's session is kept
            if registration_id is not None:
                registration = session.get(Registration, registration_id)
                if registration is None or registration.event_id != online.event_id:
                    raise DomainError("online.other_event_registration", registration=registration_id)
            participant.registration_id = registration_id
            participant.matched_by = "hand" if registration_id else "none"
            event_id = online.event_id
        return next(p for p in self.participants(event_id) if p.id == participant_id)

    def seconds_by_registration(self, event_id: int) -> dict[int, int]:
        """Registration id -> seconds online: the union of the stays of everyone matched to it in
        every report of the event, plus the totals of reports that give no stays."""
        with self._sessions() as session:
            rows = session.execute(
                select(OnlineParticipant.registration_id, OnlineParticipant.seconds, OnlineParticipant.intervals)
                .join(OnlineSession, OnlineParticipant.session_id == OnlineSession.id)
                .where(OnlineSession.event_id == event_id, OnlineParticipant.registration_id.is_not(None))
            ).all()
        stays: dict[int, list[Interval]] = {}
        totals: dict[int, int] = {}
        for registration_id, seconds, intervals in rows:
            totals.setdefault(registration_id, 0)
            if intervals:
                stays.setdefault(registration_id, []).extend(
                    (datetime.fromisoformat(start), datetime.fromisoformat(end)) for start, end in intervals
                )
            else:
                totals[registration_id] += seconds or 0
        return {
            registration_id: total + union_seconds(stays.get(registration_id, []))
            for registration_id, total in totals.items()
        }

    def minutes_by_registration(self, event_id: int) -> dict[int, float]:
        """Registration id -> minutes online, exact (29 min 30 s is 29.5): thresholds compare exact seconds."""
        return {
            registration_id: seconds / 60 for registration_id, seconds in self.seconds_by_registration(event_id).items()
        }

    def _people(self, event_id: int) -> list[tuple[int, str, str, tuple[str, ...]]]:
        """(registration id, Latin name, e-mail, folded names) of the event's registered people."""
        with self._sessions() as session:
            if session.get(Event, event_id) is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            rows = session.execute(
                select(Registration.id, Member.latin_name, Member.native_name, Member.email)
                .join(Member, Registration.member_id == Member.id)
                .where(Registration.event_id == event_id, Registration.status != RegistrationStatus.CANCELLED)
            ).all()
        return [
            (i, latin, (email or "").strip().lower(), tuple(k for k in (fold(latin), fold(native or "")) if k))
            for i, latin, native, email in rows
        ]


_GUEST_MARKS = re.compile(
    r"\s*[(\[](?:ext|external|extern|externe|externo|guest|gast|invité|invitado|convidado|tamu|"
    r"khách|ผู้เยี่ยมชม|外部|ゲスト|访客|訪客|unverified|non vérifié)[)\]]\s*$",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^\s*\d{1,4}\s*[_.\-:)]\s*")  # "015_Name", "12 - Name": seats numbered by the host


def _name_variants(name: str) -> list[str]:
    """The ways a shown name may be the registered one, folded: Zoom's "Shown name (Original name)"
    (both), "Family, Given" (also as "Given Family"), "GIVEN FAMILY (EXT)" and "015_Name" (the mark
    and the number taken off)."""
    name = _NUMBERED.sub("", _GUEST_MARKS.sub("", name.strip()))
    variants = [name]
    if "(" in name and name.rstrip().endswith(")"):
        shown, _, inner = name.rstrip()[:-1].partition("(")
        variants = [shown, _NUMBERED.sub("", inner)]
    for variant in list(variants):
        if variant.count(",") == 1:
            family, given = (part.strip() for part in variant.split(","))
            variants.append(f"{given} {family}")
    return [fold(v) for v in dict.fromkeys(variants) if fold(v)]


def _match_by_name(name: str, people: list[tuple[int, str, str, tuple[str, ...]]]) -> int | None:
    """The one registration whose name matches surely; None when none or several do."""
    keys = {(index, key): person[0] for index, person in enumerate(people) for key in person[3]}
    if not keys:
        return None
    choices = {pair: key for pair, key in zip(keys, (k[1] for k in keys), strict=True)}
    for candidate in _name_variants(name):
        found = process.extract(
            candidate, choices, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_MATCH_SCORE, limit=None
        )
        registrations = {keys[pair] for _key, _score, pair in found}
        if len(registrations) == 1:
            return registrations.pop()
    return None


def _event_days(event) -> tuple[date, date]:  # an EventRow
    """The first and last local day of the event; a report the night before or after is still the event's."""
    first, last = event.local_start.date(), event.local_end.date()
    return first, max(last, first)


__all__ = ["OnlineAttendanceService", "ParticipantRow", "SessionRow", "Suggestion"]
