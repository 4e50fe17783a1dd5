"""Table models for big lists: a column-described record model and its proxy.

QSortFilterProxyModel sorts by calling data() for every comparison and filters by
calling filterAcceptsRow() for every row; from Python that costs seconds (sorting)
and tens of milliseconds (filtering) for 30,000 rows, once per keystroke. So the
record model sorts itself on raw keys (also exposed on SORT_KEY_ROLE) and shows the
records whose ids a page chose, in one pass of plain Python; the proxy the views
talk to hands both requests down and adds no Python call per row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFontMetricsF, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

# Most records have an id (replace_record and set_visible_ids need one); some, e.g. issued
# certificates, do not, so Row is not bound to a protocol with an id: those methods read it as Any.
Row = TypeVar("Row")

SORT_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    align_right: bool = False
    tooltip: Callable[[Row], str] | None = None
    foreground: Callable[[Row], Any] | None = None

    def key(self, row: Row) -> Any:
        return self.sort_key(row) if self.sort_key else self.text(row).casefold()


class RecordTableModel(QAbstractTableModel, Generic[Row]):
    """Rows are frozen dataclasses (with an id) from a service; columns say how to show and sort them."""

    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[Row] = []  # every record, in the current sort order
        self._rows: list[Row] = []  # the records shown
        self._visible_ids: AbstractSet[int] | None = None
        self._sorted_by: tuple[int, Qt.SortOrder] | None = None

    # -- data in -----------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        if self._sorted_by is not None:
            self._all = self._sorted(self._all, *self._sorted_by)
        self._rows = self._shown(self._all)
        self.endResetModel()

    def set_visible_ids(self, ids: AbstractSet[int] | None) -> None:
        """Show only records with these ids, or every record for None."""
        if ids is None and self._visible_ids is None:
            return
        self.beginResetModel()
        self._visible_ids = ids
        self._rows = self._shown(self._all)
        self.endResetModel()

    def replace_record(self, record: Row) -> None:
        """Put a changed record (same id) in place of the old one."""
        record_id = cast(Any, record).id
        self._all = [record if cast(Any, r).id == record_id else r for r in self._all]
        for number, row in enumerate(self._rows):
            if cast(Any, row).id == record_id:
                self._rows[number] = record
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(self._columns) - 1))

    def rows(self) -> list[Row]:
        """Every record, shown or not."""
        return self._all

    def row_at(self, row_number: int) -> Row:
        return self._rows[row_number]

    def _shown(self, rows: list[Row]) -> list[Row]:
        visible = self._visible_ids
        records: list[Any] = rows
        return list(rows) if visible is None else [r for r in records if r.id in visible]

    # -- Qt model interface -----------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_KEY_ROLE:
            return column.key(row)
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(_RIGHT if column.align_right else _LEFT)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._columns):
                return self._columns[section].header
            if orientation == Qt.Orientation.Vertical:
                return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        tracked = [(index, self._rows[index.row()]) for index in before if index.isValid()]
        self._all = self._sorted(self._all, column, order)
        self._rows = self._shown(self._all)
        self._sorted_by = (column, order)
        if tracked:
            position = {id(row): number for number, row in enumerate(self._rows)}
            self.changePersistentIndexList(
                [index for index, _ in tracked],
                [self.index(position[id(row)], index.column()) for index, row in tracked],
            )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row], column: int, order: Qt.SortOrder) -> list[Row]:
        """Rows ordered by a column's raw key; rows without a value stay last either way."""
        key = self._columns[column].key
        keyed = [(key(row), row) for row in rows]
        present = [pair for pair in keyed if pair[0] is not None]
        missing = [row for value, row in keyed if value is None]
        present.sort(key=lambda pair: pair[0], reverse=order == Qt.SortOrder.DescendingOrder)
        return [row for _value, row in present] + missing


