"""The reunion report for the secretariat: the event, its programme, who came (by country,
role and hour of arrival), contest winners and the coordinator's notes.

The notes are kept per event in the database (AppSetting "report.notes.<event id>").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.models import AppSetting, utc_now
from ssc_desktop.services.attendance import AttendanceService, AttendanceSummary
from ssc_desktop.services.events import EventSummary
from ssc_desktop.services.programme import Programme, ProgrammeService

NOTES_LIMIT = 4000


@dataclass(frozen=True)
class Winner:
    contest: str
    category: str
    award: str
    entry: str
    names: str


@dataclass(frozen=True)
class ReunionReport:
    event: EventSummary
    programme: Programme
    summary: AttendanceSummary
    winners: tuple[Winner, ...]
    notes: str


class ReunionReportService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        attendance: AttendanceService,
        programme: ProgrammeService,
        award_recipients: Callable[[int], Sequence] | None = None,
    ) -> None:
        self._sessions = session_factory
        self._attendance = attendance
        self._programme = programme
        self._award_recipients = award_recipients

    def report(self, event_id: int) -> ReunionReport:
        sheet = self._attendance.sheet(event_id)
        return ReunionReport(
            sheet.event,
            self._programme.programme(event_id),
            sheet.summary,
            self.winners(event_id),
            self.notes(event_id),
        )

    def winners(self, event_id: int) -> tuple[Winner, ...]:
        """One line per awarded entry, its authors together."""
        if self._award_recipients is None:
            return ()
        entries: dict[tuple, list] = {}
        for recipient in self._award_recipients(event_id):
            key = (
                recipient.contest_title,
                recipient.category,
                recipient.place,
                recipient.award,
                recipient.entry_code,
                recipient.entry_title,
            )
            entries.setdefault(key, []).append(recipient.latin_name or recipient.name)
        return tuple(
            Winner(contest, category, award, f"{code} {title}".strip(), ", ".join(names))
            for (contest, category, _place, award, code, title), names in entries.items()
        )

    def notes(self, event_id: int) -> str:
        with self._sessions() as session:
            row = session.get(AppSetting, _notes_key(event_id))
            return str(row.value.get("text", "")) if row is not None else ""

    def set_notes(self, event_id: int, text: str) -> str:
        text = text.strip()
        if len(text) > NOTES_LIMIT:
            raise DomainError("report.notes_too_long", length=len(text), limit=NOTES_LIMIT)
        with self._sessions.begin() as session:
            row = session.get(AppSetting, _notes_key(event_id))
            if row is None:
                session.add(AppSetting(key=_notes_key(event_id), value={"text": text}))
            else:
                row.value = {"text": text}
                row.updated_at = utc_now()
        return text


def _notes_key(event_id: int) -> str:
    return f"report.notes.{event_id}"
