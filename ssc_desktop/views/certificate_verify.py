"""The Verify box of the Certificates page: a number typed, a QR's text pasted (it has seven
lines, so the box takes several), or a certificate held up to the webcam."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
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
from ssc_desktop.services.certificates import IssuedCertificate
from ssc_desktop.vocabulary import CertificateKind
from ssc_desktop.views.result_line import ResultLine, Tone
from ssc_desktop.views.labels import date_text, error_text, fill, word


class VerifyInput(QPlainTextEdit):
    """A few lines tall; Enter verifies (Shift+Enter starts a new line, as a pasted QR text has)."""

    returnPressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:  # the QLineEdit spelling the page used before
        self.setPlainText(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.returnPressed.emit()
            return
        super().keyPressEvent(event)


class VerifyBox(QWidget):
    def __init__(self, verify_text: Callable[[str], IssuedCertificate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._verify_text = verify_text
        self.input = VerifyInput()
        self.input.setAccessibleName(self.tr("Certificate number or QR text to verify"))
        self.input.setPlaceholderText(
            self.tr("A certificate number (e.g. SSC-2026-ISCA-000123-K7QX), or the text of its QR code pasted here")
        )
        self.input.returnPressed.connect(self.verify)
        self.verify_button = QPushButton(self.tr("Verify"))
        self.verify_button.clicked.connect(self.verify)
        self.scan_button = QPushButton(self.tr("Scan with webcam…"))
        self.scan_button.clicked.connect(self.scan)
        buttons = QVBoxLayout()
        buttons.addWidget(self.verify_button)
        buttons.addWidget(self.scan_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input, 1)
        row.addLayout(buttons)
        self.result = ResultLine()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.scanner_dialog: ScanDialog | None = None

    def verify(self) -> IssuedCertificate | None:
        text = self.input.text().strip()
        if not text:
            return None
        try:
            found = self._verify_text(text)
        except DomainError as error:
            self.result.say("✗ " + error_text(error), Tone.ERROR)
            return None
        # A pasted or scanned QR text had its signature checked as well as its number.
        template = (
            self.tr("Genuine, signature checked: %1 certificate for %2 (%3), %4, issued %5.")
            if "\n" in text
            else self.tr("Genuine: %1 certificate for %2 (%3), %4, issued %5.")
        )
        self.result.say(
            "✓ "
            + fill(
                template,
                word(CertificateKind(found.kind)),
                found.recipient_latin_name,
                found.recipient_name,
                found.event_title,
                f"{date_text(found.issued_at)}",
            ),
            Tone.SAVED,
        )
        return found

    def scan(self) -> ScanDialog:
        self.scanner_dialog = ScanDialog(self)
        self.scanner_dialog.code_read.connect(self._scanned)
        self.scanner_dialog.open()
        self.scanner_dialog.start()
        return self.scanner_dialog

    def _scanned(self, text: str) -> None:
        self.input.setText(text)
        self.verify()


class ScanDialog(QDialog):
    """The webcam's picture; the first QR read closes it and goes into the Verify box."""

    code_read = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        from ssc_desktop.views.camera_scanner import CameraScanner

        super().__init__(parent)
        self.setWindowTitle(self.tr("Scan a certificate"))
        self.resize(520, 440)
        self.camera = CameraScanner(self)
        self.camera.code_read.connect(self._read)
        hint = QLabel(self.tr("Hold the certificate's QR code up to the camera."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.camera, 1)
        layout.addWidget(buttons)
        self.finished.connect(lambda _result: self.camera.shutdown())

    def start(self) -> bool:
        if self.camera.start():
            return True
        # The scanner's own words speak of the check-in desk; here the way out is typing.
        self.camera.message.setText(
            self.tr("No camera found. Type the certificate's number, or paste its QR text, into the Verify box.")
        )
        return False

    def _read(self, text: str) -> None:
        self.code_read.emit(text)
        self.accept()
