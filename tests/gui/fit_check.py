"""Does every text fit? The geometry checker of the screen-size tests (tests/gui/test_screen_fit.py).

fit_problems(root) walks every widget shown under root and returns, in words, each

- label, button, check box, radio button, combo box, group box title, tab and table header section whose
  text does not fit (the font's metrics of the text against the widget's contents rectangle for
  one-line texts; a word-wrapped label needs the height its text takes at its width);
- pair of sibling widgets, laid out by the same layout, that overlap;
- widget laid out partly outside its parent (what a too-small window does to a layout that
  cannot shrink further);
- text painted by a chart (QtCharts: titles, axis labels, bar labels, the legend) that Qt cut
  short with "...", that lies outside the chart or its clip, or that overlaps another;
- table row too low for the text of its cells in the script they are written in.

Painted widgets of our own (the programme timeline) say where they draw text through
text_boxes(); painted_text_problems() checks those.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import shiboken6
from PySide6.QtCharts import QAbstractBarSeries, QBarCategoryAxis, QChartView
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGraphicsTextItem,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionGroupBox,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)

SLACK = 0.5  # logical pixels of rounding forgiven (fonts are measured in fractions of a pixel)
ELLIPSES = ("...", "…")


def screenshot_folder() -> Path:
    folder = Path(os.environ.get("SSC_SCREENSHOTS") or "/tmp/ssc-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def save_screenshot(widget: QWidget, name: str) -> Path:
    path = screenshot_folder() / f"{re.sub(r'[^A-Za-z0-9_.-]+', '-', name)}.png"
    assert widget.grab().save(str(path)), f"could not save {path}"
    return path


def describe(widget: QWidget) -> str:
    """Where a widget is: its class and name, up its parents, and its text."""
    parts = []
    node: QWidget | None = widget
    while node is not None and len(parts) < 4:
        name = node.objectName()
        parts.append(type(node).__name__ + (f"#{name}" if name and not name.startswith("qt_") else ""))
        node = node.parentWidget()
    text = _text_of(widget)
    return " < ".join(parts) + (f" {text[:60]!r}" if text else "")


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, (QLabel, QAbstractButton)):
        return widget.text()
    if isinstance(widget, QGroupBox):
        return widget.title()
    return ""


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.window() is root.window() and (widget is root or widget.isVisibleTo(root))


def _plain(text: str) -> str:
    """A button's or tab's text as drawn: '&&' is '&', a lone '&' marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def fit_problems(root: QWidget) -> list[str]:
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            problems += _label_problems(widget)
        elif isinstance(widget, (QCheckBox, QRadioButton)):
            problems += _check_problems(widget)
        elif isinstance(widget, QPushButton):
            problems += _push_button_problems(widget)
        elif (
            isinstance(widget, QToolButton)
            and widget.text()
            and widget.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
            and not widget.autoRaise()
        ):
            problems += _size_hint_problems(widget)
        elif isinstance(widget, QGroupBox):
            problems += _group_box_problems(widget)
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            problems += _combo_problems(widget)
        elif isinstance(widget, QTabBar):
            problems += _tab_problems(widget)
        elif isinstance(widget, QHeaderView):
            problems += _header_problems(widget)
        if isinstance(widget, QTableView):
            problems += _row_height_problems(widget)
        if isinstance(widget, QChartView):
            problems += chart_problems(widget)
        if callable(getattr(widget, "text_boxes", None)):  # a widget painting its own texts says where
            problems += painted_text_problems(widget.text_boxes(), describe(widget), QRectF(widget.rect()))
        if widget.layout() is not None:
            problems += _layout_problems(widget, root)
    return problems


# -- texts of widgets ----------------------------------------------------------------------------
def _label_problems(label: QLabel) -> list[str]:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return []
    area = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(), -label.margin())
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if label.wordWrap() or rich:
        needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
        if needed > label.height() + SLACK:
            return [f"{describe(label)}: its text needs {needed} px of height, it has {label.height()}"]
        if rich and not label.wordWrap() and label.sizeHint().width() > label.width() + SLACK:
            return [f"{describe(label)}: its text needs {label.sizeHint().width()} px, it has {label.width()}"]
        return []
    metrics = QFontMetricsF(label.font())
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines)
    height = metrics.height() * len(lines)
    if width > area.width() + SLACK or height > area.height() + SLACK:
        return [f"{describe(label)}: its text needs {width:.0f}x{height:.0f} px, it has {area.width()}x{area.height()}"]
    return []


