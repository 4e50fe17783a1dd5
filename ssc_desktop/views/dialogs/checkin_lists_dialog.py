"""Manages an event's check-in lists: the parts of the day people are checked into besides the
door (the job-hunting seminar, the banquet, the poster session).

A list belongs to the whole event or to one programme item; deleting a list that already has
check-ins asks first and says how many go with it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.checkin_lists import CheckInListInfo
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.labels import error_text, fill, local_time_text
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table


class CheckInListsDialog(QDialog):
    """`changed` is True after exec() when any list was added, changed or deleted."""

    def __init__(self, services: ServiceSet, event: EventSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.target = event
        self.changed = False
        self.setWindowTitle(fill(self.tr("Check-in lists — %1"), event.title))
        self.resize(720, 460)
        self._tz = zone(event.timezone)

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "Besides the door, check people into parts of the day. "
                "A ticket counts once on each list; the door's figures never change."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("PageHint")
        layout.addWidget(hint)

        self.model: RecordTableModel[CheckInListInfo] = RecordTableModel(
            [
                Column(self.tr("List"), lambda r: r.name),
                Column(self.tr("Part of the programme"), lambda r: r.programme_item_title or self.tr("Whole event")),
                Column(
                    self.tr("Checked in"),
                    lambda r: str(r.checked_in),
                    sort_key=lambda r: r.checked_in,
                    align_right=True,
                ),
                Column(
                    self.tr("Created"),
                    lambda r: local_time_text(r.created_at, self._tz, with_date=True),
                    sort_key=lambda r: r.created_at,
                ),
            ],
            self,
        )
        self.proxy, self.table = record_table(self.model, self)
        self.table.setAccessibleName(self.tr("Check-in lists"))
        configure_columns(self.table, [200, 230, 90, 140], stretch=None)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)

        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Banquet"))
        self.name.textChanged.connect(self._update_buttons)
        self.item = QComboBox()
        self.item.addItem(self.tr("Whole event"), None)
        for item in services.programme.list_items(event.id):
            self.item.addItem(f"{local_time_text(item.starts_at, self._tz)}  {item.title}", item.id)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Part of the programme:"), self.item)
        layout.addLayout(form)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add as new list"))
        self.add_button.clicked.connect(self.add_list)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_list)
        self.delete_button = QPushButton(self.tr("Delete list…"))
        self.delete_button.clicked.connect(self.delete_list)
        self.message = ResultLine()
        buttons.addWidget(self.message, 1)
        for button in (self.add_button, self.save_button, self.delete_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()

    # -- state ---------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        self.model.set_rows(self.services.checkin_lists.list_lists(self.target.id))
        if select is not None:
            for proxy_row in range(self.proxy.rowCount()):
                if self.model.row_at(self.proxy.source_row(proxy_row)).id == select:
                    self.table.selectRow(proxy_row)
                    break
        self._update_buttons()

    def selected(self) -> CheckInListInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.name.setText(chosen.name)
            self.item.setCurrentIndex(max(0, self.item.findData(chosen.programme_item_id)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected()
        named = bool(self.name.text().strip())
        self.add_button.setEnabled(named)
        self.save_button.setEnabled(chosen is not None and named)
        self.delete_button.setEnabled(chosen is not None)

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.say(text, Tone.ERROR if problem else Tone.PLAIN)

    # -- actions -------------------------------------------------------------------------------
    def add_list(self) -> None:
        try:
            created = self.services.checkin_lists.create_list(self.target.id, self.name.text(), self.item.currentData())
        except DomainError as error:
            self._say(error_text(error), problem=True)
            return
        self.changed = True
        self.reload(select=created.id)
        self._say(fill(self.tr("List “%1” added."), created.name))

    def save_list(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        lists = self.services.checkin_lists
        try:
            updated = lists.rename_list(chosen.id, self.name.text())
            if self.item.currentData() != chosen.programme_item_id:
                updated = lists.set_programme_item(chosen.id, self.item.currentData())
        except DomainError as error:
            self._say(error_text(error), problem=True)
            return
        self.changed = True
        self.reload(select=updated.id)
        self._say(fill(self.tr("List “%1” saved."), updated.name))

    def confirm(self, title: str, text: str) -> bool:
        """Asks before deleting check-ins; tests replace this."""
        return ask_yes_no(self, title, text)

    def delete_list(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        force = False
        if chosen.checked_in:
            if not self.confirm(
                self.tr("Delete list"),
                fill(
                    self.tr("“%1” has %2 check-ins. Delete the list and its check-ins? Arrivals at the door are kept."),
                    chosen.name,
                    chosen.checked_in,
                ),
            ):
                return
            force = True
        try:
            self.services.checkin_lists.delete_list(chosen.id, force=force)
        except DomainError as error:
            self._say(error_text(error), problem=True)
            return
        self.changed = True
        self.name.clear()
        self.reload()
        self._say(fill(self.tr("List “%1” deleted."), chosen.name))
