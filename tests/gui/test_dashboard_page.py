"""The Dashboard on the demo reunion: figures and QtCharts from the report service, notes kept
with the event, and the report PDF written off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest

from ssc_desktop.views.task_runner import TaskRunner


@pytest.fixture
def page(qtbot, context):
    from ssc_desktop.views.pages.dashboard_page import DashboardPage

    tasks = TaskRunner()
    widget = DashboardPage(tasks)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.set_services(context.services)
    widget.set_event(next(e for e in context.services.events.list_events() if e.title == "3rd SSC India Reunion"))
    qtbot.waitUntil(lambda: widget.reunion is not None, timeout=10000)
    yield widget
    tasks.wait_for_all(10000)


def test_figures_and_charts_match_the_report(page, context) -> None:
    summary = page.reunion.summary
    assert page.attended.text() == f"{summary.attended:,}" and page.registered.text() == f"{summary.registered:,}"
    arrivals = page.arrivals_chart.series()[0].barSets()[0]
    assert [arrivals.at(i) for i in range(arrivals.count())] == [float(c.attended) for c in summary.by_arrival_hour]
    registered, came = page.country_chart.series()[0].barSets()
    top = summary.by_country[:10]
    assert registered.at(registered.count() - 1) == float(top[0].registered)  # largest at the top
    assert came.at(came.count() - 1) == float(top[0].attended)
    assert int(page.winners.text()) == len(page.reunion.winners) > 0


def test_notes_are_saved_and_the_report_written(page, qtbot, context, tmp_path: Path) -> None:
    page.notes.setPlainText("Hybrid worked: forty alumni joined online.")
    assert page.notes_state.text() == "Not saved yet."
    page.export_report(tmp_path / "report.pdf")
    qtbot.waitUntil(lambda: not page.busy, timeout=30000)
    assert context.services.reports.notes(page.current_event.id) == "Hybrid worked: forty alumni joined online."
    assert (tmp_path / "report.pdf").read_bytes().startswith(b"%PDF") and "Wrote" in page.result_label.text()
    # The report just written can be opened at once (the button stayed grey until something else changed).
    assert page.open_button.isEnabled()


def test_no_event(page) -> None:
    page.set_event(None)
    assert page.registered.text() == "–" and not page.report_button.isEnabled()
    assert page.arrivals_chart.series() == []
