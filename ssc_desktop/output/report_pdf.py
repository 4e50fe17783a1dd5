"""The reunion report as an A4 PDF for the secretariat: the event, figures with charts
(arrivals over the day, by country, by role), the programme, contest winners and notes.

Charts are reportlab graphics drawn into the PDF; every text goes through text_drawing.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ssc_desktop.errors import DomainError
from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.agenda_pdf import item_time_text
from ssc_desktop.output.pdf_pages import MARGIN, RULE, write_a4_document
from ssc_desktop.services.attendance import CountRow
from ssc_desktop.services.events import zone
from ssc_desktop.services.reunion_report import ReunionReport

_ACCENT = colors.HexColor("#b4235a")
_LIGHT = colors.HexColor("#f2c9d8")
_HEADER_BG = colors.HexColor("#5b1631")
CHART_WIDTH = A4[0] - 2 * MARGIN


def arrivals_chart(counts: tuple[CountRow, ...], width: float = CHART_WIDTH, height: float = 55 * mm) -> Drawing:
    """Bars of arrivals per hour of the day (local time)."""
    return _vertical_bars(
        [c.label for c in counts], [c.attended for c in counts], width, height, "Arrivals per hour (local time)"
    )


def country_chart(counts: tuple[CountRow, ...], width: float = CHART_WIDTH) -> Drawing:
    """Registered and attended by country, largest first (at most 12 rows)."""
    shown = counts[:12]
    return _horizontal_bars(
        [c.label for c in shown],
        [c.registered for c in shown],
        [c.attended for c in shown],
        width,
        "Registered and attended by country",
    )


def role_chart(counts: tuple[CountRow, ...], width: float = CHART_WIDTH) -> Drawing:
    return _horizontal_bars(
        [c.label.capitalize() for c in counts],
        [c.registered for c in counts],
        [c.attended for c in counts],
        width,
        "Registered and attended by role",
    )


def _vertical_bars(labels: list[str], values: list[int], width: float, height: float, title: str) -> Drawing:
    drawing = _drawing(width, height)
    font = td.font_name(td.LATIN)
    drawing.add(String(0, height - 10, title, fontName=td.font_name(td.LATIN, True), fontSize=10))
    if not values:
        drawing.add(String(0, height / 2, "No arrivals recorded.", fontName=font, fontSize=9))
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
    labels: list[str], registered: list[int], attended: list[int], width: float, title: str
) -> Drawing:
    row_height = 13
    height = max(60, 40 + row_height * len(labels))
    drawing = _drawing(width, height)
    font = td.font_name(td.LATIN)
    drawing.add(String(0, height - 10, title, fontName=td.font_name(td.LATIN, True), fontSize=10))
    if not labels:
        drawing.add(String(0, height / 2, "Nobody registered yet.", fontName=font, fontSize=9))
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 110, 14, width - 150, height - 36
    # Largest at the top: reportlab draws the first category at the bottom.
    chart.data = [list(reversed(registered)), list(reversed(attended))]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 8
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
    for offset, (colour, text) in enumerate(((_LIGHT, "registered"), (_ACCENT, "attended"))):
        x = width - 150 + offset * 75
        drawing.add(Rect(x, legend_y - 1, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, legend_y, text, fontName=font, fontSize=8))
    return drawing


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts every drawing in this font; reportlab's default, Helvetica, is not embedded.
    drawing.initialFontName = td.font_name(td.LATIN)
    return drawing


def write_report_pdf(
    reunion: ReunionReport,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """Writes the report to path (via a temporary file renamed at the end); returns path."""
    target = Path(path)
    if target.suffix.lower() != ".pdf":
        raise DomainError("report.not_pdf", path=str(target))
    td.register_fonts()
    event, summary = reunion.event, reunion.summary
    styles = td.styles(9.5)
    h2 = styles["subtitle"]
    report(progress, 0, 4, "Figures")
    story = [
        td.paragraph(f"Reunion report — {event.title}", styles["title"]),
        td.paragraph(
            " · ".join(
                p
                for p in (
                    f"{event.local_start:%A %d %B %Y}",
                    event.venue,
                    event.chapter_name,
                    event.format.value.replace("-", " ").capitalize(),
                )
                if p
            ),
            h2,
        ),
        Spacer(1, 5 * mm),
    ]
    rate = f"{summary.attended / summary.registered:.0%}" if summary.registered else "–"
    figures = [
        ["Registered", "Attended", "On site", "Online", "Attendance", "No-shows", "Walk-ins"],
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
        arrivals_chart(summary.by_arrival_hour),
        Spacer(1, 4 * mm),
        country_chart(summary.by_country),
        Spacer(1, 4 * mm),
        role_chart(summary.by_role),
    ]
    if summary.by_list:
        story += [
            Spacer(1, 3 * mm),
            td.paragraph(
                "Parts of the day: " + " · ".join(f"{c.label} {c.attended}" for c in summary.by_list), styles["body"]
            ),
        ]
    check_cancel(cancel)
    report(progress, 1, 4, "Programme")
    story += [Spacer(1, 8 * mm), td.paragraph("Programme", h2), Spacer(1, 2 * mm), _programme_table(reunion, styles)]
    check_cancel(cancel)
    report(progress, 2, 4, "Winners")
    if reunion.winners:
        rows = [[td.paragraph(t, styles["header"]) for t in ("Contest", "Award", "Entry", "Winners")]]
        rows += [
            [
                td.paragraph(f"{w.contest}" + (f" ({w.category})" if w.category else ""), styles["cell"]),
                td.paragraph(w.award, styles["cell"]),
                td.paragraph(w.entry, styles["cell"]),
                td.paragraph(w.names, styles["cell"]),
            ]
            for w in reunion.winners
        ]
        winners = Table(
            rows, colWidths=[CHART_WIDTH * 0.3, CHART_WIDTH * 0.17, CHART_WIDTH * 0.3, CHART_WIDTH * 0.23], repeatRows=1
        )
        winners.setStyle(_table_style())
        story += [Spacer(1, 8 * mm), KeepTogether([td.paragraph("Contest winners", h2), Spacer(1, 2 * mm), winners])]
    if reunion.notes:
        story += [Spacer(1, 8 * mm), td.paragraph("Notes from the coordinator", h2), Spacer(1, 2 * mm)]
        story += [td.paragraph(line, styles["body"]) for line in reunion.notes.splitlines() if line.strip()]
    check_cancel(cancel)
    report(progress, 3, 4, "Writing the PDF")
    write_a4_document(
        target,
        story,
        title=f"Reunion report — {event.title}",
        subject=event.title,
        footer_line=f"Reunion report · {event.title} · {event.local_start:%d %B %Y}",
        cancel=cancel,
    )
    report(progress, 4, 4, "")
    return target


def _programme_table(reunion: ReunionReport, styles: dict) -> Table:
    tz = zone(reunion.event.timezone)
    first_day = reunion.event.local_start.date()
    rows = [[td.paragraph(t, styles["header"]) for t in ("Time", "Programme", "Speakers")]]
    for item in reunion.programme.items:
        rows.append(
            [
                td.paragraph(item_time_text(item, tz, first_day), styles["cell"]),
                td.paragraph(item.title, styles["cell"], bold=True),
                td.paragraph("; ".join(s.display_name for s in item.speakers), styles["cell_small"]),
            ]
        )
    if len(rows) == 1:
        rows.append(["", td.paragraph("No programme items.", styles["cell_small"]), ""])
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
