"""Long work off the GUI thread behind a window-modal progress dialog with a Cancel button.

One place owns the dialog and the task handle, so every export, import and PDF batch
behaves alike: the bar follows the work's progress(done, total, text) calls, Cancel asks the
work to stop (the dialog then says "Cancelling…" until it has), and the dialog closes
before the outcome's callback runs, whatever the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ssc_desktop.views.task_runner import TaskHandle, TaskRunner, Work


class ProgressTask:
    """Starts at once; `running` is False (and `dialog` None) once the work has ended."""

    def __init__(
        self,
        tasks: TaskRunner,
        parent: QWidget,
        title: str,
        label: str,
        work: Work,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException, str], None],
        on_cancelled: Callable[[], None],
        on_end: Callable[[], None] | None = None,
    ) -> None:
        self._on_end = on_end
        self.running = True
        self.dialog: QProgressDialog | None = QProgressDialog(
            label, QCoreApplication.translate("ProgressTask", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)  # quick work finishes without a flash of a dialog
        self.handle: TaskHandle = tasks.start(
            work,
            on_success=lambda result: self._end(on_success, result),
            on_failure=lambda error, trace: self._end(on_failure, error, trace),
            on_progress=self._progress,
            on_cancelled=lambda: self._end(on_cancelled),
            owner=parent,
        )
        self.dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        """What the dialog's Cancel button does; the work stops at its next check."""
        if not self.running:
            return
        self.handle.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(QCoreApplication.translate("ProgressTask", "Cancelling…"))

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.dialog is None:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        if text and not self.handle.is_cancelling:
            self.dialog.setLabelText(text)

    def _end(self, callback: Callable[..., None], *args: Any) -> None:
        self.running = False
        if self.dialog is not None:
            self.dialog.canceled.disconnect()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self._on_end is not None:
            self._on_end()
        callback(*args)


class ProgressHost:
    """For a page or dialog that runs one long piece of work at a time through ProgressTask.

    The host has `tasks` (a TaskRunner) and `_update_buttons()`; `busy` says whether work runs.
    """

    progress: ProgressTask | None = None

    @property
    def busy(self) -> bool:
        return self.progress is not None and self.progress.running

    def start_progress(
        self,
        title: str,
        label: str,
        work: Work,
        *,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException, str], None],
        on_cancelled: Callable[[], None],
    ) -> TaskHandle:
        self.progress = ProgressTask(
            self.tasks,  # type: ignore[attr-defined]
            cast(QWidget, self),
            title,
            label,
            work,
            on_success=on_success,
            on_failure=on_failure,
            on_cancelled=on_cancelled,
            on_end=self._progress_ended,
        )
        self._update_buttons()  # type: ignore[attr-defined]
        return self.progress.handle

    def _progress_ended(self) -> None:
        self.progress = None
        self._update_buttons()  # type: ignore[attr-defined]
