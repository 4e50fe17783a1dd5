"""GUI test fixtures: offscreen Qt, settings kept in a temporary folder, demo databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ssc_desktop import app as app_module
from ssc_desktop.services.demo import generate_members


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):
    """Every test gets empty QSettings in a temporary folder, never the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("SSC Desktop Tests")
    QCoreApplication.setApplicationName("ssc-desktop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder


@pytest.fixture(autouse=True)
def no_unanswered_message_box(monkeypatch):
    """Offscreen, a message box nobody answers waits for ever (CI hung on one): a test that expects
    one patches it; any other box fails the test at once with its title and text."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str):
        def shown(_parent, title, text, *_args, **_kwargs):
            raise AssertionError(f"an unexpected QMessageBox.{kind} would wait for an answer: {title}: {text}")

        return staticmethod(shown)

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


@pytest.fixture
def threads_seen(monkeypatch):
    """watch(owner, "name") wraps owner.name so that every call records the thread it ran on;
    `off_gui_thread(name)` then says whether it ran, and never on the GUI thread."""
    import threading

    seen: dict[str, list[threading.Thread]] = {}

    class Threads:
        def watch(self, owner, name: str) -> None:
            real = getattr(owner, name)

            def recording(*args, **kwargs):
                seen.setdefault(name, []).append(threading.current_thread())
                return real(*args, **kwargs)

            monkeypatch.setattr(owner, name, recording)

        def off_gui_thread(self, name: str) -> bool:
            return bool(seen.get(name)) and all(t is not threading.main_thread() for t in seen[name])

    return Threads()


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    context, _summary = app_module.create_demo(path)
    context.close()
    return path


@pytest.fixture
def demo_copy(demo_db_path, tmp_path):
    """A private copy of the demo database that a test may change."""
    import shutil

    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_path, target)
    return target


@pytest.fixture
def context(demo_copy):
    """The services on a private copy of the demo, closed after the test."""
    ctx = app_module.compose(demo_copy)
    yield ctx
    ctx.close()


@pytest.fixture
def tasks(qtbot):
    """A task runner whose work has ended before the test's database closes."""
    from ssc_desktop.views.task_runner import TaskRunner

    runner = TaskRunner()
    yield runner
    runner.wait_for_all(10000)


@pytest.fixture(scope="session")
def big_db_path(tmp_path_factory):
    """30,000 members, as in SSC China's roster."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    context = app_module.compose(path)
    chapter, _ = context.services.chapters.ensure_chapter("SSC China", "SSC-CN", "China")
    drafts = generate_members(30_000, seed=11, chapter_ids={"China": chapter.id})
    context.services.members.add_members(drafts)
    context.close()
    return path


@pytest.fixture
def main_window(qtbot):
    """The main window over the services alone (app.compose): no instance lock on the files."""
    yield from _built_main_window(qtbot, app_module.compose, (1280, 800))


@pytest.fixture
def locking_main_window(qtbot):
    """The window as ssc-desktop builds it (app.compose_for_window): holding each file's instance lock."""
    yield from _built_main_window(qtbot, app_module.compose_for_window, (1366, 768))


def _built_main_window(qtbot, compose, size: tuple[int, int]):
    from ssc_desktop.views.main_window import MainWindow
    from ssc_desktop.views.theme import apply_theme

    # The windows of earlier tests go first: pytest-qt only deleteLater()s them, and a test that
    # never ran the event loop leaves them half torn down for the app-wide restyle below to touch.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_theme(qapp_instance())
    window = MainWindow(compose, app_module.create_demo)
    qtbot.addWidget(window)
    window.resize(*size)
    yield window
    window.tasks.wait_for_all(5000)
    if window.context is not None:
        window.context.close()
        window.context = None


def qapp_instance():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


class KeyboardWedge:
    """Sends key events the way Qt delivers a keyboard-wedge scanner's (or a person's) keys.

    As Qt's xcb platform really reports them (measured under Xvfb with xdotool): a capital
    is Shift press (Key_Shift, no text), the letter's press with ShiftModifier and its text,
    the letter's release, Shift release. `us_text` says which keys the scanner presses (its
    Shift state follows the US character); `typed` is what the laptop's layout makes of
    them (the key events' text), the same when not given. Every event gets a timestamp,
    as the windowing system stamps real ones; gaps[i] is the time before key i.
    """

    def __init__(self, window) -> None:
        self.window = window
        self.moment = 1_000_000

    def _send(self, kind, key: int, modifiers, text: str) -> None:
        event = QKeyEvent(kind, key, modifiers, text)
        event.setTimestamp(int(self.moment))
        QApplication.sendEvent(QApplication.focusWidget() or self.window, event)

    def press(self, key: int, text: str = "", modifiers=None) -> None:
        modifiers = Qt.KeyboardModifier.NoModifier if modifiers is None else modifiers
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self._send(kind, key, modifiers, text)

    def type(
        self, us_text: str, gaps=5, typed: str | None = None, caps_lock: bool = False, qtbot=None, wait_ms: int = 0
    ) -> None:
        typed = us_text if typed is None else typed
        assert len(typed) == len(us_text)
        for number, (us_char, char) in enumerate(zip(us_text, typed, strict=True)):
            self.moment += gaps[number] if isinstance(gaps, (list, tuple)) else gaps
            shifted = us_char.isupper() or us_char in '!@#$%^&*()_+{}|:"<>?~'
            if caps_lock and char.isalpha():
                char = char.swapcase()
            key = _qt_key(char)
            if shifted:
                self._send(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.ShiftModifier, "")
                self.moment += 1
                self._send(QEvent.Type.KeyPress, key, Qt.KeyboardModifier.ShiftModifier, char)
                self._send(QEvent.Type.KeyRelease, key, Qt.KeyboardModifier.ShiftModifier, char)
                self.moment += 1
                self._send(QEvent.Type.KeyRelease, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier, "")
            else:
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    self._send(kind, key, Qt.KeyboardModifier.NoModifier, char)
            if wait_ms and qtbot is not None:
                qtbot.wait(wait_ms)

    def enter(self, gap: int = 5) -> None:
        self.moment += gap
        self.press(Qt.Key.Key_Return, "\r")

    def tab(self, gap: int = 5) -> None:
        self.moment += gap
        self.press(Qt.Key.Key_Tab, "\t")

    def control(self, letter: str, gap: int = 5) -> None:
        """Ctrl+letter as a scanner sends STX (Ctrl+B) or ETX (Ctrl+C): Ctrl press, then the control character."""
        self.moment += gap
        self._send(QEvent.Type.KeyPress, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier, "")
        self.moment += 1
        self.press(_qt_key(letter), chr(ord(letter.upper()) - 64), Qt.KeyboardModifier.ControlModifier)
        self._send(QEvent.Type.KeyRelease, Qt.Key.Key_Control, Qt.KeyboardModifier.NoModifier, "")


def _qt_key(char: str) -> int:
    """Qt's key code for a typed character: Key_A... for letters, the upper-case code point otherwise."""
    return ord(char.upper()) if len(char.upper()) == 1 else ord(char)


@pytest.fixture
def wedge():
    """wedge(window) -> KeyboardWedge sending to window's focus widget."""
    return KeyboardWedge
