"""The roster wizard's table models: the preview with its mapping row, the duplicates and the problems."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from ssc_desktop.services.roster_import import (
    COMBINABLE,
    FIELDS,
    KEEP,
    MAX_COMBINED,
    NAME_PARTS,
    DuplicateAction,
    DuplicateRow,
    RosterPreview,
    RowProblem,
)
from ssc_desktop.views.labels import fill
from ssc_desktop.views.table_models import BaselineDelegate, Column, RecordTableModel
from ssc_desktop.views.theme import AMBER, MUTED

ROSTER_FILTER = "Rosters (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)"
ERROR_STYLE = "color: #b42318;"
_ERROR_COLOR = QColor("#b42318")
_EDITABLE_BACKGROUND = QColor("#fff8e1")
RECHECK_DELAY_MS = 300
_MAPPING_ROW_BACKGROUND = QColor("#fdf0f5")
PERSISTENT_EDITORS = 200


def field_labels() -> dict[str, str]:
    return {
        "": QGuiApplication.translate("RosterImportWizard", "(not imported)"),
        "latin_name": QGuiApplication.translate("RosterImportWizard", "Name (Latin letters)"),
        "native_name": QGuiApplication.translate("RosterImportWizard", "Name in own script"),
        "reading": QGuiApplication.translate("RosterImportWizard", "Reading (kana)"),
        "email": QGuiApplication.translate("RosterImportWizard", "E-mail"),
        "country": QGuiApplication.translate("RosterImportWizard", "Country / region"),
        "affiliation": QGuiApplication.translate("RosterImportWizard", "Affiliation"),
        "visit_year": QGuiApplication.translate("RosterImportWizard", "Visit year"),
        "host_institution": QGuiApplication.translate("RosterImportWizard", "Host institution"),
        "gender": QGuiApplication.translate("RosterImportWizard", "Gender"),
        "phone": QGuiApplication.translate("RosterImportWizard", "Phone"),
        "notes": QGuiApplication.translate("RosterImportWizard", "Notes"),
        "given_name": QGuiApplication.translate("RosterImportWizard", "Given name"),
        "middle_name": QGuiApplication.translate("RosterImportWizard", "Middle name"),
        "family_name": QGuiApplication.translate("RosterImportWizard", "Family name"),
        "keep": QGuiApplication.translate("RosterImportWizard", "Keep in the notes"),
    }


COMBINE_PREFIX = "+"


def mapping_choices() -> list[tuple[str, str]]:
    """The choices of a column's combo: the fields, the name parts, keeping it in the notes, then
    each text field again as "+ field": joined with the column(s) already going there."""
    labels = field_labels()
    choices = [(name, labels[name]) for name in ("", *FIELDS, *NAME_PARTS, KEEP)]
    choices += [
        (
            COMBINE_PREFIX + name,
            fill(QGuiApplication.translate("RosterImportWizard", "+ %1 (joined with the other column)"), labels[name]),
        )
        for name in FIELDS
        if name in COMBINABLE
    ]
    return choices


def action_labels() -> dict[DuplicateAction, str]:
    return {
        DuplicateAction.UPDATE: QGuiApplication.translate("RosterImportWizard", "Update the member"),
        DuplicateAction.SKIP: QGuiApplication.translate("RosterImportWizard", "Skip the row"),
        DuplicateAction.KEEP_BOTH: QGuiApplication.translate("RosterImportWizard", "Keep both"),
    }


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

    def set_field(self, column: int, name: str, combine: bool = False) -> None:
        """Maps the column to a field.

        A field chosen again moves from the column that had it, as a wrong guess is put right;
        with combine (the "+ field" choices) it stays there too and the columns are joined in
        column order ("Faculty" + "University" as the affiliation), up to MAX_COMBINED columns, the
        leftmost letting go beyond that. Name parts combine by nature (姓 and 名 in kanji and in
        Latin letters make two names), and any number of columns can be kept in the notes.
        """
        changed = [column]
        holders = [other for other, taken in sorted(self.mapping.items()) if name and taken == name and other != column]
        if name == KEEP:
            holders = []
        elif name in COMBINABLE and (combine or name in NAME_PARTS):
            holders = holders[: max(0, len(holders) - (MAX_COMBINED - 1))]
        for other in holders:
            del self.mapping[other]
            changed.append(other)
        if name:
            self.mapping[column] = name
        else:
            self.mapping.pop(column, None)
        for number in changed:
            self.dataChanged.emit(self.index(0, number), self.index(self.rowCount() - 1, number))
        self.mapping_changed.emit()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.preview is None else 1 + len(self.preview.sample)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
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

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if index.isValid() and index.row() == 0 and role == Qt.ItemDataRole.EditRole:
            value = value or ""
            self.set_field(index.column(), value.removeprefix(COMBINE_PREFIX), combine=value.startswith(COMBINE_PREFIX))
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.row() == 0 else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex | QPersistentModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        combo.activated.connect(lambda _i, c=combo: self.commitData.emit(c))
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        combo = cast(QComboBox, editor)  # the one createEditor made
        value = index.data(Qt.ItemDataRole.EditRole)
        position = combo.findData(value)
        combo.setCurrentIndex(max(position, 0))

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex | QPersistentModelIndex) -> None:
        model.setData(index, cast(QComboBox, editor).currentData(), Qt.ItemDataRole.EditRole)


# -- duplicates with a per-row choice ---------------------------------------------------------------
class DuplicatesModel(QAbstractTableModel):
    ACTION_COLUMN = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[DuplicateRow] = []
        self.policy = DuplicateAction.UPDATE
        self.overrides: dict[int, DuplicateAction] = {}
        self.labels = action_labels()
        self.headers = [
            self.tr("Row"),
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Same as"),
            self.tr("Matched by"),
            self.tr("What to do"),
        ]

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

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
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
                return fill(self.tr("Row %1: %2"), duplicate.other_row, duplicate.other_name)
            return fill(self.tr("Stored member: %1 %2"), duplicate.other_name, duplicate.other_email).strip()
        if column == 4:
            return self.tr("E-mail") if duplicate.matched_by == "email" else self.tr("Name and country")
        return self.labels[self.action(duplicate.row)]

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if index.isValid() and index.column() == self.ACTION_COLUMN and role == Qt.ItemDataRole.EditRole:
            self.overrides[self.rows[index.row()].row] = DuplicateAction(value)
            self.dataChanged.emit(index, index)
            return True
        return False

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == self.ACTION_COLUMN else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.headers)
        ):
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

        def colour(row: ProblemRow) -> QColor:
            if row.left_out:
                return MUTED
            return AMBER if row.problem.severity == "warning" else _ERROR_COLOR

        muted = lambda r: MUTED if r.left_out else None  # noqa: E731
        super().__init__(
            [
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Row"),
                    lambda r: str(r.problem.row),
                    sort_key=lambda r: r.problem.row,
                    align_right=True,
                    foreground=muted,
                ),
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Column"),
                    lambda r: r.problem.column,
                    foreground=muted,
                ),
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Header"),
                    lambda r: r.problem.header,
                    foreground=muted,
                ),
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Value"),
                    lambda r: r.problem.value,
                    tooltip=lambda r: (
                        ""
                        if r.left_out
                        else QGuiApplication.translate(
                            "RosterImportWizard", "Double-click or press F2 to correct the value"
                        )
                    ),
                    foreground=muted,
                ),
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Problem"),
                    lambda r: r.text,
                    tooltip=lambda r: r.text,
                    foreground=colour,
                ),
                Column(
                    QGuiApplication.translate("RosterImportWizard", "Leave out"),
                    lambda r: "",
                    sort_key=lambda r: r.left_out,
                    tooltip=lambda r: QGuiApplication.translate(
                        "RosterImportWizard", "Leave this row out of the import"
                    ),
                ),
            ],
            parent,
        )

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

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
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


def make_table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    # Rows as high as the combo boxes some of them hold (the mapping row, the duplicates' actions),
    # and the cells' names on one baseline in every script.
    probe = QComboBox()
    probe.ensurePolished()
    view.verticalHeader().setDefaultSectionSize(max(26, probe.sizeHint().height()))
    probe.deleteLater()
    view.setItemDelegate(BaselineDelegate(view))
    return view


def make_error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label
