"""Contests: the chosen event's poster and essay contests — setup, entries, judges and the
assignment matrix, a live progress board, results (raw and normalized side by side),
awards and locking; judge mode and judge sheets start here.

The page holds the list of contests, the header's buttons and the tabs; each tab is a widget of
its own (contests_*_tab(s).py) given the services and the chosen contest, telling the page
through its signals when it changed something."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMenu, QMessageBox, QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ssc_desktop.errors import DomainError, DatabaseError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary
from ssc_desktop.views.changes import Kind
from ssc_desktop.views.dialogs.judge_phones_dialog import JudgePhonesDialog, PhoneServing
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.pages.base import Page, empty_state
from ssc_desktop.views.pages.contests_awards_tabs import ContestAwardsTab, ContestResultsTab
from ssc_desktop.views.pages.contests_entries_tab import ContestEntriesTab
from ssc_desktop.views.pages.contests_files import ContestFiles
from ssc_desktop.views.pages.contests_judging_tabs import ContestJudgesTab, ContestProgressTab
from ssc_desktop.views.pages.contests_setup_tab import ContestSetupTab
from ssc_desktop.views.pages.contests_widgets import ContestTab, make_table
from ssc_desktop.views.table_models import Column, RecordTableModel
from ssc_desktop.views.task_runner import TaskRunner


class ContestsPage(Page):
    shows = frozenset({Kind.CONTESTS, Kind.MEMBERS, Kind.REGISTRATIONS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(
            self.tr("Contests"),
            self.tr("Poster, e-poster and essay contests of the chosen event: rubric, judges, scores, awards."),
        )
        self.contests: list[ContestSummary] = []
        self.contest: ContestSummary | None = None

        self.setup_tab = ContestSetupTab()
        self.entries_tab = ContestEntriesTab()
        self.judges_tab = ContestJudgesTab()
        self.progress_tab = ContestProgressTab()
        self.results_tab = ContestResultsTab()
        self.awards_tab = ContestAwardsTab()
        self.all_tabs: tuple[ContestTab, ...] = (
            self.setup_tab,
            self.entries_tab,
            self.judges_tab,
            self.progress_tab,
            self.results_tab,
            self.awards_tab,
        )
        self.files = ContestFiles(tasks, self, self.results_tab.method)

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
        menu.addAction(self.tr("Results PDF (announcement)…"), lambda: self.files.choose_results_file("pdf"))
        menu.addAction(self.tr("Results Excel…"), lambda: self.files.choose_results_file("xlsx"))
        menu.addSeparator()
        menu.addAction(self.tr("Judge sheets (one .xlsx per judge)…"), self.files.choose_sheets_folder)
        menu.addAction(self.tr("Import judge sheets…"), self.files.choose_sheets_to_import)
        self.export_button.setMenu(menu)
        self.lock_button = QPushButton(self.tr("Lock results"))
        self.lock_button.clicked.connect(self.lock_contest)
        for button in (
            self.new_button,
            self.edit_button,
            self.judge_button,
            self.phones_button,
            self.export_button,
            self.lock_button,
        ):
            self.header_actions.addWidget(button)

        self.list_model: RecordTableModel[ContestSummary] = RecordTableModel(
            [
                Column(self.tr("Contest"), lambda c: c.title, lambda c: c.id),
                Column(self.tr("Entries"), lambda c: str(c.entry_count), lambda c: c.entry_count, align_right=True),
                Column(self.tr("Status"), lambda c: self.tr("Locked") if c.locked else self.tr("Open")),
            ],
            self,
        )
        self.list_proxy, self.list_view = make_table(self.list_model, self, [190, 60, 70], stretch=0)
        self.list_view.setAccessibleName(self.tr("Contests"))
        self.list_view.setSortingEnabled(False)
        self.list_view.selectionModel().selectionChanged.connect(self._contest_chosen)
        self.empty = empty_state(self.tr("No contests for this event yet. Start one with “New contest…”."))

        self.tabs = QTabWidget()
        self.tabs.addTab(self.setup_tab, self.tr("Setup"))
        self.tabs.addTab(self.entries_tab, self.tr("Entries"))
        self.tabs.addTab(self.judges_tab, self.tr("Judges && assignment"))
        self.tabs.addTab(self.progress_tab, self.tr("Progress"))
        self.tabs.addTab(self.results_tab, self.tr("Results"))
        self.tabs.addTab(self.awards_tab, self.tr("Awards"))
        self.tabs.currentChanged.connect(lambda _i: self._show_tab())

        # What the tabs and the files tell the page.
        for tab in self.all_tabs:
            tab.status_message.connect(self._status)
        self.setup_tab.contest_changed.connect(self._contest_written)
        self.entries_tab.entries_changed.connect(self._contest_written)
        self.judges_tab.judges_changed.connect(self._contest_written)
        self.awards_tab.awards_changed.connect(self._contest_written)
        self.results_tab.results_read.connect(self.awards_tab.show_results)
        self.files.status_message.connect(self._status)
        self.files.scores_changed.connect(self._contest_written)
        self.files.busy_changed.connect(lambda _busy: self._update_buttons())

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
        self._last_score_seen: tuple[int, int] | None = None  # (contest id, newest score change id)
        self.live = QTimer(self)
        self.live.setInterval(5000)
        self.live.timeout.connect(self._live_refresh)
        self.live.start()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------------
    def set_services(self, services: ServiceSet) -> None:
        if services is not self.services:
            self.phones.stop()  # another database: its judges' links mean nothing here
        for tab in self.all_tabs:
            tab.set_services(services)
        self.files.set_services(services)
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
        self._note_scores_seen()
        self.tabs.setEnabled(self.contest is not None)
        timezone = self.current_event.timezone if self.current_event else None
        self.setup_tab.set_contest(self.contest, self.contests, timezone)
        for tab in self.all_tabs[1:]:
            tab.set_contest(self.contest)
        self.files.set_contest(self.contest)
        self._show_tab()
        self._update_buttons()

    def _show_tab(self) -> None:
        """The tab on screen reads its data (the Awards tab's comes with the Results tab's)."""
        if self.contest is None or self.services is None:
            for tab in self.all_tabs:
                tab.clear()
            return
        shown = self.tabs.currentWidget()
        if shown is self.awards_tab:
            self.results_tab.load()
        elif isinstance(shown, ContestTab) and shown is not self.setup_tab:  # the setup is read when chosen
            shown.load()

    def _note_scores_seen(self) -> None:
        """What this page has read: the chosen contest's newest score change."""
        self._last_score_seen = (
            None
            if self.contest is None or self.services is None
            else (self.contest.id, self.services.contests.last_score_change(self.contest.id))
        )

    def _live_refresh(self) -> None:
        """Scores arrive without this page writing them (judges' phones, judge mode on another laptop,
        sheets imported by `ssc`): when the contest's newest score change is not the one seen last,
        every page showing contests is told, this one included."""
        if self.contest is None or self.services is None:
            return
        try:
            newest = (self.contest.id, self.services.contests.last_score_change(self.contest.id))
        except DatabaseError:
            return  # a server away for a moment: the next tick looks again (the page itself may not be shown)
        seen, self._last_score_seen = self._last_score_seen, newest
        if seen is not None and seen != newest:  # a new contest chosen notes what it read (_note_scores_seen)
            if self.changes is not None:
                self.changes.announce(Kind.CONTESTS, event_id=self.contest.event_id)
        elif self.isVisible() and self.tabs.currentWidget() is self.progress_tab:
            self.progress_tab.load()

    def _update_buttons(self) -> None:
        has_event = self.current_event is not None and self.services is not None
        has = self.contest is not None
        open_ = self.contest is not None and not self.contest.locked
        busy = self.files.progress is not None
        self.new_button.setEnabled(has_event)
        self.edit_button.setEnabled(open_)
        self.judge_button.setEnabled(has)
        self.phones_button.setEnabled(has)
        self.export_button.setEnabled(has and not busy)
        self.lock_button.setEnabled(open_)
        for tab in self.all_tabs:
            tab.set_editable(open_)

    def _fail(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(error))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    def _contest_written(self, select_id: int | None = None) -> None:
        """After a write that changed contest data: read the contest again and tell the other pages."""
        event_id = self.contest.event_id if self.contest else (self.current_event.id if self.current_event else None)
        self._load_contests(select_id if select_id is not None else (self.contest.id if self.contest else None))
        self._note_scores_seen()  # this page's own scores: told just below
        self.announce(Kind.CONTESTS, event_id=event_id)

    # -- actions ---------------------------------------------------------------------
    def new_contest(self) -> None:
        from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

        if self.services is None or self.current_event is None:
            return
        dialog = ContestDialog(self.services, self.current_event.id, parent=self)
        if dialog.exec() and dialog.contest is not None:
            self._contest_written(dialog.contest.id)

    def edit_contest(self) -> None:
        from ssc_desktop.views.dialogs.contest_dialog import ContestDialog

        if self.contest is None or self.services is None:
            return
        dialog = ContestDialog(self.services, self.contest.event_id, self.contest, parent=self)
        if dialog.exec():
            self._contest_written()

    def lock_contest(self, confirm: bool = True) -> None:
        if self.contest is None or self.services is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Lock the results"),
                fill(
                    self.tr("Lock “%1”? Scores, results and awards are frozen; judges can no longer change anything."),
                    self.contest.title,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        if self.awards_tab.has_pending_awards():
            self.awards_tab.save_awards()
        if self.contest is None:
            return
        try:
            self.services.contests.lock(self.contest.id)
        except DomainError as error:
            self._fail(self.tr("Cannot lock"), error)
            return
        self._contest_written()

    def judge_mode(self) -> None:
        from ssc_desktop.views.dialogs.judge_pin_dialog import JudgePinDialog
        from ssc_desktop.views.dialogs.judge_scoring_dialog import JudgeScoringDialog

        if self.contest is None or self.services is None:
            return
        pin = JudgePinDialog(self.services, self.contest, self)
        if pin.exec() and pin.judge is not None:
            JudgeScoringDialog(self.services, pin.judge.id, self).exec()
            self._contest_written()

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
        self.phones_button.setText(
            self.tr("Judges' phones: serving…") if self.phones.running else self.tr("Let judges score on their phones…")
        )
