"""The Entries tab: entries, their import and their attached files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary, EntryRow
from ssc_desktop.views.labels import fill
from ssc_desktop.views.pages.contests_widgets import ContestTab, make_table, selected_record
from ssc_desktop.views.table_models import Column, RecordTableModel


class ContestEntriesTab(ContestTab):
    """Needs: the services and the contest. Tells: entries_changed after an entry was added,
    edited or imported, or a file attached to one."""

    entries_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries_model: RecordTableModel[EntryRow] = RecordTableModel(
            [
                Column(self.tr("Code"), lambda e: e.code),
                Column(self.tr("Category"), lambda e: e.category),
                Column(self.tr("Title"), lambda e: e.title, tooltip=lambda e: e.abstract),
                Column(
                    self.tr("Authors"),
                    lambda e: e.author_names,
                    tooltip=lambda e: "\n".join(f"{a.name} ({a.latin_name})" for a in e.authors),
                ),
                Column(self.tr("School / affiliation"), lambda e: e.affiliation),
                Column(self.tr("Files"), lambda e: ", ".join(e.files)),
            ],
            self,
        )
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
        layout = QVBoxLayout(self)
        layout.addWidget(self.entries_view, 1)
        layout.addLayout(buttons)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.add_entry_button, self.edit_entry_button, self.import_button, self.attach_button):
            widget.setEnabled(editable)

    def clear(self) -> None:
        self.entries_model.set_rows([])

    def read_contest(self, services: ServiceSet, contest: ContestSummary) -> None:
        self.entries_model.set_rows(services.contests.list_entries(contest.id))

    def selected_entry(self) -> EntryRow | None:
        return selected_record(self.entries_view, self.entries_model)

    def entry_dialog(self, entry: EntryRow | None) -> None:
        from ssc_desktop.views.dialogs.contest_entry_dialog import ContestEntryDialog

        opened = self.opened()
        if opened is not None and ContestEntryDialog(*opened, entry, self).exec():
            self.entries_changed.emit()

    def edit_entry(self) -> None:
        entry = self.selected_entry()
        if entry is not None and self.contest is not None and not self.contest.locked:
            self.entry_dialog(entry)

    def choose_entries_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import contest entries"),
            str(Path.home()),
            self.tr("Spreadsheets (*.xlsx *.csv *.tsv *.txt)"),
        )
        if path:
            self.import_entries(path)

    def import_entries(self, path: str | Path) -> bool:
        opened = self.opened()
        if opened is None:
            return False
        services, contest = opened
        try:
            rows = services.contests.import_entries(contest.id, path)
        except DomainError as error:
            self.fail(self.tr("Entries not imported"), error)
            return False
        self.status_message.emit(fill(self.tr("Imported %1 entries."), len(rows)))
        self.entries_changed.emit()
        return True

    def attach_file(self) -> None:
        entry = self.selected_entry()
        if entry is None or self.services is None or self.contest is None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            fill(self.tr("Attach a file to %1"), entry.code),
            str(Path.home()),
            self.tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"),
        )
        if not path:
            return
        try:
            self.services.contests.attach_file(entry.id, path)
        except (DomainError, OSError) as error:
            self.fail(self.tr("File not attached"), error)
            return
        self.entries_changed.emit()

    def entry_files_folder(self) -> Path | None:
        entry = self.selected_entry()
        opened = self.opened()
        if entry is None or opened is None or not entry.files:
            return None
        services, contest = opened
        try:
            return services.contests.entry_folder(contest.id, entry.code)
        except DomainError:
            return None

    def show_entry_files(self) -> None:
        folder = self.entry_files_folder()
        if folder is None:
            self.status_message.emit(self.tr("The selected entry has no attached files."))
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
