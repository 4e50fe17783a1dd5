"""The check-in station's side column: counters, the webcam, and the search by name.

Widgets only; the station connects them and fills the search results.
"""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ssc_desktop.vocabulary import RegistrationStatus
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.views.camera_scanner import CameraScanner
from ssc_desktop.views.checkin_counters import CheckInCounters
from ssc_desktop.views.labels import fill, local_time_text, word
from ssc_desktop.views.table_models import Column, RecordTableModel


class StationSide(QFrame):
    def __init__(self, tz: tzinfo) -> None:
        super().__init__()
        self._tz = tz
        self.setObjectName("StationSide")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 20, 22, 20)
        layout.setSpacing(10)

        self.counters = CheckInCounters()
        layout.addWidget(self.counters)

        self.camera = CameraScanner()
        self.camera.setMinimumHeight(150)
        self.camera.setMaximumHeight(260)
        layout.addWidget(self.camera)

        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search by name"))
        self.search.setObjectName("StationSearch")
        self.search.setPlaceholderText(self.tr("No code? Type a name in any script…"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.results_model: RecordTableModel[RegistrationRow] = RecordTableModel(
            [
                Column(self.tr("Name"), lambda r: r.latin_name),
                Column(self.tr("Own script"), lambda r: r.native_name),
                Column(self.tr("Role"), lambda r: word(r.role)),
                Column(self.tr("Door"), self._door_text),
            ],
            self,
        )
        self.results = QTableView()
        self.results.setAccessibleName(self.tr("People found"))
        self.results.setModel(self.results_model)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.verticalHeader().hide()
        self.results.verticalHeader().setDefaultSectionSize(34)
        self.results.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.results, 1)

        buttons = QGridLayout()
        self.check_in_button = QPushButton(self.tr("Check in (Enter)"))
        self.check_in_button.setObjectName("Primary")
        self.check_out_button = QPushButton(self.tr("Check out"))
        self.note_button = QPushButton(self.tr("Desk note…"))
        self.note_button.setToolTip(self.tr("Leave a note the desk sees when this person checks in."))
        buttons.addWidget(self.check_in_button, 0, 0)
        buttons.addWidget(self.check_out_button, 0, 1)
        buttons.addWidget(self.note_button, 1, 0, 1, 2)
        layout.addLayout(buttons)

    def set_scale(self, scale: float) -> None:
        """Sizes for a screen less than 1080 pixels high (fonts follow the station's stylesheet)."""
        margin_x, margin_y = round(22 * scale), round(20 * scale)
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        # Below full size the search results need the room more than the preview.
        self.camera.setMinimumHeight(round(150 * scale if scale > 0.9 else 90 * scale))
        self.camera.setMaximumHeight(round(260 * scale if scale > 0.9 else 160 * scale))
        self.results.verticalHeader().setDefaultSectionSize(round(34 * scale))
        layout.setSpacing(max(4, round(10 * scale)))
        self.counters.set_compact(scale < 0.5)

    def _door_text(self, row: RegistrationRow) -> str:
        if row.status != RegistrationStatus.REGISTERED:
            return word(row.status)
        if row.checked_in_at is None:
            return ""
        if not row.inside:
            return fill(self.tr("left %1"), local_time_text(row.checked_out_at, self._tz))
        return fill(self.tr("in %1"), local_time_text(row.checked_in_at, self._tz))
