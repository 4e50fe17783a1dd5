"""Contests: the chosen event's poster and essay contests — setup, entries, judges and the
assignment matrix, a live progress board, results (raw and normalized side by side),
awards and locking; judge mode and judge sheets start here."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import WorkCancelled
from ssc_desktop.services.contest_results import EntryResult
from ssc_desktop.services.contests import (
    PLACE_NAMES, ContestResults, ContestSummary, CriterionRow, EntryRow, JudgeRow, Matrix, ProgressRow,
    ScoreChangeRow,
)
from ssc_desktop.views.dialogs.judge_phones_dialog import JudgePhonesDialog, PhoneServing
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.pages.base import Page, empty_state
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns, record_table
from ssc_desktop.views.progress_task import ProgressTask
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner

_LATE = QColor("#b42318")
_DONE = QColor("#1a7f37")
_CELL_MARKS = {"assigned": "●", "done": "✓", "conflict": "✕", "excluded": "–"}


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _table(model: RecordTableModel, parent: QWidget, widths: list[int], stretch: int | None = None):  # noqa: ANN202
    proxy, view = record_table(model, parent)
    configure_columns(view, widths, stretch)
    return proxy, view


def _row_of(view, model: RecordTableModel, index):  # noqa: ANN001, ANN202
    """The record at a view's (sorted, filtered) row index."""
    return model.row_at(view.model().mapToSource(index).row())


