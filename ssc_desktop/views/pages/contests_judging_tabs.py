"""The Judges & assignment and Progress tabs: judges, the judge-by-entry matrix, conflicts, and
the live progress board with the audit trail."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary, EntryRow, JudgeRow, Matrix, ProgressRow, ScoreChangeRow
from ssc_desktop.views.labels import day_month_text, fill, time_text
from ssc_desktop.views.pages.contests_widgets import (
    CELL_MARKS,
    DONE_COLOUR,
    LATE_COLOUR,
    ContestTab,
    boxed,
    initials,
    make_table,
    row_of,
    selected_record,
)
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns


class ContestJudgesTab(ContestTab):
    """Needs: the services and the contest. Tells: judges_changed after a judge was added or
    removed, or assignments or conflicts changed."""

    judges_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = Matrix((), (), {})
        self.judges_model: RecordTableModel[JudgeRow] = RecordTableModel(
            [
                Column(self.tr("Judge"), lambda j: j.name),
                Column(self.tr("School / affiliation"), lambda j: j.affiliation),
                Column(self.tr("Entries"), lambda j: str(j.assigned), lambda j: j.assigned, align_right=True),
            ],
            self,
        )
        _proxy, self.judges_view = make_table(self.judges_model, self, [170, 190, 60], stretch=1)
        self.matrix_model: RecordTableModel[EntryRow] = RecordTableModel([], self)
        self.matrix_proxy, self.matrix_view = make_table(self.matrix_model, self, [70])
        self.matrix_view.setSelectionBehavior(self.matrix_view.SelectionBehavior.SelectItems)
        self.matrix_view.doubleClicked.connect(self._toggle_cell)
        self.matrix_view.setToolTip(
            self.tr(
                "● assigned · ✓ scored · ✕ declared conflict · – own school. Double-click a cell to assign or unassign."
            )
        )
        self.matrix_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.matrix_view.customContextMenuRequested.connect(self._matrix_menu)
        self.add_judge_button = QPushButton(self.tr("Add judge…"))
        self.add_judge_button.clicked.connect(self.add_judge)
        self.remove_judge_button = QPushButton(self.tr("Remove judge"))
        self.remove_judge_button.clicked.connect(self.remove_judge)
        self.per_entry = QSpinBox()
        self.per_entry.setAccessibleName(self.tr("Judges per entry (k)"))
        self.per_entry.setRange(1, 15)
        self.per_entry.setPrefix(self.tr("k = "))
        self.assign_button = QPushButton(self.tr("Assign automatically"))
        self.assign_button.setToolTip(
            self.tr(
                "Each entry gets at least k judges, load balanced, never from its own school or a declared conflict"
            )
        )
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
        splitter.addWidget(boxed(self.tr("Judges"), self.judges_view))
        splitter.addWidget(boxed(self.tr("Judge-by-entry matrix"), self.matrix_view, self.matrix_legend))
        splitter.setSizes([380, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def set_contest(self, contest: ContestSummary | None) -> None:
        super().set_contest(contest)
        if contest is not None:
            self.per_entry.setValue(contest.judges_per_entry)

    def set_editable(self, editable: bool) -> None:
        for widget in (self.add_judge_button, self.remove_judge_button, self.assign_button):
            widget.setEnabled(editable)

    def clear(self) -> None:
        self.matrix = Matrix((), (), {})
        self.judges_model.set_rows([])
        self.matrix_model.set_rows([])

    def read_contest(self, services: ServiceSet, contest: ContestSummary) -> None:
        matrix = services.contests.matrix(contest.id)
        self.judges_model.set_rows(list(matrix.judges))
        columns: list[Column[EntryRow]] = [Column(self.tr("Entry"), lambda e: e.code)]
        for judge in matrix.judges:

            def text(entry: EntryRow, judge_id: int = judge.id) -> str:
                return CELL_MARKS.get(matrix.cells.get((judge_id, entry.id), ""), "")

            def colour(entry: EntryRow, judge_id: int = judge.id) -> QColor | None:
                state = matrix.cells.get((judge_id, entry.id))
                return DONE_COLOUR if state == "done" else (LATE_COLOUR if state == "conflict" else None)

            def name(_entry: EntryRow, judge_name: str = judge.name) -> str:
                return judge_name

            columns.append(Column(initials(judge.name), text, tooltip=name, foreground=colour))
        columns.append(
            Column(
                self.tr("Judges"),
                lambda e: str(
                    sum(1 for (_j, en), s in matrix.cells.items() if en == e.id and s in ("assigned", "done"))
                ),
            )
        )
        self.matrix = matrix
        model: RecordTableModel[EntryRow] = RecordTableModel(columns, self)
        model.set_rows(list(matrix.entries))
        self.matrix_model = model
        self.matrix_proxy.setSourceModel(model)
        configure_columns(self.matrix_view, [70] + [44] * len(matrix.judges) + [60])

    def add_judge(self) -> None:
        from ssc_desktop.views.dialogs.contest_judge_dialog import ContestJudgeDialog

        opened = self.opened()
        if opened is None:
            return
        services, contest = opened
        if ContestJudgeDialog(services, contest.id, self).exec():
            self.judges_changed.emit()

    def assign(self) -> None:
        opened = self.opened()
        if opened is None:
            return
        services, contest = opened
        try:
            report = services.contests.assign(contest.id, self.per_entry.value())
        except DomainError as error:
            self.fail(self.tr("Cannot assign"), error)
            return
        if report.short:
            QMessageBox.information(
                self,
                self.tr("Some entries are short of judges"),
                "\n".join(
                    fill(self.tr("%1: %2 judge(s) short (own school or conflicts)"), code, n)
                    for code, n in report.short
                ),
            )
        self.status_message.emit(fill(self.tr("%1 new assignments (%2 in all)."), report.added, report.total))
        self.judges_changed.emit()

    def _cell(self, index: QModelIndex | QPersistentModelIndex) -> tuple[JudgeRow, EntryRow] | None:
        """The judge and the entry of a matrix cell, if it is one of a judge's cells and the contest is open."""
        if self.contest is None or self.contest.locked or not index.isValid() or index.column() == 0:
            return None
        judge_number = index.column() - 1
        if judge_number >= len(self.matrix.judges):
            return None
        return self.matrix.judges[judge_number], row_of(self.matrix_view, self.matrix_model, index)

    def _toggle_cell(self, index: QModelIndex | QPersistentModelIndex) -> None:
        cell = self._cell(index)
        if cell is None or self.services is None:
            return
        judge, entry = cell
        state = self.matrix.cells.get((judge.id, entry.id))
        try:
            self.services.contests.set_assignment(judge.id, entry.id, state not in ("assigned", "done"))
        except DomainError as error:
            self.fail(self.tr("Cannot change the assignment"), error)
            return
        self.judges_changed.emit()

    def _matrix_menu(self, position: QPoint) -> None:
        cell = self._cell(self.matrix_view.indexAt(position))
        if cell is None:
            return
        judge, entry = cell
        menu = QMenu(self)
        action = menu.addAction(fill(self.tr("Record a conflict: %1 may not judge %2…"), judge.name, entry.code))
        if menu.exec(self.matrix_view.viewport().mapToGlobal(position)) is action:
            self.record_conflict(judge.id, entry.id)

    def record_conflict(self, judge_id: int, entry_id: int, reason: str | None = None) -> None:
        if self.services is None:
            return
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Record a conflict"), self.tr("Why? (same lab, same supervisor, a relative…)")
            )
            if not ok:
                return
        try:
            taker = self.services.contests.declare_conflict(judge_id, entry_id, reason, by="coordinator")
        except DomainError as error:
            self.fail(self.tr("Conflict not recorded"), error)
            return
        self.status_message.emit(
            fill(self.tr("The entry moved to %1."), taker)
            if taker
            else self.tr("No other judge is free for the entry; assign one by hand.")
        )
        self.judges_changed.emit()

    def remove_judge(self) -> None:
        judge = selected_record(self.judges_view, self.judges_model)
        opened = self.opened()
        if judge is None or opened is None:
            return
        services, contest = opened
        answer = QMessageBox.question(
            self,
            self.tr("Remove judge"),
            fill(
                self.tr("Remove %1 and their %2 assignments and scores from “%3”?"),
                judge.name,
                judge.assigned,
                contest.title,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            services.contests.remove_judge(judge.id)
        except DomainError as error:
            self.fail(self.tr("Cannot remove the judge"), error)
            return
        self.judges_changed.emit()


class ContestProgressTab(ContestTab):
    """Needs: the services and the contest; the page calls load() again while it is on screen
    (the board is live). Tells nothing: it only reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        def share(p: ProgressRow) -> str:
            return f"{p.share:.0%}"

        def done_colour(p: ProgressRow) -> QColor | None:
            return DONE_COLOUR if p.done == p.assigned else (LATE_COLOUR if p.share < 0.5 else None)

        self.progress_summary = QLabel()
        self.progress_summary.setStyleSheet("font-weight: 600;")
        self.progress_model: RecordTableModel[ProgressRow] = RecordTableModel(
            [
                Column(self.tr("Judge"), lambda p: p.name),
                Column(self.tr("Scored"), lambda p: f"{p.done} / {p.assigned}", lambda p: p.share, align_right=True),
                Column(self.tr("Done"), share, lambda p: p.share, align_right=True, foreground=done_colour),
                Column(self.tr("Still owes"), lambda p: ", ".join(p.owed_codes) or self.tr("nothing")),
            ],
            self,
        )
        _proxy, self.progress_view = make_table(self.progress_model, self, [180, 80, 60, 400], stretch=3)
        self.audit_model: RecordTableModel[ScoreChangeRow] = RecordTableModel(
            [
                Column(
                    self.tr("When"),
                    lambda c: (
                        f"{day_month_text(c.changed_at.astimezone())} {time_text(c.changed_at.astimezone(), seconds=True)}"
                    ),
                    lambda c: c.changed_at,
                ),
                Column(self.tr("Judge"), lambda c: c.judge),
                Column(self.tr("Entry"), lambda c: c.entry_code),
                Column(self.tr("Criterion"), lambda c: c.criterion),
                Column(self.tr("Old"), lambda c: c.old_value),
                Column(self.tr("New"), lambda c: c.new_value),
                Column(self.tr("By"), lambda c: c.changed_by),
                Column(self.tr("How"), lambda c: c.source),
            ],
            self,
        )
        _proxy, self.audit_view = make_table(self.audit_model, self, [110, 150, 60, 150, 70, 70, 130, 60])
        self.audit_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(boxed(self.tr("Who still owes which scores"), self.progress_summary, self.progress_view))
        splitter.addWidget(boxed(self.tr("Audit trail: every score change"), self.audit_view))
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

    def clear(self) -> None:
        self.progress_model.set_rows([])
        self.audit_model.set_rows([])

    def read_contest(self, services: ServiceSet, contest: ContestSummary) -> None:
        rows = services.contests.progress(contest.id)
        self.progress_model.set_rows(rows)
        owed = sum(p.assigned - p.done for p in rows)
        total = sum(p.assigned for p in rows)
        self.progress_summary.setText(
            fill(self.tr("%1 of %2 score sheets in; %3 still owed."), total - owed, total, owed)
        )
        self.audit_model.set_rows(services.contests.score_changes(contest.id))
