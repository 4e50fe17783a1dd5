"""Folding text so that a search ignores case, accents and width."""

from __future__ import annotations

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
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or _keeps_mark(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def _keeps_mark(mark: str) -> bool:
    # Marks in Indic, Thai, Sinhala and Myanmar scripts are letters' vowels, not accents;
    # Japanese kana voicing marks change the letter too. Only Latin-style accents go.
    return not ("\u0300" <= mark <= "\u036f")


def search_key(*parts: str) -> str:
    return " ".join(fold(part) for part in parts if part)


def ids_matching(items, key_of, query: str) -> set[int] | None:  # noqa: ANN001
    """Ids of items whose folded key holds every word of query; None when the query is empty."""
    words = fold(query).split()
    if not words:
        return None
    return {item.id for item in items if all(word in key_of(item) for word in words)}
