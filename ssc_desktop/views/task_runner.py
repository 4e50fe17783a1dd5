"""Runs long work (loading, backups, exports) off the GUI thread.

A task is a plain function `work(progress, cancel)`; it reports with
progress(done, total, text) and checks cancel.is_set(). Its result or error comes
back on the GUI thread through Qt's queued signals.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from ssc_desktop.long_work import ProgressFn, WorkCancelled

# A task raises WorkCancelled when it saw its cancel flag: reported as cancelled, not as a failure.
Work = Callable[[ProgressFn, threading.Event], Any]
__all__ = ["ProgressFn", "TaskHandle", "TaskRunner", "Work", "WorkCancelled"]


class _TaskSignals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)
    cancelled = Signal()
    finished = Signal()


class TaskHandle:
    def __init__(self, signals: _TaskSignals, cancel: threading.Event) -> None:
        self.signals = signals
        self._cancel = cancel
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelling(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _TaskSignals, cancel: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._cancel = cancel
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel)
        except WorkCancelled:
            self._signals.cancelled.emit()
        except Exception as error:  # noqa: BLE001 - every failure must reach the GUI, not vanish in a thread
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.failed.emit(error, traceback.format_exc())
        else:
            if self._cancel.is_set():
                self._signals.cancelled.emit()
            else:
                self._signals.succeeded.emit(result)
        finally:
            self._signals.finished.emit()


def _while_alive(owner: QObject | None, callback: Callable | None) -> Callable | None:
    # A result may arrive after its page was closed; it is then dropped, not delivered to a dead widget.
    if callback is None or owner is None:
        return callback

    def guarded(*args: Any) -> None:
        if Shiboken.isValid(owner):
            callback(*args)

    return guarded


class TaskRunner(QObject):
    """Owns a thread pool and keeps every running task's signals alive until it ends."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._running: set[TaskHandle] = set()
        self._latest: dict[tuple[int, str], TaskHandle] = {}

    def start(
        self,
        work: Work,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException, str], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
        on_cancelled: Callable[[], object] | None = None,  # what it returns is not used
        owner: QObject | None = None,
        latest: str | None = None,
    ) -> TaskHandle:
        """Runs work in the pool; callbacks run on the GUI thread while owner still exists.

        latest names work of which only the newest request matters (a page reading its rows for
        the filter just typed): starting another with the same name for the same owner cancels
        the older one and drops its callbacks, so a slow old answer never replaces a new one.
        """
        owner = owner if owner is not None else self.parent()
        signals = _TaskSignals()
        cancel = threading.Event()
        handle = TaskHandle(signals, cancel)
        callbacks: tuple[Callable[..., Any] | None, ...] = (on_success, on_failure, on_progress, on_cancelled)
        if latest is not None:
            callbacks = self._only_if_latest(handle, (id(owner), latest), callbacks)
        on_success, on_failure, on_progress, on_cancelled = (_while_alive(owner, callback) for callback in callbacks)
        if on_success:
            signals.succeeded.connect(on_success)
        if on_failure:
            signals.failed.connect(on_failure)
        if on_progress:
            signals.progress.connect(on_progress)
        if on_cancelled:
            signals.cancelled.connect(on_cancelled)
        signals.finished.connect(lambda: self._forget(handle))
        self._running.add(handle)
        self._pool.start(_Runnable(work, signals, cancel))
        return handle

    def _only_if_latest(
        self, handle: TaskHandle, slot: tuple[int, str], callbacks: tuple[Callable | None, ...]
    ) -> tuple[Callable | None, ...]:
        older = self._latest.get(slot)
        if older is not None and not older.done:
            older.cancel()
        self._latest[slot] = handle

        def when_latest(callback: Callable | None) -> Callable | None:
            if callback is None:
                return None

            def guarded(*args: Any) -> None:
                if self._latest.get(slot) is handle:
                    callback(*args)

            return guarded

        return tuple(when_latest(callback) for callback in callbacks)

    def drop_latest(self, owner: QObject, latest: str) -> None:
        """Nothing of the named work still running may deliver any more (e.g. no event is chosen now)."""
        older = self._latest.pop((id(owner), latest), None)
        if older is not None and not older.done:
            older.cancel()

    def _forget(self, handle: TaskHandle) -> None:
        handle.done = True
        self._running.discard(handle)

    @property
    def active_count(self) -> int:
        return len(self._running)

    def wait_for_all(self, msecs: int = -1) -> bool:
        return self._pool.waitForDone(msecs)
