"""Pieces the Contests page's tabs share: the tab base class, table helpers, boxes, colours,
matrix marks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QVBoxLayout, QWidget

from ssc_desktop.services import ServiceSet
from ssc_desktop.services.contests import ContestSummary
from ssc_desktop.views.labels import error_text
from ssc_desktop.views.table_models import RecordFilterProxy, RecordTableModel, Row, configure_columns, record_table

LATE_COLOUR = QColor("#b42318")
DONE_COLOUR = QColor("#1a7f37")
CELL_MARKS = {"assigned": "●", "done": "✓", "conflict": "✕", "excluded": "–"}


class ContestTab(QWidget):
    """One tab of the Contests page. The page gives it the open services (set_services) and the
    chosen contest (set_contest), asks it to read its data when it is shown (load) and says whether
    the contest may still change (set_editable). The tab tells the page what it changed through its
    own signals, and what to put in the status bar through status_message."""

    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: ServiceSet | None = None
        self.contest: ContestSummary | None = None

    def set_services(self, services: ServiceSet | None) -> None:
        self.services = services

    def set_contest(self, contest: ContestSummary | None) -> None:
        """The chosen contest (None: none). The tab forgets what it showed; load() reads it again."""
        self.contest = contest
        self.clear()

    def load(self) -> None:
        """Reads this tab's data for the chosen contest (the page calls it when the tab is shown)."""
        opened = self.opened()
        if opened is None:
            self.clear()
            return
        self.read_contest(*opened)

    def read_contest(self, services: ServiceSet, contest: ContestSummary) -> None:
        """What load() does when there are services and a contest: read and show this tab's data."""

    def clear(self) -> None:
        """Shows nothing: no contest is chosen."""

    def set_editable(self, editable: bool) -> None:
        """Whether the contest is open (not locked): the buttons that change it follow."""

    def opened(self) -> tuple[ServiceSet, ContestSummary] | None:
        """The services and the contest, when both are there."""
        if self.services is None or self.contest is None:
            return None
        return self.services, self.contest

    def fail(self, title: str, error: BaseException) -> None:
        QMessageBox.warning(self, title, error_text(error))


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def make_table(
    model: RecordTableModel[Any], parent: QWidget, widths: list[int], stretch: int | None = None
) -> tuple[RecordFilterProxy, QTableView]:
    proxy, view = record_table(model, parent)
    configure_columns(view, widths, stretch)
    return proxy, view


def row_of(view: QTableView, model: RecordTableModel[Row], index: QModelIndex | QPersistentModelIndex) -> Row:
    """The record at a view's (sorted, filtered) row index."""
    proxy = view.model()
    assert isinstance(proxy, RecordFilterProxy)
    return model.row_at(proxy.mapToSource(index).row())


def selected_record(view: QTableView, model: RecordTableModel[Row]) -> Row | None:
    """The record of the view's first selected row, if one is selected."""
    rows = view.selectionModel().selectedRows()
    return row_of(view, model, rows[0]) if rows else None


def initials(name: str) -> str:
    """A judge's column header: the initials of their name (or its first letters)."""
    return "".join(part[0] for part in name.replace(".", "").split() if part[:1].isupper())[:3] or name[:3]


def boxed(title: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(title)
    label.setStyleSheet("font-weight: 600;")
    layout.addWidget(label)
    for widget in widgets:
        if isinstance(widget, QTableView) and not widget.accessibleName():
            widget.setAccessibleName(title)  # the heading above it names it for a screen reader
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box
