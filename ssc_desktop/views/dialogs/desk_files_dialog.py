"""Prepare desk… and Merge desks…: an event onto a laptop with no server, and its check-ins back.

Both run off the GUI thread behind a progress dialog with Cancel (services.desk_files). The
merge report stays in the dialog: per desk file what was added and carried over, and every
person two desks let in (the earlier check-in stands).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.desk_files import MergeReport
from ssc_desktop.services.events import EventSummary, zone
from ssc_desktop.views.labels import day_month_text, error_text, fill, time_text
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.task_runner import TaskRunner

DESK_FILTER = "SSC desk file (*.sscdesk);;All files (*)"


def ask_desk_passphrase(path: Path, parent: QWidget | None = None) -> str:
    """For opening a desk file as the database (app.main wires it into compose)."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("DeskFiles", "Desk file"),
        fill(QCoreApplication.translate("DeskFiles", "Passphrase of the desk file %1:"), path.name),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        raise DomainError("desk.passphrase_not_given", path=str(path))
    return text


def _safe_name(title: str) -> str:
    return "".join(c if c.isalnum() or c in " -_" else "_" for c in title).strip() or "event"


class PrepareDeskDialog(ProgressHost, QDialog):
    """prepared(path) when the desk file is written."""

    prepared = Signal(str)

    def __init__(
        self, services: ServiceSet, event: EventSummary, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.target, self.tasks = services, event, tasks
        self.setWindowTitle(self.tr("Prepare desk"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            fill(
                self.tr(
                    "One file with “%1”: its registrations, people's names, ticket secret, check-in lists and desk "
                    "notes. Another laptop opens it as its database and checks people in with no server; "
                    "Merge desks… brings its check-ins back. The file holds personal data: it is locked with a "
                    "passphrase — give the passphrase separately from the file."
                ),
                event.title,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path_edit = QLineEdit(str(Path.home() / f"{_safe_name(event.title)} desk.sscdesk"))
        self.path_edit.setAccessibleName(self.tr("Desk file"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form.addRow(self.tr("File:"), row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.again)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.prepare_button = self.buttons.addButton(self.tr("Prepare desk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.prepare_button.clicked.connect(self.prepare)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.textChanged.connect(self._update_buttons)
        self.again.textChanged.connect(self._update_buttons)
        self._update_buttons()

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Desk file"), self.path_edit.text(), DESK_FILTER)
        if path:
            self.path_edit.setText(path)

    def _update_buttons(self) -> None:
        self.prepare_button.setEnabled(not self.busy and bool(self.passphrase.text()) and bool(self.path_edit.text()))

    def prepare(self) -> None:
        if self.passphrase.text() != self.again.text():
            self.message.setText(self.tr("The two passphrases differ."))
            return
        services, event_id = self.services, self.target.id
        path, passphrase = self.path_edit.text().strip(), self.passphrase.text()
        self.message.setText("")
        self.start_progress(
            self.tr("Prepare desk"),
            self.tr("Writing the desk file…"),
            lambda progress, cancel: services.desks.prepare_desk(event_id, path, passphrase, progress, cancel),
            on_success=self._done,
            on_failure=self._failed,
            on_cancelled=lambda: self.message.setText(self.tr("Cancelled: no desk file was written.")),
        )

    def _done(self, prepared) -> None:
        self.message.setText(
            fill(
                self.tr(
                    "Written: %1 — %2 registrations, %3 check-ins, %4 check-in lists. On the desk laptop: open it with "
                    "File → Open database… (or ssc-desktop --db FILE) and the passphrase."
                ),
                prepared.path,
                prepared.registrations,
                prepared.check_ins,
                prepared.lists,
            )
        )
        self.adjustSize()  # the wrapped message needs the room
        self.passphrase.clear()
        self.again.clear()
        self.prepared.emit(prepared.path)

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.message.setText(fill(self.tr("No desk file was written: %1"), error_text(error)))
        self.adjustSize()


class MergeDesksDialog(ProgressHost, QDialog):
    """merged(report) when the desk files' check-ins are in."""

    merged = Signal(object)

    def __init__(
        self, services: ServiceSet, tasks: TaskRunner, timezone: str = "UTC", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services, self.tasks, self._tz = services, tasks, zone(timezone)
        self.report: MergeReport | None = None
        self.setWindowTitle(self.tr("Merge desks"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The check-ins, undos and check-outs of each desk file come into this database. Merging a file "
                "again changes nothing. When two desks let the same person in, the earlier check-in stands and "
                "both are listed below. Desks may keep scanning meanwhile."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        files_row = QHBoxLayout()
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Desk files to merge"))
        self.files.setMaximumHeight(90)
        files_row.addWidget(self.files, 1)
        add = QPushButton(self.tr("Add desk files…"))
        add.clicked.connect(self._add_files)
        files_row.addWidget(add)
        layout.addLayout(files_row)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.desks_table = _table(
            [
                self.tr("Desk file"),
                self.tr("Added"),
                self.tr("Undos"),
                self.tr("Check-outs"),
                self.tr("Already here"),
                self.tr("Skipped"),
                self.tr("Conflicts"),
            ]
        )
        self.desks_table.setAccessibleName(self.tr("What each desk file brought"))
        layout.addWidget(self.desks_table, 1)
        self.conflicts_table = _table([self.tr("Person"), self.tr("List"), self.tr("Stands"), self.tr("Undone")])
        self.conflicts_table.setAccessibleName(self.tr("Conflicts"))
        layout.addWidget(self.conflicts_table, 2)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = self.buttons.addButton(self.tr("Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.merge)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_buttons()

    def add_files(self, paths: list[str]) -> None:
        known = {self.files.item(i).text() for i in range(self.files.count())}
        for path in paths:
            if path not in known:
                self.files.addItem(path)
        self._update_buttons()

    def _add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Desk files"), str(Path.home()), DESK_FILTER)
        self.add_files(paths)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(not self.busy and self.files.count() > 0)

    def merge(self) -> None:
        paths = [Path(self.files.item(i).text()) for i in range(self.files.count())]
        passphrase, services = self.passphrase.text(), self.services
        self.summary.setText("")
        self.start_progress(
            self.tr("Merge desks"),
            self.tr("Merging the desks' check-ins…"),
            lambda progress, cancel: services.desks.merge_desks(paths, lambda _p: passphrase, progress, cancel),
            on_success=self._merged,
            on_failure=self._failed,
            on_cancelled=lambda: self.summary.setText(
                self.tr("Cancelled. What was merged stays merged; merging again finishes the rest.")
            ),
        )

    def _merged(self, report: MergeReport) -> None:
        self.report = report
        self.summary.setText(
            fill(
                self.tr("%1 desk file(s) merged: %2 check-ins added, %3 conflict(s)."),
                len(report.desks),
                report.added,
                report.conflicts,
            )
        )
        self.desks_table.setRowCount(len(report.desks))
        for n, desk in enumerate(report.desks):
            for column, value in enumerate(
                [
                    Path(desk.source).name,
                    desk.added,
                    desk.undos,
                    desk.check_outs,
                    desk.unchanged,
                    desk.skipped + desk.made_on_desk,
                    len(desk.conflicts),
                ]
            ):
                self.desks_table.setItem(n, column, QTableWidgetItem(str(value)))
        conflicts = [c for desk in report.desks for c in desk.conflicts]
        self.conflicts_table.setRowCount(len(conflicts))
        for n, conflict in enumerate(conflicts):
            values = [
                conflict.name,
                conflict.list_name or self.tr("The door"),
                f"{self._time(conflict.kept_at)} · {conflict.kept_station or '—'}",
                f"{self._time(conflict.dropped_at)} · {conflict.dropped_station or '—'}",
            ]
            for column, value in enumerate(values):
                self.conflicts_table.setItem(n, column, QTableWidgetItem(value))
        self.merged.emit(report)

    def _time(self, at) -> str:
        return f"{day_month_text(at.astimezone(self._tz))} {time_text(at.astimezone(self._tz), seconds=True)}"

    def _failed(self, error: BaseException, _trace: str) -> None:
        self.summary.setText(fill(self.tr("The merge stopped: %1"), error_text(error)))


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    # Each column as wide as its title (in any language) and its values; the last takes the spare
    # room, and a table too narrow for them all scrolls sideways rather than cutting a title.
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table
