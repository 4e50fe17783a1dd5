"""Fits a real laptop's screen: every page of the main window, on the demo reunion, and the main
dialogs at 1366x768 and 1280x800 at 100 %, and at 1920x1080 at 150 % (a logical 1280x720).

Nothing may be clipped or overlap (tests/gui/fit_check.py says what that means), and every page
and dialog is saved as a screenshot to $SSC_SCREENSHOTS (or /tmp/ssc-screenshots) to look at.
QT_SCALE_FACTOR has to be set before the QApplication exists, so the 150 % case runs this file
again in a pytest process of its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # --import-mode=importlib: the tests folder is not a package
    sys.path.insert(0, str(_HERE))

from fit_check import fit_problems, save_screenshot  # noqa: E402 - after the tests folder is on the path

pytestmark = pytest.mark.gui

SCALED = float(os.environ.get("QT_SCALE_FACTOR") or 1) != 1
LANGUAGE = os.environ.get("SSC_FIT_LANGUAGE", "")  # set for the run in another language (below)
SIZES = (
    {"1920x1080-150pc": (1280, 720)}
    if SCALED
    else {f"1366x768-{LANGUAGE}": (1366, 768)}
    if LANGUAGE
    else {"1366x768": (1366, 768), "1280x800": (1280, 800)}
)
AREAS = [
    "events",
    "programme",
    "registrations",
    "members",
    "checkin",
    "dashboard",
    "contests",
    "exports",
    "certificates",
    "audit",
]
TASKBAR = 48  # logical pixels a desktop keeps for its panel and a dialog's title bar
_ROOT = _HERE.parents[1]


@pytest.fixture(params=list(SIZES))
def size(request) -> tuple[str, tuple[int, int]]:
    return request.param, SIZES[request.param]


@pytest.fixture(autouse=True)
def in_the_language_asked_for():
    """The run in another language: its translations installed before any window is built."""
    if not LANGUAGE:
        yield
        return
    from PySide6.QtWidgets import QApplication

    from ssc_desktop import languages
    from ssc_desktop.views.language import apply_language

    apply_language(QApplication.instance(), languages.shipped(LANGUAGE))
    yield
    apply_language(QApplication.instance(), languages.shipped("en"))


@pytest.fixture
def window(main_window, demo_copy, qtbot, size):
    _name, (width, height) = size
    assert main_window.open_database(demo_copy)
    main_window.resize(width, height)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window


def _settle(window, qtbot) -> None:
    for _ in range(3):
        window.tasks.wait_for_all(15000)
        qtbot.wait(30)


def _assert_fits(widget, name: str) -> None:
    path = save_screenshot(widget, name)
    problems = fit_problems(widget)
    assert not problems, f"{name} ({path}):\n" + "\n".join(problems)


@pytest.mark.parametrize("area", AREAS)
def test_every_page_fits(window, qtbot, size, area: str) -> None:
    name, (width, height) = size
    window.show_area(area)
    if area == "dashboard":
        qtbot.waitUntil(lambda: window.dashboard_page.reunion is not None, timeout=15000)
    _settle(window, qtbot)
    # A page whose layout cannot shrink to the screen makes the window bigger than the screen.
    assert (window.width(), window.height()) == (width, height), f"{area} makes the window {window.size()}"
    _assert_fits(window, f"{name}-page-{area}")
    # Every tab of the page's tab widgets too (the Contests page's Entries, Judges, Results…).
    page = window.stack.currentWidget()
    for tabs in page.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        for number in range(1, tabs.count()):
            tabs.setCurrentIndex(number)
            _settle(window, qtbot)
            _assert_fits(window, f"{name}-page-{area}-tab{number}")


@pytest.mark.parametrize("area", AREAS)
def test_every_page_fits_on_a_new_database(main_window, qtbot, tmp_path, size, area: str) -> None:
    """No event yet: the pages' empty states and hints must fit as well."""
    name, (width, height) = size
    assert main_window.open_database(tmp_path / "new.sqlite3")
    main_window.resize(width, height)
    main_window.show()
    qtbot.waitExposed(main_window)
    main_window.show_area(area)
    _settle(main_window, qtbot)
    assert (main_window.width(), main_window.height()) == (width, height)
    _assert_fits(main_window, f"{name}-empty-{area}")


