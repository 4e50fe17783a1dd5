"""Pieces the Contests page's parts share: table helpers, boxes, colours, matrix marks."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ssc_desktop.views.table_models import RecordTableModel, configure_columns, record_table

LATE_COLOUR = QColor("#b42318")
DONE_COLOUR = QColor("#1a7f37")
CELL_MARKS = {"assigned": "●", "done": "✓", "conflict": "✕", "excluded": "–"}


def number_text(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def make_table(model: RecordTableModel, parent: QWidget, widths: list[int], stretch: int | None = None):  # noqa: ANN202
    proxy, view = record_table(model, parent)
    configure_columns(view, widths, stretch)
    return proxy, view


def row_of(view, model: RecordTableModel, index):  # noqa: ANN001, ANN202
    """The record at a view's (sorted, filtered) row index."""
    return model.row_at(view.model().mapToSource(index).row())


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
