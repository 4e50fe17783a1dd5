"""Dashboard: the reunion at a glance — figures, arrivals over the day, countries and roles
(QtCharts) — the coordinator's notes for the report, and the report PDF for the secretariat."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFontMetricsF, QPainter
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ssc_desktop.errors import DomainError
from ssc_desktop.services.attendance import CountRow
from ssc_desktop.services.reunion_report import ReunionReport
from ssc_desktop.views import settings
from ssc_desktop.views.changes import Kind
from ssc_desktop.vocabulary import RegistrationRole
from ssc_desktop.views.labels import date_text, error_text, fill, warnings_text, word
from ssc_desktop.views.pages.base import Page, card, figure, scrolling_body
from ssc_desktop.views.progress_task import ProgressHost
from ssc_desktop.views.task_runner import TaskHandle, TaskRunner
from ssc_desktop.views.result_line import ResultLine, Tone

ACCENT = QColor("#b4235a")
LIGHT = QColor("#f2c9d8")
TOP_COUNTRIES = 8


class DashboardPage(ProgressHost, Page):
    shows = frozenset({Kind.REGISTRATIONS, Kind.CHECK_INS, Kind.MEMBERS, Kind.PROGRAMME, Kind.CONTESTS})

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(tasks, parent)
        self.set_heading(self.tr("Dashboard"))
        self.reunion: ReunionReport | None = None
        self.last_report: Path | None = None
        self._generation = 0

        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.reload)
        self.report_button = QPushButton(self.tr("Export report PDF…"))
        self.report_button.setObjectName("Primary")
        self.report_button.clicked.connect(self.choose_report)
        self.header_actions.addWidget(refresh)
        self.header_actions.addWidget(self.report_button)

        body = scrolling_body(self)  # charts keep the room their labels need; a low screen scrolls
        figures, figures_layout = card()
        row = QHBoxLayout()
        row.setSpacing(40)
        boxes = [
            figure("–", self.tr("registered")),
            figure("–", self.tr("came")),
            figure("–", self.tr("no-shows")),
            figure("–", self.tr("attendance rate")),
            figure("–", self.tr("walk-ins")),
            figure("–", self.tr("contest winners")),
        ]
        self.registered, self.attended, self.no_shows, self.rate, self.walk_ins, self.winners = (
            value for _box, value in boxes
        )
        for box, _value in boxes:
            row.addWidget(box)
        row.addStretch(1)
        figures_layout.addLayout(row)
        body.addWidget(figures)

        self.arrivals_chart = _chart(self.tr("Arrivals per hour (local time)"))
        self.country_chart = _chart(self.tr("By country: registered and came"))
        self.role_chart = _chart(self.tr("By role: registered and came"))
        grid = QGridLayout()
        grid.setSpacing(12)
        self.arrivals_view, self.role_view = ChartView(self.arrivals_chart), ChartView(self.role_chart)
        self.country_view = ChartView(self.country_chart)
        grid.addWidget(self.arrivals_view, 0, 0)
        grid.addWidget(self.role_view, 0, 1)
        grid.addWidget(self.country_view, 1, 0)
        notes_card, notes_layout = card()
        notes_layout.addWidget(QLabel(self.tr("Notes for the report")))
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("A few lines for the secretariat: what went well, what to change…"))
        self.notes.textChanged.connect(self._notes_edited)
        notes_layout.addWidget(self.notes, 1)
        notes_row = QHBoxLayout()
        self.notes_state = QLabel()
        self.notes_state.setObjectName("PageHint")
        self.save_notes_button = QPushButton(self.tr("Save notes"))
        self.save_notes_button.clicked.connect(self.save_notes)
        notes_row.addWidget(self.notes_state, 1)
        notes_row.addWidget(self.save_notes_button)
        notes_layout.addLayout(notes_row)
        grid.addWidget(notes_card, 1, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        body.addLayout(grid, 1)

        result = QHBoxLayout()
        self.result_label = ResultLine()
        self.open_button = QPushButton(self.tr("Open report"))
        self.open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_report))) if self.last_report else None
        )
        result.addWidget(self.result_label, 1)
        result.addWidget(self.open_button)
        self.layout_.addLayout(result)
        self._update_buttons()

    # -- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.event_changed()

    def event_changed(self) -> None:
        event = self.current_event
        self._generation += 1
        if self.services is None or event is None:
            self.hint_label.setText(self.tr("Choose an event in the bar above to see it at a glance."))
            self.reunion = None
            self._show(None)
            return
        self.hint_label.setText(
            fill(self.tr("%1 · %2 (%3)"), event.title, f"{date_text(event.local_start, weekday=True)}", event.timezone)
        )
        services, event_id, generation = self.services, event.id, self._generation
        self.tasks.start(
            lambda _progress, _cancel: services.reports.report(event_id),
            on_success=lambda reunion: self._loaded(generation, reunion),
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            owner=self,
        )

    def _loaded(self, generation: int, reunion: ReunionReport) -> None:
        if generation == self._generation:
            self.reunion = reunion
            self._show(reunion)

    def _show(self, reunion: ReunionReport | None) -> None:
        labels = (self.registered, self.attended, self.no_shows, self.rate, self.walk_ins, self.winners)
        if reunion is None:
            for label in labels:
                label.setText("–")
            for chart in (self.arrivals_chart, self.country_chart, self.role_chart):
                chart.removeAllSeries()
            self.notes.blockSignals(True)
            self.notes.clear()
            self.notes.blockSignals(False)
            self._update_buttons()
            return
        summary = reunion.summary
        self.registered.setText(f"{summary.registered:,}")
        self.attended.setText(f"{summary.attended:,}")
        self.no_shows.setText(f"{summary.registered - summary.attended:,}")
        self.rate.setText(f"{summary.attended / summary.registered:.0%}" if summary.registered else "–")
        self.walk_ins.setText(f"{summary.walk_ins:,}")
        self.winners.setText(f"{len(reunion.winners):,}")
        _vertical(self.arrivals_chart, summary.by_arrival_hour, self.tr("came"))
        self.arrivals_view.fit_categories(len(summary.by_arrival_hour), [c.label for c in summary.by_arrival_hour])
        countries = summary.by_country[:TOP_COUNTRIES]
        _horizontal(self.country_chart, countries, self.tr("registered"), self.tr("came"))
        self.country_view.fit_rows(len(countries))
        roles = tuple(CountRow(word(RegistrationRole(c.label)), c.registered, c.attended) for c in summary.by_role)
        _horizontal(self.role_chart, roles, self.tr("registered"), self.tr("came"))
        self.role_view.fit_rows(len(roles))
        self.notes.blockSignals(True)
        self.notes.setPlainText(reunion.notes)
        self.notes.blockSignals(False)
        self.notes_state.setText(self.tr("Saved with the event.") if reunion.notes else "")
        self._update_buttons()

    # -- notes -----------------------------------------------------------------------------------
    def _notes_edited(self) -> None:
        self.notes_state.setText(self.tr("Not saved yet."))
        self._update_buttons()

    def save_notes(self) -> bool:
        if self.services is None or self.current_event is None:
            return False
        try:
            self.services.reports.set_notes(self.current_event.id, self.notes.toPlainText())
        except DomainError as error:
            self.notes_state.setText(error_text(error))
            return False
        self.notes_state.setText(self.tr("Saved with the event."))
        return True

    # -- the report ------------------------------------------------------------------------------
    def choose_report(self) -> None:
        if self.current_event is None:
            return
        folder = settings.EXPORTS_FOLDER.folder()
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.current_event.title).strip()
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the reunion report"),
            str(Path(folder) / (fill(self.tr("Reunion report - %1"), safe) + ".pdf")),
            self.tr("PDF (*.pdf)"),
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            settings.EXPORTS_FOLDER.remember_file(path)
            self.export_report(path)

    def export_report(self, path: str | Path) -> TaskHandle | None:
        """Saves the notes, then writes the report off the GUI thread."""
        if self.services is None or self.current_event is None or self.busy or not self.save_notes():
            return None
        services, event_id, target = self.services, self.current_event.id, Path(path)
        wrote = self.tr("Wrote the reunion report to %1.")

        def work(progress, cancel: threading.Event) -> tuple[str, list]:
            written = services.exports.reunion_report(event_id, target, progress, cancel)
            return fill(wrote, target.name), list(written.warnings)

        def done(result: tuple[str, list]) -> None:
            self.last_report = target
            self._update_buttons()  # "Open report" for the file just written
            message, warnings = result  # warnings: written, with a box for each character no font has
            self._say(
                "\n".join([message, warnings_text(warnings)]) if warnings else message,
                Tone.WARNING if warnings else Tone.SAVED,
            )

        return self.start_progress(
            self.tr("Reunion report"),
            fill(self.tr("Writing %1…"), target.name),
            work,
            on_success=done,
            on_failure=lambda error, _trace: self._say(error_text(error), Tone.WARNING),
            on_cancelled=lambda: self._say(self.tr("Cancelled; no file was written."), Tone.WARNING),
        )

    def _update_buttons(self) -> None:
        has_event = self.services is not None and self.current_event is not None
        self.report_button.setEnabled(has_event and not self.busy)
        self.save_notes_button.setEnabled(has_event)
        self.notes.setEnabled(has_event)
        self.open_button.setEnabled(self.last_report is not None)

    def _say(self, text: str, tone: Tone) -> None:
        self.result_label.say(text, tone)


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(6)
    return chart


class ChartView(QChartView):
    """A chart with the room its texts need: a line per bar category of a horizontal chart, the width
    of its labels per category of a vertical one, plus its title, axis labels and legend."""

    def __init__(self, chart: QChart) -> None:
        super().__init__(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.fit_rows(0)

    def _line(self) -> float:
        return QFontMetricsF(self.chart().font()).height()

    def _frame(self) -> float:
        """Title, the axis along the bottom, the legend and the chart's margins."""
        legend = self._line() * 2 if self.chart().legend().isVisible() else 0
        return QFontMetricsF(self.chart().titleFont()).height() * 2 + self._line() * 2 + legend + 24

    def fit_rows(self, rows: int) -> None:
        """Horizontal bars: each category a band at least a label high, with air between labels."""
        self.setMinimumHeight(int(max(self._frame() + rows * (self._line() + 8), 12 * self._line())))

    def fit_categories(self, count: int, labels: list[str]) -> None:
        """Vertical bars: each category as wide as its label, and room above the highest bar for its value."""
        metrics = QFontMetricsF(self.chart().font())
        widest = max([metrics.horizontalAdvance(label) for label in labels] or [0])
        self.setMinimumWidth(int(count * (widest + 12) + metrics.horizontalAdvance("0000") + 40))
        self.setMinimumHeight(int(max(self._frame() + 8 * self._line(), 12 * self._line())))


