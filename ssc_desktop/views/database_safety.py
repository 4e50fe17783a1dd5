"""What keeps a window's database file safe: automatic backups, restoring one, one app per file.

Kept out of main_window.py, which calls these at its few moments: a file opened (a backup
off the GUI thread, then one every 10 minutes while an event is under way), the File menu's
Restore from backup…, and another app holding the file (open it read-only?).
"""

from __future__ import annotations

from typing import Any, TypeGuard

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.views.dialogs.restore_backup_dialog import RestoreBackupDialog
from ssc_desktop.views.labels import date_time_text, error_text, fill

# How often the window asks whether a periodic backup is due (the service says when: every
# 10 minutes while an event is under way). Asking is one small query.
CHECK_EVERY_MS = 60_000


class DatabaseInUseDialog(QMessageBox):
    """Another SSC Desktop has the file open: say who and since when; offer read-only."""

    def __init__(self, error: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        params = error.params
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Database already open"))
        self.setText(
            fill(
                self.tr("This database is open in SSC Desktop on %1 since %2 (process %3)."),
                params["host"],
                params["since"],
                params["pid"],
            )
        )
        self.setInformativeText(
            fill(
                self.tr(
                    "%1\n\nTwo apps writing one file can check a person in twice. Close it there first, or open it "
                    "read-only here: you can see everything, but change nothing."
                ),
                params["location"],
            )
        )
        self.read_only_button: QPushButton = self.addButton(
            self.tr("Open &read-only"), QMessageBox.ButtonRole.AcceptRole
        )
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)

    def wants_read_only(self) -> bool:
        return self.clickedButton() is self.read_only_button


def is_in_use(error: BaseException) -> TypeGuard[DomainError]:  # services.instance_lock.DatabaseInUseError
    return getattr(error, "code", None) == "database.in_use"


class DatabaseSafety(QObject):
    """Owned by the main window; told when a context is opened and closed."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.context: Any = None
        self.restore_dialog: RestoreBackupDialog | None = None
        self.last_backup: Any = None  # the service's BackupSummary of the latest automatic copy
        self._backing_up = False
        self.in_use: dict = {}  # who had the file when it was opened read-only (the error's facts)
        # Shown above the pages while the file is open read-only; the window places it.
        self.banner = QLabel()
        self.banner.setObjectName("ReadOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "#ReadOnlyBanner { background: #fef3c7; color: #78350f; padding: 8px 24px; "
            "border-bottom: 1px solid #f59e0b; font-weight: 600; }"
        )
        self.banner.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.back_up_if_due)

    def writable_file(self) -> bool:
        return self.context is not None and not self.context.read_only and self.context.services.backups.available

    def opened(self, context: Any) -> None:
        self.context = context
        if context.read_only:
            self.banner.setText(
                fill(
                    self.tr(
                        "Read-only: this database is open in SSC Desktop on %1 (since %2). You can look at everything "
                        "here, but changes are refused. To work here, close it there, then open it again."
                    ),
                    self.in_use.get("host", "?"),
                    self.in_use.get("since", "?"),
                )
            )
        self.banner.setVisible(bool(context.read_only))
        if self.writable_file():
            self._back_up(lambda backups: backups.back_up_on_open())
            self.timer.start()
        else:
            self.timer.stop()

    def closing(self) -> None:
        self.timer.stop()
        self.context = None

    def back_up_if_due(self) -> None:
        if self.writable_file():
            self._back_up(lambda backups: backups.back_up_if_due())

    def _back_up(self, step) -> None:
        if self._backing_up:
            return
        self._backing_up = True
        backups = self.context.services.backups
        self.window.tasks.start(
            lambda progress, cancel: step(backups),
            on_success=self._backed_up,
            on_failure=self._backup_failed,
            owner=self,
        )

    def _backed_up(self, written: Any) -> None:
        self._backing_up = False
        if written is not None:
            self.last_backup = written
            if self.window.statusBar().currentMessage():
                return  # a result the coordinator asked for (a backup copy, an import) stays readable
            self.window.statusBar().showMessage(
                fill(self.tr("Automatic backup taken at %1."), f"{written.taken_at.astimezone():%H:%M}"), 5000
            )

    def _backup_failed(self, error: BaseException, _trace: str) -> None:
        self._backing_up = False
        self.window.statusBar().showMessage(fill(self.tr("Automatic backup failed: %1"), error_text(error)), 15000)

    def open_restore_dialog(self) -> RestoreBackupDialog | None:
        if self.context is None:
            return None
        if not self.context.services.backups.available:
            backups = self.context.services.backups
            if backups.of_server:  # the copies taken here before upgrades: where they are, how to open one
                QMessageBox.information(
                    self.window,
                    self.tr("Restore from backup"),
                    fill(
                        self.tr(
                            "This is a shared database server: its backups are the server's own. Ask its administrator. "
                            "Before each upgrade of its schema this laptop keeps a copy of it in %1. To see or export "
                            "what one held, copy it to another folder and open that with File > Open database…"
                        ),
                        backups.folder,
                    ),
                )
            else:
                QMessageBox.information(
                    self.window,
                    self.tr("Restore from backup"),
                    self.tr(
                        "This is a shared database server: its backups are the server's own. Ask its administrator."
                    ),
                )
            return None
        if self.context.read_only:
            QMessageBox.information(
                self.window,
                self.tr("Restore from backup"),
                self.tr(
                    "This database is open read-only, because another SSC Desktop has it open. Restore it there, "
                    "or close it there and open it here again."
                ),
            )
            return None
        self.restore_dialog = RestoreBackupDialog(self.context.services.backups, self.window.tasks, self.window)
        self.restore_dialog.restored.connect(self._restored)
        self.restore_dialog.open()
        return self.restore_dialog

    def _restored(self, result: Any) -> None:
        location = self.context.database.location
        if self.window.open_database(location):
            self.window.statusBar().showMessage(
                fill(
                    self.tr("Restored the backup of %1. The database as it was is kept as a backup too."),
                    f"{date_time_text(result.restored.taken_at.astimezone())}",
                ),
                15000,
            )
