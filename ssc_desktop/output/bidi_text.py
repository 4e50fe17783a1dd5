"""Right-to-left text (Arabic, Hebrew) in the PDFs: the Unicode bidi algorithm and RTL shaping.

A line is kept in logical order (as typed) everywhere, and only turned into visual order
when it is drawn: the embedding level of every character comes from the Unicode
Bidirectional Algorithm (UAX #9) as python-bidi implements it (the Rust crate
unicode-bidi, with bracket pairs), pieces of one font and one level are reordered by rule L2,
and each right-to-left piece is shaped by HarfBuzz with its direction set to RTL (Arabic
joining forms, lam-alef, mirrored brackets), which gives its glyphs in visual order.

Nothing here reverses text by hand, and the text itself is never changed: a PDF reader
copies the letters as written (text_drawing maps each contextual glyph back to its letter).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import lru_cache

import uharfbuzz
from bidi import get_base_level, get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapeData, ShapedStr

# Bidi classes that make a line need the algorithm at all (strong RTL and the explicit controls).
_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI", "AN"}
_LEVELS = re.compile(r"levels:\s*\[(.*?)\]", re.S)
_LEVEL = re.compile(r"Level\(\s*(\d+),?\s*\)")


def has_rtl(text: str) -> bool:
    """Whether text has a right-to-left character (or control) and so needs the bidi algorithm."""
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def starts_rtl(text: str) -> bool:
    """Whether the paragraph direction of text is right to left (its first strong letter is)."""
    return has_rtl(text) and get_base_level(text) == 1


@lru_cache(maxsize=4096)
def levels(text: str) -> tuple[int, ...]:
    """The resolved embedding level of every character of one line (even: left to right, odd: right to left).

    The paragraph direction comes from the first strong character (rules P2, P3), so "محمد Ali"
    is a right-to-left line and "Ali محمد" a left-to-right one.
    """
    if not has_rtl(text):
        return (0,) * len(text)
    # python-bidi's Rust core reports its BidiInfo (levels per UTF-8 byte) in debug mode.
    info = get_display(text, debug=True)
    found = _LEVELS.search(info) if isinstance(info, str) else None
    by_byte = [int(level) for level in _LEVEL.findall(found.group(1))] if found else []
    if len(by_byte) != len(text.encode("utf-8")):
        return _levels_by_python(text)  # a python-bidi whose report reads otherwise: its older pure-Python algorithm
    result = []
    offset = 0
    for ch in text:
        result.append(by_byte[offset])
        offset += len(ch.encode("utf-8"))
    return tuple(result)


def _levels_by_python(text: str) -> tuple[int, ...]:
    """The same levels from python-bidi's pure-Python implementation (an older UBA, without bracket pairs)."""
    from bidi import algorithm

    storage = algorithm.get_empty_storage()
    storage["base_level"] = algorithm.get_base_level(text)
    storage["base_dir"] = ("L", "R")[storage["base_level"]]
    algorithm.get_embedding_levels(text, storage)
    algorithm.explicit_embed_and_overrides(storage)
    algorithm.resolve_weak_types(storage)
    algorithm.resolve_neutral_types(storage, False)
    algorithm.resolve_implicit_levels(storage, False)
    return tuple(char["level"] for char in storage["chars"])


def visual_pieces(pieces: Sequence[tuple[str, str]], text: str) -> list[tuple[str, str, int]]:
    """(text, font key) pieces of a line in logical order -> (text, font key, level) in visual order.

    Every piece is cut where the level changes, then rule L2 reverses each maximal sequence of
    pieces at level k or above, from the highest level down to the lowest odd one. The text of
    a right-to-left piece stays in logical order: the shaper lays it out right to left.
    """
    line_levels = levels(text)
    cut: list[tuple[str, str, int]] = []
    position = 0
    for piece_text, key in pieces:
        start = position
        for index in range(position + 1, position + len(piece_text) + 1):
            if index == position + len(piece_text) or line_levels[index] != line_levels[start]:
                cut.append((text[start:index], key, line_levels[start]))
                start = index
        position += len(piece_text)
    if not cut:
        return []
    highest = max(level for _t, _k, level in cut)
    lowest_odd = min((level for _t, _k, level in cut if level % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        index = 0
        while index < len(cut):
            if cut[index][2] >= level:
                end = index
                while end < len(cut) and cut[end][2] >= level:
                    end += 1
                cut[index:end] = cut[index:end][::-1]
                index = end
            else:
                index += 1
    return cut


def shape_rtl(
    text: str, font_name: str, size: float, remember: Callable[[str, int, str], None] | None = None
) -> ShapedStr:
    """text shaped right to left in a registered TrueType font: a ShapedStr of glyphs in visual order.

    As reportlab's own shapeStr, but with HarfBuzz's direction set to RTL whatever the
    characters (a lone bracket in a right-to-left sentence is mirrored too). Glyphs without a
    character of their own (joining forms, ligatures) get private-use codes from reportlab;
    remember(face name, code, letters) is told which letters each stands for.
    """
    font = pdfmetrics.getFont(font_name)
    hb_font = font.hbFont(size)
    buffer = uharfbuzz.Buffer()
    buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
    buffer.add_str(text)
    buffer.guess_segment_properties()
    buffer.direction = "rtl"
    uharfbuzz.shape(hb_font, buffer, {"kern": True, "liga": True})
    clusters = sorted({info.cluster for info in buffer.glyph_infos})
    glyphs = []
    data = []
    face = font.face
    for info, position in zip(buffer.glyph_infos, buffer.glyph_positions, strict=True):
        gid = info.codepoint
        try:
            code = face.glyphToChar[gid][0]
        except KeyError:
            code = font.hbAddPrivate(hb_font.glyph_to_string(gid), gid, position.x_advance)
        if remember is not None and chr(code) not in text:
            # A joining form (its code a private one, or an Arabic presentation form) copies as its letters.
            later = [c for c in clusters if c > info.cluster]
            letters = text[info.cluster : later[0] if later else len(text)]
            if letters:
                remember(face.name if isinstance(face.name, str) else face.name.decode(), code, letters)
        glyphs.append(chr(code))
        data.append(
            ShapeData(
                info.cluster,
                font.pdfScale(position.x_advance),
                font.pdfScale(position.y_advance),
                font.pdfScale(position.x_offset),
                font.pdfScale(position.y_offset),
                face.charWidths[code],
            )
        )
    return ShapedStr("".join(glyphs), shapeData=data)


def shaped_width(shaped: ShapedStr, size: float) -> float:
    return sum(d.x_advance for d in shaped.__shapeData__) * size / 1000
