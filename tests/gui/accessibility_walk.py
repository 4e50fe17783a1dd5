"""What a screen reader and a keyboard see of a window: the helpers of test_accessibility.

unnamed(window) lists the enabled, visible controls a screen reader would announce without a
name: Qt's own accessible name is asked (QAccessibleInterface.text(Name)), which is the
accessibleName, else a button's own text, else the text of a QLabel whose buddy it is (a
QFormLayout row's label counts: addRow sets the buddy) or of the group box it sits in.

tab_walk(window) presses Tab's own step (focusNextChild) from the first field until the focus
comes round again and returns the controls it reached in order; tab_problems(window) says
which visible controls Tab never reaches and where Tab jumps back up and to the left (a field
added to the layout later than the ones around it without setTabOrder).
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
# Controls that are parts of another one (a combo box's line edit, a spin box's, a table's
# header, a calendar's buttons): the whole is named, not its parts.
COMPOUND = (QComboBox, QAbstractSpinBox, QCalendarWidget, QAbstractItemView, QTabBar)


def _is_part(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, COMPOUND):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QHeaderView) or widget.objectName() in ("qt_spinbox_lineedit",)


def controls(window: QWidget) -> list[QWidget]:
    """The enabled, visible interactive widgets of window (not those of other windows)."""
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_part(widget):
            continue
        if not widget.isVisibleTo(window) or not widget.isVisible() or not widget.isEnabled():
            continue
        if widget.window() is not window:
            continue
        if widget.objectName().startswith("qt_") and isinstance(widget, QAbstractButton):
            # Qt's own parts (a line edit's clear button, a scroll area's corner): Qt names them
            # or the accessibility tree leaves them out.
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def describe(widget: QWidget) -> str:
    bits = [type(widget).__name__]
    if widget.objectName():
        bits.append(f"#{widget.objectName()}")
    if isinstance(widget, QLineEdit) and widget.placeholderText():
        bits.append(f"placeholder={widget.placeholderText()!r}")
    if isinstance(widget, QAbstractButton) and widget.toolTip():
        bits.append(f"tooltip={widget.toolTip()!r}")
    parent = widget.parentWidget()
    if parent is not None:
        bits.append(f"in {type(parent).__name__}{'#' + parent.objectName() if parent.objectName() else ''}")
    return " ".join(bits)


def unnamed(window: QWidget, where: str) -> list[str]:
    return [f"{where}: {describe(w)}" for w in controls(window) if not accessible_name(w)]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def tab_walk(window: QWidget) -> list[QWidget]:
    """The controls Tab visits in window, from its first one round to the start again."""
    start = _first_field(window)
    if start is None:
        return []
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    walked = [window.focusWidget()]
    for _step in range(200):
        window.focusNextChild()
        QApplication.processEvents()
        here = window.focusWidget()
        if here is None or here is walked[0] or here in walked:
            break
        walked.append(here)
    return [w for w in walked if w is not None]


def _top_left(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def _first_field(window: QWidget) -> QWidget | None:
    """The control a reader meets first: the top row's left-most (a row: tops within half a height)."""
    candidates = [c for c in controls(window) if _takes_tab(c)]
    if not candidates:
        return None
    top = min(candidates, key=lambda w: _top_left(w, window).y())
    row = [
        w
        for w in candidates
        if abs(_top_left(w, window).y() - _top_left(top, window).y()) <= min(w.height(), top.height()) // 2
    ]
    return min(row, key=lambda w: _top_left(w, window).x())


def tab_problems(window: QWidget, where: str) -> list[str]:
    """Controls Tab never reaches, and steps that jump back up and to the left."""
    before = [c for c in controls(window) if _takes_tab(c)]
    walked = tab_walk(window)
    # Radio buttons of one group are one Tab stop (the arrow keys move within it). A control that
    # was not a stop all along (a page's button disabled while it reloads) is not counted.
    stops = {id(w.parentWidget()) for w in walked if isinstance(w, QRadioButton)}
    reachable = [
        c
        for c in controls(window)
        if _takes_tab(c)
        and c in before
        and not (isinstance(c, QRadioButton) and c.autoExclusive() and id(c.parentWidget()) in stops)
    ]
    problems = [
        f"{where}: Tab never reaches {describe(w)} ({accessible_name(w)!r})" for w in reachable if w not in walked
    ]
    for before, after in itertools.pairwise(walked):
        a, b = _top_left(before, window), _top_left(after, window)
        same_row = abs(a.y() - b.y()) <= min(before.height(), after.height()) // 2
        # Down the page, along a row, or up into the next column on the right are all reading order;
        # back up to the left (or back along the same row) is not.
        if (b.y() < a.y() and not same_row and b.x() <= a.x()) or (same_row and b.x() < a.x() - 4):
            problems.append(
                f"{where}: Tab goes from {describe(before)} ({accessible_name(before)!r}) back to "
                f"{describe(after)} ({accessible_name(after)!r})"
            )
    return problems
