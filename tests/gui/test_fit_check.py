"""The geometry checker of the screen-size tests finds what it is there to find: texts cut, widgets
pushed out of their parent, chart labels dropped, painted texts over their boxes; and the timeline
and the dashboard's charts keep their texts whole when they are narrow."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

_HERE = Path(__file__).resolve().parent
if str(_HERE) not in sys.path:  # --import-mode=importlib: the tests folder is not a package
    sys.path.insert(0, str(_HERE))

from fit_check import chart_problems, fit_problems, painted_text_problems  # noqa: E402 - after the tests folder is on the path

pytestmark = pytest.mark.gui


def _shown(qtbot, widget: QWidget, width: int, height: int) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_cut_label_and_button_are_found_and_whole_ones_pass(qtbot) -> None:
    window = QWidget()
    layout = QHBoxLayout(window)
    label = QLabel("Participant report of the meeting tool")
    button = QPushButton("Save attendance sheet…")
    fine = QLabel("OK")
    layout.addWidget(label)
    layout.addWidget(button)
    layout.addWidget(fine)
    _shown(qtbot, window, 900, 60)
    assert fit_problems(window) == []
    label.setFixedWidth(60)
    button.setFixedWidth(50)
    problems = fit_problems(window)
    assert any("Participant report" in p and "needs" in p for p in problems)
    assert any("Save attendance sheet" in p for p in problems)
    assert not any("'OK'" in p for p in problems)


def test_a_wrapped_label_without_its_height_and_a_layout_too_big_for_its_window(qtbot) -> None:
    window = QWidget()
    layout = QVBoxLayout(window)
    hint = QLabel("One row per registration with both names, chapter, country, affiliation, role. " * 3)
    hint.setWordWrap(True)
    hint.setMaximumHeight(20)
    layout.addWidget(hint)
    for number in range(8):
        big = QPushButton(f"Button {number}")
        big.setMinimumHeight(60)
        layout.addWidget(big)
    window.setMinimumSize(0, 0)
    layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetNoConstraint)
    _shown(qtbot, window, 300, 200)
    problems = fit_problems(window)
    assert any("of height" in p and "One row per registration" in p for p in problems)
    assert any("lies outside its parent" in p or "overlap" in p for p in problems)


def test_painted_texts_that_overflow_or_overlap_are_found() -> None:
    font = QFont()
    fits = (QRectF(0, 0, 200, 30), "09:30–10:00", font, Qt.AlignmentFlag.AlignLeft)
    cut = (QRectF(0, 40, 30, 30), "09:30–10:00", font, Qt.AlignmentFlag.AlignLeft)
    over = (QRectF(10, 5, 200, 30), "Dogra Hall", font, Qt.AlignmentFlag.AlignLeft)
    assert painted_text_problems([fits], "timeline") == []
    assert any("needs" in p for p in painted_text_problems([fits, cut], "timeline"))
    assert any("overlap" in p for p in painted_text_problems([fits, over], "timeline"))
    assert any("outside" in p for p in painted_text_problems([fits], "timeline", QRectF(0, 0, 100, 100)))


@pytest.fixture
def dashboard(qtbot, demo_copy):
    from ssc_desktop.app import compose
    from ssc_desktop.views.pages.dashboard_page import DashboardPage
    from ssc_desktop.views.task_runner import TaskRunner

    context = compose(demo_copy)
    tasks = TaskRunner()
    page = DashboardPage(tasks)
    _shown(qtbot, page, 1100, 900)
    page.set_services(context.services)
    page.set_event(next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion"))
    qtbot.waitUntil(lambda: page.reunion is not None, timeout=15000)
    qtbot.wait(50)
    yield page
    tasks.wait_for_all(10000)
    context.close()


def test_the_charts_name_every_country_and_hour_and_a_squeezed_chart_is_caught(dashboard, qtbot) -> None:
    for view in (dashboard.arrivals_view, dashboard.country_view, dashboard.role_view):
        assert chart_problems(view) == [], view.chart().title()
    # The same chart given the height the old grid gave it drops countries' names: the checker says so.
    view = dashboard.country_view
    view.setMinimumHeight(0)
    view.setFixedHeight(170)
    qtbot.wait(50)
    assert any("is not shown" in p or "cut short" in p for p in chart_problems(view))


def test_the_timeline_keeps_its_texts_whole_when_narrow(qtbot, demo_context) -> None:
    from ssc_desktop.views.timeline import TimelineView

    services = demo_context.services
    event = next(e for e in services.events.list_events() if e.title == "3rd SSC India Reunion")
    timeline = _shown(qtbot, TimelineView(), 900, 600)
    timeline.set_programme(services.programme.programme(event.id))
    qtbot.wait(20)
    wide = timeline.text_boxes()
    texts = [text for _rect, text, _font, _flags in wide]
    assert "Seminar room LH-121" in texts and "09:30–10:00" in texts  # room for the whole of both
    assert painted_text_problems(wide, "timeline", QRectF(timeline.rect())) == []
    timeline.resize(timeline.minimumWidth(), timeline.height())  # as narrow as it lets itself be
    qtbot.wait(20)
    narrow = timeline.text_boxes()
    assert painted_text_problems(narrow, "timeline", QRectF(timeline.rect())) == []
    texts = [text for _rect, text, _font, _flags in narrow]
    assert any(text.startswith("Seminar") for text in texts)  # wrapped, not cut to "Seminar room LH-1"
    assert all("–" not in text or len(text.split("–")[-1]) == 5 for text in texts if text[:2].isdigit())


def test_a_cell_cut_short_shows_its_whole_text_as_tooltip(qtbot, monkeypatch) -> None:
    from dataclasses import dataclass

    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem, QToolTip

    from ssc_desktop.views.table_models import (
        Column,
        RecordTableModel,
        configure_columns,
        record_table,
    )

    @dataclass(frozen=True)
    class Row:
        id: int
        name: str

    model = RecordTableModel([Column("Contest", lambda r: r.name), Column("Id", lambda r: str(r.id))])
    model.set_rows([Row(1, "High-school poster contest of the 3rd SSC India Reunion"), Row(2, "Essay")])
    _proxy, table = record_table(model)
    configure_columns(table, [90, 40])
    _shown(qtbot, table, 300, 200)
    shown: list[str] = []
    monkeypatch.setattr(QToolTip, "showText", staticmethod(lambda _pos, text, *_rest: shown.append(text)))
    for row in (0, 1):
        index = table.model().index(row, 0)
        option = QStyleOptionViewItem()
        option.initFrom(table.viewport())
        option.rect = table.visualRect(index)
        event = QHelpEvent(
            QEvent.Type.ToolTip, option.rect.center(), table.viewport().mapToGlobal(option.rect.center())
        )
        table.itemDelegate().helpEvent(event, table, option, index)
    assert shown == ["High-school poster contest of the 3rd SSC India Reunion"]  # "Essay" fits: no tooltip
