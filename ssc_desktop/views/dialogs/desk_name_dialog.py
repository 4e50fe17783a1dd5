"""Asks once what this laptop's desk is called ("Door A"); the check-ins made here carry it.

Remembered per laptop (settings.DESK_NAME), not taken from the host name:
"LAPTOP-7F3K2" tells nobody at the venue which door it was.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QVBoxLayout, QWidget

from ssc_desktop.views import settings
from ssc_desktop.views.dialogs.form_layout import lay_out_form


def remembered_desk_name() -> str:
    return settings.DESK_NAME.get().strip()


def remember_desk_name(name: str) -> None:
    settings.DESK_NAME.set(name.strip())


class DeskNameDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Name this desk"))
        self.setMinimumWidth(420)
        question = QLabel(
            self.tr(
                "Which desk is this laptop? Each check-in made here is recorded with this name, "
                'and the amber "already checked in" verdict tells other desks where it was.'
            )
        )
        question.setWordWrap(True)
        self.name = QLineEdit(name)
        self.name.setPlaceholderText(self.tr("e.g. Door A"))
        self.name.setMaxLength(60)
        self.name.setAccessibleName(self.tr("Desk name"))
        form = QVBoxLayout()
        form.addWidget(self.name)
        note = QLabel(self.tr("Remembered on this laptop; change it any time in the station's bar."))
        note.setObjectName("PageHint")
        note.setWordWrap(True)
        self.save_button = lay_out_form(self, form, [note], on_save=self.accept, intro=[question]).save_button
        self.name.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def chosen_name(self) -> str:
        return self.name.text().strip()
