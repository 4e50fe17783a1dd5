"""Judge mode, step one: the judge picks their name and types their PIN."""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary, JudgeRow
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import error_text, fill


class JudgePinDialog(QDialog):
    def __init__(self, services: ServiceSet, contest: ContestSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.contest = contest
        self.judge: JudgeRow | None = None
        self.setWindowTitle(fill(self.tr("Judge mode — %1"), contest.title))
        self.setMinimumWidth(420)
        self.judges = QComboBox()
        for judge in services.contests.list_judges(contest.id):
            self.judges.addItem(judge.name, judge.id)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), self.pin))
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        form = QFormLayout()
        form.addRow(self.tr("Judge"), self.judges)
        form.addRow(self.tr("PIN"), self.pin)
        parts = lay_out_form(
            self,
            form,
            save_text=self.tr("Unlock"),
            on_save=self.unlock,
            intro=[QLabel(self.tr("Only your own entries and your own scores are shown."))],
        )
        self.error, self.unlock_button = parts.error, parts.save_button
        # After too many wrong PINs the service refuses for a while; the button says so meanwhile.
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._wait_over)
        self.pin.setFocus()

    def unlock(self) -> None:
        if self.judges.currentData() is None:
            return
        try:
            self.judge = self.services.contests.unlock_judge(
                self.contest.id, self.judges.currentData(), self.pin.text()
            )
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.adjustSize()  # room for a message of two or three lines
            self.pin.clear()
            seconds = (
                error.params.get("seconds") if error.code in ("contest.pin_wait", "contest.wrong_pin_wait") else None
            )
            if seconds:
                self.unlock_button.setEnabled(False)
                self.wait_timer.start(int(seconds) * 1000)
            return
        self.accept()

    def _wait_over(self) -> None:
        self.unlock_button.setEnabled(True)
        self.error.hide()
        self.pin.setFocus()
