"""Puts the chosen language in place before any window exists: translators, locale, direction."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ssc_desktop import languages
from ssc_desktop.paths import resources_dir
from ssc_desktop.views import settings


_running: languages.Language | None = None
_installed: list[QTranslator] = []


def running_language() -> languages.Language:
    """The language this process speaks (English until apply_language ran)."""
    return _running or languages.SHIPPED[0]


def chosen_language() -> languages.Language:
    """The language stored in Preferences, or the system's when it is one SSC Desktop ships."""
    return languages.choose(settings.LANGUAGE.get(), QLocale.system().uiLanguages())


def apply_language(app: QCoreApplication, language: languages.Language | None = None) -> languages.Language:
    """Installs the app's and Qt's own translations and makes dates and numbers follow the language.

    Called at start-up (and by the first-run wizard when the person picks a language): windows
    built afterwards speak it; those already built keep their words, so a change in Preferences
    applies at the next start.
    """
    global _running
    language = _running = language or chosen_language()
    QLocale.setDefault(QLocale(language.qt_name))
    while _installed:
        app.removeTranslator(_installed.pop())
    if language.code == "en":
        return language
    for folder, name in (
        (resources_dir() / "translations", f"ssc_desktop_{language.code}"),
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{language.code}"),
    ):
        translator = QTranslator(app)  # parented: it lives as long as the application
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    return language