def _reset(chart: QChart) -> None:
    chart.removeAllSeries()
    for axis in chart.axes():
        chart.removeAxis(axis)


def _vertical(chart: QChart, counts: tuple[CountRow, ...], name: str) -> None:
    _reset(chart)
    bars = QBarSet(name)
    bars.setColor(ACCENT)
    bars.setLabelColor(QColor("#1f2a44"))  # drawn above the bar, on the chart's white
    bars.append([float(c.attended) for c in counts])
    series = QBarSeries()
    series.append(bars)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)  # a short bar's value stays readable
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([c.label for c in counts])
    values = QValueAxis()
    values.setRange(0, max([c.attended for c in counts], default=1) * 1.25 or 1)  # the top bar's value above it
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(False)


def _horizontal(chart: QChart, counts: tuple[CountRow, ...], registered_name: str, came_name: str) -> None:
    _reset(chart)
    shown = tuple(reversed(counts))  # Qt draws the first category at the bottom
    registered, came = QBarSet(registered_name), QBarSet(came_name)
    registered.setColor(LIGHT)
    came.setColor(ACCENT)
    registered.append([float(c.registered) for c in shown])
    came.append([float(c.attended) for c in shown])
    series = QHorizontalBarSeries()
    series.append(registered)
    series.append(came)
    chart.addSeries(series)
    categories = QBarCategoryAxis()
    categories.append([c.label for c in shown])
    categories.setTruncateLabels(False)
    values = QValueAxis()
    values.setRange(0, max([c.registered for c in counts], default=1) * 1.1 or 1)
    values.setLabelFormat("%d")
    values.applyNiceNumbers()
    chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(categories)
    series.attachAxis(values)
    chart.legend().setVisible(True)
