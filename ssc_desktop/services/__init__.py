"""Feature services: plain arguments in, frozen dataclasses out. No Qt here.

The services are built and wired together in ssc_desktop.app (the composition root);
ServiceSet is only the container that carries them to the CLI and the views.
"""

from __future__ import annotations

from dataclasses import dataclass

from ssc_desktop.services.attendance import AttendanceService
from ssc_desktop.services.audit import AuditLog
from ssc_desktop.services.backup import BackupService
from ssc_desktop.services.backups import BackupsService
from ssc_desktop.services.badges import BadgeService
from ssc_desktop.services.certificates import CertificateService
from ssc_desktop.services.chapters import ChapterService
from ssc_desktop.services.checkin import CheckInService
from ssc_desktop.services.checkin_lists import CheckInListService
from ssc_desktop.services.contests import ContestService
from ssc_desktop.services.desk_files import DeskFileService
from ssc_desktop.services.desk_notes import DeskNoteService
from ssc_desktop.services.events import EventService
from ssc_desktop.services.file_exports import FileExports
from ssc_desktop.services.judge_phones import JudgePhoneService
from ssc_desktop.services.mail import MailService
from ssc_desktop.services.members import MemberService
from ssc_desktop.services.offline_desk import OfflineDesks
from ssc_desktop.services.online_attendance import OnlineAttendanceService
from ssc_desktop.services.programme import ProgrammeService
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.tickets import TicketService
from ssc_desktop.services.reunion_report import ReunionReportService
from ssc_desktop.services.roster_import import RosterImportService


@dataclass(frozen=True)
class ServiceSet:
    chapters: ChapterService
    members: MemberService
    events: EventService
    registrations: RegistrationService
    checkin: CheckInService
    checkin_lists: CheckInListService
    desk_notes: DeskNoteService
    backup: BackupService
    backups: BackupsService  # automatic copies of a SQLite file, and restoring one
    roster_import: RosterImportService
    programme: ProgrammeService
    badges: BadgeService
    mail: MailService
    tickets: TicketService
    attendance: AttendanceService
    certificates: CertificateService
    reports: ReunionReportService
    online: OnlineAttendanceService
    contests: ContestService
    judge_phones: JudgePhoneService
    desks: DeskFileService
    offline_desks: OfflineDesks
    audit: AuditLog  # the audit log (read here; each service writes its own entries)
    exports: FileExports  # every file written for a person: attendance, sign-in, report, roster, agenda...
