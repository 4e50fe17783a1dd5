"""A platypus flowable for text with Arabic or Hebrew in it: wrapped, then drawn in visual order.

reportlab's Paragraph reorders right-to-left words only with rlbidi installed, and then
shapes each word in the font of its first letter. This flowable breaks the text into lines
in logical order (words as typed, the widths as drawn) and draws each line with
text_drawing.draw_text, which runs the bidi algorithm and HarfBuzz per line (UAX #9 orders
each line after line breaking). A paragraph that starts with a right-to-left letter is set
from the right when its style says left (its start), as a right-to-left reader expects.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from ssc_desktop import undrawn
from ssc_desktop.output import bidi_text
from ssc_desktop.output import text_drawing as td


class BidiParagraph(Flowable):
    def __init__(self, text: str, style: ParagraphStyle, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold or style.fontName == td.font_name(td.LATIN, True)
        self.lines: list[str] = []
        self.width = 0.0
        self.height = 0.0

    def _break(self, width: float) -> list[str]:
        size = self.style.fontSize
        lines: list[str] = []
        for hard_line in self.text.split("\n"):
            current = ""
            for word in hard_line.split():
                trial = f"{current} {word}" if current else word
                if current and td.text_width(trial, size, self.bold) > width:
                    lines.append(current)
                    current = word
                else:
                    current = trial
            lines.append(current)
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        width = availWidth - self.style.leftIndent - self.style.rightIndent
        self.lines = self._break(max(width, 1.0))
        self.width = availWidth
        self.height = len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list:  # noqa: N803
        return []  # names and titles: a few lines, kept together

    def getSpaceBefore(self) -> float:  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802
        return self.style.spaceAfter

    def draw(self) -> None:
        style = self.style
        canvas = self.canv
        size = style.fontSize
        alignment = style.alignment
        if alignment == TA_LEFT and bidi_text.starts_rtl(self.text):
            alignment = TA_RIGHT
        left = style.leftIndent
        right = self.width - style.rightIndent
        canvas.saveState()
        canvas.setFillColor(style.textColor)
        # The first baseline sits as a Paragraph's does: one font size below the top (leading spreads below).
        baseline = self.height - size
        with undrawn.quiet():  # the text was noted whole when the paragraph was made
            for line in self.lines:
                if alignment == TA_CENTER:
                    td.draw_text(canvas, line, (left + right) / 2, baseline, size, self.bold, align="centre")
                elif alignment == TA_RIGHT:
                    td.draw_text(canvas, line, right, baseline, size, self.bold, align="right")
                else:
                    td.draw_text(canvas, line, left, baseline, size, self.bold)
                baseline -= style.leading
        canvas.restoreState()
