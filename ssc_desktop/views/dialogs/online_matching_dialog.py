"""Matches online participants the import could not match to the event's registrations.

Pick a participant on the left; the closest registered names are suggested (any script,
typos forgiven); *Match* ties them, *Not registered* leaves them out of the attendance.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.online_attendance import ParticipantRow
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table


class OnlineMatchingDialog(QDialog):
    """`matched` counts the participants matched here."""

    def __init__(self, services: ServiceSet, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.event_id = event_id
        self.matched = 0
        self.setWindowTitle(self.tr("Match online participants"))
        self.resize(760, 480)
        self._registrations: list[RegistrationRow] = services.registrations.list_registrations(event_id)

        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr(
                "These people joined online but could not be matched to a registration by e-mail "
                "or name. Choose who each one is."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("PageHint")
        layout.addWidget(hint)
        self.model: RecordTableModel[ParticipantRow] = RecordTableModel(
            [
                Column(self.tr("Name in the report"), lambda p: p.name),
                Column(self.tr("E-mail"), lambda p: p.email),
                # The exact time: an 11-second stay shows as such, not as 0 minutes.
                Column(
                    self.tr("Time online"),
                    lambda p: fill(self.tr("%1 min %2 s"), p.seconds // 60, p.seconds % 60),
                    sort_key=lambda p: p.seconds,
                    align_right=True,
                ),
            ],
            self,
        )
        self.proxy, self.table = record_table(self.model, self)
        self.table.setAccessibleName(self.tr("Online names to match"))
        configure_columns(self.table, [260, 240, 110], stretch=None)
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        layout.addWidget(self.table, 1)

        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Registered as:")))
        self.candidate = QComboBox()
        self.candidate.setMinimumWidth(320)
        row.addWidget(self.candidate, 1)
        self.match_button = QPushButton(self.tr("Match"))
        self.match_button.setObjectName("Primary")
        self.match_button.clicked.connect(self.match_selected)
        self.nobody_button = QPushButton(self.tr("Not registered"))
        self.nobody_button.clicked.connect(self.leave_selected)
        row.addWidget(self.match_button)
        row.addWidget(self.nobody_button)
        layout.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(self.services.online.participants(self.event_id, unmatched_only=True))
        if self.model.rowCount():
            self.table.selectRow(0)
        self._chosen()

    def selected(self) -> ParticipantRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def _chosen(self) -> None:
        participant = self.selected()
        self.candidate.clear()
        if participant is not None:
            suggested = self.services.online.suggestions(participant.id)
            for suggestion in suggested:
                self.candidate.addItem(
                    fill(self.tr("%1 (%2% alike)"), suggestion.name, round(suggestion.score)),
                    suggestion.registration_id,
                )
            if suggested:
                self.candidate.insertSeparator(self.candidate.count())
            shown = {s.registration_id for s in suggested}
            for row in self._registrations:
                if row.id not in shown:
                    self.candidate.addItem(
                        row.latin_name + (f" ({row.native_name})" if row.native_name else ""), row.id
                    )
        self.match_button.setEnabled(participant is not None and self.candidate.count() > 0)
        self.nobody_button.setEnabled(participant is not None)

    def match_selected(self) -> None:
        participant = self.selected()
        if participant is None or self.candidate.currentData() is None:
            return
        try:
            matched = self.services.online.match(participant.id, self.candidate.currentData())
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.matched += 1
        self.message.setText(fill(self.tr("%1 is %2."), matched.name, matched.registered_name))
        self.reload()

    def leave_selected(self) -> None:
        participant = self.selected()
        if participant is None:
            return
        self.services.online.match(participant.id, None)
        self.reload()
        self.message.setText(fill(self.tr("%1 left out: not a registered person."), participant.name))
