"""The reunion report as an A4 PDF for the secretariat: the event, figures with charts
(arrivals over the day, by country, by role), the programme, contest winners and notes.

Charts are reportlab graphics drawn into the PDF; every text goes through text_drawing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.validators import isAnything
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.agenda_pdf import item_time_text
from ssc_desktop.output.pdf_pages import MARGIN, RULE, write_a4_document
from ssc_desktop.services.attendance import CountRow
from ssc_desktop.services.events import zone
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services.reunion_report import ReunionReport
from ssc_desktop.vocabulary import RegistrationRole

_ACCENT = colors.HexColor("#b4235a")
_LIGHT = colors.HexColor("#f2c9d8")
_HEADER_BG = colors.HexColor("#5b1631")
CHART_WIDTH = A4[0] - 2 * MARGIN
_ROLES = {role.value for role in RegistrationRole}


class _Chart(Drawing):
    """A drawing whose words (title, legend, category names) are drawn through text_drawing, in
    the font of their script, over the bars reportlab draws."""

    _attrMap = AttrMap(BASE=Drawing, labels=AttrMapValue(isAnything, desc="words drawn over the chart"))  # noqa: N815

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        # The renderer starts every drawing in this font; reportlab's default, Helvetica, is not embedded.
        self.initialFontName = td.font_name(td.LATIN)
        self.labels: list[tuple[str, float, float, float, bool, str]] = []

    def write(self, text: str, x: float, y: float, size: float, bold: bool = False, align: str = "left") -> None:
        self.labels.append((text, x, y, size, bold, align))

    def draw(self, *args, **kwargs) -> None:
        super().draw(*args, **kwargs)
        for text, x, y, size, bold, align in self.labels:
            td.draw_text(self.canv, text, x, y, size, bold=bold, align=align)


def arrivals_chart(
    counts: tuple[CountRow, ...], width: float = CHART_WIDTH, height: float = 55 * mm, words: PrintedWords = ENGLISH
) -> Drawing:
    """Bars of arrivals per hour of the day (local time)."""
    return _vertical_bars(
        [c.label for c in counts],
        [c.attended for c in counts],
        width,
        height,
        words.text("Arrivals per hour (local time)"),
        words.text("No arrivals recorded."),
    )


def country_chart(counts: tuple[CountRow, ...], width: float = CHART_WIDTH, words: PrintedWords = ENGLISH) -> Drawing:
    """Registered and attended by country, largest first (at most 12 rows)."""
    shown = counts[:12]
    return _horizontal_bars(
        [c.label for c in shown],
        [c.registered for c in shown],
        [c.attended for c in shown],
        width,
        words.text("Registered and attended by country"),
        words,
    )


def role_chart(counts: tuple[CountRow, ...], width: float = CHART_WIDTH, words: PrintedWords = ENGLISH) -> Drawing:
    return _horizontal_bars(
        [words.word(RegistrationRole(c.label)) if c.label in _ROLES else c.label.capitalize() for c in counts],
        [c.registered for c in counts],
        [c.attended for c in counts],
        width,
        words.text("Registered and attended by role"),
        words,
    )


def _vertical_bars(
    labels: list[str], values: list[int], width: float, height: float, title: str, nothing: str
) -> Drawing:
    drawing = _Chart(width, height)
    font = td.font_name(td.LATIN)
    drawing.write(title, 0, height - 10, 10, bold=True)
    if not values:
        drawing.write(nothing, 0, height / 2, 9)
        return drawing
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 28, 18, width - 36, height - 40
    chart.data = [values]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = _ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def _horizontal_bars(
    labels: list[str], registered: list[int], attended: list[int], width: float, title: str, words: PrintedWords
) -> Drawing:
    row_height = 13
    height = max(60, 40 + row_height * len(labels))
    drawing = _Chart(width, height)
    font = td.font_name(td.LATIN)
    drawing.write(title, 0, height - 10, 10, bold=True)
    if not labels:
        drawing.write(words.text("Nobody registered yet."), 0, height / 2, 9)
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 14, width - 150, height - 36
    # Largest at the top: reportlab draws the first category at the bottom.
    chart.data = [list(reversed(registered)), list(reversed(attended))]
    chart.categoryAxis.categoryNames = [""] * len(labels)  # the names are drawn below, in their script's font
    chart.categoryAxis.labels.fontName = font
    step = chart.height / len(labels)
    for index, label in enumerate(reversed(labels)):
        fitted = td.fit_to_width(label, chart.x - 8, 8, min_size=5)
        drawing.write(
            fitted.text, chart.x - 5, chart.y + step * (index + 0.5) - fitted.size * 0.35, fitted.size, False, "right"
        )
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = _LIGHT
    chart.bars[1].fillColor = _ACCENT
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 7
    drawing.add(chart)
    legend_y = height - 10
    for offset, (colour, text) in enumerate(((_LIGHT, words.text("registered")), (_ACCENT, words.text("attended")))):
        x = width - 150 + offset * 75
        drawing.add(Rect(x, legend_y - 1, 8, 8, fillColor=colour, strokeColor=None))
        drawing.write(text, x + 11, legend_y, 8)
    return drawing


def write_report_pdf(
    reunion: ReunionReport,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """Writes the report to path (via a temporary file renamed at the end), its own words in words'
    language; returns path."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise DomainError("report.not_pdf", path=str(target))
    td.register_fonts()
    event, summary = reunion.event, reunion.summary
    styles = td.styles(9.5)
    h2 = styles["subtitle"]
    report(progress, 0, 4, words.text("Figures"))
    story = [
        td.paragraph(words.text("Reunion report — {title}", title=event.title), styles["title"]),
        td.paragraph(
            " · ".join(
                p
                for p in (
                    words.long_date(event.local_start),
                    event.venue,
                    event.chapter_name,
                    words.word(event.format),
                )
                if p
            ),
            h2,
        ),
        Spacer(1, 5 * mm),
    ]
    rate = f"{summary.attended / summary.registered:.0%}" if summary.registered else "–"
    figures = [
        [
            words.text(text)
            for text in ("Registered", "Attended", "On site", "Online", "Attendance", "No-shows", "Walk-ins")
        ],
        [
            f"{summary.registered:,}",
            f"{summary.attended:,}",
            f"{summary.on_site:,}",
            f"{summary.online:,}",
            rate,
            f"{summary.registered - summary.attended:,}",
            f"{summary.walk_ins:,}",
        ],
    ]
    table = Table(
        [
            [td.paragraph(text, styles["cell_small"]) for text in figures[0]],
            [td.paragraph(text, styles["title"]) for text in figures[1]],
        ],
        colWidths=[CHART_WIDTH / 7] * 7,
    )
    table.setStyle(
        TableStyle([("FONT", (0, 0), (-1, -1), td.font_name(td.LATIN), 9), ("LINEBELOW", (0, 1), (-1, 1), 0.6, RULE)])
    )
    story += [
        table,
        Spacer(1, 6 * mm),
        arrivals_chart(summary.by_arrival_hour, words=words),
        Spacer(1, 4 * mm),
        country_chart(summary.by_country, words=words),
        Spacer(1, 4 * mm),
        role_chart(summary.by_role, words=words),
    ]
    if summary.by_list:
        story += [
            Spacer(1, 3 * mm),
            td.paragraph(
                words.text(
                    "Parts of the day: {parts}", parts=" · ".join(f"{c.label} {c.attended}" for c in summary.by_list)
                ),
                styles["body"],
            ),
        ]
    check_cancel(cancel)
    report(progress, 1, 4, words.text("Programme"))
    story += [
        Spacer(1, 8 * mm),
        td.paragraph(words.text("Programme"), h2),
        Spacer(1, 2 * mm),
        _programme_table(reunion, styles, words),
    ]
    check_cancel(cancel)
    report(progress, 2, 4, words.text("Winners"))
    if reunion.winners:
        rows = [[td.paragraph(words.text(t), styles["header"]) for t in ("Contest", "Award", "Entry", "Winners")]]
        rows += [
            [
                td.paragraph(f"{w.contest}" + (f" ({w.category})" if w.category else ""), styles["cell"]),
                td.paragraph(words.vocabulary(w.award), styles["cell"]),
                td.paragraph(w.entry, styles["cell"]),
                td.paragraph(w.names, styles["cell"]),
            ]
            for w in reunion.winners
        ]
        winners = Table(
            rows, colWidths=[CHART_WIDTH * 0.3, CHART_WIDTH * 0.17, CHART_WIDTH * 0.3, CHART_WIDTH * 0.23], repeatRows=1
        )
        winners.setStyle(_table_style())
        story += [
            Spacer(1, 8 * mm),
            KeepTogether([td.paragraph(words.text("Contest winners"), h2), Spacer(1, 2 * mm), winners]),
        ]
    if reunion.notes:
        story += [Spacer(1, 8 * mm), td.paragraph(words.text("Notes from the coordinator"), h2), Spacer(1, 2 * mm)]
        story += [td.paragraph(line, styles["body"]) for line in reunion.notes.splitlines() if line.strip()]
    check_cancel(cancel)
    report(progress, 3, 4, words.text("Writing the PDF"))
    write_a4_document(
        target,
        story,
        title=words.text("Reunion report — {title}", title=event.title),
        subject=event.title,
        footer_line=words.text(
            "Reunion report · {title} · {date}", title=event.title, date=words.date(event.local_start)
        ),
        cancel=cancel,
        words=words,
    )
    report(progress, 4, 4, "")
    return target


def _programme_table(reunion: ReunionReport, styles: dict, words: PrintedWords) -> Table:
    tz = zone(reunion.event.timezone)
    first_day = reunion.event.local_start.date()
    rows = [[td.paragraph(words.text(t), styles["header"]) for t in ("Time", "Programme", "Speakers")]]
    for item in reunion.programme.items:
        rows.append(
            [
                td.paragraph(item_time_text(item, tz, first_day, words), styles["cell"]),
                td.paragraph(item.title, styles["cell"], bold=True),
                td.paragraph("; ".join(s.display_name for s in item.speakers), styles["cell_small"]),
            ]
        )
    if len(rows) == 1:
        rows.append(["", td.paragraph(words.text("No programme items."), styles["cell_small"]), ""])
    table = Table(rows, colWidths=[26 * mm, CHART_WIDTH * 0.5, CHART_WIDTH - 26 * mm - CHART_WIDTH * 0.5], repeatRows=1)
    table.setStyle(_table_style())
    return table


def _table_style() -> TableStyle:
    return TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), td.font_name(td.LATIN), 9),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
    )
