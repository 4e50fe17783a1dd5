"""Folding text so that a search ignores case, accents and width."""

from __future__ import annotations

import re
import unicodedata

# Letters that carry no combining mark to strip, yet people type without them.
_PLAIN_LETTERS = str.maketrans({"đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case, accent-free, half-width form of text ("Nguyễn" -> "nguyen")."""
    if not text:
        return ""
    if text.isascii():
        # NFKC, the letter table, NFD/NFC and the accent strip leave ASCII as it is; ASCII
        # case-folds as it lower-cases. Most rosters are plain ASCII: this makes 30,000 keys cheap.
        return text.lower()
    text = unicodedata.normalize("NFKC", text).translate(_PLAIN_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _ACCENTS.sub("", decomposed)).casefold()


# Marks in Indic, Thai, Sinhala and Myanmar scripts are letters' vowels, not accents; Japanese
# kana voicing marks change the letter too. Only the Latin-style accents (the combining
# diacritics block) go. U+034F, the grapheme joiner, sits in that block but is no accent and
# combines with nothing (class 0): it stays, as a character-by-character test of combining()
# would keep it. One regular expression instead of a test per character: fold() makes the
# search key of every member, 30,000 at a roster import.
_ACCENTS = re.compile("[\u0300-\u034e\u0350-\u036f]+")


def _keeps_mark(mark: str) -> bool:
    """The rule _ACCENTS applies, one combining mark at a time (the tests' reference)."""
    return not ("\u0300" <= mark <= "\u036f")


def search_key(*parts: str) -> str:
    return " ".join(fold(part) for part in parts if part)


def ids_matching(items, key_of, query: str) -> set[int] | None:
    """Ids of items whose folded key holds every word of query; None when the query is empty."""
    words = fold(query).split()
    if not words:
        return None
    return {item.id for item in items if all(word in key_of(item) for word in words)}