def _button_option(button: QAbstractButton) -> QStyleOptionButton:
    option = QStyleOptionButton()
    option.initFrom(button)
    option.text = button.text()
    option.icon = button.icon()
    option.iconSize = button.iconSize()
    return option


def _icon_width(button: QAbstractButton) -> float:
    return button.iconSize().width() + 4 if not button.icon().isNull() else 0


def _push_button_problems(button: QPushButton) -> list[str]:
    if not button.text():
        return []
    area = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, _button_option(button), button)
    needed = QFontMetricsF(button.font()).horizontalAdvance(_plain(button.text())) + _icon_width(button)
    if button.menu() is not None:
        needed += button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
    if needed > area.width() + SLACK:
        return [f"{describe(button)}: its text needs {needed:.0f} px, it has {area.width()}"]
    # Qt centres the text in the button and clips it at the button's frame (not at its padding).
    tall = QFontMetricsF(button.font()).height()
    if tall > button.height() - 2 + SLACK:
        return [f"{describe(button)}: its text needs {tall:.0f} px of height, it has {button.height() - 2}"]
    return []


def _check_problems(button: QAbstractButton) -> list[str]:
    if not button.text():
        return []
    element = (
        QStyle.SubElement.SE_CheckBoxContents
        if isinstance(button, QCheckBox)
        else QStyle.SubElement.SE_RadioButtonContents
    )
    area = button.style().subElementRect(element, _button_option(button), button)
    needed = QFontMetricsF(button.font()).horizontalAdvance(_plain(button.text())) + _icon_width(button)
    tall = QFontMetricsF(button.font()).height()
    if needed > area.width() + SLACK or tall > area.height() + SLACK:
        return [f"{describe(button)}: its text needs {needed:.0f}x{tall:.0f} px, it has {area.width()}x{area.height()}"]
    return []


def _size_hint_problems(widget: QWidget) -> list[str]:
    hint = widget.sizeHint()
    if hint.width() > widget.width() or hint.height() > widget.height():
        return [f"{describe(widget)}: needs {hint.width()}x{hint.height()} px, has {widget.width()}x{widget.height()}"]
    return []


def _combo_problems(combo: QComboBox) -> list[str]:
    """The choice shown in a closed combo box fits beside its arrow."""
    text = combo.currentText()
    if not text:
        return []
    option = QStyleOptionComboBox()
    option.initFrom(combo)
    option.currentText = text
    option.editable = False
    option.frame = combo.hasFrame()
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    icon = combo.iconSize().width() + 4 if not combo.itemIcon(combo.currentIndex()).isNull() else 0
    metrics = QFontMetricsF(combo.font())
    needed = metrics.horizontalAdvance(text) + icon
    if needed > field.width() + SLACK:
        return [f"{describe(combo)}: {text!r} needs {needed:.0f} px, it has {field.width()}"]
    # The choice is drawn clipped to the edit field: a combo box squeezed into a low table row loses its
    # text's lower half.
    if metrics.ascent() + metrics.descent() > field.height() + 2 + SLACK:
        return [f"{describe(combo)}: {text!r} needs {metrics.height():.0f} px of height, it has {field.height()}"]
    return []


def _group_box_problems(box: QGroupBox) -> list[str]:
    if not box.title():
        return []
    option = QStyleOptionGroupBox()
    option.initFrom(box)
    option.text = box.title()
    option.subControls = QStyle.SubControl.SC_GroupBoxLabel | QStyle.SubControl.SC_GroupBoxFrame
    if box.isCheckable():
        option.subControls |= QStyle.SubControl.SC_GroupBoxCheckBox
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    needed = QFontMetricsF(box.font()).horizontalAdvance(_plain(box.title()))
    if needed > label.width() + SLACK or not box.rect().contains(label):
        return [f"{describe(box)}: its title needs {needed:.0f} px inside {box.width()}, has {label}"]
    return []


def _tab_problems(bar: QTabBar) -> list[str]:
    problems = []
    metrics = QFontMetricsF(bar.font())
    space = bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar)
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        rect, text = bar.tabRect(index), _plain(bar.tabText(index))
        needed = (
            metrics.horizontalAdvance(text)
            + space
            + (bar.iconSize().width() + 4 if not bar.tabIcon(index).isNull() else 0)
        )
        if not bar.rect().contains(rect):
            problems.append(f"{describe(bar)}: tab {text!r} lies outside its bar ({rect} in {bar.rect()})")
        elif needed > rect.width() + SLACK:
            problems.append(f"{describe(bar)}: tab {text!r} needs {needed:.0f} px, has {rect.width()}")
    return problems


