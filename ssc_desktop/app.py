"""Composition root: opens the database, builds the services and starts the GUI.

Qt is imported only inside main(), so the `ssc` command line can compose the same
services without loading Qt.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from ssc_desktop import APP_NAME, ORG_NAME, __version__
from ssc_desktop.db import Database, database_url, migrate, open_database, sqlite_file
from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.attendance import AttendanceService
from ssc_desktop.services.audit import AuditLog
from ssc_desktop.services.backup import BackupService
from ssc_desktop.services.backups import BackupsService
from ssc_desktop.services.badges import BadgeService
from ssc_desktop.services.certificates import CertificateService
from ssc_desktop.paths import user_data_dir
from ssc_desktop.services.chapters import ChapterService
from ssc_desktop.services.checkin import CheckInService
from ssc_desktop.services.checkin_lists import CheckInListService
from ssc_desktop.services.contests import ContestService, files_folder
from ssc_desktop.services.desk_container import OpenDeskFile, is_desk_file, open_desk_file, working_copy_in_use
from ssc_desktop.services.desk_files import DeskFileService, desk_origin
from ssc_desktop.services.desk_notes import DeskNoteService
from ssc_desktop.services.demo import DemoSummary, build_demo
from ssc_desktop.printed_words import PrintingLanguage
from ssc_desktop.services.events import EventService
from ssc_desktop.services.file_exports import FileExports
from ssc_desktop.services.instance_lock import InstanceLock
from ssc_desktop.services.judge_phones import JudgePhoneService
from ssc_desktop.services.mail import MailService
from ssc_desktop.services.members import MemberService
from ssc_desktop.services.offline_desk import OfflineDesks
from ssc_desktop.services.online_attendance import OnlineAttendanceService
from ssc_desktop.services.programme import ProgrammeService
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.reunion_report import ReunionReportService
from ssc_desktop.services.roster_import import RosterImportService
from ssc_desktop.services.tickets import TicketService


@dataclass
class AppContext:
    database: Database
    services: ServiceSet
    instance_lock: InstanceLock | None = None  # held while a window has the file open for writing
    # When the database is a desk file: its decrypted working copy, sealed again on close.
    desk_file: OpenDeskFile | None = None
    # A desk file read beside the app that has it open (its working copy, read-only): the desk file.
    opened_from: Path | None = None

    @property
    def read_only(self) -> bool:
        return self.database.read_only

    @property
    def location(self) -> str:
        """What the person opened: the desk file itself, not its working copy (see services.desk_container)."""
        if self.desk_file is not None:
            return str(self.desk_file.container)
        return str(self.opened_from) if self.opened_from is not None else self.database.location

    def close(self) -> None:
        self.database.dispose()
        if self.desk_file is not None:
            self.desk_file.close()
        if self.instance_lock is not None:
            self.instance_lock.release()
            self.instance_lock = None


def _badge_renderers():  # imported on the first badge written: reportlab is slow to load
    from ssc_desktop.output.badges_pdf import badge_renderers

    return badge_renderers()


def _file_renderers():  # imported on the first file exported, for the same reason
    from ssc_desktop.output.file_renderers import file_renderers

    return file_renderers()


def build_services(database: Database, language: PrintingLanguage = "en") -> ServiceSet:
    sessions = database.session_factory
    audit = AuditLog(sessions)  # who acts is "app" here; the CLI says "cli" (cli.main)
    registrations = RegistrationService(sessions)
    tickets = TicketService(sessions)
    badges = BadgeService(sessions, tickets, _badge_renderers, language)
    events = EventService(sessions)
    contests = ContestService(sessions, files_folder(database.url), audit)
    online = OnlineAttendanceService(sessions, events, audit)
    attendance = AttendanceService(sessions, events, online_minutes=online.minutes_by_registration)
    programme = ProgrammeService(sessions)
    checkin = CheckInService(sessions, registrations, origin=desk_origin(sessions), audit_log=audit)
    members = MemberService(sessions, audit)
    reports = ReunionReportService(sessions, attendance, programme, award_recipients=contests.award_recipients)
    return ServiceSet(
        chapters=ChapterService(sessions),
        members=members,
        events=events,
        registrations=registrations,
        checkin=checkin,
        checkin_lists=CheckInListService(sessions),
        desk_notes=DeskNoteService(sessions, registrations),
        backup=BackupService(database.engine, migrate),
        backups=BackupsService(
            sqlite_file(database.engine),
            database.location,
            events.any_under_way,
            server_url=None if database.is_sqlite else database.url,
        ),
        roster_import=RosterImportService(sessions, audit_log=audit),
        programme=programme,
        badges=badges,
        mail=MailService(sessions, badges),
        tickets=tickets,
        attendance=attendance,
        contests=contests,
        judge_phones=JudgePhoneService(sessions, contests),
        certificates=CertificateService(
            sessions, events, award_recipients=contests.award_recipients, online_minutes=online.minutes_by_registration
        ),
        reports=reports,
        online=online,
        desks=DeskFileService(sessions),
        offline_desks=OfflineDesks(database.engine, checkin),
        audit=audit,
        exports=FileExports(
            _file_renderers,
            attendance=attendance,
            reports=reports,
            members=members,
            programme=programme,
            contests=contests,
            audit=audit,
            language=language,
        ),
    )


def _is_desk_file(target: str | Path | None) -> bool:
    return target is not None and "://" not in str(target) and is_desk_file(Path(str(target)).expanduser())


# Asked for a desk file's passphrase (the GUI shows a dialog, the CLI reads SSC_DESK_PASSPHRASE or asks).
PassphraseFn = Callable[[Path], str]


def compose(
    target: str | Path | None = None, passphrase_for: PassphraseFn | None = None, *, language: PrintingLanguage = "en"
) -> AppContext:
    """Opens (and migrates) the database at target and wires the services over it, printing the
    PDFs' own words in language.

    A desk file (services.desk_container) is decrypted into its working copy, which is then
    the database; closing the context seals it back.
    """
    if _is_desk_file(target):
        if passphrase_for is None:
            from ssc_desktop.errors import DomainError

            raise DomainError("desk.passphrase_needed", path=str(target))
        path = Path(str(target)).expanduser()
        desk_file = open_desk_file(path, passphrase_for)  # asked only once the desk is not open elsewhere
        try:
            database = open_database(desk_file.working)
        except Exception:
            desk_file.close()
            raise
        return AppContext(database, build_services(database, language), desk_file=desk_file)
    database = open_database(target)
    return AppContext(database, build_services(database, language))


def compose_for_window(
    target: str | Path | None = None,
    *,
    read_only: bool = False,
    passphrase_for: PassphraseFn | None = None,
    language: PrintingLanguage = "en",
) -> AppContext:
    """compose for a window: a SQLite file is held with its instance lock while open, or opened read-only.

    DatabaseInUseError (naming who has it) when another app holds the file; the window then
    offers read-only. PostgreSQL needs no lock: the server keeps the desks apart. A desk file
    is opened through its passphrase (compose), into a working copy private to this app.
    """
    if _is_desk_file(target):
        if read_only:
            return _desk_file_beside_its_app(Path(str(target)).expanduser(), passphrase_for, language)
        return compose(target, passphrase_for, language=language)
    if read_only:
        database = open_database(target, read_only=True)
        return AppContext(database, build_services(database, language))
    path = sqlite_file(database_url(target))
    lock = InstanceLock.acquire(path) if path is not None else None
    try:
        database = open_database(target)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return AppContext(database, build_services(database, language), instance_lock=lock)


def _desk_file_beside_its_app(
    path: Path, passphrase_for: PassphraseFn | None, language: PrintingLanguage = "en"
) -> AppContext:
    """A desk file another app on this laptop has open, read-only: its working copy, as that app keeps it."""
    if passphrase_for is None:
        raise DomainError("desk.passphrase_needed", path=str(path))
    passphrase = passphrase_for(path)
    working = working_copy_in_use(path, passphrase)
    if working is None:  # closed there meanwhile: open it as usual
        return compose(path, lambda _p: passphrase, language=language)
    database = open_database(working, read_only=True)
    return AppContext(database, build_services(database, language), opened_from=path.resolve())


def demo_database_path() -> Path:
    return user_data_dir() / "demo.sqlite3"


def create_demo(
    target: str | Path | None = None, member_count: int = 300, keep: bool = False, language: PrintingLanguage = "en"
) -> tuple[AppContext, DemoSummary | None]:
    """A database holding the demo reunion.

    Without a target the demo gets its own file (demo_database_path), so the coordinator's
    real database is never touched. keep=True opens that file as it was left, when it is
    there and opens (the summary is then None); otherwise the demo is made anew.
    """
    if target is None:
        target = demo_database_path()
        if keep and demo_exists():
            try:
                return compose(target, language=language), None
            except DomainError:
                pass  # a damaged or too-new demo file is simply made anew
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    context = compose(target, language=language)
    try:
        summary = build_demo(context.services, member_count=member_count)
    except Exception:
        context.close()
        raise
    return context, summary


def demo_exists() -> bool:
    return demo_database_path().is_file()


def parse_gui_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ssc-desktop", description=f"{APP_NAME}: run an SSC chapter reunion.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL (default: the last one used)"
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the demo reunion (the 3rd SSC India Reunion) as you left it; made the first time",
    )
    parser.add_argument(
        "--fresh-demo", action="store_true", help="make the demo reunion anew, forgetting what was done in it"
    )
    parser.add_argument(
        "--station",
        metavar="EVENT_ID",
        type=int,
        help="open straight into the full-screen check-in station of this event (the door laptop)",
    )
    parser.add_argument(
        "--desk", metavar="NAME", help='this desk\'s name on its check-ins, e.g. "Door A" (remembered on this laptop)'
    )
    # Qt takes its own options (-platform, -style...); leave those to QApplication.
    args, _unknown = parser.parse_known_args(argv)
    return args


# Qt's own chatter that says nothing a coordinator can act on: fonts whose OpenType tables
# Qt skips for a script (text still draws, through HarfBuzz) and optional video codecs.
QT_NOISE = ("qt.text.font.db=false", "qt.multimedia.symbolsresolver=false", "qt.multimedia.ffmpeg=false")


def quiet_qt_noise() -> None:
    """Silences QT_NOISE, unless the person set QT_LOGGING_RULES themselves (then theirs rule)."""
    import os

    if os.environ.get("QT_LOGGING_RULES"):
        return
    from PySide6.QtCore import QLoggingCategory

    QLoggingCategory.setFilterRules("\n".join(QT_NOISE))


def main(argv: list[str] | None = None) -> int:
    args = parse_gui_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication

    from ssc_desktop.views.crash_report import install_exception_hook
    from ssc_desktop.views.dialogs.desk_files_dialog import ask_desk_passphrase
    from ssc_desktop.views.language import apply_language
    from ssc_desktop.views.startup import open_main_window

    quiet_qt_noise()
    # Qt types instance() as the core application; in this process one is only ever the GUI's.
    app = cast("QApplication | None", QApplication.instance()) or QApplication(sys.argv[:1] + (argv or []))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    apply_language(app)  # before any window is built: every tr() after this speaks it
    install_exception_hook(user_data_dir() / "logs" / "ssc-desktop.log")

    def compose_asking(target: str | Path | None, **options) -> AppContext:
        return compose_for_window(target, passphrase_for=ask_desk_passphrase, **options)  # a desk file asks

    demo = "fresh" if args.fresh_demo else "keep" if args.demo else None
    window = open_main_window(
        app,
        compose=compose_asking,
        create_demo=create_demo,
        db_target=args.db,
        demo=demo,
        demo_exists=demo_exists,
        station_event_id=args.station,
        desk=args.desk,
    )
    if window is None:
        return 1
    return app.exec()
