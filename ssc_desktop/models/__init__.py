"""SQLAlchemy models: the tables of an SSC Desktop database. No Qt here."""

from ssc_desktop.models.base import Base, NAMING_CONVENTION, UTCDateTime, utc_now
from ssc_desktop.models.chapter import Chapter
from ssc_desktop.models.checkin import CheckIn
from ssc_desktop.models.enums import EventFormat, Gender, RegistrationRole, RegistrationStatus
from ssc_desktop.models.event import Event
from ssc_desktop.models.member import Member
from ssc_desktop.models.registration import Registration

__all__ = [
    "Base",
    "NAMING_CONVENTION",
    "UTCDateTime",
    "utc_now",
    "Chapter",
    "CheckIn",
    "Event",
    "EventFormat",
    "Gender",
    "Member",
    "Registration",
    "RegistrationRole",
    "RegistrationStatus",
]
