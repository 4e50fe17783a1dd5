"""Registering members in bulk: filter the roster, pick people, choose their role, register."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.vocabulary import RegistrationRole, RegistrationStatus
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.services.members import MemberSummary, matching_members
from ssc_desktop.services.registration_rows import BulkRegistration
from ssc_desktop.services.text_folding import fold
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill, local_time_text, word
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table
from ssc_desktop.views.task_runner import TaskRunner
from ssc_desktop.views.theme import MUTED


class RegisterMembersDialog(QDialog):
    """Pick members from a filtered roster and register them for event in one go.

    After exec(), outcome holds the service's BulkRegistration (None when cancelled).
    """

    def __init__(
        self, services: ServiceSet, tasks: TaskRunner, event: EventSummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.target = event
        self.outcome: BulkRegistration | None = None
        self._members: list[MemberSummary] = []
        self._taken: dict[int, RegistrationStatus] = {}
        self.setWindowTitle(fill(self.tr("Register members — %1"), event.title))
        self.resize(980, 640)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search members"))
        self.search.setPlaceholderText(self.tr("Search names in any script, e-mail or affiliation…"))
        self.search.setClearButtonEnabled(True)
        self.chapter = QComboBox()
        self.chapter.setAccessibleName(self.tr("Chapter"))
        self.chapter.addItem(self.tr("All chapters"), None)
        for chapter in services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.id)
        self.country = QComboBox()
        # Filled after the first show: each keeps room for its longest choice, "All countries" included.
        self.chapter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.year = QComboBox()
        self.year.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # filled after the first show
        self.country.setAccessibleName(self.tr("Country"))
        self.year.setAccessibleName(self.tr("SSP visit year"))
        self.hide_taken = QCheckBox(self.tr("Hide those registered already"))
        self.hide_taken.setChecked(True)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.chapter, 1)
        filters.addWidget(self.country, 1)
        filters.addWidget(self.year)
        for _widget, signal in (
            (self.search, self.search.textChanged),
            (self.chapter, self.chapter.currentIndexChanged),
            (self.country, self.country.currentIndexChanged),
            (self.year, self.year.currentIndexChanged),
            (self.hide_taken, self.hide_taken.toggled),
        ):
            signal.connect(self._apply_filter)

        self.model = RecordTableModel(self._columns(), self)
        self.proxy, self.table = record_table(self.model, self, many=True, row_height=26)
        self.table.setAccessibleName(self.tr("Members to register"))
        configure_columns(self.table, [180, 150, 120, 90, 50, 200, 110], stretch=None)
        self.table.selectionModel().selectionChanged.connect(self._update_summary)

        tools = QHBoxLayout()
        self.select_all = QPushButton(self.tr("Select all shown"))
        self.select_all.clicked.connect(self.table.selectAll)
        self.clear_selection = QPushButton(self.tr("Select none"))
        self.clear_selection.clicked.connect(self.table.clearSelection)
        self.shown_label = QLabel()
        self.shown_label.setObjectName("PageHint")
        tools.addWidget(self.select_all)
        tools.addWidget(self.clear_selection)
        tools.addWidget(self.hide_taken)
        tools.addStretch(1)
        tools.addWidget(self.shown_label)

        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Role:")))
        self.role = QComboBox()
        for role in RegistrationRole:
            self.role.addItem(word(role), role)
        options.addWidget(self.role)
        self.late = QCheckBox()
        deadline = event.registration_deadline
        closed = deadline is not None and datetime.now(timezone.utc) > deadline
        if closed:
            when = local_time_text(deadline, zone(event.timezone), with_date=True)
            self.late.setText(fill(self.tr("Sign-ups closed on %1: register them all the same"), when))
        self.late.setVisible(closed)
        options.addWidget(self.late)
        options.addStretch(1)
        self.places = QLabel()
        self.places.setObjectName("PageHint")
        options.addWidget(self.places)

        body = QVBoxLayout()
        body.addLayout(filters)
        body.addWidget(self.table, 1)
        body.addLayout(tools)
        body.addLayout(options)
        parts = lay_out_form(self, body, on_save=self.accept, stretch=1)
        self.error, self.ok_button, self.buttons = parts.error, parts.save_button, parts.buttons
        self.ok_button.setObjectName("Primary")

        self.shown_label.setText(self.tr("Loading members…"))
        self._update_summary()
        event_id = event.id
        tasks.start(
            lambda progress, cancel: (
                services.members.list_members(),
                {r.member_id: r.status for r in services.registrations.list_registrations(event_id)},
                services.registrations.counts(event_id),
            ),
            on_success=lambda loaded: self.set_members(*loaded),
            on_failure=lambda error, _trace: self._show_error(error),
            owner=self,
        )

    def _columns(self) -> list[Column[MemberSummary]]:

        def taken_text(m: MemberSummary) -> str:
            status = self._taken.get(m.id)
            return word(status) if status is not None else ""

        return [
            Column(self.tr("Name"), lambda m: m.latin_name),
            Column(self.tr("Own script"), lambda m: m.native_name),
            Column(self.tr("Chapter"), lambda m: m.chapter_name),
            Column(self.tr("Country"), lambda m: m.country),
            Column(
                self.tr("Visit"), lambda m: str(m.visit_year or ""), sort_key=lambda m: m.visit_year, align_right=True
            ),
            Column(self.tr("Affiliation"), lambda m: m.affiliation),
            Column(self.tr("For this event"), taken_text, foreground=lambda m: MUTED if m.id in self._taken else None),
        ]

    # -- data ------------------------------------------------------------------
    def set_members(self, members: list[MemberSummary], taken: dict[int, RegistrationStatus], counts=None) -> None:
        self._members = members
        self._taken = taken
        self.counts = counts
        for combo, values, everything in (
            (self.country, sorted({m.country for m in members if m.country}), self.tr("All countries")),
            (
                self.year,
                sorted({m.visit_year for m in members if m.visit_year}, reverse=True),
                self.tr("Any visit year"),
            ),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(str(value), value)
            combo.blockSignals(False)
            # Filled after the dialog was shown: the row keeps room for the longest choice, and the
            # dialog grows for it if it must (its layout enforces its children's minimum sizes).
            combo.setMinimumWidth(combo.sizeHint().width())
        self.model.set_rows(members)
        self._apply_filter()

    def _apply_filter(self) -> None:
        found = matching_members(self._members, self.search.text(), self.chapter.currentData())
        country, year = self.country.currentData(), self.year.currentData()
        hide = self.hide_taken.isChecked()
        if country is not None or year is not None or hide:
            pool = self._members if found is None else found
            wanted_country = fold(country) if country else None
            found = [
                m
                for m in pool
                if (wanted_country is None or fold(m.country) == wanted_country)
                and (year is None or m.visit_year == year)
                and not (hide and m.id in self._taken)
            ]
        self.proxy.set_visible_ids(None if found is None else {m.id for m in found})
        self.shown_label.setText(
            fill(self.tr("%1 of %2 members shown"), f"{self.proxy.rowCount():,}", f"{len(self._members):,}")
        )
        self._update_summary()

    def selected_members(self) -> list[MemberSummary]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(self.proxy.source_row(row)) for row in rows]

    def _update_summary(self) -> None:
        chosen = [m for m in self.selected_members() if m.id not in self._taken]
        self.ok_button.setText(fill(self.tr("Register %1"), f"{len(chosen):,}"))
        self.ok_button.setEnabled(bool(chosen))
        counts = getattr(self, "counts", None)
        if counts is None or counts.capacity is None:
            self.places.setText(self.tr("No limit on places") if counts is not None else "")
            return
        free = counts.free_places or 0
        text = fill(self.tr("%1 of %2 places free"), f"{free:,}", f"{counts.capacity:,}")
        if len(chosen) > free:
            text += " · " + fill(self.tr("%1 will join the waitlist"), f"{len(chosen) - free:,}")
        self.places.setText(text)

    # -- registering ---------------------------------------------------------------
    def accept(self) -> None:
        chosen = [m.id for m in self.selected_members() if m.id not in self._taken]
        if not chosen:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.outcome = self.services.registrations.register_members(
                self.target.id, chosen, self.role.currentData(), allow_late=self.late.isChecked()
            )
        except DomainError as error:
            self._show_error(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        super().accept()

    def outcome_text(self) -> str:
        result = self.outcome
        if result is None:
            return ""
        text = fill(self.tr("Registered %1, waitlisted %2."), result.registered, result.waitlisted)
        if result.already_registered:
            text += " " + fill(self.tr("%1 had a registration already."), result.already_registered)
        return text

    def _show_error(self, error: BaseException) -> None:
        self.error.setText(error_text(error))
        self.error.show()
