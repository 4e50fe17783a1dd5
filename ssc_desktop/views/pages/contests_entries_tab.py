"""The Entries tab: entries, their import and their attached files.

A part of ContestsPage (views/pages/contests_page.py), which is put together from these;
self is the page."""

from __future__ import annotations

from pathlib import Path
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services.contests import EntryRow
from ssc_desktop.views.labels import fill
from ssc_desktop.views.table_models import Column, RecordTableModel
from ssc_desktop.views.pages.contests_widgets import row_of, make_table


class ContestEntriesTab:
    def _entries_tab(self) -> QWidget:
        self.entries_model: RecordTableModel[EntryRow] = RecordTableModel([
            Column(self.tr("Code"), lambda e: e.code),
            Column(self.tr("Category"), lambda e: e.category),
            Column(self.tr("Title"), lambda e: e.title, tooltip=lambda e: e.abstract),
            Column(self.tr("Authors"), lambda e: e.author_names,
                   tooltip=lambda e: "\n".join(f"{a.name} ({a.latin_name})" for a in e.authors)),
            Column(self.tr("School / affiliation"), lambda e: e.affiliation),
            Column(self.tr("Files"), lambda e: ", ".join(e.files)),
        ], self)
        _proxy, self.entries_view = make_table(self.entries_model, self, [60, 100, 290, 200, 190, 80])
        self.entries_view.setAccessibleName(self.tr("Entries"))
        self.add_entry_button = QPushButton(self.tr("Add entry…"))
        self.add_entry_button.clicked.connect(lambda: self.entry_dialog(None))
        self.edit_entry_button = QPushButton(self.tr("Edit entry…"))
        self.edit_entry_button.clicked.connect(self.edit_entry)
        self.entries_view.doubleClicked.connect(lambda _i: self.edit_entry())
        self.import_button = QPushButton(self.tr("Import entries…"))
        self.import_button.clicked.connect(self.choose_entries_file)
        self.attach_button = QPushButton(self.tr("Attach file…"))
        self.attach_button.clicked.connect(self.attach_file)
        self.files_button = QPushButton(self.tr("Show files"))
        self.files_button.setToolTip(self.tr("Open the folder with the selected entry's attached files"))
        self.files_button.clicked.connect(self.show_entry_files)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_entry_button)
        buttons.addWidget(self.edit_entry_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.files_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.entries_view, 1)
        layout.addLayout(buttons)
        return tab

    def entry_dialog(self, entry: EntryRow | None) -> None:
        from ssc_desktop.views.dialogs.contest_entry_dialog import ContestEntryDialog

        if self.contest is not None and ContestEntryDialog(self.services, self.contest, entry, self).exec():
            self._changed()

    def edit_entry(self) -> None:
        rows = self.entries_view.selectionModel().selectedRows()
        if rows and self.contest is not None and not self.contest.locked:
            self.entry_dialog(row_of(self.entries_view, self.entries_model, rows[0]))

    def choose_entries_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import contest entries"), str(Path.home()),
                                              self.tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"))
        if path:
            self.import_entries(path)

    def import_entries(self, path: str | Path) -> bool:
        try:
            rows = self.services.contests.import_entries(self.contest.id, path)
        except DomainError as error:
            self._fail(self.tr("Entries not imported"), error)
            return False
        self._status(fill(self.tr("Imported %1 entries."), len(rows)))
        self._changed()
        return True

    def attach_file(self) -> None:
        rows = self.entries_view.selectionModel().selectedRows()
        if not rows or self.contest is None:
            return
        entry = row_of(self.entries_view, self.entries_model, rows[0])
        path, _ = QFileDialog.getOpenFileName(self, fill(self.tr("Attach a file to %1"), entry.code), str(Path.home()),
                                              self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"))
        if not path:
            return
        try:
            self.services.contests.attach_file(entry.id, path)
        except (DomainError, OSError) as error:
            self._fail(self.tr("File not attached"), error)
            return
        self._show_tab()

    def entry_files_folder(self) -> Path | None:
        rows = self.entries_view.selectionModel().selectedRows()
        if not rows or self.contest is None:
            return None
        entry = row_of(self.entries_view, self.entries_model, rows[0])
        if not entry.files:
            return None
        try:
            return self.services.contests.entry_folder(self.contest.id, entry.code)
        except DomainError:
            return None

    def show_entry_files(self) -> None:
        folder = self.entry_files_folder()
        if folder is None:
            self._status(self.tr("The selected entry has no attached files."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