def _header_problems(header: QHeaderView) -> list[str]:
    """Each horizontal section wide enough for its title (drawn DemiBold by the theme, inside its
    padding), and the arrow of the section the table is sorted by. (At 150 % a title 3 px too wide
    is centred and cut on both sides: "hecked i".)"""
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    problems = []
    font = QFont(header.font())
    font.setWeight(QFont.Weight.DemiBold)
    metrics = QFontMetricsF(font)
    style = header.style()
    margin = 2 * 6  # the theme's "QHeaderView::section { padding: 6px }"
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + style.pixelMetric(
        QStyle.PixelMetric.PM_HeaderMargin, None, header
    )
    for logical in range(header.count()):
        text = model.headerData(logical, header.orientation())
        if header.isSectionHidden(logical) or not text:
            continue
        lines = str(text).split("\n")
        needed = max(metrics.horizontalAdvance(line) for line in lines) + margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == logical:
            needed += arrow
        has = header.sectionSize(logical)
        if needed > has + SLACK:
            problems.append(f"{describe(header)}: header {text!r} needs {needed:.0f} px, has {has}")
        if metrics.height() * len(lines) > header.height() + SLACK:
            problems.append(
                f"{describe(header)}: header {text!r} needs {metrics.height() * len(lines):.0f} px "
                f"of height, has {header.height()}"
            )
    return problems


