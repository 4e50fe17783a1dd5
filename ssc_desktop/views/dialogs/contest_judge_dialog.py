"""Add a judge to a contest: name, school or affiliation (never judges its own), a PIN."""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import JudgeRow
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text


class ContestJudgeDialog(QDialog):
    def __init__(self, services: ServiceSet, contest_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contest_id = contest_id
        self.judge: JudgeRow | None = None
        self.setWindowTitle(self.tr("Add a judge"))
        self.setMinimumWidth(440)
        self.name = QLineEdit()
        self.affiliation = QLineEdit()
        self.affiliation.setPlaceholderText(self.tr("Entries from this school or affiliation are never theirs"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin))
        self.pin.setPlaceholderText(self.tr("4 to 12 digits; only a hash is kept"))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("School or affiliation"), self.affiliation)
        form.addRow(self.tr("PIN"), self.pin)
        self.error = lay_out_form(self, form)

    def save(self) -> None:
        try:
            self.judge = self.services.contests.add_judge(self.contest_id, self.name.text(), self.pin.text(),
                                                          self.affiliation.text())
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
