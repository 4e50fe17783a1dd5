"""Registrations of the chosen event: places, the waitlist, walk-ins and roles, with the figures at a glance."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.services.events import zone
from ssc_desktop.services.registration_rows import RegistrationCounts, RegistrationRow, waitlist_positions
from ssc_desktop.services.text_folding import ids_matching, search_key
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.dialogs.desk_name_dialog import remembered_desk_name
from ssc_desktop.views.labels import date_text, error_text, fill, local_time_text, word
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.pages.base import Page, card, empty_state, figure
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.theme import AMBER, GREEN, MUTED

_STATUS_ORDER = {RegistrationStatus.REGISTERED: 0, RegistrationStatus.WAITLISTED: 1, RegistrationStatus.CANCELLED: 2}


class RegistrationsPage(Page):
    """The chosen event's registrations.

    Announces Kind.REGISTRATIONS (with the event) after anything here changed a registration
    (sign-ups, walk-ins, cancellations with their promotions, restores, roles), so the
    window can refresh the event switcher's figures, the Events page and the check-in desk.
    """

    shows = frozenset({Kind.REGISTRATIONS, Kind.CHECK_INS, Kind.MEMBERS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Registrations"))
        self._rows: list[RegistrationRow] = []
        self._keys: dict[int, str] = {}
        self._positions: dict[int, int] = {}
        self._tz = zone("UTC")
        self.counts: RegistrationCounts | None = None

        self.register_button = QPushButton(self.tr("Register members…"))
        self.register_button.setObjectName("Primary")
        self.register_button.clicked.connect(self.register_members)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.header_actions.addWidget(self.walk_in_button)
        self.header_actions.addWidget(self.register_button)

        figures_card, figures_layout = card()
        row = QHBoxLayout()
        row.setSpacing(28)
        places_box, self.places = figure("0", self.tr("registered"))
        waiting_box, self.waitlisted = figure("0", self.tr("on the waitlist"))
        cancelled_box, self.cancelled = figure("0", self.tr("cancelled"))
        arrived_box, self.arrived = figure("0", self.tr("checked in"))
        walk_in_box, self.walk_ins = figure("0", self.tr("walk-ins"))
        for box in (places_box, waiting_box, cancelled_box, arrived_box, walk_in_box):
            row.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        bars = QVBoxLayout()
        self.places_caption = QLabel()
        self.places_caption.setObjectName("FigureLabel")
        self.places_bar = QProgressBar()
        self.places_bar.setTextVisible(False)
        self.by_role = QLabel()
        self.by_role.setObjectName("FigureLabel")
        self.by_role.setWordWrap(True)
        bars.addWidget(self.places_caption)
        bars.addWidget(self.places_bar)
        bars.addWidget(self.by_role)
        row.addLayout(bars, 1)
        figures_layout.addLayout(row)
        self.layout_.addWidget(figures_card)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search registrations"))
        self.search.setPlaceholderText(self.tr("Search names in any script, e-mail or affiliation…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in RegistrationStatus:
            self.status_filter.addItem(word(status), status)
        self.status_filter.currentIndexChanged.connect(self._apply_filter)
        self.role_filter = QComboBox()
        self.role_filter.addItem(self.tr("All roles"), None)
        for role in RegistrationRole:
            self.role_filter.addItem(word(role), role)
        self.role_filter.currentIndexChanged.connect(self._apply_filter)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.role_filter, 1)
        filters.addWidget(self.count_label)
        self.layout_.addLayout(filters)

        self.model = RecordTableModel(self._columns(), self)
        self.proxy, self.table = record_table(self.model, self)
        self.table.setAccessibleName(self.tr("Registrations"))
        configure_columns(self.table, [190, 160, 95, 130, 70, 135, 80], stretch=None)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.layout_.addWidget(self.table, 1)
        self.empty = empty_state("")
        self.layout_.addWidget(self.empty, 1)

        actions = QHBoxLayout()
        self.verdict = ResultLine()
        self.role_button = QPushButton(self.tr("Change role"))
        self.role_menu = QMenu(self.role_button)
        for role in RegistrationRole:
            self.role_menu.addAction(word(role), self._role_changer(role))
        self.role_button.setMenu(self.role_menu)
        self.cancel_button = QPushButton(self.tr("Cancel registration"))
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(
            self.tr("Undo the cancellation: back to a place if one is free, else to the end of the waitlist.")
        )
        self.restore_button.clicked.connect(self.restore_selected)
        self.note_button = QPushButton(self.tr("Desk note…"))
        self.note_button.setToolTip(
            self.tr("What the check-in desk must do for this person; shown when they check in.")
        )
        self.note_button.clicked.connect(self.edit_desk_note)
        actions.addWidget(self.verdict, 1)
        actions.addWidget(self.note_button)
        actions.addWidget(self.role_button)
        actions.addWidget(self.restore_button)
        actions.addWidget(self.cancel_button)
        self.layout_.addLayout(actions)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self._show_counts(None)
        self._update_buttons()

    def _columns(self) -> list[Column[RegistrationRow]]:

        def status_text(r: RegistrationRow) -> str:
            position = self._positions.get(r.id)
            return word(r.status) + (f" (#{position})" if position else "")

        def status_colour(r: RegistrationRow):
            return {RegistrationStatus.WAITLISTED: AMBER, RegistrationStatus.CANCELLED: MUTED}.get(r.status)

        return [
            Column(self.tr("Name"), lambda r: r.latin_name),
            Column(self.tr("Own script"), lambda r: r.native_name),
            Column(self.tr("Role"), lambda r: word(r.role), sort_key=lambda r: list(RegistrationRole).index(r.role)),
            Column(
                self.tr("Status"),
                status_text,
                foreground=status_colour,
                sort_key=lambda r: (_STATUS_ORDER[r.status], self._positions.get(r.id, 0)),
            ),
            Column(
                self.tr("Walk-in"), lambda r: self.tr("Walk-in") if r.walk_in else "", sort_key=lambda r: not r.walk_in
            ),
            Column(
                self.tr("Registered at"),
                lambda r: local_time_text(r.registered_at, self._tz, with_date=True),
                sort_key=lambda r: (r.registered_at, r.id),
            ),
            Column(
                self.tr("Checked in"),
                lambda r: local_time_text(r.checked_in_at, self._tz),
                sort_key=lambda r: r.checked_in_at,
                foreground=lambda r: GREEN if r.checked_in_at else None,
            ),
            Column(self.tr("Affiliation"), lambda r: r.affiliation),
            Column(self.tr("Desk note"), lambda r: r.desk_note.replace("\n", " · ")),
        ]

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.event_changed()

    def event_changed(self) -> None:
        event = self.current_event
        self.tasks.drop_latest(self, "rows")  # a load for the event chosen before must not land now
        if self.services is None or event is None:
            self.hint_label.setText(self.tr("Choose an event in the bar above to see who is coming."))
            self._set_data([], None)
            return
        self._tz = zone(event.timezone)
        hint = fill(
            self.tr("%1 · %2 (%3)"), event.title, f"{date_text(event.local_start, weekday=True)}", event.timezone
        )
        if event.registration_deadline is not None:
            deadline = local_time_text(event.registration_deadline, self._tz, with_date=True)
            hint += " · " + fill(self.tr("sign-ups close %1"), deadline)
        self.hint_label.setText(hint)
        self.count_label.setText(self.tr("Loading…"))
        services, event_id = self.services, event.id
        self.tasks.start(
            lambda progress, cancel: (
                services.registrations.list_registrations(event_id),
                services.registrations.counts(event_id),
            ),
            on_success=lambda loaded: self._set_data(*loaded),
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            owner=self,
            latest="rows",  # a newer load (another event chosen meanwhile) wins over a late one
        )

    def _set_data(self, rows: list[RegistrationRow], counts: RegistrationCounts | None) -> None:
        selected = self.selected_row()
        self._rows = rows
        self._positions = waitlist_positions(rows)
        self._keys = {
            r.id: search_key(r.latin_name, r.native_name, r.email, r.affiliation, r.country, r.chapter_name)
            for r in rows
        }
        self.model.set_rows(rows)
        self._show_counts(counts)
        has_event = self.current_event is not None and self.services is not None
        self.register_button.setEnabled(has_event)
        self.walk_in_button.setEnabled(has_event)
        if not has_event:
            self.empty.setText(
                self.tr("No event is chosen. Create one on the Events page, then pick it in the bar above.")
            )
        else:
            self.empty.setText(
                self.tr(
                    "No one is registered for this event yet.\n\n"
                    "“Register members…” signs people up from the roster; "
                    "“Walk-in…” adds a person at the desk."
                )
            )
        self.empty.setVisible(not rows)
        self.table.setVisible(bool(rows))
        self._apply_filter()
        if selected is not None:
            self.select_registration(selected.id)

    def _show_counts(self, counts: RegistrationCounts | None) -> None:
        self.counts = counts
        if counts is None:
            for label in (self.places, self.waitlisted, self.cancelled, self.arrived, self.walk_ins):
                label.setText("0")
            self.places_caption.setText("")
            self.places_bar.setRange(0, 1)
            self.places_bar.setValue(0)
            self.by_role.setText("")
            return
        if counts.capacity:
            self.places.setText(f"{counts.registered:,} / {counts.capacity:,}")
            if counts.over_capacity:
                caption = fill(self.tr("Over capacity by %1"), f"{counts.over_capacity:,}")
            elif counts.free_places:
                caption = fill(self.tr("%1 places free"), f"{counts.free_places:,}")
            else:
                caption = self.tr("Full: new sign-ups join the waitlist")
            self.places_bar.setRange(0, counts.capacity)
            self.places_bar.setValue(min(counts.registered, counts.capacity))
        else:
            self.places.setText(f"{counts.registered:,}")
            caption = self.tr("No limit on places")
            self.places_bar.setRange(0, max(counts.registered, 1))
            self.places_bar.setValue(counts.registered)
        self.places_caption.setText(caption)
        self.waitlisted.setText(f"{counts.waitlisted:,}")
        self.cancelled.setText(f"{counts.cancelled:,}")
        self.arrived.setText(f"{counts.checked_in:,}")
        self.walk_ins.setText(f"{counts.walk_ins:,}")
        parts = []
        for role_count in counts.by_role:
            if role_count.registered or role_count.waitlisted:
                text = f"{word(role_count.role)} {role_count.registered:,}"
                if role_count.waitlisted:
                    text += " " + fill(self.tr("(+%1 waiting)"), role_count.waitlisted)
                parts.append(text)
        self.by_role.setText(" · ".join(parts))

    # -- filtering -----------------------------------------------------------
    def _apply_filter(self) -> None:
        status, role = self.status_filter.currentData(), self.role_filter.currentData()
        ids = ids_matching(self._rows, lambda r: self._keys[r.id], self.search.text())
        if status is not None or role is not None:
            pool = self._rows if ids is None else [r for r in self._rows if r.id in ids]
            ids = {r.id for r in pool if (status is None or r.status == status) and (role is None or r.role == role)}
        self.proxy.set_visible_ids(ids)
        total = len(self._rows)
        if ids is None:
            self.count_label.setText(fill(self.tr("%1 registrations"), f"{total:,}"))
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 shown"), f"{self.proxy.rowCount():,}", f"{total:,}"))
        self._update_buttons()

    # -- selection -----------------------------------------------------------
    def selected_row(self) -> RegistrationRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_registration(self, registration_id: int) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.source_row(proxy_row)).id == registration_id:
                self.table.selectRow(proxy_row)
                return

    def _role_changer(self, role: RegistrationRole) -> Callable[[], None]:
        return lambda: self.change_role(role)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        active = row is not None and row.status != RegistrationStatus.CANCELLED
        self.role_button.setEnabled(active)
        self.note_button.setEnabled(active)
        self.cancel_button.setEnabled(active and row is not None and row.checked_in_at is None)
        self.restore_button.setEnabled(row is not None and row.status == RegistrationStatus.CANCELLED)
        if row is not None and row.checked_in_at is not None:
            self.cancel_button.setToolTip(self.tr("Undo the check-in at the desk first."))
        else:
            self.cancel_button.setToolTip("")

    def _context_menu(self, position) -> None:
        index = self.table.indexAt(position)
        if not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        role_menu = menu.addMenu(self.tr("Change role"))
        role_menu.setEnabled(self.role_button.isEnabled())
        for role in RegistrationRole:
            role_menu.addAction(word(role), self._role_changer(role))
        menu.addAction(self.tr("Desk note…"), self.edit_desk_note).setEnabled(self.note_button.isEnabled())
        menu.addAction(self.tr("Restore"), self.restore_selected).setEnabled(self.restore_button.isEnabled())
        menu.addAction(self.tr("Cancel registration"), self.cancel_selected).setEnabled(self.cancel_button.isEnabled())
        menu.exec(self.table.viewport().mapToGlobal(position))

    # -- actions -------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Asks before a change; tests replace this."""
        return ask_yes_no(self, title, text)

    def cancel_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.services is None:
            return
        if not self.confirm(
            self.tr("Cancel registration"),
            fill(self.tr("Cancel the registration of %1?"), _name(row))
            + (
                "\n\n" + self.tr("The first person on the waitlist gets the place.")
                if row.status == RegistrationStatus.REGISTERED and self.counts and self.counts.waitlisted
                else ""
            ),
        ):
            return
        try:
            result = self.services.registrations.cancel(row.id)
        except DomainError as error:
            self._say(error_text(error), Tone.WARNING)
            return
        message = fill(self.tr("Cancelled: %1."), _name(result.registration))
        if result.promoted:
            message += " " + fill(
                self.tr("Promoted from the waitlist: %1."), ", ".join(_name(p) for p in result.promoted)
            )
        self._changed(message, Tone.MUTED)

    def restore_selected(self) -> None:
        row = self.selected_row()
        if row is None or self.services is None:
            return
        try:
            restored = self.services.registrations.restore(row.id)
        except DomainError as error:
            self._say(error_text(error), Tone.WARNING)
            return
        if restored.status == RegistrationStatus.REGISTERED:
            self._changed(fill(self.tr("Restored: %1 has a place again."), _name(restored)), Tone.SAVED)
        else:
            self._changed(
                fill(self.tr("The event is full: %1 is back on the waitlist, at the end."), _name(restored)),
                Tone.WARNING,
            )

    def change_role(self, role: RegistrationRole) -> None:
        row = self.selected_row()
        if row is None or self.services is None or row.role == role:
            return
        try:
            changed = self.services.registrations.change_role(row.id, role)
        except DomainError as error:
            self._say(error_text(error), Tone.WARNING)
            return
        self._changed(fill(self.tr("%1 is now: %2."), _name(changed), word(role)), Tone.SAVED)

    def edit_desk_note(self) -> None:
        row = self.selected_row()
        if row is None or self.services is None:
            return
        from ssc_desktop.views.dialogs.desk_note_dialog import DeskNoteDialog

        dialog = DeskNoteDialog(self.services, row, self)
        if dialog.exec() and dialog.saved is not None:
            saved = dialog.saved
            if saved.desk_note:
                self._changed(fill(self.tr("Desk note for %1 saved."), _name(saved)), Tone.SAVED)
            else:
                self._changed(fill(self.tr("Desk note for %1 cleared."), _name(saved)), Tone.MUTED)
            self.select_registration(saved.id)

    def register_members(self) -> None:
        if self.services is None or self.current_event is None:
            return
        from ssc_desktop.views.dialogs.register_members_dialog import RegisterMembersDialog

        dialog = RegisterMembersDialog(self.services, self.tasks, self.current_event, self)
        if dialog.exec() and dialog.outcome is not None:
            self._changed(dialog.outcome_text(), Tone.SAVED)

    def add_walk_in(self) -> None:
        if self.services is None or self.current_event is None:
            return
        from ssc_desktop.views.dialogs.walk_in_dialog import WalkInDialog

        station = remembered_desk_name()
        dialog = WalkInDialog(self.services, self.current_event, station, self)
        if dialog.exec() and dialog.outcome is not None:
            self._changed(dialog.outcome_text(), Tone.WARNING if dialog.outcome.over_capacity else Tone.SAVED)

    def _changed(self, message: str, tone: Tone) -> None:
        self._say(message, tone)
        if self.current_event is not None:
            self.reload()
            self.announce(Kind.REGISTRATIONS, event_id=self.current_event.id)

    def _say(self, text: str, tone: Tone) -> None:
        self.verdict.say(text, tone)


def _name(row: RegistrationRow) -> str:
    return row.latin_name + (f" ({row.native_name})" if row.native_name else "")