def ink_extent(font: QFont, text: str) -> tuple[float, float]:
    """How far the glyphs of one line of text reach above (negative) and below its baseline, in
    whichever fonts Qt falls back to for their script."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(100000)
    layout.endLayout()
    top = bottom = 0.0
    for run in line.glyphRuns():
        raw = run.rawFont()
        for glyph in run.glyphIndexes():
            box = raw.boundingRect(glyph)
            top, bottom = min(top, box.top()), max(bottom, box.bottom())
    return top, bottom


def _row_height_problems(table: QTableView) -> list[str]:
    """Cells on screen whose glyphs (a name in Myanmar or Sinhala reaches far) do not stay inside their
    row, drawn on the baseline of the table's font (views/table_models.py's BaselineDelegate)."""
    model = table.model()
    if model is None or model.rowCount() == 0:
        return []
    first = max(0, table.rowAt(0))
    last = table.rowAt(table.viewport().height() - 1)
    last = model.rowCount() - 1 if last < 0 else last
    font = table.font()
    metrics = QFontMetricsF(font)
    problems = []
    for row in range(first, min(last, first + 60) + 1):
        height = table.rowHeight(row) - 1  # the grid line
        baseline = (height - metrics.height()) / 2 + metrics.ascent()
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            text = model.index(row, column).data()
            if not isinstance(text, str) or not text:
                continue
            top, bottom = ink_extent(font, text)
            if baseline + top < 0 or baseline + bottom > height:
                problems.append(
                    f"{describe(table)}: row {row} is {table.rowHeight(row)} px high, "
                    f"{text!r} reaches from {baseline + top:.0f} to {baseline + bottom:.0f}"
                )
    return problems


# -- layouts ------------------------------------------------------------------------------------------
def _laid_out(layout: QLayout) -> Iterator[QWidget]:
    for number in range(layout.count()):
        item = layout.itemAt(number)
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from _laid_out(item.layout())


def _layout_problems(parent: QWidget, root: QWidget) -> list[str]:
    children = [child for child in _laid_out(parent.layout()) if _shown(child, root) and child.isVisible()]
    problems = []
    bounds = parent.rect()
    for child in children:
        if not bounds.contains(child.geometry()):
            problems.append(
                f"{describe(child)}: lies outside its parent ({_rect(child.geometry())} in {_rect(bounds)})"
            )
    for number, first in enumerate(children):
        for second in children[number + 1 :]:
            common = first.geometry().intersected(second.geometry())
            if common.width() > 0 and common.height() > 0:
                problems.append(
                    f"{describe(first)} and {describe(second)} overlap by {common.width()}x{common.height()} px"
                )
    return problems


def _rect(rect: QRect | QRectF) -> str:
    return f"({rect.x():.0f},{rect.y():.0f} {rect.width():.0f}x{rect.height():.0f})"


# -- painted text ------------------------------------------------------------------------------------
def _chart_texts(view: QChartView) -> Iterator[QGraphicsTextItem]:
    """The text items of a chart's scene. QtCharts' own subclasses (axis labels, the title) reach
    Python as plain QGraphicsItems; their QObject side is wrapped again as the text item they are."""
    for item in view.scene().items():
        if item.type() == 8:  # QGraphicsTextItem::Type
            graphics_object = item.toGraphicsObject()
            if graphics_object is not None:
                yield shiboken6.wrapInstance(shiboken6.getCppPointer(graphics_object)[0], QGraphicsTextItem)


def chart_problems(view: QChartView) -> list[str]:
    """Texts a chart draws: none cut short with '...', dropped, outside the chart or its clip, or over another."""
    viewport = QRectF(view.viewport().rect()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
    boxes: list[tuple[QRectF, str]] = []
    problems = []
    chart = view.chart()
    name = chart.title() or describe(view)
    shown_texts = set()
    for item in _chart_texts(view):
        text = item.toPlainText()
        if not item.isVisible() or not text.strip():
            continue
        shown_texts.add(text)
        margin = item.document().documentMargin()
        rect = item.mapRectToScene(item.boundingRect().adjusted(margin, margin, -margin, -margin))
        shown = QRectF(view.mapFromScene(rect).boundingRect())
        if text.endswith(ELLIPSES):
            problems.append(f"chart {name!r}: {text!r} is cut short")
        if not viewport.contains(shown):
            problems.append(f"chart {name!r}: {text!r} lies outside the chart ({_rect(shown)} in {_rect(viewport)})")
        if item.isClipped():
            clip = item.mapRectToScene(item.clipPath().boundingRect()).adjusted(-SLACK, -SLACK, SLACK, SLACK)
            if not clip.contains(rect):
                problems.append(f"chart {name!r}: {text!r} is clipped ({_rect(rect)} in {_rect(clip)})")
        boxes.append((rect, text))
    for axis in chart.axes():
        if isinstance(axis, QBarCategoryAxis) and axis.isVisible() and axis.labelsVisible():
            for category in axis.categories():
                if category not in shown_texts:
                    problems.append(f"chart {name!r}: the label {category!r} is not shown (no room for it)")
    for series in chart.series():
        if isinstance(series, QAbstractBarSeries) and series.isLabelsVisible():
            for bars in series.barSets():
                for number in range(bars.count()):
                    value = f"{bars.at(number):g}"
                    if value not in shown_texts:
                        problems.append(f"chart {name!r}: the bar label {value!r} is not shown")
    if chart.legend().isVisible():
        legend = chart.legend()
        for marker in legend.markers():
            if marker.isVisible() and marker.label() not in shown_texts:
                problems.append(f"chart {name!r}: the legend {marker.label()!r} is not shown")
    problems += overlapping(boxes, f"chart {name!r}")
    return problems


def overlapping(boxes: Iterable[tuple[QRectF, str]], where: str) -> list[str]:
    boxes = list(boxes)
    problems = []
    for number, (first, first_text) in enumerate(boxes):
        for second, second_text in boxes[number + 1 :]:
            common = first.intersected(second)
            if common.width() > 1 and common.height() > 1:
                problems.append(f"{where}: {first_text!r} and {second_text!r} overlap")
    return problems


def painted_text_problems(boxes: Iterable, where: str, bounds: QRectF | None = None) -> list[str]:
    """boxes: (rect, text, font, flags) of each text a widget paints; each must fit in its rect and in
    bounds (the widget), none may overlap another."""
    boxes = list(boxes)
    problems = []
    for rect, text, font, flags in boxes:
        if bounds is not None and not bounds.adjusted(-SLACK, -SLACK, SLACK, SLACK).contains(rect):
            problems.append(f"{where}: {text!r} is drawn outside the widget ({_rect(rect)} in {_rect(bounds)})")
        needed = QFontMetricsF(font).boundingRect(QRectF(rect.x(), rect.y(), rect.width(), 100000), int(flags), text)
        if needed.width() > rect.width() + SLACK or needed.height() > rect.height() + SLACK:
            problems.append(
                f"{where}: {text!r} needs {needed.width():.0f}x{needed.height():.0f} px, "
                f"has {rect.width():.0f}x{rect.height():.0f}"
            )
    problems += overlapping(((rect, text) for rect, text, _font, _flags in boxes), where)
    return problems


__all__ = [
    "chart_problems",
    "fit_problems",
    "ink_extent",
    "painted_text_problems",
    "save_screenshot",
    "screenshot_folder",
]
