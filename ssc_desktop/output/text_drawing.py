"""The one way SSC Desktop draws text in its PDFs: embedded fonts, a font per script, shaping.

Names come in many scripts ("黎雄伟 Lai Hung Wei", "सीता श्रेष्ठ", "ප්‍රනාන්දු", "தமிழ்செல்வி",
"محمد عبد الله", "𠮷田 花子"). No single TrueType font covers them all, and reportlab embeds
TrueType outlines only, so the text is cut into runs by script (fontTools' Unicode data) and
each run is set in the bundled font for that script (resources/fonts, see its README); a
character the script's font lacks goes to a bundled font that has it (𠮷 to HanaMinB).
The Indic scripts, Sinhala, Myanmar, Thai, Khmer and Lao need their letters reordered and
joined (conjuncts, pre-base vowels): reportlab does that through HarfBuzz (uharfbuzz) when a
ParagraphStyle has shaping=1 or drawString(..., shaping=True) is used, which is what every
helper here does. Arabic and Hebrew run right to left: output.bidi_text orders each line by
the Unicode bidi algorithm and shapes those runs right to left (joining forms), and a
paragraph holding them is an output.bidi_paragraph.BidiParagraph.

A character no bundled font has is still drawn (a .notdef box), and noted for the writer
that collects them (ssc_desktop.undrawn), which tells the person which name has it.

Use:
    paragraph("黎雄伟 Lai Hung Wei", styles()["cell"])        # a platypus Paragraph
    markup(text)                                              # the <font name=...> markup
    fit = fit_to_width(name, max_width=170, size=24)          # badges, certificates
    draw_fitted(canvas, fit, x, y)
"""

from __future__ import annotations

import threading
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from xml.sax.saxutils import escape

from fontTools import unicodedata as ft_unicodedata
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont, shapeStr
from reportlab.platypus import Paragraph

from ssc_desktop import undrawn
from ssc_desktop.output import bidi_text
from ssc_desktop.output.shaped_words import shape_by_font
from ssc_desktop.paths import resource_path

