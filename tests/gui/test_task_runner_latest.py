"""The task runner's latest= option: only the newest request of a kind delivers its answer."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QObject

from ssc_desktop.views.task_runner import TaskRunner

pytestmark = pytest.mark.gui


def test_a_slow_old_answer_never_replaces_a_newer_one(qtbot) -> None:
    owner = QObject()
    tasks = TaskRunner(owner)
    release_old = threading.Event()
    delivered: list[str] = []
    seen_cancel: list[bool] = []

    def old(_progress, cancel):
        release_old.wait(10)
        seen_cancel.append(cancel.is_set())
        return "old"

    tasks.start(old, on_success=delivered.append, owner=owner, latest="rows")
    tasks.start(lambda _p, _c: "new", on_success=delivered.append, owner=owner, latest="rows")
    qtbot.waitUntil(lambda: delivered == ["new"], timeout=5000)
    release_old.set()
    assert tasks.wait_for_all(5000)
    qtbot.wait(50)
    assert delivered == ["new"] and seen_cancel == [True]  # the old one was told to stop, and dropped


def test_names_are_per_owner_and_unnamed_work_is_untouched(qtbot) -> None:
    first, second = QObject(), QObject()
    tasks = TaskRunner(first)
    delivered: list[str] = []
    tasks.start(lambda _p, _c: "first page", on_success=delivered.append, owner=first, latest="rows")
    tasks.start(lambda _p, _c: "second page", on_success=delivered.append, owner=second, latest="rows")
    tasks.start(lambda _p, _c: "plain", on_success=delivered.append, owner=first)
    qtbot.waitUntil(lambda: len(delivered) == 3, timeout=5000)
    assert sorted(delivered) == ["first page", "plain", "second page"]


def test_dropping_the_latest_silences_what_is_still_running(qtbot) -> None:
    owner = QObject()
    tasks = TaskRunner(owner)
    release = threading.Event()
    delivered: list[str] = []
    tasks.start(lambda _p, _c: release.wait(10) and "late", on_success=delivered.append, owner=owner, latest="rows")
    tasks.drop_latest(owner, "rows")
    release.set()
    assert tasks.wait_for_all(5000)
    qtbot.wait(50)
    assert delivered == []
