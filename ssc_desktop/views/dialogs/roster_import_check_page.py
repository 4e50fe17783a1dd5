"""The roster wizard's third page: the problems found (each correctable in place) and the duplicates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWizardPage,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.roster_import import (
    RosterImportResult,
    RowProblem,
)
from ssc_desktop.views.dialogs.roster_import_models import (
    PERSISTENT_EDITORS,
    RECHECK_DELAY_MS,
    ChoiceDelegate,
    DuplicatesModel,
    ProblemRow,
    ProblemsModel,
    action_labels,
    make_error_label,
    make_table,
)
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.table_models import configure_columns

if TYPE_CHECKING:
    from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard


class CheckPage(QWizardPage):
    """Problems (fixable in place) and duplicates (a choice per row), before the import.

    A corrected value is re-validated at once by the import service's own rules (recheck_row);
    a full check with every correction then runs in the background, so the duplicates and the
    counts follow (a corrected e-mail may belong to a stored member).
    """

    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.result: RosterImportResult | None = None  # the latest check, with every correction
        self.first: RosterImportResult | None = None  # the first check: the raw values of the problem rows
        self.corrections: dict[tuple[int, str], str] = {}
        self.excluded: set[int] = set()
        self.row_problems: dict[int, tuple[RowProblem, ...]] = {}
        self.row_texts: dict[int, tuple[str, ...]] = {}
        self.fixes_for: tuple[str, str] | None = None  # the file and sheet the corrections belong to
        self.rechecking = False
        self.generation = 0
        self.setTitle(self.tr("Problems and duplicates"))
        self.setSubTitle(
            self.tr(
                "Correct a value in place (double-click it or press F2), or leave the row out; "
                "rows still in error are not imported. Choose what to do with people who are "
                "already there."
            )
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(6)
        self.problems_model = ProblemsModel(self)
        self.problems_model.value_edited.connect(self._value_edited)
        self.problems_model.leave_out_changed.connect(self._leave_out_changed)
        self.problems = make_table(self.problems_model)
        self.problems.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.problems.doubleClicked.connect(self._edit_value)
        configure_columns(self.problems, [60, 70, 160, 220, 300, 80], stretch=4)
        self.problems.verticalHeader().hide()
        self.problems.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.save_report = QPushButton(self.tr("Save report…"))
        self.save_report.clicked.connect(self.save)
        self.policy = QComboBox()
        for action, label in action_labels().items():
            self.policy.addItem(label, action)
        self.policy.currentIndexChanged.connect(lambda _i: self.duplicates_model.set_policy(self.policy.currentData()))
        self.duplicates_model: DuplicatesModel = DuplicatesModel(self)
        self.duplicates = make_table(self.duplicates_model)
        self.action_delegate = ChoiceDelegate(list(action_labels().items()), parent=self)
        self.duplicates.setItemDelegateForColumn(DuplicatesModel.ACTION_COLUMN, self.action_delegate)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        configure_columns(self.duplicates, [60, 170, 220, 230, 130, 170], stretch=3)
        self.duplicates.verticalHeader().hide()
        self.problems_title = QLabel()
        self.problems_title.setObjectName("CardTitle")
        self.duplicates_title = QLabel()
        self.duplicates_title.setObjectName("CardTitle")
        self.error = make_error_label()
        self.recheck_timer = QTimer(self)
        self.recheck_timer.setSingleShot(True)
        self.recheck_timer.setInterval(RECHECK_DELAY_MS)
        self.recheck_timer.timeout.connect(self._recheck)

        problems_bar = QHBoxLayout()
        problems_bar.addWidget(self.problems_title, 1)
        problems_bar.addWidget(self.save_report)
        duplicates_bar = QHBoxLayout()
        duplicates_bar.addWidget(self.duplicates_title, 1)
        duplicates_bar.addWidget(QLabel(self.tr("For every duplicate:")))
        duplicates_bar.addWidget(self.policy)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addLayout(problems_bar)
        layout.addWidget(self.problems, 3)
        layout.addLayout(duplicates_bar)
        layout.addWidget(self.duplicates, 2)

    def initializePage(self) -> None:
        self.result = None
        self.first = None
        preview = self.owner.preview
        source = (preview.path, preview.sheet) if preview is not None else None
        if source != self.fixes_for:
            # Corrections are kept across Back and Next (a fixed mapping), not for another file or sheet.
            self.corrections.clear()
            self.excluded.clear()
            self.fixes_for = source
        self.row_problems.clear()
        self.row_texts.clear()
        self.rechecking = False
        self.recheck_timer.stop()
        self.error.hide()
        self.busy.show()
        self.summary.setText(self.tr("Reading every row…"))
        self.owner.run_check(self)

    def cleanupPage(self) -> None:
        self.recheck_timer.stop()
        self.generation += 1  # a check still running is of no use any more
        self.owner.cancel_check()
        super().cleanupPage()

    # -- results -----------------------------------------------------------------------------
    def show_result(self, result: RosterImportResult) -> None:
        """The first check of the file: every problem and duplicate."""
        self.first = result
        self.row_problems = {}
        for problem in result.problems:
            self.row_problems.setdefault(problem.row, ())
            self.row_problems[problem.row] += (problem,)
        self.row_texts = {
            row: tuple(error_text(p.as_error()) for p in problems) for row, problems in self.row_problems.items()
        }
        self.excluded &= set(self.row_problems)
        self._show_problems()
        self.show_recheck(result)
        if self.excluded:
            self.rechecking = True  # the rows left out count again once the check leaves them out
            self.busy.show()
            self._show_counts()
            self.recheck_timer.start()

    def show_recheck(self, result: RosterImportResult) -> None:
        """A check with the corrections made so far: the duplicates and counts follow them."""
        self.result = result
        self.rechecking = False
        self.busy.hide()
        self.error.hide()
        self.duplicates_model.set_rows(list(result.duplicates))
        if self.duplicates_model.rowCount() <= PERSISTENT_EDITORS:
            # Combo boxes always shown for a few rows; for thousands a click opens one.
            for row in range(self.duplicates_model.rowCount()):
                self.duplicates.openPersistentEditor(self.duplicates_model.index(row, DuplicatesModel.ACTION_COLUMN))
        self.duplicates_title.setText(
            fill(self.tr("Duplicates (%1)"), f"{len(result.duplicates):,}")
            if result.duplicates
            else self.tr("No duplicates")
        )
        self.duplicates.setVisible(bool(result.duplicates))
        self.policy.setEnabled(bool(result.duplicates))
        self._show_counts()
        self.completeChanged.emit()

    def show_error(self, error: BaseException) -> None:
        self.rechecking = False
        self.busy.hide()
        self.summary.setText("")
        self.error.setText(error_text(error))
        self.error.show()

    def remaining_problems(self) -> list[RowProblem]:
        """The problems still to fix, in row order: rows left out have none."""
        return [p for row in sorted(self.row_problems) if row not in self.excluded for p in self.row_problems[row]]

    def _show_problems(self) -> None:
        lines: list[ProblemRow] = []
        for row in sorted(self.row_problems):
            for problem, text in zip(self.row_problems[row], self.row_texts[row], strict=True):
                lines.append(ProblemRow(len(lines), problem, text, row in self.excluded))
        current = self.problems.currentIndex()
        self.problems_model.set_rows(lines)
        if current.isValid() and self.problems_model.rowCount():
            # Stay where the user was: the next problem comes up under the fixed one.
            row = min(current.row(), self.problems_model.rowCount() - 1)
            self.problems.setCurrentIndex(self.problems_model.index(row, ProblemsModel.VALUE_COLUMN))
        self.problems.setVisible(bool(lines))

    def _show_counts(self) -> None:
        remaining = self.remaining_problems()
        errors = len({p.row for p in remaining if p.severity == "error"})
        warnings = sum(1 for p in remaining if p.severity == "warning")
        fixed = sum(
            1
            for row in {r for r, _f in self.corrections}
            if not self.row_problems.get(row) and row not in self.excluded
        )
        result = self.result or self.first
        if result is not None:
            if self.rechecking:
                text = fill(
                    self.tr(
                        "%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. "
                        "Checking the corrected rows for duplicates…"
                    ),
                    f"{result.rows:,}",
                    f"{errors:,}",
                    f"{warnings:,}",
                    f"{len(self.excluded):,}",
                )
            else:
                text = fill(
                    self.tr(
                        "%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, "
                        "%5 warnings, %6 rows left out by you."
                    ),
                    f"{result.rows:,}",
                    f"{result.added:,}",
                    f"{len(result.duplicates):,}",
                    f"{errors:,}",
                    f"{warnings:,}",
                    f"{len(self.excluded):,}",
                )
            self.summary.setText(text)
        title = fill(self.tr("Problems (%1)"), f"{len(remaining):,}") if remaining else self.tr("No problems left")
        if not self.row_problems and not self.corrections:
            title = self.tr("No problems found")
        if fixed:
            title += fill(self.tr(" · %1 rows corrected"), f"{fixed:,}")
        self.problems_title.setText(title)
        self.save_report.setEnabled(bool(remaining))

    # -- fixing in place ----------------------------------------------------------------------
    def _value_edited(self, row: int, name: str, text: str) -> None:
        self.corrections[(row, name)] = text
        # After the editor has closed: the row's lines are replaced.
        QTimer.singleShot(0, lambda: self._revalidate(row))

    def _leave_out_changed(self, row: int, left_out: bool) -> None:
        if left_out:
            self.excluded.add(row)
        else:
            self.excluded.discard(row)
        QTimer.singleShot(0, lambda: self._revalidate(row))

    def _revalidate(self, row: int) -> None:
        if self.first is None:
            return
        try:
            problems = self.owner.services.roster_import.recheck_row(self.first, row, self.corrections)
            self.row_problems[row] = problems
            self.row_texts[row] = tuple(error_text(p.as_error()) for p in problems)
        except DomainError as error:
            self.error.setText(error_text(error))
            self.error.show()
            return
        if not self.row_problems[row] and row in self.excluded:
            self.excluded.discard(row)
        self._show_problems()
        self.rechecking = True
        self.busy.show()
        self._show_counts()
        self.recheck_timer.start()

    def _recheck(self) -> None:
        self.owner.run_check(self, refresh=True)

    def _edit_value(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() != ProblemsModel.VALUE_COLUMN:
            self.problems.edit(self.problems_model.index(index.row(), ProblemsModel.VALUE_COLUMN))

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # Rows are selected whole; F2 edits the value of the current row whichever cell was clicked.
        if current.isValid() and current.column() != ProblemsModel.VALUE_COLUMN:
            self.problems.selectionModel().setCurrentIndex(
                self.problems_model.index(current.row(), ProblemsModel.VALUE_COLUMN),
                QItemSelectionModel.SelectionFlag.NoUpdate,
            )

    def save(self) -> None:
        if self.result is None:
            return
        preview = self.owner.preview
        assert preview is not None  # a result means a file was read
        suggested = str(Path(preview.path).with_name(Path(preview.path).stem + "-problems.csv"))
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save report"), suggested, self.tr("CSV (*.csv);;Excel workbook (*.xlsx)")
        )
        if path:
            self.owner.save_report(path, self.error)

    def isComplete(self) -> bool:
        return self.result is not None