# Font keys and the bundled files for their regular and bold faces.
LATIN = "latin"
CJK = "cjk"
CJK_EXT = "cjk_ext"  # CJK Unified Ideographs beyond the basic plane (Extension B to F), as 𠮷
FONT_FILES: dict[str, tuple[str, str]] = {
    LATIN: ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "bengali": ("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
    "sinhala": ("NotoSansSinhala-Regular.ttf", "NotoSansSinhala-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "myanmar": ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
    "tamil": ("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf"),
    "telugu": ("NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf"),
    "kannada": ("NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf"),
    "malayalam": ("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf"),
    "gujarati": ("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf"),
    "gurmukhi": ("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf"),
    "oriya": ("NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf"),
    "khmer": ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
    "lao": ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    # Droid Sans Fallback has no bold face; bold CJK is set in the regular one.
    CJK: ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    # HanaMinB (31 MB, regular only) is read the first time a character beyond the basic plane is drawn.
    CJK_EXT: ("HanaMinB.ttf", "HanaMinB.ttf"),
}
_LAZY = {CJK_EXT}
_BEYOND_BMP = range(0x20000, 0x40000)  # the Supplementary and Tertiary Ideographic Planes: all HanaMinB has

# ISO 15924 script codes (as fontTools names them) and the font that draws each.
_SCRIPT_FONTS = {
    "Latn": LATIN,
    "Grek": LATIN,
    "Cyrl": LATIN,
    "Deva": "devanagari",
    "Beng": "bengali",
    "Sinh": "sinhala",
    "Thai": "thai",
    "Mymr": "myanmar",
    "Taml": "tamil",
    "Telu": "telugu",
    "Knda": "kannada",
    "Mlym": "malayalam",
    "Gujr": "gujarati",
    "Guru": "gurmukhi",
    "Orya": "oriya",
    "Khmr": "khmer",
    "Laoo": "lao",
    "Arab": "arabic",
    "Hebr": "hebrew",
    "Hani": CJK,
    "Hira": CJK,
    "Kana": CJK,
    "Hang": CJK,
    "Bopo": CJK,
}
# Scripts that are drawn wrong unless HarfBuzz shapes them.
_COMPLEX = {
    "devanagari",
    "bengali",
    "sinhala",
    "myanmar",
    "thai",
    "tamil",
    "telugu",
    "kannada",
    "malayalam",
    "gujarati",
    "gurmukhi",
    "oriya",
    "khmer",
    "lao",
    "arabic",
    "hebrew",
}
_NEUTRAL = {"Zyyy", "Zinh", "Zzzz"}  # common (digits, punctuation, spaces), inherited marks, unknown

_lock = threading.Lock()
_registered = False


def font_name(key: str, bold: bool = False) -> str:
    """The reportlab name of the bundled font for a key (LATIN, CJK, "devanagari", …)."""
    if key not in FONT_FILES:
        raise KeyError(f"no bundled font for {key!r}")
    regular, bold_file = FONT_FILES[key]
    # A font with one face (Droid Sans Fallback, HanaMinB) is read and embedded once, for bold too.
    return f"SSC-{key}-{'Bold' if bold and bold_file != regular else 'Regular'}"


def register_fonts() -> None:
    """Registers every bundled font with reportlab, once (safe from any thread)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for key in FONT_FILES:
            if key not in _LAZY:
                _register(key)
        _install_extraction_fix()
        _registered = True


def _register(key: str) -> None:
    regular, bold = FONT_FILES[key]
    for is_bold, file_name in ((False, regular), (True, bold)):
        if is_bold and bold == regular:
            continue
        path = resource_path("fonts", file_name)
        pdfmetrics.registerFont(TTFont(font_name(key, is_bold), str(path)))
    pdfmetrics.registerFontFamily(
        font_name(key),
        normal=font_name(key),
        bold=font_name(key, True),
        italic=font_name(key),
        boldItalic=font_name(key, True),
    )


_lazy_done: set[str] = set()


def _ensure(key: str) -> None:
    """Registers a font kept for rare characters (HanaMinB) the first time it is needed."""
    register_fonts()
    if key in _LAZY and key not in _lazy_done:
        with _lock:
            if key not in _lazy_done:
                _register(key)
                _lazy_done.add(key)


# -- copy and paste of shaped text ------------------------------------------------------------
# HarfBuzz turns a Devanagari conjunct such as "श्र" into one glyph that has no character of
# its own; reportlab gives such glyphs private-use codes, so a PDF reader copying the text
# got "\ue000" instead of "श्र". Every shaped word is watched here, the letters behind each
# such glyph are noted, and the ToUnicode map of the embedded font says them. (Pre-base
# vowels still come out in drawing order: that needs /ActualText, which reportlab lacks.)
_ligature_text: dict[tuple[str, int], str] = {}
_PRIVATE = range(0xE000, 0xF900)


def _install_extraction_fix() -> None:
    from reportlab.pdfbase import ttfonts
    from reportlab.platypus import paragraph as rl_paragraph

    if getattr(ttfonts.shapeFragWord, "_ssc_watch", False) or not hasattr(ttfonts, "ShapedFragWord"):
        return
    original_shape = ttfonts.shapeFragWord
    original_cmap = ttfonts.makeToUnicodeCMap

    def shape_one(w, *args, **kwargs):
        shaped = original_shape(w, *args, **kwargs)
        if shaped is not w:
            try:
                _note_ligatures(w, shaped)
            except Exception:  # noqa: BLE001 - bookkeeping for copy-paste must never break drawing
                pass
        return shaped

    def shape_and_note(w, *args, **kwargs):  # a word in several fonts, a font at a time
        return shape_by_font(lambda piece: shape_one(piece, *args, **kwargs), w)

    def cmap_with_ligatures(fontname, subset):
        text = original_cmap(fontname, subset)
        face = fontname.split("+", 1)[-1]
        for index, code in enumerate(subset):
            letters = _ligature_text.get((face, code))
            if letters is None and code > 0xFFFF:
                letters = chr(code)  # reportlab writes 𠮷 (U+20BB7) as five hex digits, not UTF-16
            if letters:
                utf16 = letters.encode("utf-16-be").hex().upper()
                text = text.replace("<%02X> <%04X>" % (index, code), f"<{index:02X}> <{utf16}>", 1)
        return text

    shape_and_note._ssc_watch = True  # type: ignore[attr-defined]
    ttfonts.shapeFragWord = shape_and_note
    rl_paragraph.shapeFragWord = shape_and_note
    ttfonts.makeToUnicodeCMap = cmap_with_ligatures


def _note_ligatures(word, shaped) -> None:
    source = "".join(s for f, s in word[1:] if not hasattr(f, "cbDefn"))
    glyphs = []  # (frag, char, cluster)
    for frag, text in shaped[1:]:
        data = getattr(text, "__shapeData__", None)
        if data is None or len(data) != len(text):
            continue
        glyphs.extend((frag, char, d.cluster) for char, d in zip(text, data, strict=True))
    clusters = sorted({c for _f, _ch, c in glyphs if c >= 0})
    orphans = []
    # Letters no glyph accounts for yet (vowel signs split in two, like Bengali "ো" = "ে" + "া").
    unaccounted = list(unicodedata.normalize("NFD", source))
    for _f, char, _c in glyphs:
        if ord(char) not in _PRIVATE and char in unaccounted:
            unaccounted.remove(char)
    for frag, char, cluster in glyphs:
        if ord(char) not in _PRIVATE or char in source or cluster < 0:
            continue
        later = [c for c in clusters if c > cluster]
        letters = source[cluster : later[0] if later else len(source)]
        # Letters drawn by other glyphs of the same cluster (a vowel sign beside a conjunct) are theirs.
        for _f, other, other_cluster in glyphs:
            if other_cluster == cluster and other != char and ord(other) not in _PRIVATE:
                letters = letters.replace(other, "", 1)
        if letters:
            _remember(frag, char, letters)
            for letter in unicodedata.normalize("NFD", letters):
                if letter in unaccounted:
                    unaccounted.remove(letter)
        else:
            orphans.append((frag, char))
    if len(orphans) == 1 and len(unaccounted) == 1:
        _remember(orphans[0][0], orphans[0][1], unaccounted[0])


def _remember(frag, char: str, letters: str) -> None:
    face = pdfmetrics.getFont(frag.fontName).face.name
    _ligature_text.setdefault((face if isinstance(face, str) else face.decode(), ord(char)), letters)


@cache
def _cmap(key: str) -> frozenset[int]:
    _ensure(key)
    # Private-use codes are reportlab's names for shaped glyphs (added as it shapes), never the font's.
    return frozenset(code for code in pdfmetrics.getFont(font_name(key)).face.charToGlyph if code not in _PRIVATE)


def _has(key: str, code: int) -> bool:
    if key in _LAZY and code not in _BEYOND_BMP:
        return False  # never read HanaMinB's 31 MB for a character it is not bundled for
    return code in _cmap(key)


def _strong_font(char: str) -> str | None:
    """The font key of a character with a script of its own; None for neutral characters."""
    script = ft_unicodedata.script(char)
    if script in _NEUTRAL:
        return None
    key = _SCRIPT_FONTS.get(script)
    if key is not None and _has(key, ord(char)):
        return key
    return _any_font_with(char, key)


def _any_font_with(char: str, preferred: str | None = None) -> str:
    code = ord(char)
    for key in FONT_FILES:
        if _has(key, code):
            return key
    # Nothing has it: drawn as a missing glyph (never silently dropped) and reported (undrawable()).
    return preferred or LATIN


# Characters that draw nothing and need no glyph: joiners, marks of direction, variation selectors.
def _invisible(char: str) -> bool:
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cf", "Cc", "Zl", "Zp")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or code == 0x034F
    )


def undrawable(text: str) -> list[str]:
    """The characters of text that no bundled font can draw, each once, in order."""
    missing: list[str] = []
    for run in script_runs(text):
        for char in run.text:
            if (
                char not in missing
                and not char.isspace()
                and not _has(run.font_key, ord(char))
                and not (_invisible(char) and run.font_key in _COMPLEX)
            ):
                missing.append(char)
    return missing


def note_undrawable(text: str) -> None:
    """Tells the writer collecting undrawable characters (undrawn.collect) about those of text."""
    if undrawn.collecting():
        for char in undrawable(text):
            undrawn.note(text, char)


@dataclass(frozen=True)
class Run:
    text: str
    font_key: str

    def font(self, bold: bool = False) -> str:
        if self.font_key in _LAZY:
            _ensure(self.font_key)
        return font_name(self.font_key, bold)


def script_runs(text: str) -> list[Run]:
    """text cut into runs that each one bundled font draws, in reading order.

    Digits, punctuation and joiners take the font of the letters of their own word (the
    letters before them, else after them), so "(सीता)" stays one Devanagari run and the ZWJ of
    Sinhala "ප්‍ර" stays with its letters. A neutral character that font lacks (say a
    Japanese "・" beside Latin letters) goes to a font that has it.
    """
    if not text:
        return []
    keys: list[str | None] = [None if ch.isspace() else _strong_font(ch) for ch in text]
    # Each neutral character takes the nearest strong font of its word, backwards then forwards.
    word_start = 0
    for index, ch in enumerate(text + " "):
        if index == len(text) or ch.isspace():
            _settle_word(text, keys, word_start, index)
            word_start = index + 1
    # Spaces join the run before them (or the first run for leading spaces).
    first = next((k for k in keys if k is not None), LATIN)
    current = first
    for index, key in enumerate(keys):
        if key is None:
            keys[index] = current
        else:
            current = key
    runs: list[Run] = []
    start = 0
    for index in range(1, len(text) + 1):
        if index == len(text) or keys[index] != keys[start]:
            runs.append(Run(text[start:index], keys[start] or LATIN))
            start = index
    return runs


def _settle_word(text: str, keys: list[str | None], start: int, end: int) -> None:
    strong = [keys[i] for i in range(start, end) if keys[i] is not None]
    if not strong:
        # A word of digits or punctuation only: the Latin font if it has every character.
        for i in range(start, end):
            keys[i] = LATIN if _has(LATIN, ord(text[i])) else _any_font_with(text[i])
        return
    previous = None
    following = _next_strong(keys, start, end)
    for i in range(start, end):
        if keys[i] is not None:
            previous = keys[i]
            following = _next_strong(keys, i + 1, end)
            continue
        key = previous or following or LATIN
        # A joiner or mark of direction stays in a shaped run even where its font lacks it (HarfBuzz hides it,
        # and Sinhala's ZWJ must stay with its letters); an unshaped run would draw it as a box.
        if (
            not _has(key, ord(text[i]))
            and ft_unicodedata.script(text[i]) != "Zinh"
            and not (_invisible(text[i]) and key in _COMPLEX)
        ):
            key = _any_font_with(text[i], key)
        keys[i] = key


def _next_strong(keys: list[str | None], start: int, end: int) -> str | None:
    return next((keys[i] for i in range(start, end) if keys[i] is not None), None)


def needs_shaping(text: str) -> bool:
    return any(run.font_key in _COMPLEX for run in script_runs(text))


def markup(text: str, bold: bool = False) -> str:
    """Paragraph markup for plain text: XML-escaped, each script run in its own <font>."""
    register_fonts()
    note_undrawable(text)
    parts = []
    for run in script_runs(text):
        body = escape(run.text).replace("\n", "<br/>")
        parts.append(f'<font name="{run.font(bold)}">{body}</font>')
    return "".join(parts)


def paragraph(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    """A Paragraph of plain user text in any mix of scripts, shaped where the script needs it.

    Text without a complex script is set unshaped: reportlab shapes a word with the font
    of its first letter, which would garble a word such as "黎Lai" that mixes two fonts.
    Text with a right-to-left letter is a BidiParagraph (same style), drawn line by line.
    """
    if bidi_text.has_rtl(text):
        from ssc_desktop.output.bidi_paragraph import BidiParagraph

        note_undrawable(text)
        return BidiParagraph(text, style, bold)
    if not needs_shaping(text) and getattr(style, "shaping", 0):
        style = _unshaped(style)
    return Paragraph(markup(text, bold), style)


def rich_paragraph(pieces: Iterable[tuple[str, bool]], style: ParagraphStyle, separator: str = "") -> Paragraph:
    """A Paragraph of several pieces of plain text, each (text, bold), joined by separator markup."""
    pieces = list(pieces)
    shaped = any(needs_shaping(text) for text, _bold in pieces)
    if not shaped and getattr(style, "shaping", 0):
        style = _unshaped(style)
    return Paragraph(separator.join(markup(text, bold) for text, bold in pieces if text), style)


_unshaped_styles: dict[int, ParagraphStyle] = {}


def _unshaped(style: ParagraphStyle) -> ParagraphStyle:
    cached = _unshaped_styles.get(id(style))
    if cached is None or cached.parent is not style:
        cached = ParagraphStyle(f"{style.name}-unshaped", parent=style, shaping=0)
        _unshaped_styles[id(style)] = cached
    return cached


def styles(base_size: float = 9.5) -> dict[str, ParagraphStyle]:
    """Paragraph styles on the bundled fonts, with shaping on."""
    register_fonts()
    regular, bold = font_name(LATIN), font_name(LATIN, True)
    common = dict(fontName=regular, shaping=1, wordWrap=None)
    return {
        "body": ParagraphStyle("ssc-body", fontSize=base_size, leading=base_size * 1.35, **common),
        "small": ParagraphStyle(
            "ssc-small", fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.35, textColor="#555555", **common
        ),
        "cell": ParagraphStyle("ssc-cell", fontSize=base_size, leading=base_size * 1.3, **common),
        "cell_small": ParagraphStyle(
            "ssc-cell-small", fontSize=base_size - 1.5, leading=(base_size - 1.5) * 1.3, textColor="#444444", **common
        ),
        "header": ParagraphStyle(
            "ssc-header",
            fontSize=base_size - 0.5,
            leading=base_size * 1.25,
            textColor="#ffffff",
            **{**common, "fontName": bold},
        ),
        "title": ParagraphStyle(
            "ssc-title",
            fontSize=base_size * 2,
            leading=base_size * 2.5,
            alignment=TA_LEFT,
            **{**common, "fontName": bold},
        ),
        "subtitle": ParagraphStyle(
            "ssc-subtitle", fontSize=base_size + 1.5, leading=(base_size + 1.5) * 1.35, textColor="#333333", **common
        ),
        "centred": ParagraphStyle(
            "ssc-centred", fontSize=base_size, leading=base_size * 1.35, alignment=TA_CENTER, **common
        ),
    }


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of text as drawn (shaped where the script needs it)."""
    return sum(_piece_width(run, level, size, bold) for run, level in visual_runs(text))


def visual_runs(text: str) -> list[tuple[Run, int]]:
    """The runs of one line in the order they are drawn, left to right, each with its bidi level.

    Text without a right-to-left character is its script runs at level 0; otherwise the runs
    are cut by level and reordered (output.bidi_text): "محمد Ali" draws "Ali" first.
    """
    runs = script_runs(text)
    if not bidi_text.has_rtl(text):
        return [(run, 0) for run in runs]
    pieces = bidi_text.visual_pieces([(run.text, run.font_key) for run in runs], text)
    return [(Run(piece, key), level) for piece, key, level in pieces]


def _shaped(run: Run, level: int, size: float, bold: bool):
    """The run as HarfBuzz lays it out (right to left at an odd level), or None when unshaped."""
    if level % 2:
        return bidi_text.shape_rtl(run.text, run.font(bold), size, _remember_code)
    if run.font_key in _COMPLEX:
        return shapeStr(run.text, run.font(bold), size)
    return None


def _piece_width(run: Run, level: int, size: float, bold: bool) -> float:
    shaped = _shaped(run, level, size, bold)
    data = getattr(shaped, "__shapeData__", None)
    if data:
        return sum(d.x_advance for d in data) * size / 1000
    return pdfmetrics.stringWidth(run.text, run.font(bold), size)


def _remember_code(face: str, code: int, letters: str) -> None:
    _ligature_text.setdefault((face, code), letters)


@dataclass(frozen=True)
class FittedText:
    text: str  # what is drawn: the whole text, or its start with "…" when even min_size overflows
    size: float
    width: float
    bold: bool
    shortened: bool


def fit_to_width(text: str, max_width: float, size: float, min_size: float = 6.0, bold: bool = False) -> FittedText:
    """The largest size (<= size) at which text fits max_width; never wider than max_width.

    Below min_size the text is cut at the end and given an ellipsis instead of shrinking on.
    """
    if max_width <= 0:
        raise ValueError("max_width must be positive")
    register_fonts()
    text = " ".join(text.split())
    note_undrawable(text)
    width = text_width(text, size, bold)
    if width <= max_width:
        return FittedText(text, size, width, bold, False)
    trial = max(min_size, round(size * max_width / width, 2))
    while trial > min_size and text_width(text, trial, bold) > max_width:
        trial = max(min_size, round(trial - 0.1, 2))
    width = text_width(text, trial, bold)
    if width <= max_width:
        return FittedText(text, trial, width, bold, False)
    cut = len(text)
    while cut > 0:
        cut -= 1
        candidate = text[:cut].rstrip() + "…"
        width = text_width(candidate, min_size, bold)
        if width <= max_width:
            return FittedText(candidate, min_size, width, bold, True)
    return FittedText("", min_size, 0.0, bold, True)


def draw_fitted(canvas, fitted: FittedText, x: float, y: float, align: str = "left") -> None:
    """Draws fitted text on a reportlab canvas, baseline at y; align is left, centre or right."""
    if align == "centre":
        x -= fitted.width / 2
    elif align == "right":
        x -= fitted.width
    for run, level in visual_runs(fitted.text):
        shaped = _shaped(run, level, fitted.size, fitted.bold)
        # canvas.drawString(shaping=True) shapes only when rlbidi is installed; a ShapedStr
        # handed to a text object is drawn shaped either way.
        line = canvas.beginText(x, y)
        line.setFont(run.font(fitted.bold), fitted.size)
        line.textOut(run.text if shaped is None else shaped)
        canvas.drawText(line)
        x += _piece_width(run, level, fitted.size, fitted.bold)


def draw_text(canvas, text: str, x: float, y: float, size: float, bold: bool = False, align: str = "left") -> float:
    """Draws one line of text at size (no fitting); returns its width."""
    note_undrawable(text)
    width = text_width(text, size, bold)
    draw_fitted(canvas, FittedText(text, size, width, bold, False), x, y, align)
    return width