def record_table(
    model: RecordTableModel,
    parent: QObject | None = None,
    *,
    many: bool = False,
    sort_column: int = 0,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    row_height: int = 28,
) -> tuple[RecordFilterProxy, QTableView]:
    """The proxy and the table view every list of records uses: rows selected whole, sortable, striped."""
    proxy = RecordFilterProxy(parent)
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, order)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection if many else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(row_height)
    table.setItemDelegate(BaselineDelegate(table))
    return proxy, table


class BaselineDelegate(QStyledItemDelegate):
    """Draws every cell's text on the baseline of the table's own font, whatever its script.

    Qt centres a line on the ascent of the font that drew it; the fonts of other scripts have
    other ascents (Noto Sans Bengali's is 2 px less than Noto Sans's), so a name in its own
    script sat higher than the Latin name beside it. Elided on the right, as Qt does.
    """

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        if not text:
            return
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = area.adjusted(margin, 0, -margin, 0)
        metrics = QFontMetricsF(opt.font)
        shown = metrics.elidedText(text.replace("\n", " "), opt.textElideMode, area.width())
        baseline = area.top() + (area.height() - metrics.height()) / 2 + metrics.ascent()
        left: float = area.left()
        if opt.displayAlignment & Qt.AlignmentFlag.AlignRight:
            left = area.right() + 1 - metrics.horizontalAdvance(shown)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        group = (
            QPalette.ColorGroup.Disabled
            if not opt.state & QStyle.StateFlag.State_Enabled
            else QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )  # as Qt's own item drawing chooses
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(group, role))
        painter.drawText(QPointF(left, baseline), shown)
        painter.restore()

    def helpEvent(self, event, view, option, index) -> bool:
        """A cell cut short with "…" shows its whole text as its tooltip (when it has none of its own)."""
        if event.type() == QEvent.Type.ToolTip and index.isValid() and index.data(Qt.ItemDataRole.ToolTipRole) is None:
            text = index.data(Qt.ItemDataRole.DisplayRole)
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            style = view.style() if view is not None else QApplication.style()
            area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, view)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
            if isinstance(text, str) and QFontMetricsF(opt.font).horizontalAdvance(text) > area.width() - 2 * margin:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def configure_columns(view: QTableView, widths: Sequence[int], stretch: int | None = None) -> None:
    """Column widths for a table, each at least as wide as its title needs (Qt's measure, with room
    for the sort arrow); stretch names the column that takes the spare room."""
    header = view.horizontalHeader()
    header.setStretchLastSection(stretch is None)
    for column, width in enumerate(widths):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, max(width, header.sectionSizeHint(column)))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        view.viewport().installEventFilter(_StretchKeeper(view, stretch))


class _StretchKeeper(QObject):
    """Lets a table's stretching column take the spare room, but never shrink below its title:
    on a narrow table (a splitter's side at 1280x720) the table scrolls sideways instead."""

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self.view, self.column = view, column

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            header = self.view.horizontalHeader()
            others = sum(
                header.sectionSize(c)
                for c in range(header.count())
                if c != self.column and not header.isSectionHidden(c)
            )
            needed = header.sectionSizeHint(self.column)
            room = self.view.viewport().width() - others
            if room < needed:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(self.column, needed)
            elif header.sectionResizeMode(self.column) != QHeaderView.ResizeMode.Stretch:
                header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)
        return False


class RecordFilterProxy(QSortFilterProxyModel):
    """The model views use: sorting and filtering are handed to the record model.

    It overrides neither lessThan() nor filterAcceptsRow(), so Qt's own mapping runs
    in C++ and never calls back into Python per row.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setDynamicSortFilter(False)

    def set_visible_ids(self, ids: AbstractSet[int] | None) -> None:
        cast(RecordTableModel[Any], self.sourceModel()).set_visible_ids(ids)  # the model record_table gives it

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None and column >= 0:
            source.sort(column, order)

    def source_row(self, proxy_row: int) -> int:
        return self.mapToSource(self.index(proxy_row, 0)).row()
