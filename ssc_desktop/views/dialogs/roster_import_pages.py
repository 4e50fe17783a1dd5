"""The roster wizard's pages: file and chapter, column mapping, problems and duplicates, import, summary."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QFrame,
    QProgressBar,
    QScrollArea,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizardPage,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.roster_import import (
    KEEP,
    RosterImportResult,
    RosterPreview,
    RowProblem,
    column_letter,
    left_out_columns,
)
from ssc_desktop.views.dialogs.roster_import_models import (
    ERROR_STYLE,
    PERSISTENT_EDITORS,
    RECHECK_DELAY_MS,
    ROSTER_FILTER,
    ChoiceDelegate,
    DuplicatesModel,
    PreviewModel,
    ProblemRow,
    ProblemsModel,
    action_labels,
    field_labels,
    make_error_label,
    make_table,
    mapping_choices,
)
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.table_models import configure_columns
from ssc_desktop.views.theme import AMBER

if TYPE_CHECKING:
    from ssc_desktop.views.dialogs.roster_import_wizard import RosterImportWizard



# -- the pages -------------------------------------------------------------------------------
class FilePage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the roster"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx) or a CSV file, as your chapter keeps it. Title rows "
                                 "above the header, Japanese column names and CSV in any common encoding are fine."))
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("Roster file"))
        self.path.setAccessibleName(self.tr("Roster file"))
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        assert (line_edit := self.chapter.lineEdit()) is not None  # an editable combo box
        line_edit.setPlaceholderText(self.tr("Chapter name, e.g. SSC India"))
        self.chapter.editTextChanged.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Import into chapter:"), self.chapter)
        self.error = make_error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def fill_chapters(self) -> None:
        current = self.chapter.currentText()
        self.chapter.clear()
        for chapter in self.owner.services.chapters.list_chapters():
            self.chapter.addItem(chapter.label, chapter.name)
        self.chapter.setCurrentText(current)
        if not current and self.chapter.count():
            self.chapter.setCurrentIndex(0)

    def chapter_name(self) -> str:
        typed = self.chapter.currentText().strip()
        index = self.chapter.findText(typed)
        return self.chapter.itemData(index) if index >= 0 else typed

    def browse(self) -> None:
        start = self.path.text() or str(Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster"), start, ROSTER_FILTER)
        if path:
            self.path.setText(path)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip()) and bool(self.chapter.currentText().strip())

    def validatePage(self) -> bool:
        return self.owner.load_preview(self.path.text().strip(), self.error)


class MappingPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check the columns"))
        self.setSubTitle(self.tr("Each column goes to the member field chosen in the first row. Fix any that are "
                                 "wrong; the mapping is remembered for files with the same headers."))
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, 1000)
        self.header_row.setPrefix(self.tr("Header row: "))
        self.header_row.editingFinished.connect(self._header_row_changed)
        self.sheet = QComboBox()
        self.sheet.activated.connect(self._sheet_changed)
        top = QHBoxLayout()
        top.addWidget(self.info, 1)
        top.addWidget(self.sheet)
        top.addWidget(self.header_row)
        self.model = PreviewModel(self)
        self.model.mapping_changed.connect(self.completeChanged)
        self.table = make_table(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.delegate = ChoiceDelegate(mapping_choices(), parent=self)
        self.table.setItemDelegateForRow(0, self.delegate)
        self.table.verticalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setRowHeight(0, 38)
        # What the mapping makes of the columns, said in words: the fields combined from several
        # columns, and every column left out, with some of its values, so nothing is dropped unseen.
        self.combined = QLabel()
        self.combined.setWordWrap(True)
        self.left_out = QLabel()
        self.left_out.setWordWrap(True)
        self.left_out.setTextFormat(Qt.TextFormat.RichText)
        self.left_out.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.model.mapping_changed.connect(self._describe_mapping)
        self.hidden = QLabel()
        self.hidden.setWordWrap(True)
        self.hidden.setStyleSheet(f"color: {AMBER.name()};")
        self.error = make_error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hidden)
        layout.addWidget(self.combined)
        left_out_area = QScrollArea()
        left_out_area.setWidget(self.left_out)
        left_out_area.setWidgetResizable(True)
        left_out_area.setFrameShape(QFrame.Shape.NoFrame)
        left_out_area.setMaximumHeight(4 * self.left_out.fontMetrics().lineSpacing() + 4)  # 4 lines, then it scrolls
        layout.addWidget(left_out_area)
        layout.addWidget(self.error)

    def _describe_mapping(self) -> None:
        preview = self.model.preview
        if preview is None:
            return
        labels = field_labels()
        mapping = self.model.mapping
        combined = []
        for name in dict.fromkeys(mapping[c] for c in sorted(mapping)):
            columns = [c for c in sorted(mapping) if mapping[c] == name]
            if len(columns) > 1 and name != KEEP:
                parts = " + ".join(preview.headers[c] or column_letter(c) for c in columns)
                combined.append(fill(self.tr("%1 ← %2"), labels.get(name, name), parts))
        kept = [preview.headers[c] or column_letter(c) for c in sorted(mapping) if mapping[c] == KEEP]
        if kept:
            combined.append(fill(self.tr("kept in the notes: %1"), ", ".join(kept)))
        self.combined.setText(fill(self.tr("Combined: %1"), "; ".join(combined)) if combined else "")
        self.combined.setVisible(bool(combined))
        left = left_out_columns(preview.headers, mapping, preview.sample, column_letter)
        if not left:
            self.left_out.setText(self.tr("Every column is imported."))
            return
        items = []
        for column in left:  # all of them: a list cut short would drop the rest unseen
            title = html.escape(column.header or fill(self.tr("column %1"), column.letter))
            samples = ", ".join(_shortened(sample) for sample in column.samples[:2])
            shown = html.escape(samples) if samples else self.tr("empty")
            items.append(f"<b>{title}</b> <span style='color:#6b7280'>({shown})</span>")
        self.left_out.setText(fill(self.tr("Not imported (%1 columns): %2. Choose “Keep in the notes” to keep one."),
                                   len(left), "; ".join(items)))

    def show_preview(self, preview: RosterPreview) -> None:
        self.model.set_preview(preview)
        for column in range(self.model.columnCount()):
            self.table.openPersistentEditor(self.model.index(0, column))
            self.table.setColumnWidth(column, 170)
        self.header_row.blockSignals(True)
        self.header_row.setValue(preview.header_row)
        self.header_row.blockSignals(False)
        self.sheet.clear()
        for name in preview.sheets:
            self.sheet.addItem(fill(self.tr("Sheet: %1"), name), name)
        self.sheet.setCurrentIndex(max(self.sheet.findData(preview.sheet), 0))
        self.sheet.setVisible(len(preview.sheets) > 1)
        details = [fill(self.tr("<b>%1</b>"), preview.file)]
        if preview.kind != "csv":
            details.append(fill(self.tr("sheet %1"), preview.sheet))
        else:
            separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("bar")}
            details.append(fill(self.tr("%1, separated by %2"), preview.encoding, separator.get(preview.delimiter, preview.delimiter)))
        details.append(fill(self.tr("headers on row %1"), preview.header_row))
        if preview.mapping_saved:
            details.append(self.tr("<span style='color:#1b7f3b'>mapping remembered from an earlier import</span>"))
        self.info.setText(" · ".join(details))
        if preview.hidden_characters:
            shown = "; ".join(preview.hidden_characters[:5]) + ("; …" if len(preview.hidden_characters) > 5 else "")
            self.hidden.setText(fill(self.tr("Hidden characters that can change how a name shows will be taken out "
                                             "(ZWJ and ZWNJ, which are spelling, are kept): %1"), shown))
        self.hidden.setVisible(bool(preview.hidden_characters))
        self._describe_mapping()
        self.error.hide()
        self.completeChanged.emit()

    def _header_row_changed(self) -> None:
        preview = self.model.preview
        if preview is None:
            return
        sheet = self.sheet.currentData() or preview.sheet
        if self.header_row.value() == preview.header_row and sheet == preview.sheet:
            return
        self.owner.load_preview(preview.path, self.error, header_row=self.header_row.value(), sheet=sheet)

    def _sheet_changed(self, _index: int) -> None:
        preview = self.model.preview
        if preview is not None and self.sheet.currentData() != preview.sheet:
            self.owner.load_preview(preview.path, self.error, sheet=self.sheet.currentData())

    def isComplete(self) -> bool:
        return bool({"latin_name", "native_name", "given_name", "family_name"} & set(self.model.mapping.values()))


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
        self.setSubTitle(self.tr("Correct a value in place (double-click it or press F2), or leave the row out; "
                                 "rows still in error are not imported. Choose what to do with people who are "
                                 "already there."))
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
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                      | QAbstractItemView.EditTrigger.EditKeyPressed)
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
        self.row_texts = {row: tuple(error_text(p.as_error()) for p in problems)
                          for row, problems in self.row_problems.items()}
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
        self.duplicates_title.setText(fill(self.tr("Duplicates (%1)"), f"{len(result.duplicates):,}")
                                      if result.duplicates else self.tr("No duplicates"))
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
        fixed = sum(1 for row in {r for r, _f in self.corrections} if not self.row_problems.get(row)
                    and row not in self.excluded)
        result = self.result or self.first
        if result is not None:
            if self.rechecking:
                text = fill(self.tr("%1 rows read: %2 rows left out for errors, %3 warnings, %4 rows left out by you. "
                                    "Checking the corrected rows for duplicates…"),
                            f"{result.rows:,}", f"{errors:,}", f"{warnings:,}", f"{len(self.excluded):,}")
            else:
                text = fill(self.tr("%1 rows read: %2 new members, %3 duplicates, %4 rows left out for errors, "
                                    "%5 warnings, %6 rows left out by you."),
                            f"{result.rows:,}", f"{result.added:,}", f"{len(result.duplicates):,}", f"{errors:,}",
                            f"{warnings:,}", f"{len(self.excluded):,}")
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
                QItemSelectionModel.SelectionFlag.NoUpdate)

    def save(self) -> None:
        if self.result is None:
            return
        preview = self.owner.preview
        assert preview is not None  # a result means a file was read
        suggested = str(Path(preview.path).with_name(Path(preview.path).stem + "-problems.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested,
                                              self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"))
        if path:
            self.owner.save_report(path, self.error)

    def isComplete(self) -> bool:
        return self.result is not None


class ImportPage(QWizardPage):
    def __init__(self, wizard: RosterImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.done = False
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("All rows are written in one go: if the import stops or is cancelled, nothing changes."))
        self.status = QLabel()
        self.progress = QProgressBar()
        self.cancel_button = QPushButton(self.tr("Cancel import"))
        self.cancel_button.clicked.connect(wizard.cancel_task)
        self.error = make_error_label()
        self.start_over = QPushButton(self.tr("Start over"))
        self.start_over.clicked.connect(wizard.restart)
        self.start_over.hide()
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        again = QHBoxLayout()
        again.addWidget(self.start_over)
        again.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addLayout(again)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.done = False
        self.error.hide()
        self.start_over.hide()
        self.progress.show()
        self.cancel_button.show()
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Reading the roster…"))
        self.cancel_button.setEnabled(True)
        self.owner.run_import(self)

    def show_progress(self, done: int, total: int, phase: str) -> None:
        if phase == "write":
            self.status.setText(fill(self.tr("Writing members: %1 of %2"), f"{done:,}", f"{total:,}"))
        else:
            self.status.setText(fill(self.tr("Reading rows: %1"), f"{done:,}"))
        self.progress.setRange(0, max(total, 0))
        if total:
            self.progress.setValue(min(done, total))

    def show_stopped(self, message: str, failed: bool = True) -> None:
        self.cancel_button.hide()
        self.progress.hide()
        self.status.setText("")
        self.error.setStyleSheet(ERROR_STYLE if failed else "")
        self.error.setText(message)
        self.error.show()
        self.start_over.show()

    def isComplete(self) -> bool:
        return self.done


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Roster imported"))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)

    def show_result(self, result: RosterImportResult) -> None:
        lines = [
            fill(self.tr("<p><b>%1</b> imported into <b>%2</b>.</p>"), result.file, result.chapter),
            "<table cellpadding='4'>",
            fill(self.tr("<tr><td>Members added</td><td align='right'><b>%1</b></td></tr>"), result.added),
            fill(self.tr("<tr><td>Members updated</td><td align='right'><b>%1</b></td></tr>"), result.updated),
            fill(self.tr("<tr><td>Duplicates skipped</td><td align='right'><b>%1</b></td></tr>"),
                 result.skipped - result.excluded),
            fill(self.tr("<tr><td>Rows left out by you</td><td align='right'><b>%1</b></td></tr>"), result.excluded),
            fill(self.tr("<tr><td>Rows corrected here</td><td align='right'><b>%1</b></td></tr>"), result.corrected),
            fill(self.tr("<tr><td>Rows left out for errors</td><td align='right'><b>%1</b></td></tr>"), result.rejected),
            "</table>",
        ]
        self.text.setText("".join(lines))


# -- the wizard -----------------------------------------------------------------------------------


def _shortened(text: str, limit: int = 28) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
