"""ProgressTask: the one progress dialog with Cancel that every long piece of work uses."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from ssc_desktop.views.progress_task import ProgressTask
from ssc_desktop.views.task_runner import WorkCancelled


def _start(tasks, owner, work, outcomes):
    return ProgressTask(
        tasks,
        owner,
        "Working",
        "Working…",
        work,
        on_success=lambda result: outcomes.append(("done", result)),
        on_failure=lambda error, _trace: outcomes.append(("failed", str(error))),
        on_cancelled=lambda: outcomes.append(("cancelled",)),
        on_end=lambda: outcomes.append(("ended",)),
    )


def test_progress_moves_the_bar_and_the_dialog_closes_before_the_outcome(qtbot, tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    release = threading.Event()
    outcomes: list = []

    def work(progress, cancel):
        progress(3, 10, "Page 3 of 10")
        release.wait(5)
        return 42

    task = _start(tasks, owner, work, outcomes)
    qtbot.waitUntil(lambda: task.dialog is not None and task.dialog.value() == 3, timeout=5000)
    assert task.dialog.maximum() == 10 and task.dialog.labelText() == "Page 3 of 10" and task.running
    release.set()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert outcomes == [("ended",), ("done", 42)] and task.dialog is None


def test_cancel_says_so_and_ends_cancelled(qtbot, tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    started = threading.Event()
    outcomes: list = []

    def work(progress, cancel):
        started.set()
        cancel.wait(5)
        progress(1, 2, "still going")  # after Cancel the label keeps saying "Cancelling…"
        raise WorkCancelled()

    task = _start(tasks, owner, work, outcomes)
    started.wait(5)
    task.dialog.canceled.emit()
    assert task.dialog.labelText() == "Cancelling…"
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert outcomes == [("ended",), ("cancelled",)]


def test_a_failure_reaches_the_failure_callback(qtbot, tasks) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    outcomes: list = []

    def work(progress, cancel):
        raise OSError("disk full")

    task = _start(tasks, owner, work, outcomes)
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert outcomes == [("ended",), ("failed", "disk full")]
