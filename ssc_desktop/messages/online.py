"""Wording of the codes of online attendance (Zoom, Teams and Meet participant reports)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "online.unknown_report": (
        "{file} is not a participant report of Zoom, Microsoft Teams or Google Meet: no row "
        "has their column names (for example “Join Time” and “Leave Time”)."
    ),
    "online.no_participants": "{file} lists no participants.",
    "online.dates_outside_event": (
        "{file} is of another day: its times fall on {dates}, and the event is from {first} to {last}. "
        "Import it only if it is this event's meeting all the same."
    ),
    "online.already_imported": (
        "{file} was imported already (as {other}): the same report, or the same meeting and start. "
        "Importing it again would count everyone twice; replace the earlier import instead."
    ),
    "online.registration_report": (
        "{file} is a registration report: it says who registered, not who attended. Export the "
        "participant (or attendee) report of the meeting instead."
    ),
    "online.mixed_date_orders": (
        "{file} writes dates both day first and month first; export the report again with one date format."
    ),
    "online.bad_time": "{file}, row {row}, column {column}: {value!r} is not a date and time.",
    "online.bad_duration": "{file}, row {row}, column {column}: {value!r} is not a duration (e.g. 45, 1h 5m 3s).",
    "online.leave_before_join": "{file}, row {row}, column {column}: the person left before joining.",
    "online.other_event_registration": "Registration {registration} is not one of this event's.",
}
