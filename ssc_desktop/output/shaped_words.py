"""A word of a shaped paragraph set in several fonts is shaped a font at a time.

reportlab shapes each word of a paragraph (the text between two spaces) with HarfBuzz in the
font of its first letter. A word whose letters text_drawing put in two fonts then loses the
second font's letters to boxes: the colon of Thai "หัวข้อ:" (the Thai font has no ':'), the
letters of "(ยังไม่ล็อก)" (shaped in the Latin font of its "("), the dots of "ธ.ค.". Here such a
word is cut where its font changes, each piece shaped in its own font, and the pieces joined
again into one word, so it still wraps as one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import ShapedFragWord, makeShapedFragWord


def _font(frag: Any) -> str | None:
    return None if hasattr(frag, "cbDefn") else frag.fontName


def shape_by_font(shape: Callable[[Any], Any], word: Any) -> Any:
    """shape(word) for a word in one font; for a word in several, shape(piece) for each piece of
    one font and the pieces joined (word itself when no piece changed)."""
    if isinstance(word, ShapedFragWord) or len({_font(f) for f, _s in word[1:]} - {None}) < 2:
        return shape(word)
    groups: list[list[tuple[Any, str]]] = []
    for frag, text in word[1:]:
        font = _font(frag)
        if groups and (font is None or font == _font(groups[-1][-1][0]) or _font(groups[-1][-1][0]) is None):
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    width, pieces, changed = 0.0, [], False
    for group in groups:
        piece_width = sum(stringWidth(text, frag.fontName, frag.fontSize) for frag, text in group if _font(frag))
        piece = word.__class__([piece_width, *group])
        shaped = shape(piece)
        changed = changed or shaped is not piece
        width += shaped[0]
        pieces.extend(shaped[1:])
    if not changed:
        return word
    return makeShapedFragWord(word)([width, *pieces])
