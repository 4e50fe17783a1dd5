"""Programme: the day of the chosen event as a table and a timeline, with clash warnings and exports."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.services.events import zone
from ssc_desktop.services.programme import Programme, ProgrammeItemRow, ProgrammeWarning
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.dialogs.programme_item_dialog import ProgrammeItemDialog
from ssc_desktop.views import settings
from ssc_desktop.views.labels import day_month_text, error_text, fill, warnings_text, word
from ssc_desktop.views.questions import ask_yes_no
from ssc_desktop.views.pages.base import Page, empty_state
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.timeline import TimelineView

_CLASH = QColor("#b42318")


def warning_text(warning: ProgrammeWarning) -> str:
    template = MESSAGES.get(warning.code)
    if template is not None:
        template = QCoreApplication.translate("DomainError", template)
    return format_message(warning.code, template, warning.params)


class ProgrammePage(ProgressHost, Page):
    """Programme builder for the event chosen in the main window."""

    shows = frozenset({Kind.PROGRAMME, Kind.MEMBERS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Programme"), self.tr("The day of the chosen event: talks, breaks and rooms."))
        self.programme: Programme | None = None
        self.last_export: Path | None = None

        self.add_button = QPushButton(self.tr("Add item…"))
        self.add_button.setObjectName("Primary")
        self.add_button.clicked.connect(self.add_item)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.duplicate_button.setToolTip(self.tr("A copy placed right after the item, in the same room (Ctrl+D)"))
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"))
        self.export_pdf_button.clicked.connect(lambda: self.choose_export_file("pdf"))
        self.export_xlsx_button = QPushButton(self.tr("Export Excel…"))
        self.export_xlsx_button.clicked.connect(lambda: self.choose_export_file("xlsx"))
        for button in (
            self.add_button,
            self.edit_button,
            self.duplicate_button,
            self.delete_button,
            self.export_pdf_button,
            self.export_xlsx_button,
        ):
            self.header_actions.addWidget(button)

        self.model: RecordTableModel[ProgrammeItemRow] = RecordTableModel(self._columns(), self)
        self.proxy, self.table = record_table(self.model, self)
        self.table.setAccessibleName(self.tr("Programme items"))
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        configure_columns(self.table, [88, 110, 96, 260, 210], stretch=3)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence("Ctrl+D"), self.duplicate_selected),
            (QKeySequence(Qt.Key.Key_Return), self.edit_selected),
        ):
            shortcut = QShortcut(keys, self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda slot=slot: slot())

        self.timeline = TimelineView()
        self.timeline.item_clicked.connect(self.select_item)
        self.timeline.item_activated.connect(self._edit_item_id)
        self.timeline_scroll = QScrollArea()
        self.timeline_scroll.setWidgetResizable(True)
        self.timeline_scroll.setWidget(self.timeline)

        self.empty = empty_state(self.tr("No items yet. Add the first one with “Add item…”."))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.empty, 1)
        self.warnings_label = QLabel()
        self.warnings_label.setObjectName("FigureLabel")
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Programme warnings"))
        self.warnings.setMaximumHeight(110)
        self.warnings.itemClicked.connect(self._warning_clicked)
        left_layout.addWidget(self.warnings_label)
        left_layout.addWidget(self.warnings)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.timeline_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([740, 440])
        self.layout_.addWidget(splitter, 1)
        self._update_buttons()

    def _columns(self) -> list[Column[ProgrammeItemRow]]:
        def tz():
            return zone(self.current_event.timezone) if self.current_event else None

        def when(item: ProgrammeItemRow) -> str:
            zone_ = tz()
            start, end = item.starts_at.astimezone(zone_), item.ends_at.astimezone(zone_)
            same_day = self.current_event is None or start.date() == self.current_event.local_start.date()
            span = f"{start:%H:%M}–{end:%H:%M}"
            return span if same_day else f"{day_month_text(start)} {span}"

        def flagged(item: ProgrammeItemRow):
            return QBrush(_CLASH) if self.programme and item.id in self.programme.flagged_ids else None

        def tooltip(item: ProgrammeItemRow) -> str:
            found = self.programme.warnings_for(item.id) if self.programme else []
            return "\n".join(warning_text(w) for w in found) if found else item.description

        def title(item: ProgrammeItemRow) -> str:
            marked = self.programme is not None and item.id in self.programme.flagged_ids
            return f"⚠ {item.title}" if marked else item.title

        return [
            Column(
                self.tr("Time"), when, sort_key=lambda i: (i.starts_at, i.ends_at), foreground=flagged, tooltip=tooltip
            ),
            Column(self.tr("Room"), lambda i: i.room, foreground=flagged, tooltip=tooltip),
            Column(self.tr("Kind"), lambda i: word(i.kind), tooltip=tooltip),
            Column(self.tr("Title"), title, foreground=flagged, tooltip=tooltip),
            Column(self.tr("Speakers"), lambda i: i.speaker_names, tooltip=tooltip),
        ]

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        if self.services is None or self.current_event is None:
            self.programme = None
            self.model.set_rows([])
            self.timeline.set_programme(None)
            self._show_warnings()
            self._update_buttons()
            return
        selected = self.selected_item()
        self.programme = self.services.programme.programme(self.current_event.id)
        self.model.set_rows(list(self.programme.items))
        self.timeline.set_programme(self.programme)
        self._show_warnings()
        has_items = bool(self.programme.items)
        self.table.setVisible(has_items)
        self.empty.setVisible(not has_items)
        if selected is not None:
            self.select_item(selected.id)
        self._update_buttons()

    def event_changed(self) -> None:
        if self.current_event is not None:
            self.set_heading(
                self.tr("Programme"),
                fill(self.tr("%1 — times in %2"), self.current_event.title, self.current_event.timezone),
            )
        else:
            self.set_heading(self.tr("Programme"), self.tr("Choose or create an event first."))
        self.reload()

    def _show_warnings(self) -> None:
        self.warnings.clear()
        found = self.programme.warnings if self.programme else ()
        if not found:
            has_items = bool(self.programme and self.programme.items)
            self.warnings_label.setText(
                self.tr("No clashes: every room and speaker is in one place at a time.") if has_items else ""
            )
            self.warnings.hide()
            return
        self.warnings_label.setText(
            fill(self.tr("%1 warnings — click one to see the item"), len(found))
            if len(found) != 1
            else self.tr("1 warning — click it to see the item")
        )
        for warning in found:
            entry = QListWidgetItem("⚠ " + warning_text(warning))
            entry.setForeground(QBrush(_CLASH))
            entry.setData(Qt.ItemDataRole.UserRole, warning.item_id)
            self.warnings.addItem(entry)
        self.warnings.show()

    def _warning_clicked(self, entry: QListWidgetItem) -> None:
        self.select_item(entry.data(Qt.ItemDataRole.UserRole))

    # -- selection -------------------------------------------------------------------
    def selected_item(self) -> ProgrammeItemRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def select_item(self, item_id: int | None) -> None:
        for proxy_row in range(self.proxy.rowCount()):
            if self.model.row_at(self.proxy.source_row(proxy_row)).id == item_id:
                self.table.selectRow(proxy_row)
                self.table.scrollTo(self.proxy.index(proxy_row, 0))
                return

    def _selection_changed(self) -> None:
        item = self.selected_item()
        self.timeline.set_selected(item.id if item else None)
        if item is not None:
            rect = self.timeline.block_rect(item.id)
            if rect is not None:
                self.timeline_scroll.ensureVisible(int(rect.center().x()), int(rect.top()), 10, 60)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_event = self.services is not None and self.current_event is not None
        has_selection = self.selected_item() is not None
        has_items = bool(self.programme and self.programme.items)
        self.add_button.setEnabled(has_event)
        for button in (self.edit_button, self.duplicate_button, self.delete_button):
            button.setEnabled(has_event and has_selection)
        busy = self.busy
        self.export_pdf_button.setEnabled(has_event and has_items and not busy)
        self.export_xlsx_button.setEnabled(has_event and has_items and not busy)

    # -- editing ---------------------------------------------------------------------------
    def item_dialog(self, item: ProgrammeItemRow | None = None) -> ProgrammeItemDialog:
        """The dialog for a new item (item None) or for editing one; not yet shown."""
        assert self.services is not None and self.current_event is not None
        rooms = self.programme.rooms if self.programme else []
        default_start = None
        if item is None:
            selected = self.selected_item()
            if selected is not None:
                default_start = selected.ends_at
            elif self.programme and self.programme.items:
                default_start = max(i.ends_at for i in self.programme.items)
        return ProgrammeItemDialog(self.services, self.current_event, item, rooms, default_start, self)

    def add_item(self) -> None:
        if self.services is None or self.current_event is None:
            return
        dialog = self.item_dialog()
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def edit_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._edit_item_id(item.id)

    def _edit_item_id(self, item_id: int) -> None:
        if self.services is None or self.current_event is None:
            return
        item = self.services.programme.get_item(item_id)
        dialog = self.item_dialog(item)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)

    def duplicate_selected(self) -> None:
        item = self.selected_item()
        if item is None or self.services is None:
            return
        try:
            copy = self.services.programme.duplicate_item(item.id)
        except Exception as error:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Cannot duplicate the item"), error_text(error))
            return
        self._changed(copy.id)

    def delete_selected(self, confirm: bool = True) -> None:
        item = self.selected_item()
        if item is None or self.services is None:
            return
        if confirm:
            if not ask_yes_no(
                self, self.tr("Delete item"), fill(self.tr("Delete “%1” from the programme?"), item.title)
            ):
                return
        try:
            self.services.programme.delete_item(item.id)
        except Exception as error:  # noqa: BLE001
            QMessageBox.warning(self, self.tr("Cannot delete the item"), error_text(error))
            return
        self._changed(None)

    def _changed(self, select_id: int | None) -> None:
        self.reload()
        if select_id is not None:
            self.select_item(select_id)
        if self.current_event is not None:
            self.announce(Kind.PROGRAMME, event_id=self.current_event.id)

    # -- exports -----------------------------------------------------------------------------
    def choose_export_file(self, suffix: str) -> None:
        if self.current_event is None:
            return
        folder = settings.PROGRAMME_FOLDER.folder()
        safe_title = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.current_event.title).strip()
        suggested = str(Path(folder) / f"{fill(self.tr('Agenda - %1'), safe_title)}.{suffix}")
        filters = self.tr("PDF agenda (*.pdf)") if suffix == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the agenda"), suggested, filters)
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            settings.PROGRAMME_FOLDER.remember_file(path)
            self.export_to(path)

    def export_to(self, path: str | Path) -> TaskHandle | None:
        """Writes the agenda (.pdf or .xlsx) off the GUI thread, with a progress dialog and Cancel."""
        if self.services is None or self.current_event is None:
            return None
        services, event_id, target = self.services, self.current_event.id, Path(path)

        def work(progress, cancel: threading.Event) -> tuple[Path, list]:
            written = services.exports.agenda(event_id, target, progress, cancel)
            return written.path, list(written.warnings)

        return self.start_progress(
            self.tr("Export the agenda"),
            fill(self.tr("Writing %1…"), target.name),
            work,
            on_success=self._export_done,
            on_failure=self._export_failed,
            on_cancelled=self._export_cancelled,
        )

    def _export_done(self, result: tuple[Path, list]) -> None:
        written, warnings = result
        self.last_export = Path(written)
        done = fill(self.tr("Agenda written to %1"), str(written))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(done, 8000)
        if warnings:  # written all the same, with a box for each character no font here has
            QMessageBox.warning(self, self.tr("Export the agenda"), "\n\n".join([done, warnings_text(warnings)]))

    def _export_failed(self, error: BaseException, _trace: str) -> None:
        QMessageBox.critical(self, self.tr("Export failed"), error_text(error))

    def _export_cancelled(self) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Export cancelled; no file was written."), 8000)
