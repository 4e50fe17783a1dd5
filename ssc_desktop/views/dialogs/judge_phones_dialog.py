"""“Let judges score on their phones”: start the judges' web server on a chosen network and
show one QR code per judge (their own link; the phone then asks for their PIN).

The server belongs to PhoneServing, which the Contests page keeps: closing this dialog
leaves it running while the coordinator watches the progress board; it stops with the
Stop button, when another database is opened, and when the app quits.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.language import running_language
from ssc_desktop.web.judge_server import DEFAULT_PORT, JudgeServer, local_addresses

ALL_NETWORKS = "0.0.0.0"
QR_PIXELS = 190
COLUMNS = 4


class PhoneServing(QObject):
    """The one judges' server of the app (or none)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server: JudgeServer | None = None
        self.contest_id: int | None = None
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def start(self, services: ServiceSet, contest_id: int, host: str, port: int) -> JudgeServer:
        self.stop()
        # Phones asking for no language SSC Desktop ships get the laptop's.
        self.server = JudgeServer(
            services.judge_phones, contest_id, host, port, language=running_language().code
        ).start()
        self.contest_id = contest_id
        self.changed.emit()
        return self.server

    def stop(self) -> None:
        if self.server is not None:
            server, self.server, self.contest_id = self.server, None, None
            server.stop()
            self.changed.emit()


