"""The first start: language, chapter, then the roster or the demo — and never again after."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWizard

from ssc_desktop import app as app_module
from ssc_desktop import languages
from ssc_desktop.views import settings
from ssc_desktop.views.dialogs import first_run_wizard
from ssc_desktop.views.dialogs.first_run_wizard import FirstRunChoices, FirstRunWizard, Start, first_run_due
from ssc_desktop.views.language import apply_language

pytestmark = pytest.mark.gui
SHOTS = Path(os.environ.get("SSC_SCREENSHOTS", "/tmp/ssc-screenshots"))


@pytest.fixture
def english_afterwards():
    yield
    apply_language(QApplication.instance(), languages.shipped("en"))


def test_the_wizard_is_due_only_when_nothing_was_asked_for_and_nothing_was_used() -> None:
    assert first_run_due(None, None, None)
    assert not first_run_due("/tmp/some.sqlite3", None, None)
    assert not first_run_due(None, "keep", None)
    assert not first_run_due(None, None, 3)
    settings.LAST_DATABASE.set("/tmp/used-before.sqlite3")
    assert not first_run_due(None, None, None)
    settings.LAST_DATABASE.clear()
    settings.FIRST_RUN_DONE.set(True)
    assert not first_run_due(None, None, None)


def test_choosing_japanese_speaks_it_on_the_next_pages(qtbot, english_afterwards) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.resize(680, 500)
    wizard.show()
    SHOTS.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(SHOTS / "first-run-1-language.png"))
    page = wizard.language_page
    page.list.setCurrentRow([language.code for language in languages.SHIPPED].index("ja"))
    wizard.next()
    assert settings.LANGUAGE.get() == "ja"
    japanese = languages.translations_of("ja", "_ChapterPage")
    assert wizard.currentPage() is wizard.chapter_page
    assert wizard.chapter_page.title() == japanese["Your chapter"] != "Your chapter"
    assert (
        wizard.buttonText(QWizard.WizardButton.NextButton)
        == languages.translations_of("ja", "FirstRunWizard")["&Next >"]
    )
    wizard.grab().save(str(SHOTS / "first-run-2-chapter-ja.png"))
    wizard.chapter_page.chapter.setCurrentIndex(wizard.chapter_page.chapter.findData("SSC Indonesia"))
    wizard.next()
    wizard.start_page.buttons[Start.EMPTY].setChecked(True)
    wizard.grab().save(str(SHOTS / "first-run-3-start-ja.png"))
    assert wizard.choices() == FirstRunChoices(languages.shipped("ja"), "SSC Indonesia", Start.EMPTY)


def test_a_typed_chapter_is_kept_as_typed(qtbot) -> None:
    wizard = FirstRunWizard()
    qtbot.addWidget(wizard)
    wizard.chapter_page.chapter.setEditText("SSC Philippines")
    assert wizard.chapter_page.chosen() == "SSC Philippines"


def test_the_first_start_imports_into_the_chosen_chapter_and_new_events_start_there(qtbot, monkeypatch) -> None:
    from ssc_desktop.views.startup import open_main_window
    from ssc_desktop.views import startup as startup
    from ssc_desktop.views.dialogs.event_dialog import EventDialog

    asked = []
    monkeypatch.setattr(
        startup,
        "ask_first_run",
        lambda: asked.append(1) or FirstRunChoices(languages.shipped("en"), "SSC India", Start.IMPORT_ROSTER),
    )
    opened = []
    monkeypatch.setattr(startup.MainWindow, "import_roster", lambda self, path=None, chapter=None: opened.append(self))
    window = open_main_window(QApplication.instance(), compose=app_module.compose, create_demo=app_module.create_demo)
    assert window is not None and asked == [1]
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: opened == [window], timeout=5000)  # the roster import opens by itself
        home = window.context.services.chapters.home_chapter()
        assert home is not None and (home.name, home.short_name) == ("SSC India", "ISCA")
        dialog = EventDialog(window.context.services, window)
        qtbot.addWidget(dialog)
        assert dialog.chapter.currentData() == "SSC India" and dialog.timezone.currentText() == "Asia/Kolkata"
    finally:
        window.tasks.wait_for_all(5000)
        window.context.close()
        window.context = None
    # The next start goes straight to the database it used.
    assert not first_run_due(None, None, None)


def test_skipping_the_wizard_opens_the_default_database_and_does_not_ask_again(qtbot, monkeypatch) -> None:
    from ssc_desktop.views.startup import ask_first_run, open_main_window

    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: FirstRunWizard.DialogCode.Rejected)
    assert ask_first_run() is None and settings.FIRST_RUN_DONE.get()
    monkeypatch.setattr(first_run_wizard.FirstRunWizard, "exec", lambda self: pytest.fail("asked twice"))
    window = open_main_window(QApplication.instance(), compose=app_module.compose, create_demo=app_module.create_demo)
    assert window is not None
    qtbot.addWidget(window)
    window.tasks.wait_for_all(5000)
    window.context.close()
    window.context = None
