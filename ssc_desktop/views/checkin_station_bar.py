"""The check-in station's top bar: the event, this desk's name, the list checked into, actions.

Widgets only; the station connects them. Nothing in the bar takes focus from the
keyboard (ClickFocus), so Tab and a scanner's keys never land on a button.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QWidget

from ssc_desktop.views.dialogs.desk_name_dialog import remember_desk_name, remembered_desk_name


class ElidedLabel(QLabel):
    """A label that gives up width before anything else in the bar, ending in "…" when cut."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.full_text = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, self.width()))


class StationBar(QWidget):
    def __init__(self, title: str) -> None:
        super().__init__()
        self.setObjectName("StationBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.title = ElidedLabel(title)
        self.title.setObjectName("StationTitle")
        layout.addWidget(self.title, 1)
        layout.addWidget(QLabel(self.tr("Station:")))
        self.station_name = QLineEdit(remembered_desk_name())
        self.station_name.setPlaceholderText(self.tr("Desk name"))
        self.station_name.setMaximumWidth(220)
        self.station_name.editingFinished.connect(lambda: remember_desk_name(self.station_name.text()))
        layout.addWidget(self.station_name)
        layout.addWidget(QLabel(self.tr("Checking into:")))
        self.list_combo = QComboBox()
        self.list_combo.setMinimumWidth(260)
        layout.addWidget(self.list_combo)
        self.lists_button = QPushButton(self.tr("Lists…"))
        self.lists_button.setToolTip(self.tr("Add, rename or delete the parts of the day people check into"))
        self.camera_button = QPushButton(self.tr("Camera"))
        self.camera_button.setCheckable(True)
        self.walk_in_button = QPushButton(self.tr("Walk-in…"))
        self.undo_button = QPushButton(self.tr("Undo last (Ctrl+Z)"))
        self.undo_button.setEnabled(False)
        self.leave_button = QPushButton(self.tr("Leave (Esc)"))
        for button in (self.lists_button, self.camera_button, self.walk_in_button, self.undo_button,
                       self.leave_button):
            layout.addWidget(button)
        for widget in self.findChildren(QPushButton) + [self.list_combo, self.station_name]:
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
