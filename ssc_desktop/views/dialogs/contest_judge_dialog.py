"""Add a judge to a contest: name, school or affiliation (never judges its own), a PIN."""

from __future__ import annotations

from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import JudgeRow
from ssc_desktop.services.pin_attempts import pin_is_short, suggest_pin
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
        self.pin.setPlaceholderText(self.tr("6 digits or more suggested (4 to 12); only a hash is kept"))
        self.suggest = QPushButton(self.tr("Suggest a PIN"))
        self.suggest.setToolTip(self.tr("Six random digits, shown so you can tell the judge"))
        self.suggest.clicked.connect(self.suggest_pin)
        pin_row = QHBoxLayout()
        pin_row.addWidget(self.pin, 1)
        pin_row.addWidget(self.suggest)
        self.pin_hint = QLabel()
        self.pin_hint.setWordWrap(True)
        self.pin_hint.setStyleSheet("color: palette(placeholder-text);")
        self.pin.textChanged.connect(self._pin_changed)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("School or affiliation"), self.affiliation)
        form.addRow(self.tr("PIN"), pin_row)
        form.addRow("", self.pin_hint)
        self.error = lay_out_form(self, form).error
        self._pin_changed()

    def suggest_pin(self) -> None:
        self.pin.setEchoMode(QLineEdit.EchoMode.Normal)  # to be read out to the judge
        self.pin.setText(suggest_pin())

    def _pin_changed(self) -> None:
        pin = self.pin.text()
        if pin and pin_is_short(pin):
            self.pin_hint.setText(
                self.tr("A 4- or 5-digit PIN is allowed but quick to guess: 6 digits or more are suggested.")
            )
        else:
            self.pin_hint.setText(
                self.tr("After 5 wrong PINs in a row the judge waits a minute, longer after each further wrong one.")
            )

    def save(self) -> None:
        try:
            self.judge = self.services.contests.add_judge(
                self.contest_id, self.name.text(), self.pin.text(), self.affiliation.text()
            )
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        self.accept()
