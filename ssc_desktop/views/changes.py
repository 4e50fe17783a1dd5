"""One "data changed" signal, in the spirit of Anki's OpChanges.

After a successful write a page (or dialog) announces what it changed: which kinds of data, and
for which event. The main window listens once: pages that show one of those kinds read again
(now if on screen, else when next shown) and the event bar's figures follow. No page wires
itself to another page's signal.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal


class Kind(enum.StrEnum):
    EVENTS = "events"
    PROGRAMME = "programme"
    MEMBERS = "members"
    REGISTRATIONS = "registrations"
    CHECK_INS = "check-ins"
    CONTESTS = "contests"
    CERTIFICATES = "certificates"


# What the figures in the event bar and the events table count.
EVENT_FIGURES = frozenset({Kind.EVENTS, Kind.MEMBERS, Kind.REGISTRATIONS, Kind.CHECK_INS})


@dataclass(frozen=True)
class Change:
    kinds: frozenset[Kind]
    event_id: int | None = None  # the event it concerns, if one; None: every event may have changed
    # Who announced it: that page has already shown its own write, so it does not read again.
    source: object | None = field(default=None, compare=False)

    def touches(self, shown: frozenset[Kind]) -> bool:
        return bool(self.kinds & shown)


class ChangeHub(QObject):
    changed = Signal(object)  # Change

    def announce(self, *kinds: Kind, event_id: int | None = None, source: object | None = None) -> Change:
        change = Change(frozenset(kinds), event_id, source)
        self.changed.emit(change)
        return change
