"""Check-in desk: find a registered person by name and check them in or undo it."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.services.events import zone
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.services.text_folding import ids_matching, search_key
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.dialogs.desk_name_dialog import remember_desk_name, remembered_desk_name
from ssc_desktop.views.labels import (
    date_text,
    error_text,
    fill,
    local_time_text,
    word,
)
from ssc_desktop.views.pages.base import Page, card, empty_state, figure
from ssc_desktop.views.table_models import Column, RecordTableModel, record_table
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.theme import AMBER, GREEN, MUTED

if TYPE_CHECKING:  # imported when the station is first opened (start-up time)
    from ssc_desktop.views.checkin_station import CheckInStation

_STATUS_ORDER = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITLISTED: 1, RegistrationStatus.CANCELLED: 2}


class CheckInPage(Page):
    shows = frozenset({Kind.REGISTRATIONS, Kind.CHECK_INS, Kind.MEMBERS})
    # The full-screen station was opened (its CheckInStation), e.g. to connect its badge_wanted signal.
    station_opened = Signal(object)
    # Desks with no server (the main window's Desks menu does the work).
    prepare_desk_wanted = Signal()
    merge_desks_wanted = Signal()
    # The station's check-ins are told to the other pages at most this often: a door scans a person
    # a second, and pages on screen read every registration again for each announcement.
    STATION_ANNOUNCE_MS = 5000

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Check-in"))
        self.station_window: CheckInStation | None = None
        self._station_changes = QTimer(self)
        self._station_changes.setSingleShot(True)
        self._station_changes.setInterval(self.STATION_ANNOUNCE_MS)
        self._station_changes.timeout.connect(self._announce_station_check_ins)
        self._rows: list[RegistrationRow] = []
        self._keys: dict[int, str] = {}
        self._tz = zone("UTC")

        self.header_actions.addWidget(QLabel(self.tr("Station:")))
        self.station = QLineEdit(remembered_desk_name())
        self.station.setAccessibleName(self.tr("Desk name"))
        self.station.setPlaceholderText(self.tr("Desk name"))
        self.station.setMaximumWidth(180)
        self.station.editingFinished.connect(lambda: remember_desk_name(self.station.text()))
        self.header_actions.addWidget(self.station)
        self.open_station_button = QPushButton(self.tr("Open check-in station"))
        self.open_station_button.setObjectName("Primary")
        self.open_station_button.setToolTip(
            self.tr("A full-screen desk for scanners, the webcam and the queue (Esc leaves it)")
        )
        self.open_station_button.clicked.connect(lambda: self.open_station())
        self.open_station_button.setEnabled(False)
        self.lists_button = QPushButton(self.tr("Check-in lists…"))
        self.lists_button.setToolTip(self.tr("Parts of the day people check into besides the door"))
        self.lists_button.clicked.connect(self.manage_lists)
        self.lists_button.setEnabled(False)
        self.header_actions.addWidget(self.lists_button)
        for text, tip, wanted in (
            (
                self.tr("Prepare desk…"),
                self.tr("This event in a file, for a laptop with no server"),
                self.prepare_desk_wanted,
            ),
            (self.tr("Merge desks…"), self.tr("Bring the check-ins of desk files back"), self.merge_desks_wanted),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(wanted.emit)
            self.header_actions.addWidget(button)
        self.header_actions.addWidget(self.open_station_button)

        counters, counters_layout = card()
        row = QHBoxLayout()
        arrived_box, self.arrived = figure("0", self.tr("checked in"))
        expected_box, self.expected = figure("0", self.tr("registered"))
        row.addWidget(arrived_box)
        row.addWidget(expected_box)
        bars = QVBoxLayout()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.by_role = QLabel()
        self.by_role.setObjectName("FigureLabel")
        self.by_role.setWordWrap(True)
        bars.addWidget(self.progress)
        bars.addWidget(self.by_role)
        row.addLayout(bars, 1)
        counters_layout.addLayout(row)
        self.layout_.addWidget(counters)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Find a person to check in"))
        self.search.setPlaceholderText(
            self.tr("Type a name in any script, e-mail or affiliation, then Enter to check in…")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.search.returnPressed.connect(self._check_in_from_search)
        self.layout_.addWidget(self.search)

        self.model = RecordTableModel(self._columns(), self)
        self.proxy, self.table = record_table(self.model, self, row_height=30)
        self.table.setAccessibleName(self.tr("Registered people"))
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate([200, 170, 100, 100, 240, 90]):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.doubleClicked.connect(lambda _index: self.check_in_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.layout_.addWidget(self.table, 1)
        self.empty = empty_state("")
        self.layout_.addWidget(self.empty, 1)

        actions = QHBoxLayout()
        self.verdict = ResultLine()
        self.verdict.setStyleSheet("font-size: 14px;")
        self.undo_button = QPushButton(self.tr("Undo check-in"))
        self.undo_button.clicked.connect(self.undo_selected)
        self.check_in_button = QPushButton(self.tr("Check in"))
        self.check_in_button.setObjectName("Primary")
        self.check_in_button.clicked.connect(self.check_in_selected)
        actions.addWidget(self.verdict, 1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.check_in_button)
        self.layout_.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._update_buttons()

    def _columns(self) -> list[Column[RegistrationRow]]:

        def arrival_colour(r: RegistrationRow):
            if r.checked_in_at is not None:
                return GREEN
            return (
                AMBER
                if r.status == RegistrationStatus.WAITLISTED
                else (MUTED if r.status == RegistrationStatus.CANCELLED else None)
            )

        return [
            Column(self.tr("Name"), lambda r: r.latin_name),
            Column(self.tr("Own script"), lambda r: r.native_name),
            Column(self.tr("Role"), lambda r: word(r.role), sort_key=lambda r: list(RegistrationRole).index(r.role)),
            Column(
                self.tr("Status"),
                lambda r: word(r.status),
                sort_key=lambda r: _STATUS_ORDER[r.status],
                foreground=arrival_colour,
            ),
            Column(self.tr("Affiliation"), lambda r: r.affiliation),
            Column(
                self.tr("Arrived"),
                lambda r: local_time_text(r.checked_in_at, self._tz),
                sort_key=lambda r: r.checked_in_at,
                foreground=arrival_colour,
            ),
            Column(self.tr("Station"), lambda r: r.station),
        ]

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.event_changed()

    def open_station(self, full_screen: bool = True):
        """Opens the full-screen check-in station for the chosen event, as its own window."""
        from ssc_desktop.views.checkin_station import CheckInStation

        if self.services is None or self.current_event is None:
            return None
        if self.station_window is not None:
            self.station_window.close()
        remember_desk_name(self.station.text())
        station = CheckInStation(self.services, self.current_event, self.tasks)
        station.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        station.closed.connect(self._station_closed)
        station.checked_in_changed.connect(self._station_changed)
        self.station_window = station
        self.station_opened.emit(station)
        if full_screen:
            # Covers the screen even where no window manager makes it full screen (a kiosk
            # started with xinit): the door's scanner types into whatever is under the pointer.
            station.setGeometry(station.screen().geometry())
            station.showFullScreen()
        else:
            station.show()
        if not station.station:
            station.ask_desk_name()  # first time on this laptop: which desk is it?
        return station

    def manage_lists(self) -> None:
        if self.services is None or self.current_event is None:
            return
        from ssc_desktop.views.dialogs.checkin_lists_dialog import CheckInListsDialog

        CheckInListsDialog(self.services, self.current_event, self).exec()

    def _station_changed(self) -> None:
        if not self._station_changes.isActive():
            self._station_changes.start()

    def _announce_station_check_ins(self) -> None:
        # Not self.announce: the station, not this page, made them, so this page reads again too.
        if self.changes is not None and self.current_event is not None:
            self.changes.announce(Kind.CHECK_INS, event_id=self.current_event.id)

    def _station_closed(self) -> None:
        self.station_window = None
        self.station.setText(remembered_desk_name())
        if self._station_changes.isActive():
            self._station_changes.stop()
            self._announce_station_check_ins()
        self.reload()

    def event_changed(self) -> None:
        event = self.current_event
        self.open_station_button.setEnabled(self.services is not None and event is not None)
        self.lists_button.setEnabled(self.services is not None and event is not None)
        if self.services is None or event is None:
            self.hint_label.setText(self.tr("Choose an event in the bar above to open its check-in desk."))
            self._set_rows([])
            return
        self._tz = zone(event.timezone)
        self.hint_label.setText(
            fill(self.tr("%1 · %2 (%3)"), event.title, f"{date_text(event.local_start, weekday=True)}", event.timezone)
        )
        services, event_id = self.services, event.id
        self.tasks.start(
            lambda progress, cancel: services.registrations.list_registrations(event_id),
            on_success=lambda rows: self._loaded(event_id, rows),
            owner=self,
        )

    def _loaded(self, event_id: int, rows: list[RegistrationRow]) -> None:
        if self.current_event is not None and self.current_event.id == event_id:
            self._set_rows(rows)

    def _set_rows(self, rows: list[RegistrationRow]) -> None:
        self._rows = rows
        self._keys = {r.id: search_key(r.latin_name, r.native_name, r.email, r.affiliation, r.country) for r in rows}
        self.model.set_rows(rows)
        self._apply_filter()
        self._update_counters()
        if self.current_event is None:
            self.empty.setText(
                self.tr("No event is chosen. Create one on the Events page, then pick it in the bar above.")
            )
        else:
            self.empty.setText(self.tr("No one is registered for this event yet."))
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self.search.setEnabled(bool(rows))

    # -- filtering and counters ---------------------------------------------
    def _apply_filter(self) -> None:
        self.proxy.set_visible_ids(ids_matching(self._rows, lambda r: self._keys[r.id], self.search.text()))
        if self.proxy.rowCount() and self.search.text().strip():
            self.table.selectRow(0)
        self._update_buttons()

    def _update_counters(self) -> None:
        active = [r for r in self.model.rows() if r.status == RegistrationStatus.REGISTERED]
        arrived = [r for r in active if r.checked_in_at is not None]
        self.arrived.setText(f"{len(arrived):,}")
        self.expected.setText(f"{len(active):,}")
        self.progress.setRange(0, max(len(active), 1))
        self.progress.setValue(len(arrived))
        expected_by_role = Counter(r.role for r in active)
        arrived_by_role = Counter(r.role for r in arrived)
        self.by_role.setText(
            " · ".join(
                f"{word(role)} {arrived_by_role[role]}/{expected_by_role[role]}"
                for role in RegistrationRole
                if expected_by_role[role]
            )
        )

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.check_in_button.setEnabled(
            row is not None and row.checked_in_at is None and row.status == RegistrationStatus.REGISTERED
        )
        self.undo_button.setEnabled(row is not None and row.checked_in_at is not None)

    # -- actions ---------------------------------------------------------------
    def selected_row(self) -> RegistrationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _check_in_from_search(self) -> None:
        if self.proxy.rowCount() == 1 or self.selected_row() is not None:
            self.check_in_selected()

    def check_in_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.services is None:
            return
        station = self.station.text().strip()
        self._act(row, lambda: self.services.checkin.check_in(row.id, station), self.tr("Checked in: %1"), Tone.SAVED)
        self.search.selectAll()
        self.search.setFocus()

    def undo_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.services is None:
            return
        self._act(row, lambda: self.services.checkin.undo_check_in(row.id), self.tr("Check-in undone: %1"), Tone.MUTED)

    def _act(self, row: RegistrationRow, action, message: str, tone: Tone) -> None:
        try:
            updated = action()
        except DomainError as error:
            self._say(error_text(error), Tone.WARNING)
            return
        self.model.replace_record(updated)
        name = updated.latin_name + (f" ({updated.native_name})" if updated.native_name else "")
        self._say(message.replace("%1", name), tone)
        self._update_counters()
        self._update_buttons()
        self.announce(Kind.CHECK_INS, event_id=updated.event_id)

    def _say(self, text: str, tone: Tone) -> None:
        self.verdict.say(text, tone)
