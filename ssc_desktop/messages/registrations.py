"""Wording of the codes of event editing and copying, places, waitlists and walk-ins."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "event.deadline_after_end": ("The registration deadline ({deadline}) is after the event ends ({ends})."),
    "registration.deadline_passed": (
        "Registration for {event} closed at {deadline}. A coordinator can still register a late "
        "sign-up on purpose, or register the person as a walk-in on the day."
    ),
    "registration.already_cancelled": "The registration of {member} is already cancelled.",
    "registration.not_cancelled": "The registration of {member} is not cancelled; there is nothing to restore.",
    "registration.cancel_checked_in": ("{member} is checked in; undo the check-in before cancelling the registration."),
    "registration.walk_in_registered": "{member} is registered already: check them in at the desk instead.",
    "registration.bad_role": "Role must be one of {roles}, not {value!r}.",
    "registration.bad_status": "Status must be one of {statuses}, not {value!r}.",
    "registration.nobody_matches": "No member matches: {criteria}.",
}
