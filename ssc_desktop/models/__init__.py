"""SQLAlchemy models: the tables of an SSC Desktop database. No Qt here."""

from ssc_desktop.models.app_setting import AppSetting
from ssc_desktop.models.audit import AuditEntry
from ssc_desktop.models.base import Base, NAMING_CONVENTION, UTCDateTime, utc_now
from ssc_desktop.models.certificate import Certificate, CertificateTemplate, Contributor
from ssc_desktop.models.chapter import Chapter
from ssc_desktop.models.checkin import CheckIn
from ssc_desktop.models.checkin_list import CheckInList
from ssc_desktop.models.contest import (
    Contest,
    ContestAssignment,
    ContestAuthor,
    ContestAward,
    ContestConflict,
    ContestCriterion,
    ContestEntry,
    ContestJudge,
    ContestScore,
    ContestScoreChange,
)
from ssc_desktop.vocabulary import (
    CertificateKind,
    ContestKind,
    EventFormat,
    Gender,
    ProgrammeKind,
    RegistrationRole,
    RegistrationStatus,
)  # re-exported for the services
from ssc_desktop.models.event import Event
from ssc_desktop.models.import_mapping import ImportMapping
from ssc_desktop.models.member import Member
from ssc_desktop.models.online_attendance import OnlineParticipant, OnlineSession
from ssc_desktop.models.programme import ProgrammeItem, ProgrammeSpeaker
from ssc_desktop.models.registration import Registration

__all__ = [
    "AppSetting",
    "AuditEntry",
    "Certificate",
    "CertificateKind",
    "CertificateTemplate",
    "Contributor",
    "CheckInList",
    "Contest",
    "ContestAssignment",
    "ContestAuthor",
    "ContestAward",
    "ContestConflict",
    "ContestCriterion",
    "ContestEntry",
    "ContestJudge",
    "ContestKind",
    "ContestScore",
    "ContestScoreChange",
    "Base",
    "NAMING_CONVENTION",
    "UTCDateTime",
    "utc_now",
    "Chapter",
    "CheckIn",
    "Event",
    "EventFormat",
    "Gender",
    "ImportMapping",
    "Member",
    "OnlineParticipant",
    "OnlineSession",
    "ProgrammeItem",
    "ProgrammeKind",
    "ProgrammeSpeaker",
    "Registration",
    "RegistrationRole",
    "RegistrationStatus",
]
