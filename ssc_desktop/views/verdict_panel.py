"""The check-in station's big verdict panel: green, amber or red, readable from two metres."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from ssc_desktop.views.checkin_verdict_text import Display

COLOURS = {"idle": "#334155", "green": "#15803d", "amber": "#b45309", "red": "#b91c1c", "info": "#1e3a8a"}
_MARKS = {"green": "✓  ", "amber": "⚠  ", "red": "✕  "}


class VerdictPanel(QFrame):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("VerdictPanel")
        self.scale = 1.0  # of the font sizes, for screens less than 1080 pixels high
        layout = QVBoxLayout(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)  # the window sets the height
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(14)
        self.headline = self._label("VerdictHeadline")
        self.native_name = self._label("VerdictNative")
        self.latin_name = self._label("VerdictLatin")
        self.details = self._label("VerdictDetails")
        self.reason = self._label("VerdictReason")
        self.notes = self._label("VerdictNotes")
        self.footer = self._label("VerdictFooter")
        for label in (self.headline, self.native_name, self.latin_name, self.details, self.reason, self.notes):
            layout.addWidget(label)
        layout.addStretch(1)
        layout.addWidget(self.footer)

    def set_scale(self, scale: float) -> None:
        self.scale = scale
        margin_x, margin_y = round(48 * scale), round(36 * scale)
        self.layout().setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        self.layout().setSpacing(round(14 * scale))

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def show_display(self, display: Display) -> None:
        self.setStyleSheet(f"#VerdictPanel {{ background: {COLOURS[display.colour]}; border-radius: {round(28 * self.scale)}px; }}")
        self.headline.setText(_MARKS.get(display.colour, "") + display.headline)
        width = max(self.width() - round(100 * self.scale), round(500 * self.scale))
        self._fit(self.native_name, display.native_name, round(150 * self.scale), round(48 * self.scale), width)
        self._fit(self.latin_name, display.latin_name, round(72 * self.scale), round(32 * self.scale), width)
        for label, text in ((self.details, display.details), (self.reason, display.reason),
                            (self.notes, display.notes), (self.footer, display.footer)):
            label.setText(text)
            label.setVisible(bool(text))

    @staticmethod
    def _fit(label: QLabel, text: str, largest: int, smallest: int, width: int) -> None:
        """Sets text in the largest font size (px) that keeps it on one line, down to smallest."""
        label.setText(text)
        label.setVisible(bool(text))
        font = QFont(label.font())
        size = largest
        while size > smallest:
            font.setPixelSize(size)
            if QFontMetrics(font).horizontalAdvance(text) <= width:
                break
            size -= 4
        font.setPixelSize(size)
        label.setFont(font)
