"""Wording of the codes of the core: databases, chapters, events, members, check-in."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "error": "Something went wrong: {detail}",
    "not_found": "No {kind} with {key} {value!r}.",
    "invalid": "{field}: {problem}",
    "database.error": "The database could not be used: {detail}",
    "database.cannot_open": "Cannot open the database {location}: {detail}",
    "database.too_new": (
        "The database {location} was made by a newer version of SSC Desktop "
        "(schema {found}; this version knows up to {known}). Update SSC Desktop to open it."
    ),
    "database.backup_failed": "Could not write the backup copy {destination}: {detail}",
    "chapter.name_required": "A chapter needs a name.",
    "event.title_required": "An event needs a title.",
    "event.ends_before_start": "The event ends ({ends}) before it starts ({starts}).",
    "event.unknown_timezone": "Unknown time zone {timezone!r}; use a name such as Asia/Kolkata.",
    "event.bad_capacity": "Capacity must be a positive whole number, not {capacity!r}.",
    "event.bad_datetime": "{field}: {value!r} is not a date and time (use YYYY-MM-DD HH:MM).",
    "event.bad_format": "Format must be face-to-face, online or hybrid, not {value!r}.",
    "member.name_required": "A member needs a name in Latin letters.",
    "member.bad_email": "{email!r} is not an e-mail address.",
    "member.bad_visit_year": "Visit year {year!r} is outside 2014-{latest}.",
    "registration.duplicate": "{member} is already registered for this event.",
    "registration.cancelled": "The registration of {member} is cancelled.",
    "registration.not_registered": "{member} is waitlisted and cannot be checked in yet.",
    "checkin.already": "{member} was already checked in at {time}.",
    "checkin.nothing_to_undo": "{member} has no check-in to undo.",
    "checkin.not_inside": "{member} is not checked in, so cannot be checked out.",
    "demo.database_not_empty": (
        "The demo reunion needs an empty database, and {location} already holds {members} members. "
        "Use --db with a new file."
    ),
}
