"""Running check-in counters for a station: totals, by role and by chapter.

Changed row by row as verdicts come (replace the row's old contribution with its new
one) or rebuilt from every row of the event on a refresh. Plain counting, no Qt and
no database, so a refresh builds it off the GUI thread.
"""

from __future__ import annotations

from collections import Counter

from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.services.registration_rows import RegistrationRow


def contribution(row: RegistrationRow) -> tuple[bool, bool, bool]:
    """(registered, arrived, inside now) for one registration."""
    registered = row.status == RegistrationStatus.REGISTERED
    arrived = registered and row.checked_in_at is not None
    return registered, arrived, arrived and row.inside


class CheckInTally:
    def __init__(self, rows: list[RegistrationRow] | None = None) -> None:
        self.registered = self.arrived = self.inside = 0
        self.registered_by_role: Counter = Counter()
        self.arrived_by_role: Counter = Counter()
        self.registered_by_chapter: Counter = Counter()
        self.arrived_by_chapter: Counter = Counter()
        for row in rows or ():
            self.add(row, 1)

    def add(self, row: RegistrationRow, sign: int) -> None:
        registered, arrived, inside = contribution(row)
        if registered:
            self.registered += sign
            self.registered_by_role[row.role] += sign
            self.registered_by_chapter[row.chapter_name] += sign
        if arrived:
            self.arrived += sign
            self.arrived_by_role[row.role] += sign
            self.arrived_by_chapter[row.chapter_name] += sign
        if inside:
            self.inside += sign

    def replace(self, old: RegistrationRow | None, new: RegistrationRow) -> None:
        if old is not None:
            self.add(old, -1)
        self.add(new, 1)