def _programme_item(window):
    from ssc_desktop.views.dialogs.programme_item_dialog import ProgrammeItemDialog

    services, event = window.context.services, window.current_event()
    programme = services.programme.programme(event.id)
    return ProgrammeItemDialog(services, event, programme.items[0], list(programme.rooms), None, window)


def _contest(window):
    return window.context.services.contests.list_contests(window.current_event().id)[0]


def _template_dialog(window):
    from ssc_desktop.views.dialogs.certificate_template_dialog import (
        CertificateTemplateDialog,
    )

    services = window.context.services
    template = services.certificates.list_templates()[0]
    return CertificateTemplateDialog(services, window.tasks, window.current_event(), template, parent=window)


def _dialogs():
    from ssc_desktop.views.dialogs.about_dialog import AboutDialog
    from ssc_desktop.views.dialogs.badges_dialog import BadgesDialog
    from ssc_desktop.views.dialogs.checkin_lists_dialog import CheckInListsDialog
    from ssc_desktop.views.dialogs.contest_dialog import ContestDialog
    from ssc_desktop.views.dialogs.contest_entry_dialog import ContestEntryDialog
    from ssc_desktop.views.dialogs.desk_files_dialog import (
        MergeDesksDialog,
        PrepareDeskDialog,
    )
    from ssc_desktop.views.dialogs.event_dialog import CopyEventDialog, EventDialog
    from ssc_desktop.views.dialogs.online_matching_dialog import OnlineMatchingDialog
    from ssc_desktop.views.dialogs.register_members_dialog import RegisterMembersDialog
    from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard
    from ssc_desktop.views.dialogs.smtp_settings_dialog import SmtpSettingsDialog
    from ssc_desktop.views.dialogs.walk_in_dialog import WalkInDialog

    return {
        "new-event": lambda w: EventDialog(w.context.services, w),
        "edit-event": lambda w: EventDialog(w.context.services, w, event=w.current_event()),
        "programme-item": _programme_item,
        "badges": lambda w: BadgesDialog(w.context.services, w.current_event(), w.tasks, parent=w),
        "register-members": lambda w: RegisterMembersDialog(w.context.services, w.tasks, w.current_event(), w),
        "walk-in": lambda w: WalkInDialog(w.context.services, w.current_event(), "Desk 1", w),
        "check-in-lists": lambda w: CheckInListsDialog(w.context.services, w.current_event(), w),
        "new-contest": lambda w: ContestDialog(w.context.services, w.current_event().id, parent=w),
        "roster-import": lambda w: RosterImportWizard(w.context.services, w.tasks, w),
        "mail-settings": lambda w: SmtpSettingsDialog(w.context.services, w.tasks, w),
        "about": lambda w: AboutDialog(w.context.location, w),
        "copy-event": lambda w: CopyEventDialog(w.context.services, w.current_event(), w),
        "certificate-template": _template_dialog,
        "online-matching": lambda w: OnlineMatchingDialog(w.context.services, w.current_event().id, w),
        "prepare-desk": lambda w: PrepareDeskDialog(w.context.services, w.current_event(), w.tasks, w),
        "merge-desks": lambda w: MergeDesksDialog(w.context.services, w.tasks, w.current_event().timezone, w),
        "contest-entry": lambda w: ContestEntryDialog(w.context.services, _contest(w), parent=w),
    }


