"""The e-mail server for sending tickets: host, port, security, user, password, sender.

The password goes to the keyring (services.password_store); the note under the form says where it is.

"Send test e-mail" tries the settings as typed (before saving) off the GUI thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.mail import SmtpSettings
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner

_DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SmtpSettingsDialog(QDialog):
    """Edits the SMTP settings (the password in the keyring, the rest in the database); saved() after Save."""

    saved = Signal()

    def __init__(self, services: ServiceSet, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.test_handle: TaskHandle | None = None
        self.setWindowTitle(self.tr("E-mail settings"))
        self.setMinimumWidth(480)
        current = services.mail.settings()

        self.host = QLineEdit(current.host)
        self.host.setPlaceholderText(self.tr("e.g. smtp.gmail.com"))
        self.security = QComboBox()
        self.security.addItem(self.tr("STARTTLS (usually port 587)"), "starttls")
        self.security.addItem(self.tr("SSL/TLS (usually port 465)"), "ssl")
        self.security.addItem(self.tr("None — unencrypted (local relays only)"), "none")
        self.security.setCurrentIndex(max(0, self.security.findData(current.security)))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port or 587)
        self.user = QLineEdit(current.user)
        self.password = QLineEdit(current.password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.from_address = QLineEdit(current.from_address)
        self.from_address.setPlaceholderText(self.tr("e.g. reunion@ssc-india.org"))
        self.from_name = QLineEdit(current.from_name)
        self.from_name.setPlaceholderText(self.tr("e.g. SSC India (the chapter's name if empty)"))
        self.test_to = QLineEdit(current.from_address)
        self.test_to.setAccessibleName(self.tr("Test to"))
        self.test_button = QPushButton(self.tr("Send test e-mail"))
        self.test_button.clicked.connect(self.send_test)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_to, 1)
        test_row.addWidget(self.test_button)
        self.status = ResultLine()  # the test message's progress, and what went wrong

        form = QFormLayout()
        form.addRow(self.tr("Server:"), self.host)
        form.addRow(self.tr("Security:"), self.security)
        form.addRow(self.tr("Port:"), self.port)
        form.addRow(self.tr("User name:"), self.user)
        form.addRow(self.tr("Password:"), self.password)
        form.addRow(self.tr("From address:"), self.from_address)
        form.addRow(self.tr("From name:"), self.from_name)
        form.addRow(self.tr("Test to:"), test_row)
        note = QLabel(self.password_place_text())
        note.setObjectName("password_place")
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        self.password_note = note
        self.buttons = lay_out_form(self, form, [note, self.status], on_save=self.accept).buttons
        self.security.currentIndexChanged.connect(self._security_changed)

    def password_place_text(self) -> str:
        place = self.services.mail.password_place()
        if place.kind == "keyring":
            return fill(
                self.tr(
                    "The password is kept in this computer's keyring (%1), not in the database: "
                    "each laptop that sends e-mail has it typed once."
                ),
                place.backend,
            )
        if place.kind == "database":
            return self.tr(
                "This computer has no keyring, so the password an older version saved is still in the "
                "database, where every desk can read it. Save to take it out: it is then kept only "
                "until SSC Desktop closes."
            )
        return self.tr(
            "This computer has no keyring (on Linux: no Secret Service such as GNOME Keyring or "
            "KWallet), so the password is kept only in memory until SSC Desktop closes, never in the "
            "database. Type it again next time."
        )

    def _security_changed(self) -> None:
        if self.port.value() in _DEFAULT_PORTS.values():
            self.port.setValue(_DEFAULT_PORTS[self.security.currentData()])

    def settings(self) -> SmtpSettings:
        return SmtpSettings(
            host=self.host.text(),
            port=self.port.value(),
            security=self.security.currentData(),
            user=self.user.text(),
            password=self.password.text(),
            from_address=self.from_address.text(),
            from_name=self.from_name.text(),
        )

    def accept(self) -> None:
        try:
            self.services.mail.save_settings(self.settings())
        except DomainError as error:
            self.status.say(error_text(error), Tone.ERROR)
            return
        self.saved.emit()
        super().accept()

    def send_test(self) -> TaskHandle | None:
        if self.test_handle is not None:
            return None
        mail, settings, to = self.services.mail, self.settings(), self.test_to.text()

        def work(_progress, _cancel: threading.Event) -> str:
            mail.send_test(to, settings)
            return to

        self.test_button.setEnabled(False)
        self.status.say(self.tr("Sending a test message…"), Tone.PLAIN)
        self.test_handle = self.tasks.start(work, on_success=self._test_sent, on_failure=self._test_failed, owner=self)
        return self.test_handle

    def _test_sent(self, to: str) -> None:
        self.test_handle = None
        self.test_button.setEnabled(True)
        self.status.say(fill(self.tr("Sent a test message to %1. Check that it arrived."), to), Tone.SAVED)

    def _test_failed(self, error: BaseException, _trace: str) -> None:
        self.test_handle = None
        self.test_button.setEnabled(True)
        self.status.say(error_text(error), Tone.ERROR)
