"""In the window: automatic backups, File > Restore from backup…, and a file another app has open."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import ssc_desktop
from ssc_desktop.services.members import MemberDraft

pytestmark = pytest.mark.gui
REPO_ROOT = Path(ssc_desktop.__file__).resolve().parents[1]
SHOTS = Path(os.environ.get("SSC_SCREENSHOTS", "/tmp/ssc-screenshots"))


@pytest.fixture
def window(locking_main_window):
    return locking_main_window


@pytest.fixture
def other_app(demo_copy: Path):
    """Another SSC Desktop process holding demo_copy open."""
    script = (
        "import sys; from ssc_desktop.app import compose_for_window; c = compose_for_window(sys.argv[1]); "
        "print('open', flush=True); sys.stdin.read(); c.close()"
    )
    environment = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", script, str(demo_copy)],
        env=environment,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    assert process.stdout.readline().strip() == "open"
    yield process
    process.kill()
    process.wait()


def _backups(window) -> list:
    return window.context.services.backups.list_backups()


def _answer_in_use_dialog(button: str, seen: list) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append((dialog.text(), dialog.informativeText()))
        getattr(dialog, button).click()

    QTimer.singleShot(0, answer)


def test_opening_takes_a_backup_off_the_gui_thread_and_restore_puts_one_back(
    window,
    demo_copy: Path,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert window.open_database(demo_copy)
    window.show()
    qtbot.waitUntil(lambda: window.safety.last_backup is not None, timeout=10000)
    [opened] = _backups(window)
    assert (opened.reason, opened.members) == ("open", 300)
    assert "Automatic backup taken" in window.statusBar().currentMessage()

    window.context.services.members.add_members([MemberDraft(latin_name=f"Added later {i}") for i in range(5)])
    window._reload_events()
    assert "305 members" in window.totals_label.text()

    from ssc_desktop.views.dialogs import restore_backup_dialog

    asked = []
    monkeypatch.setattr(restore_backup_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    window.restore_action.trigger()
    dialog = window.safety.restore_dialog
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=10000)
    assert [dialog.table.item(0, c).text() for c in (1, 2)] == ["opened", "300"]
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "restore-backup-dialog.png"))
    window.grab().save(str(SHOTS / "main-window-with-restore.png"))
    assert dialog.restore_button.isEnabled()
    dialog.restore_button.click()
    assert asked and "300 members" in asked[0] and "backed up first" in asked[0]
    qtbot.waitUntil(lambda: "Restored the backup" in window.statusBar().currentMessage(), timeout=15000)
    assert "300 members" in window.totals_label.text()
    assert window.context.services.members.count_members() == 300
    reasons = sorted(b.reason for b in _backups(window))
    assert "restore" in reasons and "open" in reasons
    kept = next(b for b in _backups(window) if b.reason == "restore")
    assert kept.members == 305  # the database as it was before the restore, to come back to
    assert window.context.instance_lock is not None  # the reopened file is held again


def test_a_periodic_backup_while_an_event_is_under_way(window, demo_copy: Path, qtbot) -> None:
    from ssc_desktop.services.events import EventDraft, parse_event_format

    assert window.open_database(demo_copy)
    qtbot.waitUntil(lambda: window.safety.last_backup is not None, timeout=10000)
    services = window.context.services
    chapter = services.chapters.list_chapters()[0]
    now = datetime.now(timezone.utc)
    services.events.create_event(
        EventDraft(
            chapter_id=chapter.id,
            title="Under way",
            format=parse_event_format("face-to-face"),
            timezone="Asia/Tokyo",
            starts_at=now - timedelta(hours=1),
            ends_at=now + timedelta(hours=1),
        )
    )
    window.safety.back_up_if_due()  # what the timer does each minute
    window.tasks.wait_for_all(5000)
    qtbot.wait(50)
    [opened] = _backups(window)
    assert opened.reason == "open"  # under 10 minutes old: nothing due yet
    Path(opened.path).unlink()  # as if the last copy were long ago
    window.safety.back_up_if_due()
    qtbot.waitUntil(lambda: [b.reason for b in _backups(window)] == ["periodic"], timeout=10000)
    assert window.safety.timer.isActive() and window.safety.timer.interval() == 60_000


def test_a_file_open_in_another_app_says_who_and_opens_read_only(
    window,
    demo_copy: Path,
    other_app: subprocess.Popen,
    qtbot,
) -> None:
    seen: list = []
    _answer_in_use_dialog("read_only_button", seen)
    assert window.open_database(demo_copy)
    import socket

    [(text, details)] = seen
    assert socket.gethostname() in text and str(other_app.pid) in text and str(demo_copy) in details
    assert window.context.read_only
    assert "read-only" in window.windowTitle() and "read-only" in window.database_label.text()
    assert not window.restore_action.isEnabled()
    assert "300 members" in window.totals_label.text()  # everything can be seen
    assert not window.safety.banner.isHidden() and socket.gethostname() in window.safety.banner.text()
    window.show()
    qtbot.waitExposed(window)
    SHOTS.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(SHOTS / "main-window-read-only.png"))
    assert not window.safety.timer.isActive() and window.tasks.active_count == 0  # no backups from here

    shown = []
    from ssc_desktop.views.labels import error_text

    try:
        window.context.services.members.add_member(MemberDraft(latin_name="Not from here"))
    except Exception as error:  # noqa: BLE001
        shown.append(error_text(error))
    assert shown and "cannot be written" in shown[0]


def test_declining_read_only_keeps_what_was_open(
    window,
    demo_copy: Path,
    other_app: subprocess.Popen,
    tmp_path: Path,
) -> None:
    assert window.open_database(tmp_path / "mine.sqlite3")
    seen: list = []
    _answer_in_use_dialog("cancel_button", seen)
    assert not window.open_database(demo_copy)
    assert seen and window.context.database.location == str(tmp_path / "mine.sqlite3")
    assert not window.context.read_only and window.safety.banner.isHidden()


def test_the_in_use_dialog_screenshot(window, demo_copy: Path, other_app: subprocess.Popen, qtbot) -> None:
    from ssc_desktop.services.instance_lock import DatabaseInUseError, InstanceLock
    from ssc_desktop.views.database_safety import DatabaseInUseDialog

    with pytest.raises(DatabaseInUseError) as caught:
        InstanceLock.acquire(demo_copy)
    dialog = DatabaseInUseDialog(caught.value, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "database-in-use-dialog.png"))
    assert dialog.defaultButton() is dialog.cancel_button
    dialog.close()
    assert isinstance(dialog, QMessageBox)


def test_an_automatic_backup_does_not_hide_a_result_the_coordinator_asked_for(
    window,
    demo_copy: Path,
    qtbot,
) -> None:
    window.statusBar().showMessage("Roster imported: 12 members added or updated.", 8000)
    assert window.open_database(demo_copy)
    qtbot.waitUntil(lambda: window.safety.last_backup is not None, timeout=10000)
    assert window.statusBar().currentMessage() == "Roster imported: 12 members added or updated."


@pytest.mark.postgres
def test_file_restore_on_a_shared_server_says_where_its_copies_are(
    window,
    private_postgres,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ssc_desktop.views import database_safety

    assert window.open_database(private_postgres.url)
    told: list[str] = []
    monkeypatch.setattr(database_safety.QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert window.restore_action.isEnabled()
    window.restore_action.trigger()
    assert len(told) == 1 and "the server's own" in told[0]
    assert str(window.context.services.backups.folder) in told[0]


def test_restore_on_a_shared_server_says_where_its_copies_are(qtbot, monkeypatch: pytest.MonkeyPatch) -> None:
    from types import SimpleNamespace

    from PySide6.QtWidgets import QWidget

    from ssc_desktop.db import database_url
    from ssc_desktop.services.backups import BackupsService
    from ssc_desktop.views import database_safety

    url = database_url("postgresql://ssc@192.0.2.1/reunion")
    backups = BackupsService(None, "postgresql://ssc@192.0.2.1/reunion", server_url=url)
    host = QWidget()
    qtbot.addWidget(host)
    safety = database_safety.DatabaseSafety(host)
    safety.context = SimpleNamespace(read_only=False, services=SimpleNamespace(backups=backups))
    told: list[str] = []
    monkeypatch.setattr(database_safety.QMessageBox, "information", lambda _parent, _title, text: told.append(text))
    assert safety.open_restore_dialog() is None
    assert len(told) == 1
    assert "the server's own" in told[0] and str(backups.folder) in told[0] and "Open database" in told[0]
