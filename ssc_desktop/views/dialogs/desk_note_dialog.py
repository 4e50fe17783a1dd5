"""Edits the desk note of one registration: what the check-in desk must do for this person.

The note shows on the check-in verdict ("vegetarian", "take to the green room", "collect
the certificate at the desk"). Saving blank text clears it.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.desk_notes import NOTE_LIMIT
from ssc_desktop.services.registration_rows import RegistrationRow
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill


class DeskNoteDialog(QDialog):
    """After exec() returns Accepted, `saved` holds the updated registration row."""

    def __init__(self, services: ServiceSet, row: RegistrationRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.row = row
        self.saved: RegistrationRow | None = None
        self.setWindowTitle(self.tr("Desk note"))
        self.setMinimumWidth(460)

        layout = QVBoxLayout()
        person = QLabel(row.latin_name + (f"  {row.native_name}" if row.native_name else ""))
        person.setStyleSheet("font-size: 16px; font-weight: 600;")
        layout.addWidget(person)
        hint = QLabel(self.tr("Shown to the desk when this person checks in. One point a line."))
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        layout.addWidget(hint)

        self.editor = QPlainTextEdit(row.desk_note)
        self.editor.setPlaceholderText(self.tr("e.g. Vegetarian meal\nHand over the speaker gift"))
        self.editor.textChanged.connect(self._update_count)
        layout.addWidget(self.editor, 1)

        quick = QHBoxLayout()
        for text in (
            self.tr("Vegetarian meal"),
            self.tr("Wheelchair access"),
            self.tr("Collect certificate at the desk"),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, t=text: self.add_line(t))
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        self.count = ResultLine()
        layout.addWidget(self.count)
        parts = lay_out_form(self, layout, stretch=1)
        self.problem, self.save_button = parts.error, parts.save_button
        self.clear_button = parts.buttons.addButton(self.tr("Clear note"), QDialogButtonBox.ButtonRole.ResetRole)
        self.clear_button.clicked.connect(self.editor.clear)
        self._update_count()

    def add_line(self, text: str) -> None:
        current = self.editor.toPlainText().rstrip()
        if text in current.splitlines():
            return
        self.editor.setPlainText(f"{current}\n{text}" if current else text)

    def _update_count(self) -> None:
        length = len(self.editor.toPlainText().strip())
        self.count.setText(fill(self.tr("%1 of %2 characters"), length, NOTE_LIMIT))
        self.count.set_tone(Tone.ERROR if length > NOTE_LIMIT else Tone.MUTED)

    def save(self) -> None:
        try:
            self.saved = self.services.desk_notes.set_desk_note(self.row.id, self.editor.toPlainText())
        except DomainError as error:
            self.problem.setText(error_text(error))
            self.problem.show()
            return
        self.accept()
