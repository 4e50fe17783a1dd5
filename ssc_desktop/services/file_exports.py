"""Every file the app writes for a person, one call each for the GUI and `ssc` alike.

A call reads what to draw from the services, hands it to the renderer that app.py gave (the
writers live in output/, above services), and says what it wrote. So the Exports page and
`ssc export attendance` cannot drift apart, and no view or command imports a renderer.

The app's own words on the PDFs (headings, columns, "Page 1 of 2", roles, days) are in the
language the person chose: the GUI's running language, or the one `ssc` speaks (app.py hands it
over); what people typed is printed as they typed it.

A Cancel that arrives while the finished file is being renamed into place still wins: the
written files are taken back and WorkCancelled raised, so a cancelled export never leaves one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from ssc_desktop import undrawn
from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, WorkCancelled
from ssc_desktop.printed_words import PrintedWords, PrintingLanguage, words_now
from ssc_desktop.services.attendance import AttendanceRows, AttendanceService, AttendanceSheet, signin_people
from ssc_desktop.services.audit import AuditFilter, AuditLog, AuditRow
from ssc_desktop.services.certificates import CertificatePlan
from ssc_desktop.services.contest_records import ContestResults, JudgeWork
from ssc_desktop.services.contests import ContestService
from ssc_desktop.services.member_search import search_members
from ssc_desktop.services.members import MemberService, MemberSummary
from ssc_desktop.services.programme import Programme, ProgrammeService
from ssc_desktop.services.reunion_report import ReunionReport, ReunionReportService
from ssc_desktop.services.roster_plan import RowProblem

T = TypeVar("T")
Warnings = list[DomainError]


@dataclass(frozen=True)
class FileRenderers:
    """The output/ writers, as app.py hands them over (see output/file_renderers.py)."""

    attendance_xlsx: Callable[[AttendanceSheet, Path, ProgressFn | None, threading.Event | None], Path]
    signin_pdf: Callable[
        [AttendanceSheet, Path, ProgressFn | None, threading.Event | None, Warnings, PrintedWords], Path
    ]
    report_pdf: Callable[[ReunionReport, Path, ProgressFn | None, threading.Event | None, PrintedWords], Path]
    roster: Callable[
        [Sequence[MemberSummary], Path, ProgressFn | None, threading.Event | None, Mapping[int, str]], Path
    ]
    # .xlsx or .pdf (the words are the PDF's)
    agenda: Callable[[Programme, Path, ProgressFn | None, threading.Event | None, PrintedWords], Path]
    contest_results: Callable[[ContestResults, Path, ProgressFn | None, threading.Event | None, PrintedWords], Path]
    judge_sheets: Callable[[list[JudgeWork], Path, ProgressFn | None, threading.Event | None], list[Path]]
    certificates_pdf: Callable[
        [CertificatePlan, Path, ProgressFn | None, threading.Event | None, Warnings, PrintedWords], Path
    ]
    certificates_per_person: Callable[
        [CertificatePlan, Path, ProgressFn | None, threading.Event | None, Warnings, PrintedWords], list[Path]
    ]
    audit_xlsx: Callable[[Iterable[AuditRow], Path, int, ProgressFn | None, threading.Event | None], tuple[Path, int]]
    roster_problems: Callable[[Iterable[RowProblem], Path], Path]  # .csv or .xlsx
    judge_cards: Callable[[str, Sequence[tuple[str, str]], Path, PrintedWords], Path]
    link_qr_png: Callable[[str, int], bytes]  # a long link's QR, so many pixels a module


@dataclass(frozen=True)
class Written(Generic[T]):
    """What an export wrote: the files, how many things they hold, what was drawn, and any
    warnings (e.g. a name in a script no font here can draw)."""

    paths: tuple[Path, ...]
    count: int
    drawn: T
    warnings: tuple[DomainError, ...] = ()

    @property
    def path(self) -> Path:
        return self.paths[0]


class FileExports:
    def __init__(
        self,
        renderers: Callable[[], FileRenderers],
        *,
        attendance: AttendanceService,
        reports: ReunionReportService,
        members: MemberService,
        programme: ProgrammeService,
        contests: ContestService,
        audit: AuditLog,
        language: PrintingLanguage = "en",
    ) -> None:
        """language: the code of the language to print the app's own words in, or a function
        giving it at each export (the GUI's running language)."""
        self._language = language
        self._renderer_factory = renderers  # called on the first export: openpyxl and reportlab are slow to load
        self._renderer_set: FileRenderers | None = None
        self._attendance, self._reports, self._members = attendance, reports, members
        self._programme, self._contests, self._audit = programme, contests, audit

    @property
    def _renderers(self) -> FileRenderers:
        if self._renderer_set is None:
            self._renderer_set = self._renderer_factory()
        return self._renderer_set

    @property
    def words(self) -> PrintedWords:
        """The printed words of the language at this moment."""
        return words_now(self._language)

    # -- attendance ------------------------------------------------------------------------------
    def attendance_sheet(
        self,
        event_id: int,
        target: str | Path,
        rows: AttendanceRows = AttendanceRows.ALL,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[AttendanceSheet]:
        sheet = self._attendance.sheet(event_id, rows)
        path = self._renderers.attendance_xlsx(sheet, Path(target), progress, cancel)
        return _kept(Written((path,), len(sheet.rows), sheet), cancel)

    def signin_sheet(
        self,
        event_id: int,
        target: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[AttendanceSheet]:
        """The printed sign-in sheet: the registered people (not the waitlist), A to Z."""
        sheet = self._attendance.sheet(event_id)
        warnings: Warnings = []
        path = self._renderers.signin_pdf(sheet, Path(target), progress, cancel, warnings, self.words)
        return _kept(Written((path,), len(signin_people(sheet)), sheet, tuple(warnings)), cancel)

    def reunion_report(
        self,
        event_id: int,
        target: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[ReunionReport]:
        report = self._reports.report(event_id)
        with undrawn.collect() as found:
            path = self._renderers.report_pdf(report, Path(target), progress, cancel, self.words)
        return _kept(Written((path,), report.summary.attended, report, _told(found)), cancel)

    # -- members and programme -------------------------------------------------------------------
    def roster(
        self,
        target: str | Path,
        *,
        chapter_id: int | None = None,
        country: str | None = None,
        visit_year: int | None = None,
        search: str = "",
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[None]:
        """The members (of one chapter, country or visit year; matching a search in any script)."""
        members = self._members.list_members(chapter_id=chapter_id, country=country, visit_year=visit_year)
        if search.strip():
            members = search_members(members, search)
        path = self._renderers.roster(members, Path(target), progress, cancel, self._members.notes_of())
        return _kept(Written((path,), len(members), None), cancel)

    def agenda(
        self,
        event_id: int,
        target: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[Programme]:
        programme = self._programme.programme(event_id)
        with undrawn.collect() as found:  # a PDF agenda notes what it cannot draw; a workbook draws nothing
            path = self._renderers.agenda(programme, Path(target), progress, cancel, self.words)
        return _kept(Written((path,), len(programme.items), programme, _told(found)), cancel)

    # -- contests and certificates ---------------------------------------------------------------
    def contest_results(
        self,
        contest_id: int,
        method: str,
        target: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[ContestResults]:
        results = self._contests.results(contest_id, method)
        with undrawn.collect() as found:
            path = self._renderers.contest_results(results, Path(target), progress, cancel, self.words)
        return _kept(Written((path,), len(results.results.entries), results, _told(found)), cancel)

    def judge_sheets(
        self,
        contest_id: int,
        folder: str | Path,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[None]:
        """One workbook per judge, for scoring without the app."""
        works = [self._contests.judge_work(judge.id) for judge in self._contests.list_judges(contest_id)]
        paths = self._renderers.judge_sheets(works, Path(folder), progress, cancel)
        return _kept(Written(tuple(paths), len(paths), None), cancel)

    def certificates(
        self,
        plan: CertificatePlan,
        target: str | Path,
        *,
        per_person: bool = False,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[CertificatePlan]:
        """An issued plan's certificates: one PDF at target, or (per_person) one PDF per person in
        the folder target."""
        warnings: Warnings = []
        if per_person:
            paths = tuple(
                self._renderers.certificates_per_person(plan, Path(target), progress, cancel, warnings, self.words)
            )
        else:
            paths = (self._renderers.certificates_pdf(plan, Path(target), progress, cancel, warnings, self.words),)
        return _kept(Written(paths, len(plan.recipients), plan, tuple(warnings)), cancel)

    def certificate_preview(self, plan: CertificatePlan, folder: str | Path) -> bytes:
        """The plan's first certificate as PDF bytes (the template dialog's live preview), drawn
        in a scratch folder the caller owns."""
        path = self._renderers.certificates_pdf(plan, Path(folder) / "preview.pdf", None, None, [], self.words)
        return path.read_bytes()

    # -- audit -----------------------------------------------------------------------------------
    def audit_log(
        self,
        target: str | Path,
        where: AuditFilter | None = None,
        progress: ProgressFn | None = None,
        cancel: threading.Event | None = None,
    ) -> Written[None]:
        """Every entry matching where (all by default; not only the newest the page shows)."""
        entries = self._audit.iter_entries(where or AuditFilter())
        path, written = self._renderers.audit_xlsx(entries, Path(target), self._audit.count(), progress, cancel)
        return _kept(Written((path,), written, None), cancel)

    # -- roster import and judges' phones ---------------------------------------------------------
    def roster_problems(self, problems: Iterable[RowProblem], target: str | Path) -> Written[None]:
        """A roster import's problems, each with its file, sheet, row and column, to fix in the file."""
        listed = list(problems)
        return Written((self._renderers.roster_problems(listed, Path(target)),), len(listed), None)

    def judge_cards(self, contest_title: str, links: Sequence[tuple[str, str]], target: str | Path) -> Written[None]:
        """Cards to hand the judges: each judge's name, the QR of their link and the link."""
        path = self._renderers.judge_cards(contest_title, links, Path(target), self.words)
        return Written((path,), len(links), None)

    def link_qr_png(self, url: str, module_pixels: int = 6) -> bytes:
        """The QR of a link as PNG bytes, for a screen to show."""
        return self._renderers.link_qr_png(url, module_pixels)


def _told(found: list[undrawn.Undrawable]) -> tuple[DomainError, ...]:
    return tuple(undrawn.warnings(found))


def _kept(written: Written[T], cancel: threading.Event | None) -> Written[T]:
    if cancel is not None and cancel.is_set():  # cancelled as the file was renamed into place: take it back
        for path in written.paths:
            path.unlink(missing_ok=True)
        raise WorkCancelled()
    return written
