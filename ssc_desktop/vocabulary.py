"""The app's vocabulary: every closed set of values it stores, and the English word for each, declared once.

Qt-free, below models, services, output and views alike: the ORM stores the enums by their string
value; exports and the `ssc` command line print the English words; the GUI shows each word through
Qt's translator (context "Vocabulary", see views/labels.py), and scripts/update_translations.py
hands every word here to the translators.
"""

from __future__ import annotations

import enum


class EventFormat(enum.StrEnum):
    FACE_TO_FACE = "face-to-face"
    ONLINE = "online"
    HYBRID = "hybrid"


class RegistrationRole(enum.StrEnum):
    PARTICIPANT = "participant"
    SPEAKER = "speaker"
    JUDGE = "judge"
    STAFF = "staff"
    GUEST = "guest"


class RegistrationStatus(enum.StrEnum):
    REGISTERED = "registered"
    WAITLISTED = "waitlisted"
    CANCELLED = "cancelled"


class Gender(enum.StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNSPECIFIED = "unspecified"


class ProgrammeKind(enum.StrEnum):
    KEYNOTE = "keynote"
    ALUMNI_TALK = "alumni-talk"
    PANEL = "panel"
    JOB_SEMINAR = "job-seminar"
    POSTER_SESSION = "poster-session"
    CONTEST = "contest"
    BREAK = "break"
    NETWORKING = "networking"
    OTHER = "other"


class ContestKind(enum.StrEnum):
    POSTER = "poster"
    E_POSTER = "e-poster"
    ESSAY = "essay"


class CertificateKind(enum.StrEnum):
    CONTRIBUTION = "contribution"
    PARTICIPATION = "participation"
    AWARD = "award"


WORDS: dict[enum.Enum, str] = {
    EventFormat.FACE_TO_FACE: "Face to face",
    EventFormat.ONLINE: "Online",
    EventFormat.HYBRID: "Hybrid",
    RegistrationRole.PARTICIPANT: "Participant",
    RegistrationRole.SPEAKER: "Speaker",
    RegistrationRole.JUDGE: "Judge",
    RegistrationRole.STAFF: "Staff",
    RegistrationRole.GUEST: "Guest",
    RegistrationStatus.REGISTERED: "Registered",
    RegistrationStatus.WAITLISTED: "Waitlisted",
    RegistrationStatus.CANCELLED: "Cancelled",
    Gender.FEMALE: "Female",
    Gender.MALE: "Male",
    Gender.OTHER: "Other",
    Gender.UNSPECIFIED: "Not stated",
    ProgrammeKind.KEYNOTE: "Keynote",
    ProgrammeKind.ALUMNI_TALK: "Alumni talk",
    ProgrammeKind.PANEL: "Panel",
    ProgrammeKind.JOB_SEMINAR: "Job-hunting seminar",
    ProgrammeKind.POSTER_SESSION: "Poster session",
    ProgrammeKind.CONTEST: "Contest",
    ProgrammeKind.BREAK: "Break",
    ProgrammeKind.NETWORKING: "Networking",
    ProgrammeKind.OTHER: "Other",
    ContestKind.POSTER: "Poster",
    ContestKind.E_POSTER: "E-poster",
    ContestKind.ESSAY: "Essay",
    CertificateKind.CONTRIBUTION: "Contribution",
    CertificateKind.PARTICIPATION: "Participation",
    CertificateKind.AWARD: "Contest awards",
}

# A contest's places, and how its ranking was computed.
PLACE_NAMES: dict[int, str] = {1: "1st prize", 2: "2nd prize", 3: "3rd prize", 4: "Honourable mention"}
METHOD_LABELS: dict[str, str] = {
    "mean": "Mean of judges",
    "normalized": "Normalized (z-scores)",
    "trimmed": "Trimmed mean",
}


def word(value: enum.Enum) -> str:
    """The English word for a stored value."""
    return WORDS[value]


def words_of(kind: type[enum.Enum]) -> dict[enum.Enum, str]:
    """Every value of one enum with its English word, in declaration order (for choosers)."""
    return {value: WORDS[value] for value in kind}


def every_word() -> list[str]:
    """All the words a person can see, for the translators."""
    return list(dict.fromkeys([*WORDS.values(), *PLACE_NAMES.values(), *METHOD_LABELS.values()]))
