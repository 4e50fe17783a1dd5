"""Name badges and personal tickets: who gets one, what is printed on it, and the PDFs.

The service gathers everything a badge or ticket shows into frozen dataclasses (names
in both scripts, chapter or country, affiliation, role, the signed ticket code from
TicketService, the event's title, time, venue and link) and hands them to
output.badges_pdf / output.ticket_pdf. Writers run off the GUI thread: they take
progress(done, total, text) and a threading.Event to cancel, and write through a
temporary file renamed into place, so a cancelled or failed run leaves no file.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import (
    Chapter,
    Event,
    EventFormat,
    Member,
    Registration,
    RegistrationRole,
    RegistrationStatus,
)
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.printed_words import PrintedWords, PrintingLanguage, words_now
from ssc_desktop.services.events import zone
from ssc_desktop.services.tickets import TicketService

ROLE_ORDER = (
    RegistrationRole.SPEAKER,
    RegistrationRole.JUDGE,
    RegistrationRole.STAFF,
    RegistrationRole.PARTICIPANT,
    RegistrationRole.GUEST,
)


@dataclass(frozen=True)
class BadgeEvent:
    id: int
    title: str
    chapter_name: str
    format: EventFormat
    venue: str
    online_link: str
    starts_at: datetime
    ends_at: datetime
    timezone: str

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(zone(self.timezone))

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(zone(self.timezone))

    @property
    def when_text(self) -> str:
        """The event's time in its own time zone, e.g. "Saturday 12 December 2026, 09:30–18:00 (Asia/Kolkata)"."""
        start, end = self.local_start, self.local_end
        if start.date() == end.date():
            return f"{start:%A %d %B %Y}, {start:%H:%M}–{end:%H:%M} ({self.timezone})"
        return f"{start:%A %d %B %Y %H:%M} – {end:%A %d %B %Y %H:%M} ({self.timezone})"


@dataclass(frozen=True)
class Badge:
    registration_id: int
    latin_name: str
    native_name: str
    chapter_name: str
    country: str
    affiliation: str
    email: str
    role: RegistrationRole
    status: RegistrationStatus
    code: str

    @property
    def big_name(self) -> str:
        """The name printed large: the person's own script, else the Latin name."""
        return self.native_name.strip() or self.latin_name

    @property
    def second_name(self) -> str:
        """The Latin name under a native one ("" when they are the same)."""
        if not self.native_name.strip() or self.native_name.strip() == self.latin_name.strip():
            return ""
        return self.latin_name

    @property
    def where_from(self) -> str:
        """Chapter, else country."""
        return self.chapter_name or self.country


@dataclass(frozen=True)
class BadgeSheet:
    event: BadgeEvent
    badges: tuple[Badge, ...]


@dataclass(frozen=True)
class Ticket:
    event: BadgeEvent
    badge: Badge


@dataclass(frozen=True)
class BadgesWritten:
    path: Path
    badges: int
    pages: int
    layout: str
    # Characters of names (or other text) that no bundled font could draw: pdf.undrawable_character,
    # one per text and character; the PDF was written, with an empty box for each.
    warnings: tuple[DomainError, ...] = ()


@dataclass(frozen=True)
class TicketsWritten:
    folder: Path
    paths: tuple[Path, ...]


@dataclass(frozen=True)
class BadgeRenderers:
    """How badges and tickets are drawn and written (output/), handed in by app.py.

    The service decides what goes on a badge and who gets one; the drawing and the file
    writing live in output/, which depends on this module's data classes, so this module
    must not import it back.
    """

    layouts: Collection[str]
    # (sheet, path, layout key, cut marks, progress, cancel, words) -> (pages written, warnings)
    write_badges: Callable[
        [BadgeSheet, Path, str, bool, ProgressFn | None, threading.Event | None, PrintedWords],
        tuple[int, tuple[DomainError, ...]],
    ]
    write_ticket: Callable[[Ticket, Path, PrintedWords], Path]
    ticket_bytes: Callable[[Ticket, PrintedWords], bytes]
    make_folder: Callable[[Path], Path]


