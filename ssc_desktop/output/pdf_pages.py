"""What every multi-page A4 document of the app shares: margins, a footer with the event and
"Page n of m" (in the printed words' language) on every page, and a document template that can
be cancelled between pages."""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus.doctemplate import SimpleDocTemplate

from ssc_desktop.long_work import check_cancel
from ssc_desktop.output import text_drawing as td
from ssc_desktop.printed_words import ENGLISH, PrintedWords

MARGIN = 16 * mm
RULE = colors.HexColor("#d9ced2")


def page_footer_canvas(event_line: str, words: PrintedWords = ENGLISH):
    """A canvas class that writes the event and 'Page n of m' on every page once all are known."""

    class FooterCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("initialFontName", td.font_name(td.LATIN))
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _height = self._pagesize
            self.saveState()
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN, MARGIN - 4 * mm, width - MARGIN, MARGIN - 4 * mm)
            self.setFillColor(colors.HexColor("#555555"))
            page_text = words.text("Page {page} of {total}", page=self._pageNumber, total=total)
            page_width = td.text_width(page_text, 8)
            room = width - 2 * MARGIN - page_width - 12
            td.draw_fitted(self, td.fit_to_width(event_line, room, 8, min_size=6), MARGIN, MARGIN - 8 * mm)
            td.draw_text(self, page_text, width - MARGIN, MARGIN - 8 * mm, 8, align="right")
            self.restoreState()

    return FooterCanvas


class CancellableDoc(SimpleDocTemplate):
    """Stops the build between pages once cancel is set (WorkCancelled)."""

    def __init__(self, *args, cancel: threading.Event | None = None, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._cancel = cancel

    def afterPage(self) -> None:  # noqa: N802
        check_cancel(self._cancel)


def write_a4_document(
    target: Path,
    story: list,
    *,
    title: str,
    subject: str,
    footer_line: str,
    cancel: threading.Event | None = None,
    words: PrintedWords = ENGLISH,
) -> None:
    """Builds story as an A4 PDF at target (temporary file renamed at the end), the footer on
    every page; a cancel stops it between pages, a disk failure is export.write_failed."""
    from ssc_desktop.output import atomic_export

    with atomic_export(target, cancel) as temporary:
        document = CancellableDoc(
            str(temporary),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN + 6 * mm,
            title=title,
            author="SSC Desktop",
            subject=subject,
            cancel=cancel,
            initialFontName=td.font_name(td.LATIN),
        )
        document.build(story, canvasmaker=page_footer_canvas(footer_line, words))
        check_cancel(cancel)
