"""The check-in station's top bar: the event, this desk's name, the list checked into, actions.

Widgets only; the station connects them. Nothing in the bar takes focus from the
keyboard (ClickFocus), so Tab and a scanner's keys never land on a button: from the keyboard
the bar's actions are F2 (walk-in), F3 (camera on or off), F4 (lists), Ctrl+Z and Esc.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
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

    def resizeEvent(self, event) -> None:
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
        self.station_label = QLabel(self.tr("Station:"))
        layout.addWidget(self.station_label)
        self.station_name = QLineEdit(remembered_desk_name())
        self.station_name.setAccessibleName(self.tr("Desk name"))
        self.station_name.setPlaceholderText(self.tr("Desk name"))
        self.station_name.setMaximumWidth(220)
        self.station_name.editingFinished.connect(lambda: remember_desk_name(self.station_name.text()))
        layout.addWidget(self.station_name)
        self.list_label = QLabel(self.tr("Checking into:"))
        layout.addWidget(self.list_label)
        self.list_combo = QComboBox()
        self.list_combo.setAccessibleName(self.tr("Checking into"))
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
        for button in (self.lists_button, self.camera_button, self.walk_in_button, self.undo_button, self.leave_button):
            layout.addWidget(button)
        for widget in self.findChildren(QPushButton) + [self.list_combo, self.station_name]:
            widget.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # F-keys: no scanner sends them (Ctrl+letters it may, as prefixes).
        for key, button, words in (
            (Qt.Key.Key_F2, self.walk_in_button, self.tr("Walk-in (F2)")),
            (Qt.Key.Key_F3, self.camera_button, self.tr("Camera on or off (F3)")),
            (Qt.Key.Key_F4, self.lists_button, self.tr("Check-in lists (F4)")),
        ):
            QShortcut(QKeySequence(key), self, button.click)
            button.setToolTip("\n".join(t for t in (button.toolTip(), words) if t))

    def set_scale(self, scale: float) -> None:
        """Sizes for a smaller screen (fonts follow the station's stylesheet); below half size the
        words before the desk name and the list go (the fields keep their accessible names)."""
        self.list_combo.setMinimumWidth(round(260 * scale))
        self.title.setMinimumWidth(round(120 * scale))
        self.station_name.setMaximumWidth(round(220 * scale))
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.setSpacing(max(4, round(12 * scale)))
        for label in (self.station_label, self.list_label):
            label.setVisible(scale >= 0.5)
