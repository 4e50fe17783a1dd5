"""The first start on a laptop: the language, the coordinator's chapter, then the roster or the demo.

Shown once, before the main window exists, only when SSC Desktop starts with nothing to open (no
--db, --demo or --station, no database used before). The language applies at once to the
pages after the first and to every window after the wizard; Cancel skips it for good, and every
choice can be made later (File > Preferences…, the event dialog, File > Import roster…).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import cast

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ssc_desktop import languages
from ssc_desktop.services.chapters import KNOWN_CHAPTERS
from ssc_desktop.views import settings
from ssc_desktop.views.language import apply_language, running_language


class Start(enum.Enum):
    IMPORT_ROSTER = "import"
    DEMO = "demo"
    EMPTY = "empty"


@dataclass(frozen=True)
class FirstRunChoices:
    language: languages.Language
    chapter: str  # "" when none was given
    start: Start


class _LanguagePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setAccessibleName(languages.in_every_language("language_word", " / "))
        for language in languages.SHIPPED:
            item = QListWidgetItem(language.native_name)
            item.setData(256, language.code)
            self.list.addItem(item)
        system = languages.best_match(QLocale.system().uiLanguages())
        self.list.setCurrentRow([language.code for language in languages.SHIPPED].index(system.code))
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)

    def initializePage(self) -> None:  # Qt's name
        # In every shipped language at once: the person may not read the one the system chose.
        self.setTitle(languages.in_every_language("welcome"))
        self.setSubTitle(languages.in_every_language("choose_prompt"))

    def chosen(self) -> languages.Language:
        return languages.shipped(self.list.currentItem().data(256)) or languages.SHIPPED[0]

    def validatePage(self) -> bool:  # Qt's name
        language = self.chosen()
        settings.LANGUAGE.set(language.code)
        if language != running_language():
            app = QApplication.instance()
            assert app is not None  # the wizard runs in the app
            apply_language(app, language)  # the next pages are built in it
            cast(FirstRunWizard, self.wizard()).retranslate()  # this page is only in that wizard
        return True


class _ChapterPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        for chapter in KNOWN_CHAPTERS:
            self.chapter.addItem(f"{chapter.name} ({chapter.short_name})", chapter.name)
        self.chapter.setCurrentIndex(-1)
        self.form_label = QLabel()
        self.form_label.setBuddy(self.chapter)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("PageHint")
        form = QFormLayout()
        form.addRow(self.form_label, self.chapter)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)

    def initializePage(self) -> None:  # Qt's name
        self.setTitle(self.tr("Your chapter"))
        self.setSubTitle(self.tr("The SSC chapter whose reunions you run."))
        self.form_label.setText(self.tr("&Chapter:"))
        assert (line_edit := self.chapter.lineEdit()) is not None  # an editable combo box
        line_edit.setPlaceholderText(self.tr("Pick one, or type your chapter's name"))
        self.chapter.setAccessibleName(self.tr("Chapter"))
        self.note.setText(
            self.tr(
                "New events start in this chapter and its time zone, and a roster is imported "
                "into it. You can leave it empty and choose later."
            )
        )
        self.chapter.setFocus()  # typing goes straight into the chapter; Enter moves on

    def chosen(self) -> str:
        index = self.chapter.findText(self.chapter.currentText())
        return (self.chapter.itemData(index) if index >= 0 else self.chapter.currentText()).strip()


class _StartPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons = {start: QRadioButton() for start in Start}
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        self.hints: dict[Start, QLabel] = {}
        for start, button in self.buttons.items():
            self.group.addButton(button)
            hint = QLabel()
            hint.setObjectName("PageHint")
            hint.setWordWrap(True)
            hint.setContentsMargins(26, 0, 0, 8)
            self.hints[start] = hint
            layout.addWidget(button)
            layout.addWidget(hint)
        layout.addStretch(1)
        self.buttons[Start.IMPORT_ROSTER].setChecked(True)

    def initializePage(self) -> None:  # Qt's name
        self.setTitle(self.tr("How would you like to start?"))
        self.setSubTitle(self.tr("Everything stays on this laptop; nothing needs the internet."))
        words = {
            Start.IMPORT_ROSTER: (
                self.tr("&Import my chapter's roster"),
                self.tr(
                    "An Excel (.xlsx, .xls), LibreOffice (.ods) or CSV file of your members, "
                    "as you keep it: the columns are recognised and you check them first."
                ),
            ),
            Start.DEMO: (
                self.tr("Look around the &demo reunion first"),
                self.tr(
                    "A made-up reunion with 300 members, a programme, check-ins and a poster contest, "
                    "in a database of its own. Your own database stays empty."
                ),
            ),
            Start.EMPTY: (
                self.tr("Start with an &empty database"),
                self.tr("Create your first event on the Events page and add members later."),
            ),
        }
        for start, (text, hint) in words.items():
            self.buttons[start].setText(text)
            self.hints[start].setText(hint)

    def chosen(self) -> Start:
        return next(start for start, button in self.buttons.items() if button.isChecked())


class FirstRunWizard(QWizard):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(640, 460)
        self.language_page = _LanguagePage()
        self.chapter_page = _ChapterPage()
        self.start_page = _StartPage()
        for page in (self.language_page, self.chapter_page, self.start_page):
            self.addPage(page)
        self.retranslate()

    def retranslate(self) -> None:
        """The wizard's own words (its title and buttons) in the language in use."""
        self.setWindowTitle(self.tr("Welcome to SSC Desktop"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("S&kip"))

    def choices(self) -> FirstRunChoices:
        return FirstRunChoices(self.language_page.chosen(), self.chapter_page.chosen(), self.start_page.chosen())


def first_run_due(db_target: str | None, demo: str | None, station_event_id: int | None) -> bool:
    """Nothing asked for on the command line, and this laptop never finished (or skipped) the wizard."""
    return (
        db_target is None
        and demo is None
        and station_event_id is None
        and not settings.FIRST_RUN_DONE.get()
        and not settings.LAST_DATABASE.get()
    )
