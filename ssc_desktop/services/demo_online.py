"""The demo reunion is hybrid: a Zoom participant report with people who joined online, some
of them matched by e-mail, some by name only, and two guests nobody registered."""

from __future__ import annotations

import csv
import random
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ssc_desktop.models import RegistrationStatus

if TYPE_CHECKING:
    from ssc_desktop.services import ServiceSet

ZOOM_HEADER = ["Name (Original Name)", "User Email", "Join Time", "Leave Time", "Duration (Minutes)", "Guest"]


def add_demo_zoom_session(services: ServiceSet, event_id: int, seed: int = 3) -> None:
    rng = random.Random(seed)
    event = services.events.get_event(event_id)
    start = event.local_start.replace(tzinfo=None)
    away = [
        r
        for r in services.registrations.list_registrations(event_id)
        if r.status == RegistrationStatus.REGISTERED and r.checked_in_at is None and r.country != "India"
    ]
    rng.shuffle(away)
    rows: list[tuple[str, str, datetime, datetime]] = []
    for number, person in enumerate(away[:24]):
        joined = start + timedelta(minutes=rng.randint(0, 40))
        left = joined + timedelta(minutes=rng.choice([15, 40, 95, 150, 180]))
        by_email = number < 20
        name = person.latin_name if by_email else f"{person.latin_name.split()[0]} (iPad)"
        rows.append((name, person.email if by_email else "", joined, left))
        if number % 6 == 0:  # dropped out and came back: two rows, merged on import
            rows.append(
                (name, person.email if by_email else "", left + timedelta(minutes=5), left + timedelta(minutes=50))
            )
    rows.append(("Guest from JST Tokyo", "", start + timedelta(minutes=10), start + timedelta(minutes=70)))
    rows.append(("Unknown iPhone", "", start + timedelta(minutes=30), start + timedelta(minutes=35)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "zoom_participants_81234567890.csv"
        with open(path, "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(
                ["Meeting ID", "Topic", "Start Time", "End Time", "User Email", "Duration (Minutes)", "Participants"]
            )
            writer.writerow(
                [
                    "812 3456 7890",
                    f"{event.title} (online)",
                    f"{start:%m/%d/%Y %I:%M:%S %p}",
                    f"{start + timedelta(hours=4):%m/%d/%Y %I:%M:%S %p}",
                    "coordinator@example.org",
                    240,
                    len(rows),
                ]
            )
            writer.writerow([])
            writer.writerow(ZOOM_HEADER)
            for name, email, joined, left in rows:
                writer.writerow(
                    [
                        name,
                        email,
                        f"{joined:%m/%d/%Y %I:%M:%S %p}",
                        f"{left:%m/%d/%Y %I:%M:%S %p}",
                        round((left - joined).total_seconds() / 60),
                        "No" if email else "Yes",
                    ]
                )
        services.online.import_report(event_id, path)
