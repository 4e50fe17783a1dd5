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

from ssc_desktop import APP_NAME, ORG_NAME, __version__
from ssc_desktop.db import Database, migrate, open_database
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.attendance import AttendanceService
from ssc_desktop.services.backup import BackupService
from ssc_desktop.services.badges import BadgeService
from ssc_desktop.services.certificates import CertificateService
from ssc_desktop.paths import user_data_dir
from ssc_desktop.services.chapters import ChapterService
from ssc_desktop.services.checkin import CheckInService
from ssc_desktop.services.checkin_lists import CheckInListService
from ssc_desktop.services.contests import ContestService, files_folder
from ssc_desktop.services.desk_container import OpenDeskFile, is_desk_file, open_desk_file
from ssc_desktop.services.desk_files import DeskFileService, desk_origin
from ssc_desktop.services.desk_notes import DeskNoteService
from ssc_desktop.services.demo import DemoSummary, build_demo
from ssc_desktop.services.events import EventService
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
    # When the database is a desk file: its decrypted working copy, sealed again on close.
    desk_file: OpenDeskFile | None = None

    @property
    def location(self) -> str:
        """What the person opened: the desk file itself, not its working copy (see services.desk_container)."""
        return str(self.desk_file.container) if self.desk_file is not None else self.database.location

    def close(self) -> None:
        self.database.dispose()
        if self.desk_file is not None:
            self.desk_file.close()


def build_services(database: Database) -> ServiceSet:
    sessions = database.session_factory
    registrations = RegistrationService(sessions)
    tickets = TicketService(sessions)
    badges = BadgeService(sessions, tickets)
    events = EventService(sessions)
    contests = ContestService(sessions, files_folder(database.url))
    online = OnlineAttendanceService(sessions, events)
    attendance = AttendanceService(sessions, events, online_minutes=online.minutes_by_registration)
    programme = ProgrammeService(sessions)
    checkin = CheckInService(sessions, registrations, origin=desk_origin(sessions))
    return ServiceSet(
        chapters=ChapterService(sessions),
        members=MemberService(sessions),
        events=events,
        registrations=registrations,
        checkin=checkin,
        checkin_lists=CheckInListService(sessions),
        desk_notes=DeskNoteService(sessions, registrations),
        backup=BackupService(database.engine, migrate),
        roster_import=RosterImportService(sessions),
        programme=programme,
        badges=badges,
        mail=MailService(sessions, badges),
        tickets=tickets,
        attendance=attendance,
        contests=contests,
        certificates=CertificateService(sessions, events, award_recipients=contests.award_recipients,
                                        online_minutes=online.minutes_by_registration),
        reports=ReunionReportService(sessions, attendance, programme, award_recipients=contests.award_recipients),
        online=online,
        desks=DeskFileService(sessions),
        offline_desks=OfflineDesks(database.engine, checkin),
    )


# Asked for a desk file's passphrase (the GUI shows a dialog, the CLI reads SSC_DESK_PASSPHRASE or asks).
PassphraseFn = Callable[[Path], str]


def compose(target: str | Path | None = None, passphrase_for: PassphraseFn | None = None) -> AppContext:
    """Opens (and migrates) the database at target and wires the services over it.

    A desk file (services.desk_container) is decrypted into its working copy, which is then
    the database; closing the context seals it back.
    """
    if target is not None and "://" not in str(target) and is_desk_file(Path(str(target)).expanduser()):
        if passphrase_for is None:
            from ssc_desktop.errors import DomainError

            raise DomainError("desk.passphrase_needed", path=str(target))
        path = Path(str(target)).expanduser()
        desk_file = open_desk_file(path, passphrase_for(path))
        try:
            database = open_database(desk_file.working)
        except Exception:
            desk_file.close()
            raise
        return AppContext(database, build_services(database), desk_file)
    database = open_database(target)
    return AppContext(database, build_services(database))


def demo_database_path() -> Path:
    return user_data_dir() / "demo.sqlite3"


def create_demo(target: str | Path | None = None, member_count: int = 300) -> tuple[AppContext, DemoSummary]:
    """A fresh database holding the demo reunion.

    Without a target the demo gets its own file, made anew each time, so the
    coordinator's real database is never touched.
    """
    if target is None:
        target = demo_database_path()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
    context = compose(target)
    try:
        summary = build_demo(context.services, member_count=member_count)
    except Exception:
        context.close()
        raise
    return context, summary


def parse_gui_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ssc-desktop", description=f"{APP_NAME}: run an SSC chapter reunion.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL (default: the last one used)")
    parser.add_argument("--demo", action="store_true", help="open a fresh demo database with the 3rd SSC India Reunion")
    parser.add_argument("--station", metavar="EVENT_ID", type=int,
                        help="open straight into the full-screen check-in station of this event (the door laptop)")
    parser.add_argument("--desk", metavar="NAME",
                        help='this desk\'s name on its check-ins, e.g. "Door A" (remembered on this laptop)')
    # Qt takes its own options (-platform, -style...); leave those to QApplication.
    args, _unknown = parser.parse_known_args(argv)
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_gui_args(sys.argv[1:] if argv is None else argv)

    from PySide6.QtWidgets import QApplication

    from ssc_desktop.views.crash_report import install_exception_hook
    from ssc_desktop.views.dialogs.desk_files_dialog import ask_desk_passphrase
    from ssc_desktop.views.main_window import open_main_window

    app = QApplication.instance() or QApplication(sys.argv[:1] + (argv or []))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    install_exception_hook(user_data_dir() / "logs" / "ssc-desktop.log")
    def compose_asking(target: str | Path | None) -> AppContext:
        return compose(target, passphrase_for=ask_desk_passphrase)  # a desk file asks for its passphrase

    window = open_main_window(app, compose=compose_asking, create_demo=create_demo, db_target=args.db, demo=args.demo,
                              station_event_id=args.station, desk=args.desk)
    if window is None:
        return 1
    return app.exec()
