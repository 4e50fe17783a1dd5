"""Audit: which desk checked whom in, undid, checked out, changed a score, imported or merged, and when.

The entries are written by the services at the moment of each action (services.audit);
this page reads the newest ones off the GUI thread, filters them by kind, desk, text and
the chosen event, and exports what it shows (every matching entry, not only the newest
page) to .xlsx behind a progress dialog with Cancel.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from ssc_desktop.services.audit import (
    CHECK_IN,
    CHECK_OUT,
    DESK_MERGE,
    KINDS,
    MEMBER_MERGE,
    ONLINE_IMPORT,
    ROSTER_IMPORT,
    SCORE,
    UNDO,
    WRONG_PIN,
    AuditFilter,
    AuditRow,
)
from ssc_desktop.views import settings
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.labels import date_time_text, error_text, fill
from ssc_desktop.views.pages.base import Page
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.table_models import Column, RecordFilterProxy, RecordTableModel, configure_columns
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone

SHOWN = 2000  # the newest entries a page shows; the export has them all


class AuditPage(ProgressHost, Page):
    shows = frozenset({Kind.CHECK_INS, Kind.REGISTRATIONS, Kind.MEMBERS, Kind.CONTESTS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(
            self.tr("Audit log"),
            self.tr(
                "Every check-in, undo, check-out, score change, import, merge and wrong judge PIN, with the desk "
                "that did it and when. Written with the change itself, so it cannot disagree with the records."
            ),
        )
        self.last_written: Path | None = None
        self.kind_labels = {
            CHECK_IN: self.tr("Check-in"),
            UNDO: self.tr("Undo"),
            CHECK_OUT: self.tr("Check-out"),
            SCORE: self.tr("Score change"),
            ROSTER_IMPORT: self.tr("Roster import"),
            ONLINE_IMPORT: self.tr("Online report"),
            MEMBER_MERGE: self.tr("Member merge"),
            DESK_MERGE: self.tr("Desk merge"),
            WRONG_PIN: self.tr("Wrong judge PIN"),
        }

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in KINDS:
            self.kind.addItem(self.kind_labels[kind], kind)
        self.desk = QComboBox()
        self.desk.setMinimumWidth(160)
        self.desk.addItem(self.tr("All desks"), "")
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search the audit log"))
        self.search.setPlaceholderText(self.tr("Search names, entries, files…"))
        self.search.setClearButtonEnabled(True)
        self.this_event = QCheckBox(self.tr("Chosen event only"))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.export_button = QPushButton(self.tr("Export .xlsx…"))
        self.export_button.setObjectName("PrimaryButton")
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Kind:")))
        filters.addWidget(self.kind)
        filters.addWidget(QLabel(self.tr("Desk:")))
        filters.addWidget(self.desk)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.this_event)
        filters.addWidget(self.refresh_button)
        self.header_actions.addWidget(self.export_button)
        self.layout_.addLayout(filters)

        self.model: RecordTableModel[AuditRow] = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda r: date_time_text(r.at.astimezone(), seconds=True),
                    lambda r: r.id,
                    tooltip=lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S UTC"),
                ),
                Column(self.tr("Kind"), lambda r: self.kind_labels.get(r.kind, r.kind)),
                Column(self.tr("Desk"), lambda r: self.desk_name(r.desk)),
                Column(self.tr("What"), lambda r: r.what, tooltip=lambda r: r.what),
            ],
            self,
        )
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(False)  # newest first, as read
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        configure_columns(self.table, [150, 120, 140, 400], stretch=3)
        self.layout_.addWidget(self.table, 1)
        self.count_label = QLabel()
        self.count_label.setObjectName("PageHint")
        self.result_label = ResultLine()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.result_label)
        self.layout_.addLayout(bottom)

        # Typing waits a moment before reading again; choosing a kind or desk reads at once.
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(250)
        self._typing.timeout.connect(self.reload)
        self.search.textChanged.connect(self._typing.start)
        self.kind.currentIndexChanged.connect(self.reload)
        self.desk.currentIndexChanged.connect(self.reload)
        self.this_event.toggled.connect(self.reload)
        self.refresh_button.clicked.connect(self.reload)
        self.export_button.clicked.connect(self.choose_export)
        self._update_buttons()

    # -- reading -----------------------------------------------------------------------------
    def current_filter(self) -> AuditFilter:
        event_id = self.current_event.id if self.this_event.isChecked() and self.current_event else None
        return AuditFilter(
            kind=self.kind.currentData() or "",
            desk=self.desk.currentData() or "",
            text=self.search.text(),
            event_id=event_id,
        )

    def event_changed(self) -> None:
        if self.this_event.isChecked():
            self.reload()

    def reload(self) -> TaskHandle | None:
        if self.services is None:
            return None
        audit, where = self.services.audit, self.current_filter()

        def work(_progress, _cancel):
            return audit.entries(where, limit=SHOWN), audit.desks(), audit.count()

        # latest: a read overtaken by a newer filter is dropped
        return self.tasks.start(
            work,
            on_success=lambda loaded: self._loaded(*loaded),
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            owner=self,
            latest="rows",
        )

    def desk_name(self, desk: str) -> str:
        """A station's own name as it was typed; the actors without a desk in words."""
        return {
            "app": self.tr("SSC Desktop (no desk)"),
            "cli": self.tr("Command line (ssc)"),
            "phone": self.tr("A judge's phone"),
        }.get(desk, desk)

    def _loaded(self, rows: list[AuditRow], desks: list[str], total: int) -> None:
        self.model.set_rows(rows)
        chosen = self.desk.currentData() or ""
        self.desk.blockSignals(True)
        self.desk.clear()
        self.desk.addItem(self.tr("All desks"), "")
        for desk in desks:
            self.desk.addItem(self.desk_name(desk), desk)
        self.desk.setCurrentIndex(max(0, self.desk.findData(chosen)))
        self.desk.blockSignals(False)
        if not total:
            self.count_label.setText(
                self.tr(
                    "Nothing recorded yet: check-ins, score changes, imports and merges appear here as they happen."
                )
            )
        elif len(rows) >= SHOWN:
            self.count_label.setText(
                fill(
                    self.tr("The newest %1 matching entries of %2 (Export has them all)."),
                    f"{len(rows):,}",
                    f"{total:,}",
                )
            )
        else:
            self.count_label.setText(fill(self.tr("%1 of %2 entries match."), f"{len(rows):,}", f"{total:,}"))
        self._update_buttons()

    # -- exporting ---------------------------------------------------------------------------
    def choose_export(self) -> None:
        folder = settings.EXPORTS_FOLDER.folder()
        path, _chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the audit log"),
            str(Path(folder) / (self.tr("Audit log") + ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        settings.EXPORTS_FOLDER.remember_file(path)
        self.export(path)

    def export(self, path: str | Path) -> TaskHandle | None:
        if self.services is None or self.busy:
            return None
        exports, where, target = self.services.exports, self.current_filter(), Path(path)
        wrote = self.tr("Wrote %1 entries to %2.")

        def work(progress, cancel: threading.Event) -> str:
            written = exports.audit_log(target, where, progress, cancel)
            return fill(wrote, f"{written.count:,}", target.name)

        def done(message: str) -> None:
            self.last_written = target
            self._say(message, Tone.SAVED)

        def failed(error: BaseException, _trace: str) -> None:
            self._say(error_text(error), Tone.WARNING)
            QMessageBox.warning(self, self.tr("Audit log not written"), error_text(error))

        self._say("", Tone.SAVED)
        return self.start_progress(
            self.tr("Audit log"),
            fill(self.tr("Writing %1…"), target.name),
            work,
            on_success=done,
            on_failure=failed,
            on_cancelled=lambda: self._say(self.tr("Cancelled; no file was written."), Tone.WARNING),
        )

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self.services is not None and not self.busy)
        self.refresh_button.setEnabled(self.services is not None)

    def _say(self, text: str, tone: Tone) -> None:
        self.result_label.say(text, tone)
