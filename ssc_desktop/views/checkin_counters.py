"""The check-in station's counters: checked in / registered, inside now, by role and by chapter."""

from __future__ import annotations

from collections import Counter

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop.services.checkin_tally import CheckInTally
from ssc_desktop.views.labels import fill, word

# Chapters named one by one; the rest are counted as "N more".
CHAPTERS_SHOWN = 6


class CheckInCounters(QWidget):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.compact = False  # on a small screen the line by chapter gives its room to the rest
        self.counter = QLabel("0 / 0")
        self.counter.setObjectName("CounterBig")
        self.caption = QLabel(self.tr("checked in / registered"))
        self.caption.setObjectName("CounterCaption")
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.by_role = QLabel()
        self.by_role.setObjectName("CounterLine")
        self.by_role.setWordWrap(True)
        self.by_chapter = QLabel()
        self.by_chapter.setObjectName("CounterLine")
        self.by_chapter.setWordWrap(True)
        for widget in (self.counter, self.caption, self.progress, self.by_role, self.by_chapter):
            layout.addWidget(widget)

    def show_door(self, tally: CheckInTally) -> None:
        """The whole event: arrivals at the door, who is inside, by role and by chapter."""
        self.caption.setText(fill(self.tr("checked in / registered · %1 inside now"), f"{tally.inside:,}"))
        self._show(tally, tally.arrived, tally.arrived_by_role)
        self.by_chapter.setVisible(not self.compact)
        tally_by_chapter = tally.registered_by_chapter
        chapters = sorted((c for c in tally_by_chapter if tally_by_chapter[c]), key=lambda c: (-tally_by_chapter[c], c))
        shown = chapters[:CHAPTERS_SHOWN]
        text = " · ".join(
            f"{c or self.tr('No chapter')} {tally.arrived_by_chapter[c]}/{tally_by_chapter[c]}" for c in shown
        )
        if len(chapters) > len(shown):
            text += " · " + fill(self.tr("%1 more"), len(chapters) - len(shown))
        self.by_chapter.setText(self.tr("By chapter: ") + text)

    def show_list(self, tally: CheckInTally, list_name: str, arrived: int, arrived_by_role: Counter | None) -> None:
        """A part of the day: its own check-ins against everyone registered."""
        self.caption.setText(fill(self.tr("checked in to %1 / registered"), list_name))
        self._show(tally, arrived, arrived_by_role or Counter())
        self.by_chapter.setVisible(False)

    def _show(self, tally: CheckInTally, arrived: int, arrived_by_role: Counter) -> None:
        registered = tally.registered
        self.counter.setText(f"{arrived:,} / {registered:,}")
        self.progress.setRange(0, max(registered, 1))
        self.progress.setValue(min(arrived, max(registered, 1)))
        self.by_role.setText(
            self.tr("By role: ")
            + " · ".join(
                f"{word(role)} {arrived_by_role[role]}/{tally.registered_by_role[role]}"
                for role in RegistrationRole
                if tally.registered_by_role[role]
            )
        )

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.setSpacing(4 if compact else 10)
        if compact:
            self.by_chapter.hide()
