"""GUI test fixtures: offscreen Qt, settings kept in a temporary folder, demo databases."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from ssc_desktop import app as app_module  # noqa: E402
from ssc_desktop.services.demo import generate_members  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, qapp):  # noqa: ANN001
    """Every test gets empty QSettings in a temporary folder, never the user's own."""
    folder = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("SSC Desktop Tests")
    QCoreApplication.setApplicationName("ssc-desktop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder


@pytest.fixture(scope="session")
def demo_db_path(tmp_path_factory):  # noqa: ANN001
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    context, _summary = app_module.create_demo(path)
    context.close()
    return path


@pytest.fixture
def demo_copy(demo_db_path, tmp_path):  # noqa: ANN001
    """A private copy of the demo database that a test may change."""
    import shutil

    target = tmp_path / "demo.sqlite3"
    shutil.copy(demo_db_path, target)
    return target


@pytest.fixture(scope="session")
def big_db_path(tmp_path_factory):  # noqa: ANN001
    """30,000 members, as in SSC China's roster."""
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    context = app_module.compose(path)
    chapter, _ = context.services.chapters.ensure_chapter("SSC China", "SSC-CN", "China")
    drafts = generate_members(30_000, seed=11, chapter_ids={"China": chapter.id})
    context.services.members.add_members(drafts)
    context.close()
    return path


@pytest.fixture
def main_window(qtbot):  # noqa: ANN001
    from ssc_desktop.views.main_window import MainWindow
    from ssc_desktop.views.theme import apply_theme

    apply_theme(qapp_instance())
    window = MainWindow(app_module.compose, app_module.create_demo)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    yield window
    window.tasks.wait_for_all(5000)
    if window.context is not None:
        window.context.close()
        window.context = None


def qapp_instance():  # noqa: ANN201
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


