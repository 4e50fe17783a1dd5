"""The results PDF for the announcement: per category, ranks with ties marked, awards,
authors in their own script. All text goes through output.text_drawing."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from ssc_desktop.long_work import ProgressFn, check_cancel, report
from ssc_desktop.output import text_drawing as td
from ssc_desktop.output.pdf_pages import MARGIN, write_a4_document
from ssc_desktop.printed_words import ENGLISH, PrintedWords
from ssc_desktop.services.contest_explained import explanation
from ssc_desktop.services.contests import ContestResults
from ssc_desktop.vocabulary import METHOD_LABELS, PLACE_NAMES

_HEADER_BG = colors.HexColor("#5b1631")
_RULE = colors.HexColor("#d9ced2")
_AWARD_BG = colors.HexColor("#fbeef3")


def write_results_pdf(
    results: ContestResults,
    path: str | Path,
    progress: ProgressFn | None = None,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> Path:
    """Writes the results to path (via a temporary file), its own words in words' language; returns path."""
    td.register_fonts()
    contest, computed = results.contest, results.results
    styles = td.styles(9.5)
    cell, small, header = styles["cell"], styles["cell_small"], styles["header"]
    story = [td.paragraph(contest.title, styles["title"])]
    status = words.text("Final results" if contest.locked else "Provisional results (not yet locked)")
    story.append(
        td.paragraph(
            words.text("{kind} contest · {status}", kind=words.word(contest.kind), status=status), styles["subtitle"]
        )
    )
    if contest.theme:
        story.append(td.paragraph(words.text("Theme: {theme}", theme=contest.theme), styles["subtitle"]))
    story.append(
        td.paragraph(
            words.text(
                "Ranked by: {method}. Each judge's total is the weighted rubric score as a percentage; ties are broken "
                "by the stated order and entries still equal share a rank (=).",
                method=words.vocabulary(METHOD_LABELS[computed.method]),
            ),
            small,
        )
    )
    story.append(Spacer(1, 5 * mm))
    categories: dict[str, list] = {}
    for result in computed.entries:
        categories.setdefault(result.category, []).append(result)
    width = A4[0] - 2 * MARGIN
    widths = [13 * mm, 16 * mm, None, 55 * mm, 18 * mm, 30 * mm]
    widths[2] = width - sum(w for w in widths if w is not None)
    total = len(computed.entries)
    done = 0
    for category, rows in categories.items():
        check_cancel(cancel)
        body = [[td.paragraph(words.text(t), header) for t in ("Rank", "Code", "Title", "Authors", "Total", "Award")]]
        highlighted = []
        for number, result in enumerate(rows, start=1):
            done += 1
            report(progress, done, total, result.code)
            entry = results.entries[result.id]
            place = results.awards.get(result.id)
            rank = "" if result.rank is None else f"{result.rank}{'=' if result.tied else ''}"
            authors = (
                [
                    td.paragraph(a.name if a.latin_name in ("", a.name) else f"{a.name} ({a.latin_name})", cell)
                    for a in entry.authors
                ]
                if not contest.blind or contest.locked
                else []
            )
            title = [td.paragraph(entry.title, cell, bold=True)]
            if entry.affiliation and (not contest.blind or contest.locked):
                title.append(td.paragraph(entry.affiliation, small))
            body.append(
                [
                    td.paragraph(rank, cell),
                    td.paragraph(entry.code, cell),
                    title,
                    authors or "",
                    td.paragraph("—" if result.total is None else f"{result.total:.2f}", cell),
                    td.paragraph(words.vocabulary(PLACE_NAMES[place]) if place in PLACE_NAMES else "", cell, bold=True),
                ]
            )
            if place:
                highlighted.append(number)
        table = Table(body, colWidths=widths, repeatRows=1)
        commands = [
            ("FONT", (0, 0), (-1, -1), td.font_name(td.LATIN), 9),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER_BG),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.5, _RULE),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]
        commands += [("BACKGROUND", (0, r), (-1, r), _AWARD_BG) for r in highlighted]
        table.setStyle(TableStyle(commands))
        story.append(
            KeepTogether(
                [td.paragraph(category or words.text("All entries"), styles["subtitle"], bold=True), Spacer(1, 2 * mm)]
            )
        )
        story.append(table)
        story.append(Spacer(1, 6 * mm))
    ties = [", ".join(codes) for codes in computed.ties]
    if ties:
        story.append(td.paragraph(words.text("Remaining ties: {ties}", ties="; ".join(ties)), small))
    story.append(Spacer(1, 4 * mm))
    story.append(td.paragraph(words.text("How these results were computed"), styles["subtitle"], bold=True))
    for heading, text in explanation(results, words):
        story.append(td.paragraph(words.text("{heading}. {text}", heading=heading, text=text), small))
        story.append(Spacer(1, 1.5 * mm))
    target = Path(path)
    write_a4_document(
        target,
        story,
        title=words.text("Results — {title}", title=contest.title),
        subject=contest.title,
        footer_line=contest.title,
        cancel=cancel,
        words=words,
    )
    return target
