"""The check-in station's big verdict panel: green, amber or red, readable from two metres."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAccessible, QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout

from ssc_desktop.paths import resource_path
from ssc_desktop.views.checkin_verdict_text import Display

if TYPE_CHECKING:  # imported when first played: multimedia is heavy and may be missing
    from PySide6.QtMultimedia import QSoundEffect

# Behind white text: at least 4.5:1 (WCAG AA) for every verdict text colour of the station's
# stylesheet; the high-contrast ones at least 7:1 (AAA), with a white outline round the panel.
COLOURS = {"idle": "#334155", "green": "#15803d", "amber": "#b45309", "red": "#b91c1c", "info": "#1e3a8a"}
HIGH_CONTRAST_COLOURS = {"idle": "#000000", "green": "#14532d", "amber": "#78350f", "red": "#7f1d1d", "info": "#172554"}
_MARKS = {"green": "✓  ", "amber": "⚠  ", "red": "✕  "}


class VerdictPanel(QFrame):
    def __init__(self, high_contrast: bool = False) -> None:
        super().__init__()
        self.setObjectName("VerdictPanel")
        self.scale = 1.0  # of the font sizes, for screens less than 1080 pixels high
        self.high_contrast = high_contrast  # the station's colours for it (HIGH_CONTRAST_COLOURS)
        self.display: Display | None = None
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
        layout = self.layout()
        assert layout is not None  # set in __init__
        layout.setContentsMargins(margin_x, margin_y, margin_x, margin_y)
        layout.setSpacing(round(14 * scale))

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.display is not None and event.size().width() != event.oldSize().width():
            self.show_display(self.display, announce=False)  # the names' sizes fit the new width

    def show_display(self, display: Display, announce: bool = True) -> None:
        self.display = display
        colours = HIGH_CONTRAST_COLOURS if self.high_contrast else COLOURS
        outline = f"border: {max(2, round(6 * self.scale))}px solid white;" if self.high_contrast else ""
        self.setStyleSheet(
            f"#VerdictPanel {{ background: {colours[display.colour]}; "
            f"border-radius: {round(28 * self.scale)}px; {outline} }}"
        )
        self.headline.setText(_MARKS.get(display.colour, "") + display.headline)
        # What a screen reader says of the panel: the verdict and the name, as the desk reads them.
        self.setAccessibleName(self.tr("Verdict"))
        spoken = " — ".join(t for t in (display.headline, display.native_name, display.latin_name, display.reason) if t)
        self.setAccessibleDescription(spoken)
        if announce and hasattr(QAccessible, "updateAccessibility") and QAccessible.isActive():
            from PySide6.QtGui import QAccessibleAnnouncementEvent  # Qt 6.8: screen readers say it at once

            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, spoken))
        layout = self.layout()
        assert layout is not None  # set in __init__
        margins = layout.contentsMargins()
        # The labels' own width: the panel's, less its outline (high contrast) and its margins.
        width = max(1, self.contentsRect().width() - margins.left() - margins.right())
        self._fit(self.native_name, display.native_name, round(150 * self.scale), round(48 * self.scale), width)
        self._fit(self.latin_name, display.latin_name, round(72 * self.scale), round(32 * self.scale), width)
        for label, text in (
            (self.details, display.details),
            (self.reason, display.reason),
            (self.notes, display.notes),
            (self.footer, display.footer),
        ):
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


class VerdictSounds(QObject):
    """The verdicts' sounds (colour -> file in resources/sounds), loaded when first played."""

    def __init__(self, files: dict[str, str], parent: QObject) -> None:
        super().__init__(parent)
        self._files = files
        self._effects: dict[str, QSoundEffect] = {}

    def play(self, colour: str) -> None:
        effect = self._effects.get(colour)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # pragma: no cover - Qt without multimedia
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", self._files[colour]))))
            effect.setVolume(0.8)
            self._effects[colour] = effect
        effect.play()