def safe_file_stem(text: str, limit: int = 60) -> str:
    """A file name part that every file system takes: ASCII letters, digits, '-' and '_'."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = folded.replace("đ", "d").replace("Đ", "D")
    stem = re.sub(r"[^A-Za-z0-9]+", "-", folded).strip("-")
    return stem[:limit].strip("-")


def ticket_file_name(badge: Badge) -> str:
    """e.g. "Ananya-Iyer-ticket-42.pdf": the Latin name (folded to ASCII) and the registration id."""
    stem = safe_file_stem(badge.latin_name) or "ticket"
    return f"{stem}-ticket-{badge.registration_id}.pdf"


class BadgeService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        tickets: TicketService,
        renderers: Callable[[], BadgeRenderers],
        language: PrintingLanguage = "en",
    ) -> None:
        """language: the code of the language badges and tickets print their own words in (roles,
        headings, the day), or a function giving it at each write (the GUI's running language)."""
        self._language = language
        self._sessions = session_factory
        self._tickets = tickets
        # Asked for on the first write: drawing needs reportlab, which start-up should not import.
        self._renderer_factory = renderers
        self._renderer_set: BadgeRenderers | None = None

    @property
    def _renderers(self) -> BadgeRenderers:
        if self._renderer_set is None:
            self._renderer_set = self._renderer_factory()
        return self._renderer_set

    @property
    def words(self) -> PrintedWords:
        return words_now(self._language)

    # -- gathering ---------------------------------------------------------------------------
    def event(self, event_id: int) -> BadgeEvent:
        with self._sessions() as session:
            return self._event(session, event_id)

    @staticmethod
    def _event(session: Session, event_id: int) -> BadgeEvent:
        row = session.execute(
            select(Event, Chapter.name).join(Chapter, Event.chapter_id == Chapter.id).where(Event.id == event_id)
        ).first()
        if row is None:
            raise NotFoundError(kind="event", key="id", value=event_id)
        event, chapter_name = row
        return BadgeEvent(
            event.id,
            event.title,
            chapter_name,
            event.format,
            event.venue,
            event.online_link,
            event.starts_at,
            event.ends_at,
            event.timezone,
        )

    def badges(
        self,
        event_id: int,
        roles: Collection[RegistrationRole] | None = None,
        registration_ids: Sequence[int] | None = None,
        include_waitlisted: bool = False,
    ) -> BadgeSheet:
        """Badges of an event's registered people (a role or a chosen few), sorted by role then name.

        registration_ids picks people (in any status but cancelled); otherwise everyone
        registered, plus the waitlist when include_waitlisted. Cancelled people get none.
        """
        statuses = [RegistrationStatus.REGISTERED]
        if include_waitlisted or registration_ids is not None:
            statuses.append(RegistrationStatus.WAITLISTED)
        query = (
            select(
                Registration.id,
                Member.latin_name,
                Member.native_name,
                func.coalesce(Chapter.name, ""),
                Member.country,
                Member.affiliation,
                Member.email,
                Registration.role,
                Registration.status,
            )
            .join(Member, Registration.member_id == Member.id)
            .outerjoin(Chapter, Member.chapter_id == Chapter.id)
            .where(Registration.event_id == event_id, Registration.status.in_(statuses))
        )
        if roles is not None:
            query = query.where(Registration.role.in_(list(roles)))
        with self._sessions() as session:
            event = self._event(session, event_id)
            rows = session.execute(query).all()
        if registration_ids is not None:
            wanted = set(registration_ids)
            rows = [row for row in rows if row[0] in wanted]
        codes = self._tickets.codes_for_event(event_id)
        badges = [Badge(*row, code=codes[row[0]]) for row in rows]
        badges.sort(key=lambda b: (ROLE_ORDER.index(b.role), b.latin_name.casefold(), b.registration_id))
        return BadgeSheet(event, tuple(badges))

    def ticket(self, registration_id: int) -> Ticket:
        with self._sessions() as session:
            event_id = session.scalar(select(Registration.event_id).where(Registration.id == registration_id))
        if event_id is None:
            raise NotFoundError(kind="registration", key="id", value=registration_id)
        sheet = self.badges(event_id, registration_ids=[registration_id])
        if not sheet.badges:
            raise DomainError("badges.no_ticket_cancelled", registration=registration_id)
        return Ticket(sheet.event, sheet.badges[0])

    # -- writing -----------------------------------------------------------------------------
    def write_badges(
        self,
        event_id: int,
        path: str | Path,
        layout: str = "2x4",
        cut_marks: bool = False,
        roles: Collection[RegistrationRole] | None = None,
        registration_ids: Sequence[int] | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> BadgesWritten:
        """Writes the badges PDF (A4) at path; raises WorkCancelled when cancelled (no file left)."""
        layouts = self._renderers.layouts
        if layout not in layouts:
            raise DomainError("badges.bad_layout", value=layout, layouts=", ".join(layouts))
        target = _pdf_target(path)
        sheet = self.badges(event_id, roles, registration_ids)
        if not sheet.badges:
            raise DomainError("badges.nobody", event=sheet.event.title)
        pages, warnings = self._renderers.write_badges(sheet, target, layout, cut_marks, progress, cancel, self.words)
        return BadgesWritten(target, len(sheet.badges), pages, layout, warnings)

    def ticket_pdf(self, registration_id: int) -> bytes:
        """The personal ticket of one registration as PDF bytes (for e-mail)."""
        return self.ticket_bytes(self.ticket(registration_id))

    def ticket_bytes(self, ticket: Ticket) -> bytes:
        return self._renderers.ticket_bytes(ticket, self.words)

    def write_tickets(
        self,
        event_id: int,
        folder: str | Path,
        registration_ids: Sequence[int] | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> TicketsWritten:
        """One ticket PDF per registered person (or per chosen registration) in folder.

        Each file is written whole (temporary file, then renamed); a cancel stops
        between files and keeps the ones already finished.
        """
        target = Path(folder)
        if target.exists() and not target.is_dir():
            raise DomainError("badges.not_a_folder", path=str(target))
        self._renderers.make_folder(target)
        sheet = self.badges(event_id, registration_ids=registration_ids)
        if not sheet.badges:
            raise DomainError("badges.nobody", event=sheet.event.title)
        written: list[Path] = []
        total = len(sheet.badges)
        for number, badge in enumerate(sheet.badges):
            check_cancel(cancel)
            report(progress, number, total, badge.latin_name)
            path = target / ticket_file_name(badge)
            self._renderers.write_ticket(Ticket(sheet.event, badge), path, self.words)
            written.append(path)
        report(progress, total, total, "")
        return TicketsWritten(target, tuple(written))


def _pdf_target(path: str | Path) -> Path:
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise DomainError("badges.not_pdf", path=str(target))
    if not target.parent.is_dir():
        raise DomainError("export.write_failed", path=str(target), detail="the folder does not exist")
    return target
