"""Asks once what this laptop's desk is called ("Door A"); the check-ins made here carry it.

Remembered per laptop (settings.DESK_NAME), not taken from the host name:
"LAPTOP-7F3K2" tells nobody at the venue which door it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ssc_desktop.views import settings


def remembered_desk_name() -> str:
    return settings.DESK_NAME.get().strip()


def remember_desk_name(name: str) -> None:
    settings.DESK_NAME.set(name.strip())


class DeskNameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name this desk"))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        question = QLabel(
            self.tr(
                "Which desk is this laptop? Each check-in made here is recorded with this name, "
                'and the amber "already checked in" verdict tells other desks where it was.'
            )
        )
        question.setWordWrap(True)
        layout.addWidget(question)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("e.g. Door A"))
        self.name.setMaxLength(60)
        layout.addWidget(self.name)
        note = QLabel(self.tr("Remembered on this laptop; change it any time in the station's bar."))
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.name.text().strip()))

    def chosen_name(self) -> str:
        return self.name.text().strip()
