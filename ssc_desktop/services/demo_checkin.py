"""The demo reunion's check-in lists and desk notes.

Two parts of the day besides the door: the job-hunting seminar (tied to its programme
item) and the banquet (the event's own), each with some people checked in; and a few
desk notes, so the check-in verdict has something to tell the desk. List check-ins are
not door arrivals: the door's figures stay as the morning left them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, timedelta

from ssc_desktop.models import ProgrammeKind, RegistrationStatus
from ssc_desktop.services import ServiceSet

SEMINAR_LIST = "Job-hunting seminar"
BANQUET_LIST = "Banquet"
DESK_NOTES = [
    "Vegetarian meal",
    "Jain food (no onion, garlic or root vegetables)",
    "Wheelchair access: use the ramp at gate 2; reserved seat in row A",
    "Collect your certificate at the desk",
    "Vegetarian meal",
    "Collect your certificate at the desk",
    "Jain food (no onion, garlic or root vegetables)",
    "Needs a receipt for the registration fee",
]


def add_demo_checkin_lists(
    services: ServiceSet, event_id: int, day: date, local: Callable[..., datetime], seed: int = 3
) -> tuple[int, int]:
    """Adds the lists, their check-ins and the desk notes; returns (list check-ins, desk notes)."""
    rng = random.Random(seed * 7919)  # the demo's own generator is left as it was
    seminar_item = next(
        (item for item in services.programme.list_items(event_id) if item.kind == ProgrammeKind.JOB_SEMINAR), None
    )
    seminar = services.checkin_lists.create_list(event_id, SEMINAR_LIST, seminar_item.id if seminar_item else None)
    banquet = services.checkin_lists.create_list(event_id, BANQUET_LIST)

    registered = [
        r for r in services.registrations.list_registrations(event_id) if r.status == RegistrationStatus.REGISTERED
    ]
    arrived = [r for r in registered if r.checked_in_at is not None]
    count = 0
    # The seminar: a third of those who came, in the first ten minutes of 13:15.
    for row in rng.sample(arrived, len(arrived) // 3):
        at = local(day, 13, 5) + timedelta(minutes=rng.uniform(0, 15))
        services.checkin.check_in(row.id, "Seminar room LH-325", at=at, list_id=seminar.id)
        count += 1
    # The banquet: a good half of those who came, from 18:30.
    for row in rng.sample(arrived, len(arrived) // 2):
        at = local(day, 18, 30) + timedelta(minutes=rng.uniform(0, 40))
        services.checkin.check_in(row.id, "Banquet hall", at=at, list_id=banquet.id)
        count += 1

    # Desk notes for a few people, some of them still on their way.
    noted = rng.sample(registered, min(len(DESK_NOTES), len(registered)))
    services.desk_notes.set_desk_notes({row.id: note for row, note in zip(noted, DESK_NOTES, strict=False)})
    return count, len(noted)
