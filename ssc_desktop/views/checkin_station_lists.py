"""The check-in lists a station checks into (the door, a banquet, a poster session): the choice in
the station's bar, remembered per event on this laptop, and how many are in each list."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.checkin_lists import CheckInListInfo
from ssc_desktop.services.events import EventSummary
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.views import settings


class StationLists(QObject):
    chosen = Signal()  # the person chose another list (or the one in use went)

    def __init__(self, combo: QComboBox, services: ServiceSet, event: EventSummary, parent: QObject) -> None:
        super().__init__(parent)
        self.combo, self.services, self.target = combo, services, event
        self.arrived: dict[int, int] = {}  # list id -> checked in, from the service
        self.role_arrived: Counter | None = None  # of the list checked into, by role
        combo.currentIndexChanged.connect(self._chosen)

    @property
    def list_id(self) -> int | None:
        """The list checked into; None: the door (the whole event)."""
        return self.combo.currentData()

    @property
    def name(self) -> str:
        return self.combo.currentText()

    def arrived_here(self) -> int:
        return self.arrived.get(self.list_id, 0) if self.list_id is not None else 0

    def fill(self, lists: Sequence[CheckInListInfo] | None = None, select: int | None = None) -> None:
        """The lists in the chooser (read again when not given), keeping the choice, or select."""
        if lists is None:
            try:
                lists = self.services.checkin_lists.list_lists(self.target.id)
            except DomainError:
                lists = []
        current: int | None
        if select is not None:
            current = select
        elif self.combo.count():
            current = self.combo.currentData()
        else:
            current = settings.station_list(self.target.id).get() or None
        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(self.tr("The door (whole event)"), None)
        for item in lists:
            self.combo.addItem(item.name, item.id)
            self.arrived[item.id] = item.checked_in
        found = self.combo.findData(current) if current is not None else 0
        self.combo.setCurrentIndex(max(found, 0))
        self.combo.blockSignals(False)

    def take_counts(self, lists: Sequence[CheckInListInfo]) -> bool:
        """Counts read again; True when lists came or went since the chooser was filled."""
        for item in lists:
            self.arrived[item.id] = item.checked_in
        known = {self.combo.itemData(i) for i in range(1, self.combo.count())}
        return known != {item.id for item in lists}

    def count(self, delta: int, row: RegistrationRow | None = None) -> None:
        """One more (or fewer) in the list checked into, as the station just saw."""
        list_id = self.list_id
        if list_id is not None:
            self.arrived[list_id] = max(0, self.arrived.get(list_id, 0) + delta)
            if row is not None and self.role_arrived is not None:
                self.role_arrived[row.role] += delta

    def manage(self, parent: QWidget) -> None:
        """The lists dialog; the chooser follows what was changed there."""
        from ssc_desktop.views.dialogs.checkin_lists_dialog import CheckInListsDialog

        dialog = CheckInListsDialog(self.services, self.target, parent)
        dialog.exec()
        if dialog.changed:
            before = self.list_id
            self.fill()
            if self.list_id != before:  # the list in use was deleted: back to the door
                self._chosen()

    def create(self, name: str) -> None:
        """A new list, chosen at once (DomainError when the name will not do)."""
        created = self.services.checkin_lists.create_list(self.target.id, name.strip())
        self.fill(select=created.id)

    def _chosen(self) -> None:
        settings.station_list(self.target.id).set(self.list_id or 0)
        self.role_arrived = None
        self.chosen.emit()
