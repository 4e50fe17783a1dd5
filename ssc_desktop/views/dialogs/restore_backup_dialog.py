"""File > Restore from backup…: the automatic backups of the open file, and putting one back.

The list (each copy opened to count what it holds) is read off the GUI thread, and so is
the restore, behind a progress dialog with Cancel. The database as it is now is backed up
first (the service does that); once restored, the window reopens on the file (`restored`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.views.labels import date_time_text, error_text, fill
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.task_runner import TaskRunner


def _count(value: int | None) -> str:
    return "—" if value is None else f"{value:,}"


class RestoreBackupDialog(ProgressHost, QDialog):
    restored = Signal(object)  # the service's RestoreResult

    def __init__(self, backups: Any, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backups = backups
        self.tasks = tasks
        self.rows: list = []
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "SSC Desktop backs this database up when it opens it, before each upgrade and every 10 minutes while "
                "an event is under way; it keeps the last 20 and one a day for 30 days. Restoring one puts it in "
                "place of the database; the database as it is now is backed up first, so a restore can be undone."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.folder_label = QLabel(fill(self.tr("Kept in: %1"), backups.folder))
        self.folder_label.setObjectName("PageHint")
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_label.setWordWrap(True)
        layout.addWidget(self.folder_label)

        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Taken"),
                self.tr("Why"),
                self.tr("Members"),
                self.tr("Registrations"),
                self.tr("Check-ins"),
                self.tr("Schema"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        layout.addWidget(self.table, 1)
        self.status = QLabel(self.tr("Reading the backups…"))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.back_up_button = QPushButton(self.tr("&Back up now"))
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.back_up_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.back_up_button.clicked.connect(lambda: self.back_up_now())
        layout.addWidget(self.buttons)
        self._loading = False
        self.reload()

    # -- the list --------------------------------------------------------------------
    def reload(self) -> None:
        self._loading = True
        self._update_buttons()
        self.tasks.start(
            lambda progress, cancel: self.backups.list_backups(),
            on_success=self._show_rows,
            on_failure=self._failed,
            owner=self,
        )

    def _show_rows(self, rows: list) -> None:
        self._loading = False
        self.rows = rows
        reasons = {
            "open": self.tr("opened"),
            "upgrade": self.tr("before an upgrade"),
            "periodic": self.tr("every 10 minutes (event under way)"),
            "restore": self.tr("before a restore"),
            "manual": self.tr("backed up by hand"),
        }
        self.table.setRowCount(len(rows))
        for row, backup in enumerate(rows):
            cells = [
                f"{date_time_text(backup.taken_at.astimezone(), weekday=True, seconds=True)}",
                reasons.get(backup.reason, backup.reason),
                _count(backup.members),
                _count(backup.registrations),
                _count(backup.check_ins),
                backup.schema or "—",
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 4:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.status.setText(
            fill(self.tr("%1 backup(s)."), len(rows))
            if rows
            else self.tr("No backups yet: the first is taken when SSC Desktop opens the database.")
        )
        if rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _failed(self, error: BaseException, _trace: str) -> None:
        self._loading = False
        self.status.setText(error_text(error))
        self._update_buttons()

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows and rows[0].row() < len(self.rows) else None

    def _update_buttons(self) -> None:
        idle = not self.busy and not self._loading
        self.restore_button.setEnabled(idle and self.selected() is not None)
        self.back_up_button.setEnabled(idle)

    # -- actions -----------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.start_progress(
            self.tr("Backing up"),
            self.tr("Backing up the database…"),
            lambda progress, cancel: self.backups.back_up("manual", progress=progress),
            on_success=lambda _written: self.reload(),
            on_failure=self._failed,
            on_cancelled=self._update_buttons,
        )

    def restore_selected(self, confirm: bool = True) -> None:
        backup = self.selected()
        if backup is None or self.busy:
            return
        taken = f"{date_time_text(backup.taken_at.astimezone(), weekday=True)}"
        question = fill(
            self.tr(
                "Put the backup of %1 (%2 members, %3 registrations, %4 check-ins) in place of the database?\n\n"
                "The database as it is now is backed up first, so you can come back to it."
            ),
            taken,
            _count(backup.members),
            _count(backup.registrations),
            _count(backup.check_ins),
        )
        if confirm and not ask_yes_no(self, self.tr("Restore from backup"), question):
            return
        self.status.setText(self.tr("Restoring…"))
        self.start_progress(
            self.tr("Restoring"),
            fill(self.tr("Restoring the backup of %1…"), taken),
            lambda progress, cancel: self.backups.restore(backup.name, progress=progress, cancel=cancel),
            on_success=self._restored,
            on_failure=self._failed,
            on_cancelled=lambda: self.status.setText(self.tr("Cancelled: the database was not changed.")),
        )

    def _restored(self, result: Any) -> None:
        self.restored.emit(result)
        self.accept()