def _boxed(title: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600;")
    layout.addWidget(label)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box


class ContestsPage(Page):
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
        self.list_proxy, self.list_view = _table(self.list_model, self, [190, 60, 70], stretch=0)
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

    # -- tabs ------------------------------------------------------------------------
    def _setup_tab(self) -> QWidget:
        self.setup_facts = QLabel()
        self.setup_facts.setWordWrap(True)
        self.setup_facts.setTextFormat(Qt.TextFormat.RichText)
        self.rubric_model: RecordTableModel[CriterionRow] = RecordTableModel([
            Column(self.tr("Criterion"), lambda c: c.name, lambda c: c.position),
            Column(self.tr("Weight"), lambda c: f"{c.weight:g}", lambda c: c.weight, align_right=True),
            Column(self.tr("Scale"), lambda c: c.scale),
            Column(self.tr("Level guide"), lambda c: " · ".join(f"{lv}: {tx}" for lv, tx in c.guide),
                   tooltip=lambda c: "\n".join(f"{lv}: {tx}" for lv, tx in c.guide)),
        ], self)
        _proxy, self.rubric_view = _table(self.rubric_model, self, [190, 60, 130, 400], stretch=3)
        self.rubric_view.setSortingEnabled(False)
        self.copy_rubric = QComboBox()
        self.rubric_button = QPushButton(self.tr("Edit rubric…"))
        self.rubric_button.clicked.connect(self.edit_rubric)
        self.copy_button = QPushButton(self.tr("Copy rubric"))
        self.copy_button.clicked.connect(self.copy_rubric_from)
        self.method = QComboBox()
        for method, label in (("mean", self.tr("Mean of judges")), ("normalized", self.tr("Normalized (z-scores)")),
                              ("trimmed", self.tr("Trimmed mean (4+ judges)"))):
            self.method.addItem(label, method)
        self.tie_criterion = QComboBox()
        self.method_button = QPushButton(self.tr("Use for ranking"))
        self.method_button.clicked.connect(self.save_method)
        row = QHBoxLayout()
        row.addWidget(self.rubric_button)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("or copy the rubric of")))
        row.addWidget(self.copy_rubric, 1)
        row.addWidget(self.copy_button)
        ranking = QHBoxLayout()
        ranking.addWidget(QLabel(self.tr("Rank by")))
        ranking.addWidget(self.method)
        ranking.addWidget(QLabel(self.tr("then by")))
        ranking.addWidget(self.tie_criterion)
        ranking.addWidget(QLabel(self.tr("then by the number of judges")))
        ranking.addStretch(1)
        ranking.addWidget(self.method_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.setup_facts)
        layout.addWidget(_boxed(self.tr("Rubric"), self.rubric_view), 1)
        layout.addLayout(row)
        layout.addLayout(ranking)
        return tab

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
        _proxy, self.entries_view = _table(self.entries_model, self, [60, 100, 290, 200, 190, 80])
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

    def _judges_tab(self) -> QWidget:
        self.judges_model: RecordTableModel[JudgeRow] = RecordTableModel([
            Column(self.tr("Judge"), lambda j: j.name),
            Column(self.tr("School / affiliation"), lambda j: j.affiliation),
            Column(self.tr("Entries"), lambda j: str(j.assigned), lambda j: j.assigned, align_right=True),
        ], self)
        _proxy, self.judges_view = _table(self.judges_model, self, [170, 190, 60], stretch=1)
        self.matrix_model: RecordTableModel[EntryRow] = RecordTableModel([], self)
        _proxy, self.matrix_view = _table(self.matrix_model, self, [70])
        self.matrix_view.setSelectionBehavior(self.matrix_view.SelectionBehavior.SelectItems)
        self.matrix_view.doubleClicked.connect(self._toggle_cell)
        self.matrix_view.setToolTip(self.tr("● assigned · ✓ scored · ✕ declared conflict · – own school. "
                                            "Double-click a cell to assign or unassign."))
        self.matrix_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.matrix_view.customContextMenuRequested.connect(self._matrix_menu)
        self.add_judge_button = QPushButton(self.tr("Add judge…"))
        self.add_judge_button.clicked.connect(self.add_judge)
        self.remove_judge_button = QPushButton(self.tr("Remove judge"))
        self.remove_judge_button.clicked.connect(self.remove_judge)
        self.per_entry = QSpinBox()
        self.per_entry.setRange(1, 15)
        self.per_entry.setPrefix(self.tr("k = "))
        self.assign_button = QPushButton(self.tr("Assign automatically"))
        self.assign_button.setToolTip(self.tr("Each entry gets at least k judges, load balanced, "
                                              "never from its own school or a declared conflict"))
        self.assign_button.clicked.connect(self.assign)
        self.matrix_legend = QLabel(self.tr("● assigned   ✓ scored   ✕ conflict   – own school"))
        self.matrix_legend.setObjectName("FigureLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_judge_button)
        buttons.addWidget(self.remove_judge_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Judges per entry")))
        buttons.addWidget(self.per_entry)
        buttons.addWidget(self.assign_button)
        splitter = QSplitter()
        splitter.addWidget(_boxed(self.tr("Judges"), self.judges_view))
        splitter.addWidget(_boxed(self.tr("Judge-by-entry matrix"), self.matrix_view, self.matrix_legend))
        splitter.setSizes([380, 560])
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        return tab

    def _progress_tab(self) -> QWidget:
        def share(p: ProgressRow) -> str:
            return f"{p.share:.0%}"

        self.progress_summary = QLabel()
        self.progress_summary.setStyleSheet("font-weight: 600;")
        self.progress_model: RecordTableModel[ProgressRow] = RecordTableModel([
            Column(self.tr("Judge"), lambda p: p.name),
            Column(self.tr("Scored"), lambda p: f"{p.done} / {p.assigned}", lambda p: p.share, align_right=True),
            Column(self.tr("Done"), share, lambda p: p.share, align_right=True,
                   foreground=lambda p: _DONE if p.done == p.assigned else (_LATE if p.share < 0.5 else None)),
            Column(self.tr("Still owes"), lambda p: ", ".join(p.owed_codes) or self.tr("nothing")),
        ], self)
        _proxy, self.progress_view = _table(self.progress_model, self, [180, 80, 60, 400], stretch=3)
        self.audit_model: RecordTableModel[ScoreChangeRow] = RecordTableModel([
            Column(self.tr("When"), lambda c: c.changed_at.astimezone().strftime("%d %b %H:%M:%S"),
                   lambda c: c.changed_at),
            Column(self.tr("Judge"), lambda c: c.judge),
            Column(self.tr("Entry"), lambda c: c.entry_code),
            Column(self.tr("Criterion"), lambda c: c.criterion),
            Column(self.tr("Old"), lambda c: c.old_value),
            Column(self.tr("New"), lambda c: c.new_value),
            Column(self.tr("By"), lambda c: c.changed_by),
            Column(self.tr("How"), lambda c: c.source),
        ], self)
        _proxy, self.audit_view = _table(self.audit_model, self, [110, 150, 60, 150, 70, 70, 130, 60])
        self.audit_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(_boxed(self.tr("Who still owes which scores"), self.progress_summary, self.progress_view))
        splitter.addWidget(_boxed(self.tr("Audit trail: every score change"), self.audit_view))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(splitter, 1)
        return tab

    def _results_tab(self) -> QWidget:
        self.results_method = QComboBox()
        for method, label in (("mean", self.tr("Mean of judges")), ("normalized", self.tr("Normalized (z-scores)")),
                              ("trimmed", self.tr("Trimmed mean (4+ judges)"))):
            self.results_method.addItem(label, method)
        self.results_method.currentIndexChanged.connect(lambda _i: self._load_results())
        self.raw_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        _proxy, self.raw_view = _table(self.raw_model, self, [60])
        self.raw_view.setSortingEnabled(False)
        self.normal_model: RecordTableModel[EntryResult] = RecordTableModel([], self)
        _proxy, self.normal_view = _table(self.normal_model, self, [60])
        self.normal_view.setSortingEnabled(False)
        self.raw_view.verticalScrollBar().valueChanged.connect(self.normal_view.verticalScrollBar().setValue)
        self.normal_view.verticalScrollBar().valueChanged.connect(self.raw_view.verticalScrollBar().setValue)
        self.ties_label = QLabel()
        self.ties_label.setWordWrap(True)
        self.explain = QLabel(self.tr(
            "A judge's total is the weighted rubric score as a percentage. Normalized: each judge's totals as "
            "z-scores, shown as 100 + 20·z, so a harsh and a lenient judge weigh the same. Trimmed: highest "
            "and lowest dropped when an entry has 4 or more judges."))
        self.explain.setObjectName("PageHint")
        self.explain.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Rank by")))
        top.addWidget(self.results_method)
        top.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(_boxed(self.tr("Raw totals per judge"), self.raw_view))
        splitter.addWidget(_boxed(self.tr("Normalized per judge (100 ± 20)"), self.normal_view))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(top)
        layout.addWidget(self.explain)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.ties_label)
        return tab

    def _awards_tab(self) -> QWidget:
        self.awards_model: RecordTableModel[EntryResult] = RecordTableModel([
            Column(self.tr("Category"), lambda r: r.category, lambda r: self._order.get(r.id, 0)),
            Column(self.tr("Rank"), lambda r: "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}",
                   lambda r: r.rank, align_right=True),
            Column(self.tr("Code"), lambda r: r.code),
            Column(self.tr("Title"), lambda r: self._entry_title(r.id)),
            Column(self.tr("Total"), lambda r: _number(r.total), lambda r: r.total, align_right=True),
            Column(self.tr("Award"), lambda r: self._award_text(r.id)),
        ], self)
        _proxy, self.awards_view = _table(self.awards_model, self, [110, 50, 60, 300, 70, 150], stretch=3)
        self.awards_view.setSortingEnabled(False)
        self.award_choice = QComboBox()
        self.award_choice.addItem(self.tr("No award"), 0)
        for place, name in PLACE_NAMES.items():
            self.award_choice.addItem(self.tr(name), place)
        self.set_award_button = QPushButton(self.tr("Set for selected"))
        self.set_award_button.clicked.connect(self.set_award)
        self.suggest_button = QPushButton(self.tr("Suggest from ranks"))
        self.suggest_button.clicked.connect(self.suggest_awards)
        self.save_awards_button = QPushButton(self.tr("Save awards"))
        self.save_awards_button.setObjectName("Primary")
        self.save_awards_button.clicked.connect(self.save_awards)
        self.awards_note = QLabel()
        self.awards_note.setObjectName("PageHint")
        buttons = QHBoxLayout()
        buttons.addWidget(self.award_choice)
        buttons.addWidget(self.set_award_button)
        buttons.addWidget(self.suggest_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_awards_button)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.awards_note)
        layout.addWidget(self.awards_view, 1)
        layout.addLayout(buttons)
        return tab

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

    def _load_setup(self) -> None:
        contest = self.contest
        self.rubric_model.set_rows(list(contest.criteria) if contest else [])
        self.copy_rubric.clear()
        self.tie_criterion.clear()
        if contest is None:
            self.setup_facts.setText("")
            return
        kind = {"poster": self.tr("Poster"), "e-poster": self.tr("E-poster"), "essay": self.tr("Essay")}
        facts = [
            fill(self.tr("<b>Kind:</b> %1"), kind[contest.kind.value]),
            fill(self.tr("<b>Categories:</b> %1"), ", ".join(contest.categories) or self.tr("none")),
            fill(self.tr("<b>Judges per entry:</b> %1"), contest.judges_per_entry),
            self.tr("<b>Blind:</b> yes — judges see codes, never authors") if contest.blind
            else self.tr("<b>Blind:</b> no"),
        ]
        if contest.theme:
            facts.insert(1, fill(self.tr("<b>Theme:</b> %1"), contest.theme))
        if contest.judging_opens or contest.judging_closes:
            from ssc_desktop.services.events import zone
            from ssc_desktop.views.labels import local_time_text

            tz = zone(self.current_event.timezone) if self.current_event else None
            facts.append(fill(self.tr("<b>Judging:</b> %1 – %2"),
                              local_time_text(contest.judging_opens, tz, True) or "…",
                              local_time_text(contest.judging_closes, tz, True) or "…"))
        if contest.locked:
            facts.append(self.tr("<b style='color:#b42318'>Locked:</b> scores, results and awards are frozen"))
        self.setup_facts.setText(" &nbsp;·&nbsp; ".join(facts))
        for other in self.contests:
            if other.id != contest.id:
                self.copy_rubric.addItem(other.title, other.id)
        self.tie_criterion.addItem(self.tr("(no criterion)"), None)
        for criterion in contest.criteria:
            self.tie_criterion.addItem(criterion.name, criterion.id)
        self.tie_criterion.setCurrentIndex(max(self.tie_criterion.findData(contest.tie_criterion_id), 0))
        self.method.setCurrentIndex(self.method.findData(contest.method))
        self.results_method.blockSignals(True)
        self.results_method.setCurrentIndex(self.results_method.findData(contest.method))
        self.results_method.blockSignals(False)
        self.per_entry.setValue(contest.judges_per_entry)

    def _load_matrix(self) -> None:
        matrix: Matrix = self.services.contests.matrix(self.contest.id)
        self.judges_model.set_rows(list(matrix.judges))
        columns: list[Column[EntryRow]] = [Column(self.tr("Entry"), lambda e: e.code)]
        for judge in matrix.judges:
            def text(entry: EntryRow, judge_id: int = judge.id) -> str:
                return _CELL_MARKS.get(matrix.cells.get((judge_id, entry.id), ""), "")

            def colour(entry: EntryRow, judge_id: int = judge.id):  # noqa: ANN202
                state = matrix.cells.get((judge_id, entry.id))
                return _DONE if state == "done" else (_LATE if state == "conflict" else None)

            initials = "".join(part[0] for part in judge.name.replace(".", "").split() if part[:1].isupper())[:3]
            columns.append(Column(initials or judge.name[:3], text, tooltip=lambda e, n=judge.name: n,
                                  foreground=colour))
        columns.append(Column(self.tr("Judges"), lambda e: str(sum(
            1 for (j, en), s in matrix.cells.items() if en == e.id and s in ("assigned", "done")))))
        self.matrix = matrix
        model = RecordTableModel(columns, self)
        model.set_rows(list(matrix.entries))
        self.matrix_model = model
        self.matrix_view.model().setSourceModel(model)
        configure_columns(self.matrix_view, [70] + [44] * len(matrix.judges) + [60])

    def _load_progress(self) -> None:
        rows = self.services.contests.progress(self.contest.id)
        self.progress_model.set_rows(rows)
        owed = sum(p.assigned - p.done for p in rows)
        total = sum(p.assigned for p in rows)
        self.progress_summary.setText(fill(self.tr("%1 of %2 score sheets in; %3 still owed."),
                                           total - owed, total, owed))
        self.audit_model.set_rows(self.services.contests.score_changes(self.contest.id))

    def _load_results(self) -> None:
        if self.contest is None or self.services is None:
            return
        data = self.services.contests.results(self.contest.id, self.results_method.currentData())
        self.results_data = data
        computed = data.results
        judges = list(computed.judge_ids)

        def rank(r: EntryResult) -> str:
            return "" if r.rank is None else f"{r.rank}{'=' if r.tied else ''}"

        def initials(judge_id: int) -> str:
            name = data.judges.get(judge_id, str(judge_id))
            return "".join(p[0] for p in name.replace(".", "").split() if p[:1].isupper())[:3] or name[:3]

        tie_colour = QColor("#9a6700")
        order = {r.id: n for n, r in enumerate(computed.entries)}
        raw_columns: list[Column[EntryResult]] = [
            Column(self.tr("Rank"), rank, lambda r: order[r.id], foreground=lambda r: tie_colour if r.tied else None),
            Column(self.tr("Code"), lambda r: r.code, tooltip=lambda r: self._entry_title(r.id)),
            Column(self.tr("Category"), lambda r: r.category),
        ]
        for judge_id in judges:
            raw_columns.append(Column(initials(judge_id), lambda r, j=judge_id: _number(r.judge_totals.get(j)),
                                      align_right=True, tooltip=lambda r, j=judge_id: data.judges.get(j, "")))
        raw_columns += [Column(self.tr("Mean"), lambda r: _number(r.mean), align_right=True),
                        Column(self.tr("Trimmed"), lambda r: _number(r.trimmed), align_right=True)]
        normal_columns: list[Column[EntryResult]] = [Column(self.tr("Code"), lambda r: r.code, lambda r: order[r.id])]
        for judge_id in judges:
            normal_columns.append(Column(initials(judge_id),
                                         lambda r, j=judge_id: _number(r.normalized_totals.get(j)),
                                         align_right=True, tooltip=lambda r, j=judge_id: data.judges.get(j, "")))
        normal_columns.append(Column(self.tr("Normalized"), lambda r: _number(r.normalized), align_right=True))
        rows = list(computed.entries)
        self._order = order
        for view, columns, attr in ((self.raw_view, raw_columns, "raw_model"),
                                    (self.normal_view, normal_columns, "normal_model")):
            model = RecordTableModel(columns, self)
            model.set_rows(rows)
            setattr(self, attr, model)
            view.model().setSourceModel(model)
        configure_columns(self.raw_view, [44, 52, 84] + [52] * len(judges) + [56, 60])
        configure_columns(self.normal_view, [52] + [52] * len(judges) + [80])
        if computed.ties:
            self.ties_label.setText(fill(self.tr("Still tied after every tie-break (shown as =): %1"),
                                         "; ".join(", ".join(codes) for codes in computed.ties)))
        else:
            self.ties_label.setText(self.tr("No ties remain."))
        self.awards_model.set_rows(rows)
        locked = self.contest.locked
        self.awards_note.setText(self.tr("Locked: the awards are final.") if locked else self.tr(
            "Awards can change until the contest is locked. Unsaved changes are marked *."))

    # -- helpers ---------------------------------------------------------------------
    def _entry_title(self, entry_id: int) -> str:
        if self.results_data is None or entry_id not in self.results_data.entries:
            return ""
        return self.results_data.entries[entry_id].title

    def _award_text(self, entry_id: int) -> str:
        if entry_id in self.pending_awards:
            place = self.pending_awards[entry_id]
            return (self.tr(PLACE_NAMES[place]) if place else self.tr("(none)")) + " *"
        place = self.results_data.awards.get(entry_id) if self.results_data else None
        return self.tr(PLACE_NAMES[place]) if place else ""

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

    def edit_rubric(self) -> None:
        from ssc_desktop.views.dialogs.rubric_dialog import RubricDialog

        if self.contest is not None and RubricDialog(self.services, self.contest, self).exec():
            self._changed()

    def entry_dialog(self, entry: EntryRow | None) -> None:
        from ssc_desktop.views.dialogs.contest_entry_dialog import ContestEntryDialog

        if self.contest is not None and ContestEntryDialog(self.services, self.contest, entry, self).exec():
            self._changed()

    def edit_entry(self) -> None:
        rows = self.entries_view.selectionModel().selectedRows()
        if rows and self.contest is not None and not self.contest.locked:
            self.entry_dialog(_row_of(self.entries_view, self.entries_model, rows[0]))

    def copy_rubric_from(self) -> None:
        if self.contest is None or self.copy_rubric.currentData() is None:
            return
        try:
            self.services.contests.copy_rubric(self.copy_rubric.currentData(), self.contest.id)
        except DomainError as error:
            self._fail(self.tr("Cannot copy the rubric"), error)
            return
        self._changed()

    def save_method(self) -> None:
        if self.contest is None:
            return
        try:
            self.services.contests.set_method(self.contest.id, self.method.currentData(),
                                              self.tie_criterion.currentData())
        except DomainError as error:
            self._fail(self.tr("Cannot change the ranking"), error)
            return
        self._changed()

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
        entry = _row_of(self.entries_view, self.entries_model, rows[0])
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
        entry = _row_of(self.entries_view, self.entries_model, rows[0])
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

    def add_judge(self) -> None:
        from ssc_desktop.views.dialogs.contest_judge_dialog import ContestJudgeDialog

        if self.contest is None:
            return
        if ContestJudgeDialog(self.services, self.contest.id, self).exec():
            self._changed()

    def assign(self) -> None:
        if self.contest is None:
            return
        try:
            report = self.services.contests.assign(self.contest.id, self.per_entry.value())
        except DomainError as error:
            self._fail(self.tr("Cannot assign"), error)
            return
        if report.short:
            QMessageBox.information(self, self.tr("Some entries are short of judges"), "\n".join(
                fill(self.tr("%1: %2 judge(s) short (own school or conflicts)"), code, n) for code, n in report.short))
        self._status(fill(self.tr("%1 new assignments (%2 in all)."), report.added, report.total))
        self._changed()

    def _toggle_cell(self, index) -> None:  # noqa: ANN001
        if self.contest is None or self.contest.locked or index.column() == 0:
            return
        matrix = self.matrix
        judge_number = index.column() - 1
        if judge_number >= len(matrix.judges):
            return
        entry = self.matrix_model.row_at(self.matrix_view.model().mapToSource(index).row())
        judge = matrix.judges[judge_number]
        state = matrix.cells.get((judge.id, entry.id))
        try:
            self.services.contests.set_assignment(judge.id, entry.id, state not in ("assigned", "done"))
        except DomainError as error:
            self._fail(self.tr("Cannot change the assignment"), error)
            return
        self._load_matrix()

    def _matrix_menu(self, position) -> None:  # noqa: ANN001
        index = self.matrix_view.indexAt(position)
        if self.contest is None or self.contest.locked or not index.isValid() or index.column() == 0:
            return
        if index.column() - 1 >= len(self.matrix.judges):
            return
        judge = self.matrix.judges[index.column() - 1]
        entry = self.matrix_model.row_at(self.matrix_view.model().mapToSource(index).row())
        menu = QMenu(self)
        action = menu.addAction(fill(self.tr("Record a conflict: %1 may not judge %2…"), judge.name, entry.code))
        if menu.exec(self.matrix_view.viewport().mapToGlobal(position)) is action:
            self.record_conflict(judge.id, entry.id)

    def record_conflict(self, judge_id: int, entry_id: int, reason: str | None = None) -> None:
        from PySide6.QtWidgets import QInputDialog

        if reason is None:
            reason, ok = QInputDialog.getText(self, self.tr("Record a conflict"),
                                              self.tr("Why? (same lab, same supervisor, a relative…)"))
            if not ok:
                return
        try:
            taker = self.services.contests.declare_conflict(judge_id, entry_id, reason, by="coordinator")
        except DomainError as error:
            self._fail(self.tr("Conflict not recorded"), error)
            return
        self._status(fill(self.tr("The entry moved to %1."), taker) if taker else
                     self.tr("No other judge is free for the entry; assign one by hand."))
        self._load_matrix()

    def remove_judge(self) -> None:
        rows = self.judges_view.selectionModel().selectedRows()
        if not rows or self.contest is None:
            return
        judge = _row_of(self.judges_view, self.judges_model, rows[0])
        answer = QMessageBox.question(self, self.tr("Remove judge"), fill(self.tr(
            "Remove %1 and their %2 assignments and scores from “%3”?"), judge.name, judge.assigned,
            self.contest.title))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.services.contests.remove_judge(judge.id)
        except DomainError as error:
            self._fail(self.tr("Cannot remove the judge"), error)
            return
        self._changed()

    def judge_phones(self) -> JudgePhonesDialog | None:
        if self.contest is None or self.services is None:
            return None
        dialog = JudgePhonesDialog(self.services, self.contest, self.phones, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _phones_changed(self) -> None:
        # While phones may be scoring, the progress board looks more often.
        self.live.setInterval(2000 if self.phones.running else 5000)
        self.phones_button.setText(self.tr("Judges' phones: serving…") if self.phones.running
                                   else self.tr("Let judges score on their phones…"))

    def judge_mode(self) -> None:
        from ssc_desktop.views.dialogs.judge_pin_dialog import JudgePinDialog
        from ssc_desktop.views.dialogs.judge_scoring_dialog import JudgeScoringDialog

        if self.contest is None:
            return
        pin = JudgePinDialog(self.services, self.contest, self)
        if pin.exec() and pin.judge is not None:
            JudgeScoringDialog(self.services, pin.judge.id, self).exec()
            self._changed()

    def set_award(self) -> None:
        rows = self.awards_view.selectionModel().selectedRows()
        if not rows:
            return
        for index in rows:
            entry = _row_of(self.awards_view, self.awards_model, index)
            self.pending_awards[entry.id] = self.award_choice.currentData()
        self.awards_model.set_rows(self.awards_model.rows())

    def suggest_awards(self) -> None:
        if self.contest is None or self.results_data is None:
            return
        suggested = self.services.contests.suggest_awards(self.contest.id)
        self.pending_awards = {e.id: suggested.get(e.id, 0) for e in self.results_data.results.entries}
        self.awards_model.set_rows(self.awards_model.rows())

    def save_awards(self) -> None:
        if self.contest is None or self.results_data is None:
            return
        places = dict(self.results_data.awards)
        places.update(self.pending_awards)
        places = {e: p for e, p in places.items() if p}
        try:
            self.services.contests.set_awards(self.contest.id, places)
        except DomainError as error:
            self._fail(self.tr("Awards not saved"), error)
            return
        self.pending_awards = {}
        self._load_results()

    def lock_contest(self, confirm: bool = True) -> None:
        if self.contest is None:
            return
        if confirm:
            answer = QMessageBox.question(self, self.tr("Lock the results"), fill(self.tr(
                "Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything."),
                self.contest.title))
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.pending_awards:
            self.save_awards()
        try:
            self.services.contests.lock(self.contest.id)
        except DomainError as error:
            self._fail(self.tr("Cannot lock"), error)
            return
        self._changed()

    # -- files (off the GUI thread) --------------------------------------------------
    def choose_results_file(self, suffix: str) -> None:
        if self.contest is None:
            return
        folder = QSettings().value("contests/export_folder", str(Path.home()), str)
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.contest.title).strip()
        filters = self.tr("PDF (*.pdf)") if suffix == "pdf" else self.tr("Excel workbook (*.xlsx)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the results"),
                                              str(Path(folder) / f"Results - {safe}.{suffix}"), filters)
        if path:
            if not path.lower().endswith(f".{suffix}"):
                path += f".{suffix}"
            QSettings().setValue("contests/export_folder", str(Path(path).parent))
            self.export_results(path)

    def export_results(self, path: str | Path) -> TaskHandle | None:
        services, contest_id, method = self.services, self.contest.id, self.results_method.currentData()
        target = Path(path)

        def work(progress, cancel: threading.Event) -> Path:  # noqa: ANN001
            from ssc_desktop.output.contest_results_xlsx import write_results

            written = write_results(services.contests.results(contest_id, method), target, progress, cancel)
            if cancel.is_set():
                written.unlink(missing_ok=True)
                raise WorkCancelled()
            return written

        return self._run(work, fill(self.tr("Writing %1…"), target.name),
                         lambda written: self._status(fill(self.tr("Results written to %1"), str(written))))

    def choose_sheets_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the judge sheets"), str(Path.home()))
        if folder:
            self.export_sheets(folder)

    def export_sheets(self, folder: str | Path) -> TaskHandle | None:
        services, contest_id, target = self.services, self.contest.id, Path(folder)

        def work(progress, cancel: threading.Event) -> list[Path]:  # noqa: ANN001
            from ssc_desktop.output.judge_sheet_xlsx import write_judge_sheets

            works = [services.contests.judge_work(j.id) for j in services.contests.list_judges(contest_id)]
            return write_judge_sheets(works, target, progress, cancel)

        return self._run(work, self.tr("Writing the judge sheets…"),
                         lambda written: self._status(fill(self.tr("%1 judge sheets written to %2"),
                                                           len(written), str(target))))

    def choose_sheets_to_import(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import judge sheets"), str(Path.home()),
                                                self.tr("Judge sheets (*.xlsx)"))
        if paths:
            self.import_sheets(paths)

    def import_sheets(self, paths: list[str | Path]) -> TaskHandle | None:
        """Reads the sheets first (off the GUI thread); scores emptied in them are asked about, then imported."""
        services, contest_id = self.services, self.contest.id

        def preview(_progress, _cancel: threading.Event):  # noqa: ANN001, ANN202
            return services.contests.cleared_in_sheets(contest_id, list(paths))

        def read(cleared) -> None:  # noqa: ANN001
            keep = False
            if cleared:
                shown = "\n".join(c.describe() for c in cleared[:15])
                if len(cleared) > 15:
                    shown += "\n" + fill(self.tr("… and %1 more"), len(cleared) - 15)
                answer = QMessageBox.question(self, self.tr("Scores emptied in the sheets"), fill(self.tr(
                    "%1 score(s) that were given are empty in these sheets:\n\n%2\n\n"
                    "Remove them (the judge took them back)? No keeps them as they are."), len(cleared), shown),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel)
                if answer == QMessageBox.StandardButton.Cancel:
                    return
                keep = answer == QMessageBox.StandardButton.No
            self._import_read_sheets(paths, keep)

        return self._run(preview, self.tr("Reading the judge sheets…"), read, self.tr("Judge sheets not imported"))

    def _import_read_sheets(self, paths: list[str | Path], keep_cleared: bool) -> TaskHandle:
        services, contest_id = self.services, self.contest.id

        def work(_progress, _cancel: threading.Event):  # noqa: ANN001, ANN202
            return services.contests.import_sheets(contest_id, list(paths), by="coordinator", keep_cleared=keep_cleared)

        def done(imported) -> None:  # noqa: ANN001
            text = fill(self.tr("Judge sheets imported: %1 scores changed."), imported.changed)
            if imported.cleared:
                text += " " + (fill(self.tr("%1 emptied score(s) kept."), len(imported.cleared)) if imported.kept_cleared
                               else fill(self.tr("%1 emptied score(s) removed."), len(imported.cleared)))
            self._status(text)
            self._changed()

        return self._run(work, self.tr("Importing the judge sheets…"), done, self.tr("Judge sheets not imported"))

    def _run(self, work, label: str, on_done, failure_title: str | None = None) -> TaskHandle:  # noqa: ANN001
        def failed(error: BaseException, _trace: str) -> None:
            QMessageBox.critical(self, failure_title or self.tr("Export failed"), error_text(error))

        self.progress = ProgressTask(self.tasks, self, self.tr("Contests"), label, work, on_success=on_done,
                                     on_failure=failed, on_cancelled=lambda: None, on_end=self._task_ended)
        self._update_buttons()
        return self.progress.handle

    def _task_ended(self) -> None:
        self.progress = None
        self._update_buttons()
