"""File > Preferences…: this laptop's own choices (the language for now), kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QWidget

from ssc_desktop import languages
from ssc_desktop.views import settings
from ssc_desktop.views.dialogs.form_layout import lay_out_form
from ssc_desktop.views.labels import fill


class PreferencesDialog(QDialog):
    def __init__(self, running: languages.Language, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.running = running
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(460)
        self.language = QComboBox()
        system = languages.best_match(QLocale.system().uiLanguages())
        self.language.addItem(fill(self.tr("Same as the system (%1)"), system.native_name), languages.SYSTEM)
        for language in languages.SHIPPED:
            self.language.addItem(language.native_name, language.code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.LANGUAGE.get())))
        self.language.setAccessibleName(self.tr("Language"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.restart_note = QLabel()
        self.restart_note.setObjectName("PageHint")
        self.restart_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Language"), self.language)
        lay_out_form(self, form, extras=[self.restart_note])
        self._language_changed()

    def chosen(self) -> languages.Language:
        return languages.choose(self.language.currentData(), QLocale.system().uiLanguages())

    def _language_changed(self) -> None:
        changes = self.chosen() != self.running
        self.restart_note.setVisible(changes)
        self.restart_note.setText(
            self.tr("SSC Desktop will speak this language from its next start.") if changes else ""
        )

    def save(self) -> None:
        settings.LANGUAGE.set(self.language.currentData())
        self.accept()
