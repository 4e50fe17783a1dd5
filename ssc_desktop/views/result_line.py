"""The line under a page's or dialog's buttons that says how the last action went.

Its colour comes from the theme by tone (theme.py styles QLabel[tone=…] for normal and high
contrast), so no page sets a colour of its own.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QLabel, QWidget


class Tone(enum.StrEnum):
    PLAIN = ""
    SAVED = "saved"  # done as asked
    WARNING = "warning"  # done, or not done, with something to look at
    ERROR = "error"  # not done
    MUTED = "muted"  # taken back (an undo)


class ResultLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("tone", Tone.PLAIN.value)

    def say(self, text: str, tone: Tone = Tone.SAVED) -> None:
        self.setText(text)
        self.set_tone(tone)

    def set_tone(self, tone: Tone) -> None:
        if self.property("tone") != tone.value:
            self.setProperty("tone", tone.value)
            self.style().unpolish(self)  # a dynamic property is read when the widget is polished
            self.style().polish(self)

    def tone(self) -> Tone:
        return Tone(self.property("tone") or "")
