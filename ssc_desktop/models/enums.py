"""Closed sets of values stored in the database by their string value."""

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
