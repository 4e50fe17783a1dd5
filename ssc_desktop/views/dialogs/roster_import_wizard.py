"""The roster import wizard: file and chapter → column mapping → problems and duplicates → import → summary.

RosterImportWizard(services, tasks, parent=None, path=None) emits imported(int) with the
number of members added or updated once an import has been committed.

On the problems step a value is corrected in place (double-click or F2 in the Value cell) or the
row left out; the service re-validates the row at once (recheck_row), checks the whole file again
in the background for duplicates, and imports the corrected values.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services import ServiceSet
from ssc_desktop.services.roster_import import (
    FIELDS,
    DuplicateAction,
    DuplicateRow,
    RosterImportResult,
    RosterPreview,
    RowProblem,
)
from ssc_desktop.views.labels import error_text, fill
from ssc_desktop.views.table_models import Column, RecordTableModel, configure_columns
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.theme import AMBER, MUTED

log = logging.getLogger(__name__)

ROSTER_FILTER = "Rosters (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"
_ERROR_STYLE = "color: #b42318;"
_ERROR_COLOR = QColor("#b42318")
_EDITABLE_BACKGROUND = QColor("#fff8e1")
RECHECK_DELAY_MS = 300
_MAPPING_ROW_BACKGROUND = QColor("#fdf0f5")
PERSISTENT_EDITORS = 200


def field_labels() -> dict[str, str]:
    tr = lambda text: QGuiApplication.translate("RosterImportWizard", text)  # noqa: E731
    return {
        "": tr("(not imported)"),
        "latin_name": tr("Name (Latin letters)"),
        "native_name": tr("Name in own script"),
        "reading": tr("Reading (kana)"),
        "email": tr("E-mail"),
        "country": tr("Country / region"),
        "affiliation": tr("Affiliation"),
        "visit_year": tr("Visit year"),
        "host_institution": tr("Host institution"),
        "gender": tr("Gender"),
        "phone": tr("Phone"),
        "notes": tr("Notes"),
    }


def action_labels() -> dict[DuplicateAction, str]:
    tr = lambda text: QGuiApplication.translate("RosterImportWizard", text)  # noqa: E731
    return {DuplicateAction.UPDATE: tr("Update the member"), DuplicateAction.SKIP: tr("Skip the row"),
            DuplicateAction.KEEP_BOTH: tr("Keep both")}


# -- the preview with one mapping combo per column ------------------------------------------------
class PreviewModel(QAbstractTableModel):
    """Row 0 is the mapping (column → field, editable); the rows below are the file's first rows."""

    mapping_changed = Signal()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.preview: RosterPreview | None = None
        self.mapping: dict[int, str] = {}
        self.labels = field_labels()

    def set_preview(self, preview: RosterPreview) -> None:
        self.beginResetModel()
        self.preview = preview
        self.mapping = dict(preview.mapping)
        self.endResetModel()

    def set_field(self, column: int, name: str) -> None:
        """Maps the column to a field; a field is mapped once, so another column holding it lets go."""
        changed = [column]
        for other, taken in list(self.mapping.items()):
            if name and taken == name and other != column:
                del self.mapping[other]
                changed.append(other)
        if name:
            self.mapping[column] = name
        else:
            self.mapping.pop(column, None)
        for number in changed:
            self.dataChanged.emit(self.index(0, number), self.index(self.rowCount() - 1, number))
        self.mapping_changed.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.preview is None else 1 + len(self.preview.sample)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() or self.preview is None else len(self.preview.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.preview is None:
            return None
        row, column = index.row(), index.column()
        if row == 0:
            name = self.mapping.get(column, "")
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
                return self.labels.get(name, name) if role == Qt.ItemDataRole.DisplayRole else name
            if role == Qt.ItemDataRole.BackgroundRole:
                return _MAPPING_ROW_BACKGROUND
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            values = self.preview.sample[row - 1]
            return values[column] if column < len(values) else ""
        if role == Qt.ItemDataRole.ForegroundRole and column not in self.mapping:
            return MUTED
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.isValid() and index.row() == 0 and role == Qt.ItemDataRole.EditRole:
            self.set_field(index.column(), value or "")
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.row() == 0 else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or self.preview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.preview.headers):
                return self.preview.headers[section] or f"({section + 1})"
            return None
        if section == 0:
            return QGuiApplication.translate("RosterImportWizard", "Import as")
        if 0 < section <= len(self.preview.sample_rows):
            return str(self.preview.sample_rows[section - 1])
        return None


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor offering (value, label) choices; commits as soon as one is picked."""

    def __init__(self, choices: list[tuple[Any, str]], editable_rows: int | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.choices = choices
        self.editable_rows = editable_rows

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        position = editor.findData(value)
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


# -- duplicates with a per-row choice ---------------------------------------------------------------
class DuplicatesModel(QAbstractTableModel):
    ACTION_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DuplicateRow] = []
        self.policy = DuplicateAction.UPDATE
        self.overrides: dict[int, DuplicateAction] = {}
        self.labels = action_labels()
        tr = lambda text: QGuiApplication.translate("RosterImportWizard", text)  # noqa: E731
        self.headers = [tr("Row"), tr("Name"), tr("E-mail"), tr("Same as"), tr("Matched by"), tr("What to do")]
        self._tr = tr

    def set_rows(self, rows: list[DuplicateRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.overrides = {r: a for r, a in self.overrides.items() if any(d.row == r for d in rows)}
        self.endResetModel()

    def set_policy(self, policy: DuplicateAction | str) -> None:
        self.policy = DuplicateAction(policy)
        self.overrides.clear()
        if self.rows:
            self.dataChanged.emit(self.index(0, self.ACTION_COLUMN), self.index(len(self.rows) - 1, self.ACTION_COLUMN))

    def action(self, row: int) -> DuplicateAction:
        return self.overrides.get(row, self.policy)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        duplicate = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == self.ACTION_COLUMN:
            return self.action(duplicate.row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return str(duplicate.row)
        if column == 1:
            return duplicate.name
        if column == 2:
            return duplicate.email
        if column == 3:
            if duplicate.kind == "file":
                return fill(self._tr("Row %1: %2"), duplicate.other_row, duplicate.other_name)
            return fill(self._tr("Stored member: %1 %2"), duplicate.other_name, duplicate.other_email).strip()
        if column == 4:
            return self._tr("E-mail") if duplicate.matched_by == "email" else self._tr("Name and country")
        return self.labels[self.action(duplicate.row)]

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if index.isValid() and index.column() == self.ACTION_COLUMN and role == Qt.ItemDataRole.EditRole:
            self.overrides[self.rows[index.row()].row] = DuplicateAction(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.ACTION_COLUMN else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


@dataclass(frozen=True)
class ProblemRow:
    id: int
    problem: RowProblem
    text: str
    left_out: bool = False


class ProblemsModel(RecordTableModel[ProblemRow]):
    """The problems; the Value cell takes a corrected value, the last column leaves the row out.

    Edits are not applied here: value_edited(row number, field, text) and
    leave_out_changed(row number, left out) ask the page, which re-validates the row
    with the import service and puts the row's new problems in.
    """

    VALUE_COLUMN = 3
    LEAVE_OUT_COLUMN = 5

    value_edited = Signal(int, str, str)
    leave_out_changed = Signal(int, bool)

    def __init__(self, parent: Any = None) -> None:
        tr = lambda text: QGuiApplication.translate("RosterImportWizard", text)  # noqa: E731

        def colour(row: ProblemRow) -> QColor:
            if row.left_out:
                return MUTED
            return AMBER if row.problem.severity == "warning" else _ERROR_COLOR

        muted = lambda r: MUTED if r.left_out else None  # noqa: E731
        super().__init__([
            Column(tr("Row"), lambda r: str(r.problem.row), sort_key=lambda r: r.problem.row, align_right=True,
                   foreground=muted),
            Column(tr("Column"), lambda r: r.problem.column, foreground=muted),
            Column(tr("Header"), lambda r: r.problem.header, foreground=muted),
            Column(tr("Value"), lambda r: r.problem.value,
                   tooltip=lambda r: "" if r.left_out else tr("Double-click or press F2 to correct the value"),
                   foreground=muted),
            Column(tr("Problem"), lambda r: r.text, tooltip=lambda r: r.text, foreground=colour),
            Column(tr("Leave out"), lambda r: "", sort_key=lambda r: r.left_out,
                   tooltip=lambda r: tr("Leave this row out of the import")),
        ], parent)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if column == self.VALUE_COLUMN and role == Qt.ItemDataRole.EditRole:
            return row.problem.value
        if column == self.LEAVE_OUT_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if row.left_out else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and column == self.VALUE_COLUMN and not row.left_out:
            return _EDITABLE_BACKGROUND  # the cell to type the correction into
        if role == Qt.ItemDataRole.FontRole and row.left_out and column != self.LEAVE_OUT_COLUMN:
            font = QFont()
            font.setStrikeOut(True)
            return font
        return super().data(index, role)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return base
        if index.column() == self.LEAVE_OUT_COLUMN:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.VALUE_COLUMN and not self.row_at(index.row()).left_out:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        row = self.row_at(index.row())
        if index.column() == self.VALUE_COLUMN and role == Qt.ItemDataRole.EditRole and not row.left_out:
            text = "" if value is None else str(value)
            if text != row.problem.value:
                self.value_edited.emit(row.problem.row, row.problem.field, text)
            return True
        if index.column() == self.LEAVE_OUT_COLUMN and role == Qt.ItemDataRole.CheckStateRole:
            checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value, 2, True)
            if checked != row.left_out:
                self.leave_out_changed.emit(row.problem.row, checked)
            return True
        return False


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().setDefaultSectionSize(26)
    return view


def _error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(_ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


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
        self.path.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.chapter = QComboBox()
        self.chapter.setEditable(True)
        self.chapter.lineEdit().setPlaceholderText(self.tr("Chapter name, e.g. SSC India"))
        self.chapter.editTextChanged.connect(self.completeChanged)
        form = QFormLayout()
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Import into chapter:"), self.chapter)
        self.error = _error_label()
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

    def isComplete(self) -> bool:  # noqa: N802
        return bool(self.path.text().strip()) and bool(self.chapter.currentText().strip())

    def validatePage(self) -> bool:  # noqa: N802
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
        self.table = _table(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        labels = field_labels()
        self.delegate = ChoiceDelegate([(name, labels[name]) for name in ("", *FIELDS)], parent=self)
        self.table.setItemDelegateForRow(0, self.delegate)
        self.table.verticalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.table.setRowHeight(0, 38)
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error)

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
        if preview.kind == "xlsx":
            details.append(fill(self.tr("sheet %1"), preview.sheet))
        else:
            separator = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab"), "|": self.tr("bar")}
            details.append(fill(self.tr("%1, separated by %2"), preview.encoding, separator.get(preview.delimiter, preview.delimiter)))
        details.append(fill(self.tr("headers on row %1"), preview.header_row))
        if preview.mapping_saved:
            details.append(self.tr("<span style='color:#1b7f3b'>mapping remembered from an earlier import</span>"))
        self.info.setText(" · ".join(details))
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

    def isComplete(self) -> bool:  # noqa: N802
        return bool({"latin_name", "native_name"} & set(self.model.mapping.values()))


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
        self.problems = _table(self.problems_model)
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
        self.duplicates_model = DuplicatesModel(self)
        self.duplicates = _table(self.duplicates_model)
        self.action_delegate = ChoiceDelegate(list(action_labels().items()), parent=self)
        self.duplicates.setItemDelegateForColumn(DuplicatesModel.ACTION_COLUMN, self.action_delegate)
        self.duplicates.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        configure_columns(self.duplicates, [60, 170, 220, 230, 130, 170], stretch=3)
        self.duplicates.verticalHeader().hide()
        self.problems_title = QLabel()
        self.problems_title.setObjectName("CardTitle")
        self.duplicates_title = QLabel()
        self.duplicates_title.setObjectName("CardTitle")
        self.error = _error_label()
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

    def initializePage(self) -> None:  # noqa: N802
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

    def cleanupPage(self) -> None:  # noqa: N802
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
        lines = []
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
        suggested = str(Path(self.owner.preview.path).with_name(Path(self.owner.preview.path).stem + "-problems.csv"))
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), suggested,
                                              self.tr("CSV (*.csv);;Excel workbook (*.xlsx)"))
        if path:
            self.owner.save_report(path, self.error)

    def isComplete(self) -> bool:  # noqa: N802
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
        self.error = _error_label()
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

    def initializePage(self) -> None:  # noqa: N802
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
        self.error.setStyleSheet(_ERROR_STYLE if failed else "")
        self.error.setText(message)
        self.error.show()
        self.start_over.show()

    def isComplete(self) -> bool:  # noqa: N802
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
class RosterImportWizard(QWizard):
    imported = Signal(int)

    FILE_PAGE, MAPPING_PAGE, CHECK_PAGE, IMPORT_PAGE, SUMMARY_PAGE = range(5)

    def __init__(self, services: ServiceSet, tasks: TaskRunner, parent: QWidget | None = None,
                 path: str | Path | None = None, chapter: str = "") -> None:
        super().__init__(parent)
        self.services = services
        self.tasks = tasks
        self.preview: RosterPreview | None = None
        self.check_result: RosterImportResult | None = None
        self.result: RosterImportResult | None = None
        self.task: TaskHandle | None = None  # the import
        self.check_task: TaskHandle | None = None
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(980, 660)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.check_page = CheckPage(self)
        self.import_page = ImportPage(self)
        self.summary_page = SummaryPage()
        for number, page in enumerate((self.file_page, self.mapping_page, self.check_page, self.import_page,
                                       self.summary_page)):
            self.setPage(number, page)
        # The import cannot be undone by Back: the check page commits.
        self.check_page.setCommitPage(True)
        self.check_page.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.file_page.fill_chapters()
        if path is not None:
            self.file_page.path.setText(str(path))
        if chapter:
            self.file_page.chapter.setCurrentText(chapter)

    # -- steps -----------------------------------------------------------------------------
    def load_preview(self, path: str, error_label: QLabel, header_row: int | None = None, sheet: str = "") -> bool:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            preview = self.services.roster_import.preview(path, sheet=sheet, header_row=header_row)
        except DomainError as error:
            error_label.setText(error_text(error))
            error_label.show()
            return False
        except Exception as error:  # noqa: BLE001 - a reader failure the service did not foresee is still said
            log.exception("roster preview of %s failed", Path(path).name)
            error_label.setText(fill(self.tr("%1 could not be read: %2"), Path(path).name, error_text(error)))
            error_label.show()
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        error_label.hide()
        self.preview = preview
        self.mapping_page.show_preview(preview)
        return True

    def _import_arguments(self) -> dict[str, Any]:
        assert self.preview is not None
        return dict(path=self.preview.path, mapping=dict(self.mapping_page.model.mapping),
                    sheet=self.preview.sheet, header_row=self.preview.header_row)

    def run_check(self, page: CheckPage, refresh: bool = False) -> None:
        """Checks every row in the background; refresh checks again with the page's corrections."""
        service = self.services.roster_import
        arguments = self._import_arguments()
        arguments["policy"] = DuplicateAction(self.check_page.policy.currentData())
        arguments["corrections"] = dict(page.corrections)
        if refresh:
            arguments["excluded"] = set(page.excluded)
        else:
            # Rows left out are still listed (so they can be taken back in); the raw values of
            # the rows with problems are kept to re-validate a row as it is corrected.
            arguments["keep_problem_rows"] = True
        self.cancel_check()
        page.generation += 1
        generation = page.generation

        def work(progress, cancel):  # noqa: ANN001, ANN202
            return service.check(**arguments, progress=progress, cancelled=cancel.is_set)

        def finished() -> bool:
            if self.check_task is handle:
                self.check_task = None
            return generation == page.generation  # else a newer check has been asked for

        def done(result: RosterImportResult) -> None:
            if finished():
                self.check_result = result
                (page.show_recheck if refresh else page.show_result)(result)

        def failed(error: BaseException, _trace: str) -> None:
            if finished():
                page.show_error(error)

        handle = self.tasks.start(work, on_success=done, on_failure=failed, on_cancelled=finished, owner=self)
        self.check_task = handle

    def cancel_check(self) -> None:
        if self.check_task is not None:
            self.check_task.cancel()
            self.check_task = None

    def run_import(self, page: ImportPage) -> None:
        service = self.services.roster_import
        arguments = self._import_arguments()
        arguments.update(chapter=self.file_page.chapter_name(), policy=self.check_page.duplicates_model.policy,
                         overrides=dict(self.check_page.duplicates_model.overrides),
                         corrections=dict(self.check_page.corrections), excluded=set(self.check_page.excluded))
        self.check_page.recheck_timer.stop()
        self.check_page.generation += 1
        self.cancel_check()

        def work(progress, cancel):  # noqa: ANN001, ANN202
            return service.import_roster(**arguments, progress=progress, cancelled=cancel.is_set)

        def done(result: RosterImportResult) -> None:
            self.task = None
            self.result = result
            page.done = True
            self.summary_page.show_result(result)
            self.imported.emit(result.added + result.updated)
            self.next()

        def failed(error: BaseException, _trace: str) -> None:
            self.task = None
            page.show_stopped(fill(self.tr("The import stopped: %1 Nothing was changed."), error_text(error)))

        def cancelled() -> None:
            self.task = None
            page.show_stopped(self.tr("The import was cancelled. Nothing was changed."), failed=False)

        self.task = self.tasks.start(work, on_success=done, on_failure=failed, on_progress=page.show_progress,
                                     on_cancelled=cancelled, owner=self)

    def save_report(self, path: str, error_label: QLabel) -> bool:
        if self.check_result is None:
            return False
        try:
            self.services.roster_import.export_report(self.check_page.remaining_problems(), path)
        except DomainError as error:
            error_label.setText(error_text(error))
            error_label.show()
            return False
        return True

    def cancel_task(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.import_page.cancel_button.setEnabled(False)
            self.import_page.status.setText(self.tr("Cancelling…"))

    def reject(self) -> None:
        # Closing while the import runs cancels it first; the window closes once it has rolled back.
        self.cancel_check()
        if self.task is not None:
            self.cancel_task()
            self.tasks.wait_for_all(10000)
        super().reject()