@pytest.mark.parametrize("dialog_name", list(_dialogs()))
def test_main_dialogs_fit(window, qtbot, size, dialog_name: str) -> None:
    name, (width, height) = size
    dialog = _dialogs()[dialog_name](window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _settle(window, qtbot)
    room = (width, height - TASKBAR)
    # Qt opens a window it was not given a size at its size hint, up to 2/3 of the screen; the
    # offscreen screen is 800x600, so the size a real screen of this size would give is set here.
    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        hint, least = dialog.sizeHint(), dialog.minimumSizeHint()
        dialog.resize(
            max(least.width(), min(hint.width(), width * 2 // 3)),
            max(least.height(), min(hint.height(), height * 2 // 3)),
        )
        qtbot.wait(30)
    if dialog.width() > room[0] or dialog.height() > room[1]:
        dialog.resize(min(dialog.width(), room[0]), min(dialog.height(), room[1]))
        qtbot.wait(30)
    assert dialog.width() <= room[0] and dialog.height() <= room[1], (
        f"{dialog_name} cannot be smaller than {dialog.size()} on a {width}x{height} screen"
    )
    _assert_fits(dialog, f"{name}-dialog-{dialog_name}")
    dialog.reject()


@pytest.mark.skipif(SCALED or bool(LANGUAGE), reason="this is the run at 150 % or in another language")
@pytest.mark.parametrize("language", ["ja"])
def test_in_a_longer_language(language: str) -> None:
    """Japanese words are wider per letter and its labels longer: this file again at 1366x768, in
    its own process with the translations installed."""
    environment = dict(
        os.environ,
        SSC_FIT_LANGUAGE=language,
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__).relative_to(_ROOT))],
        check=False,
        cwd=_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-12000:] + done.stderr[-3000:]


@pytest.mark.skipif(SCALED or bool(LANGUAGE), reason="this is the run at 150 % or in another language")
def test_at_150_percent_scaling() -> None:
    """1920x1080 at 150 %: this file again, in its own process with QT_SCALE_FACTOR=1.5."""
    environment = dict(
        os.environ,
        QT_SCALE_FACTOR="1.5",
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=os.pathsep.join(filter(None, [str(_ROOT), os.environ.get("PYTHONPATH")])),
    )
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(Path(__file__).relative_to(_ROOT))],
        check=False,
        cwd=_ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert done.returncode == 0, done.stdout[-12000:] + done.stderr[-3000:]


def test_a_name_in_its_own_script_sits_on_the_line_of_the_latin_name(window, qtbot, size) -> None:
    """A Bengali name beside its Latin spelling: the same baseline (the Bengali font's smaller ascent
    used to lift it 2-3 px), found in the pixels the table really drew."""
    from fit_check import ink_extent

    window.show_area("members")
    _settle(window, qtbot)
    page = window.members_page
    page.search.setText("Farzana Akter")
    qtbot.waitUntil(lambda: page.table.model().rowCount() >= 1, timeout=5000)
    _settle(window, qtbot)
    table = page.table
    latin, native = table.model().index(0, 0), table.model().index(0, 1)
    assert (latin.data(), native.data()) == ("Farzana Akter", "ফারজানা আক্তার")
    image = table.viewport().grab().toImage()
    ratio = image.devicePixelRatio()

    def ink_bottom(index) -> float:
        rect = table.visualRect(index)
        dark = [
            y
            for y in range(int(rect.top() * ratio), int((rect.bottom() + 1) * ratio))
            if any(
                image.pixelColor(x, y).lightness() < 140
                for x in range(int((rect.left() + 3) * ratio), int((rect.right() - 3) * ratio))
            )
        ]
        assert dark, f"nothing drawn in {index.data()!r}"
        return max(dark) / ratio - rect.top()

    # "Farzana Akter" has no descender: its ink ends on the baseline; the Bengali glyphs end
    # where the font says they reach below it.
    _top, below = ink_extent(table.font(), native.data())
    assert abs(ink_bottom(native) - (ink_bottom(latin) + below)) <= 1.5 / ratio + 0.5


def test_the_roster_import_wizard_fits_at_every_step(window, qtbot, size) -> None:
    from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard

    name, (width, height) = size
    wizard = RosterImportWizard(
        window.context.services,
        window.tasks,
        window,
        path=_ROOT / "tests" / "data" / "roster-sample.xlsx",
        chapter="SSC India",
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    for step in ("file", "mapping", "check"):
        if step != "file":
            wizard.next()
        if step == "check":
            qtbot.waitUntil(
                lambda: wizard.check_page.result is not None or wizard.check_page.error.isVisible(), timeout=15000
            )
        _settle(window, qtbot)
        assert wizard.width() <= width and wizard.height() <= height - TASKBAR, f"{step}: {wizard.size()}"
        _assert_fits(wizard, f"{name}-wizard-{step}")
    wizard.reject()
