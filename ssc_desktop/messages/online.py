"""Wording of the codes of online attendance (Zoom, Teams and Meet participant reports)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "online.unknown_report": ("{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row "
                              "has their column names (for example “Join Time” and “Leave Time”)."),
    "online.no_participants": "{file} lists no participants.",
    "online.bad_time": "{file}, row {row}, column {column}: {value!r} is not a date and time.",
    "online.bad_duration": "{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).",
    "online.leave_before_join": "{file}, row {row}, column {column}: the person left before joining.",
    "online.other_event_registration": "Registration {registration} is not one of this event's.",
}