class JudgePhonesDialog(QDialog):
    def __init__(
        self, services: ServiceSet, contest: ContestSummary, serving: PhoneServing, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contest = contest
        self.serving = serving
        self.setWindowTitle(fill(self.tr("Judges' phones — %1"), contest.title))
        self.resize(1100, 680)

        self.network = QComboBox()
        for address in local_addresses():
            label = self.tr("%1 (this laptop only)") if address.startswith("127.") else "%1"
            self.network.addItem(fill(label, address), address)
        self.network.addItem(self.tr("Every network of this laptop"), ALL_NETWORKS)
        self.port = QSpinBox()
        self.port.setAccessibleName(self.tr("Port"))
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setObjectName("Primary")
        self.start_button.clicked.connect(self.start)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.clicked.connect(self.stop)
        self.new_links_button = QPushButton(self.tr("New links…"))
        self.new_links_button.setToolTip(self.tr("Make new links for every judge; the old QR codes stop working"))
        self.new_links_button.clicked.connect(self.new_links)
        self.copy_button = QPushButton(self.tr("Copy links"))
        self.copy_button.clicked.connect(self.copy_links)
        self.cards_button = QPushButton(self.tr("Print QR cards…"))
        self.cards_button.setToolTip(self.tr("A PDF with one card per judge: name, QR code and link"))
        self.cards_button.clicked.connect(self.choose_cards_file)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Network")))
        self.network.setMinimumWidth(260)
        controls.addWidget(self.network)
        controls.addWidget(QLabel(self.tr("Port")))
        controls.addWidget(self.port)
        controls.addWidget(self.start_button)
        controls.addWidget(self.stop_button)
        controls.addStretch(1)
        controls.addWidget(self.copy_button)
        controls.addWidget(self.cards_button)
        controls.addWidget(self.new_links_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setStyleSheet("font-weight: 600;")
        hint = QLabel(
            self.tr(
                "Phones must be on the same Wi-Fi as this laptop. Each judge scans their own code, then types "
                "their PIN; they see only their own entries. Scores go straight into this database "
                "(“phone” in the audit trail); a phone keeps what it could not send and sends it when the "
                "Wi-Fi returns. Closing this window keeps the server running; it stops with Stop or when the app closes."
            )
        )
        hint.setObjectName("PageHint")
        hint.setWordWrap(True)
        self.cards = QWidget()
        self.grid = QGridLayout(self.cards)
        self.grid.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.status)
        layout.addWidget(hint)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.serving.changed.connect(self._show_state)
        self._show_state()

    # -- actions ---------------------------------------------------------------------
    def start(self) -> bool:
        try:
            self.serving.start(self.services, self.contest.id, self.network.currentData(), self.port.value())
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The judges' server did not start"), error_text(error))
            return False
        return True

    def stop(self) -> None:
        self.serving.stop()

    def new_links(self, confirm: bool = True) -> None:
        if (
            confirm
            and QMessageBox.question(
                self,
                self.tr("New links"),
                self.tr(
                    "Make new links for every judge of every contest? The QR codes shown or printed so far "
                    "stop working."
                ),
            )
            != QMessageBox.StandardButton.Yes
        ):
            return
        try:
            self.services.judge_phones.new_links()
        except DomainError as error:
            QMessageBox.warning(self, self.tr("No new links"), error_text(error))
            return
        if self.serving.server is not None:
            self.serving.server.app.forget_links()
        self._show_state()

    def copy_links(self) -> None:
        server = self._server()
        if server is not None:
            QGuiApplication.clipboard().setText("\n".join(f"{link.name}: {link.url}" for link in server.links()))

    def choose_cards_file(self) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.contest.title).strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Judges' QR cards"),
            str(Path.home() / (fill(self.tr("Judges' cards - %1"), safe) + ".pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            self.write_cards(path if path.lower().endswith(".pdf") else f"{path}.pdf")

    def write_cards(self, path: str) -> bool:
        """Six cards a page, written at once: a contest has a handful of judges, not thousands."""
        server = self._server()
        if server is None:
            return False
        try:
            self.services.exports.judge_cards(
                self.contest.title, [(link.name, link.url) for link in server.links()], path
            )
        except DomainError as error:
            QMessageBox.warning(self, self.tr("The cards were not written"), error_text(error))
            return False
        self.status.setText(fill(self.tr("Serving at %1 — the judges' cards are in %2."), server.base_url(), path))
        return True

    # -- showing ---------------------------------------------------------------------
    def _server(self) -> JudgeServer | None:
        serving = self.serving
        return serving.server if serving.running and serving.contest_id == self.contest.id else None

    def _show_state(self) -> None:
        server = self._server()
        for button in (self.stop_button, self.copy_button, self.cards_button):
            button.setEnabled(server is not None)
        self.start_button.setEnabled(server is None)
        self.network.setEnabled(server is None)
        self.port.setEnabled(server is None)
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item is not None and (widget := item.widget()) is not None:
                widget.deleteLater()
        if server is None:
            other = self.serving.running
            self.status.setText(
                self.tr("The judges' server is serving another contest; Start moves it here.")
                if other
                else self.tr("The judges' server is stopped.")
            )
            return
        try:
            links = server.links()
        except DomainError as error:  # the database went away: say so, keep serving what it can
            self.status.setText(error_text(error))
            return
        self.status.setText(fill(self.tr("Serving at %1 — judges' phones can connect now."), server.base_url()))
        for number, link in enumerate(links):
            self.grid.addWidget(self._card(link.name, link.url), number // COLUMNS, number % COLUMNS)
        self.grid.setRowStretch(self.grid.rowCount(), 1)

    def _card(self, name: str, url: str) -> QWidget:
        frame = QFrame()
        frame.setObjectName("Card")
        layout = QVBoxLayout(frame)
        title = QLabel(name)
        title.setStyleSheet("font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code = QLabel()
        pixmap = QPixmap()
        pixmap.loadFromData(self.services.exports.link_qr_png(url))
        code.setPixmap(
            pixmap.scaled(
                QR_PIXELS, QR_PIXELS, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation
            )
        )
        code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        code.setAccessibleName(fill(self.tr("QR code of %1's link"), name))
        # Two lines, the same way on every card: the laptop's address, then the judge's token
        # (the whole link is one word to Qt's line breaking, so it would be cut at the card's edge).
        head, _, token = url.rpartition("/")
        address = QLabel(f"{head}/\n{token}")
        address.setObjectName("FigureLabel")
        address.setWordWrap(True)
        address.setAlignment(Qt.AlignmentFlag.AlignCenter)
        address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(title)
        layout.addWidget(code)
        layout.addWidget(address)
        frame.setProperty("judge_url", url)
        return frame
