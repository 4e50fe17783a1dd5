"""Contests: the chosen event's poster and essay contests — setup, entries, judges and the
assignment matrix, a live progress board, results (raw and normalized side by side),
awards and locking; judge mode and judge sheets start here."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ssc_desktop.services.contests import ContestResults, ContestSummary
from ssc_desktop.views.dialogs.judge_phones_dialog import PhoneServing
from ssc_desktop.views.labels import error_text
from ssc_desktop.views.pages.base import Page, empty_state
from ssc_desktop.views.pages.contests_awards_tabs import ContestAwardsTabs
from ssc_desktop.views.pages.contests_entries_tab import ContestEntriesTab
from ssc_desktop.views.pages.contests_files import ContestFiles
from ssc_desktop.views.pages.contests_judging_tabs import ContestJudgingTabs
from ssc_desktop.views.pages.contests_setup_tab import ContestSetupTab
from ssc_desktop.views.pages.contests_widgets import make_table
from ssc_desktop.views.table_models import Column, RecordTableModel
from ssc_desktop.views.progress_task import ProgressTask
from ssc_desktop.views.task_runner import TaskRunner


class ContestsPage(ContestSetupTab, ContestEntriesTab, ContestJudgingTabs, ContestAwardsTabs, ContestFiles, Page):
    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Contests"), self.tr(
            "Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards."))
        self.contests: list[ContestSummary] = []
        self.contest: ContestSummary | None = None
        self.results_data: ContestResults | None = None
        self.pending_awards: dict[int, int] = {}
        self._order: dict[int, int] = {}
        self.progress: ProgressTask | None = None

        self.new_button = QPushButton(self.tr("New contest…"))
        self.new_button.setObjectName("Primary")
        self.new_button.clicked.connect(self.new_contest)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_contest)
        self.judge_button = QPushButton(self.tr("Judge mode…"))
        self.judge_button.setToolTip(self.tr("A judge unlocks with their PIN and scores their own entries"))
        self.judge_button.clicked.connect(self.judge_mode)
        self.phones_button = QPushButton(self.tr("Let judges score on their phones…"))
        self.phones_button.setToolTip(self.tr("A small web server on this laptop; each judge scans a QR code"))
        self.phones_button.clicked.connect(self.judge_phones)
        self.phones = PhoneServing(self)
        self.phones.changed.connect(self._phones_changed)
        self.export_button = QPushButton(self.tr("Export"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Results PDF (announcement)…"), lambda: self.choose_results_file("pdf"))
        menu.addAction(self.tr("Results Excel…"), lambda: self.choose_results_file("xlsx"))
        menu.addSeparator()
        menu.addAction(self.tr("Judge sheets (one .xlsx per judge)…"), self.choose_sheets_folder)
        menu.addAction(self.tr("Import judge sheets…"), self.choose_sheets_to_import)
        self.export_button.setMenu(menu)
        self.lock_button = QPushButton(self.tr("Lock results"))
        self.lock_button.clicked.connect(self.lock_contest)
        for button in (self.new_button, self.edit_button, self.judge_button, self.phones_button, self.export_button,
                       self.lock_button):
            self.header_actions.addWidget(button)

        self.list_model: RecordTableModel[ContestSummary] = RecordTableModel([
            Column(self.tr("Contest"), lambda c: c.title, lambda c: c.id),
            Column(self.tr("Entries"), lambda c: str(c.entry_count), lambda c: c.entry_count, align_right=True),
            Column(self.tr("Status"), lambda c: self.tr("Locked") if c.locked else self.tr("Open")),
        ], self)
        self.list_proxy, self.list_view = make_table(self.list_model, self, [190, 60, 70], stretch=0)
        self.list_view.setAccessibleName(self.tr("Contests"))
        self.list_view.setSortingEnabled(False)
        self.list_view.selectionModel().selectionChanged.connect(self._contest_chosen)
        self.empty = empty_state(self.tr("No contests for this event yet. Start one with “New contest…”."))

        self.tabs = QTabWidget()
        self.tabs.addTab(self._setup_tab(), self.tr("Setup"))
        self.tabs.addTab(self._entries_tab(), self.tr("Entries"))
        self.tabs.addTab(self._judges_tab(), self.tr("Judges && assignment"))
        self.tabs.addTab(self._progress_tab(), self.tr("Progress"))
        self.tabs.addTab(self._results_tab(), self.tr("Results"))
        self.tabs.addTab(self._awards_tab(), self.tr("Awards"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setSizes([330, 900])
        splitter.setStretchFactor(1, 1)
        self.layout_.addWidget(splitter, 1)
        # The progress board is live: judges score in judge mode (or sheets come back) meanwhile.
        self.live = QTimer(self)
        self.live.setInterval(5000)
        self.live.timeout.connect(self._live_refresh)
        self.live.start()
        self._update_buttons()


    # -- loading ---------------------------------------------------------------------
    def set_services(self, services) -> None:  # noqa: ANN001
        if services is not self.services:
            self.phones.stop()  # another database: its judges' links mean nothing here
        super().set_services(services)

    def reload(self) -> None:
        self._load_contests()

    def event_changed(self) -> None:
        self._load_contests()

    def _load_contests(self, select_id: int | None = None) -> None:
        if self.services is None or self.current_event is None:
            self.contests = []
        else:
            self.contests = self.services.contests.list_contests(self.current_event.id)
        keep = select_id if select_id is not None else (self.contest.id if self.contest else None)
        self.list_model.set_rows(self.contests)
        self.empty.setVisible(not self.contests)
        self.list_view.setVisible(bool(self.contests))
        ids = [c.id for c in self.contests]
        row = ids.index(keep) if keep in ids else (0 if ids else -1)
        if row >= 0:
            self.list_view.selectRow(self.list_proxy.mapFromSource(self.list_model.index(row, 0)).row())
        self._contest_chosen()

    def selected_contest(self) -> ContestSummary | None:
        rows = self.list_view.selectionModel().selectedRows() if self.list_view.selectionModel() else []
        if not rows:
            return None
        return self.list_model.row_at(self.list_proxy.source_row(rows[0].row()))

    def _contest_chosen(self) -> None:
        chosen = self.selected_contest()
        self.contest = self.services.contests.get_contest(chosen.id) if chosen and self.services else None
        self.pending_awards = {}
        self.tabs.setEnabled(self.contest is not None)
        self._load_setup()
        self._show_tab()
        self._update_buttons()

    def _show_tab(self) -> None:
        if self.contest is None or self.services is None:
            for model in (self.entries_model, self.judges_model, self.matrix_model, self.progress_model,
                          self.audit_model, self.raw_model, self.normal_model, self.awards_model):
                model.set_rows([])
            return
        index = self.tabs.currentIndex()
        if index == 1:
            self.entries_model.set_rows(self.services.contests.list_entries(self.contest.id))
        elif index == 2:
            self._load_matrix()
        elif index == 3:
            self._load_progress()
        elif index in (4, 5):
            self._load_results()

    def _live_refresh(self) -> None:
        if self.isVisible() and self.contest is not None and self.tabs.currentIndex() == 3:
            self._load_progress()


    def _update_buttons(self) -> None:
        has_event = self.current_event is not None and self.services is not None
        has = self.contest is not None
        open_ = has and not self.contest.locked
        busy = self.progress is not None
        self.new_button.setEnabled(has_event)
        self.edit_button.setEnabled(open_)
        self.judge_button.setEnabled(has)
        self.phones_button.setEnabled(has)
        self.export_button.setEnabled(has and not busy)
        self.lock_button.setEnabled(open_)
        for widget in (self.rubric_button, self.add_entry_button, self.edit_entry_button, self.copy_button,
                       self.method_button, self.import_button, self.attach_button,
                       self.add_judge_button, self.remove_judge_button, self.assign_button, self.set_award_button, self.suggest_button,
                       self.save_awards_button):
            widget.setEnabled(open_)

    def _fail(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(error))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def _changed(self) -> None:
        self._load_contests(self.contest.id if self.contest else None)

    # -- actions ---------------------------------------------------------------------
    def new_contest(self) -> None:
        from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

        if self.services is None or self.current_event is None:
            return
        dialog = ContestDialog(self.services, self.current_event.id, parent=self)
        if dialog.exec() and dialog.contest is not None:
            self._load_contests(dialog.contest.id)

    def edit_contest(self) -> None:
        from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

        if self.contest is None:
            return
        dialog = ContestDialog(self.services, self.contest.event_id, self.contest, parent=self)
        if dialog.exec():
            self._changed()


