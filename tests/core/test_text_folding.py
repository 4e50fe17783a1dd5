"""Folding text for search: case, accents and width go; the letters of other scripts stay."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ssc_desktop.services.text_folding import fold, search_key


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Nguyễn Văn An", "nguyen van an"),
        ("ĐỨC", "duc"),
        ("Søren Łukasz Straße", "soren lukasz strasse"),
        ("ＴＡＮＡＫＡ　Ｈａｎａｋｏ", "tanaka hanako"),  # full-width letters and ideographic space
        ("ｶﾀｶﾅ", "カタカナ"),  # half-width katakana become full-width
        ("がぎ", "がぎ"),  # kana voicing marks change the letter: kept
        ("राहुल शर्मा", "राहुल शर्मा"),  # Devanagari vowel signs and virama: kept
        ("සුනිල්", "සුනිල්"),
        ("สมชาย", "สมชาย"),
        ("ကျော်ဇင်ဦး", "ကျော်ဇင်ဦး"),
        ("", ""),
    ],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == unicodedata.normalize("NFC", folded)


def test_search_key_joins_the_non_empty_parts() -> None:
    assert search_key("Nguyễn Văn An", "", "AN@Example.org", "") == "nguyen van an an@example.org"


# Latin letters and the accented forms Vietnamese, Indonesian and European names use.
_ACCENTS = ["\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309", "\u0323", "\u031b"]
_letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz")


@st.composite
def _variant(draw, plain: str) -> str:
    """plain as somebody might store or type it: any case, some accents, some full-width letters."""
    fancy = []
    for ch in plain:
        if draw(st.booleans()):
            ch = ch.upper()
        if draw(st.integers(0, 3)) == 0:
            ch = unicodedata.normalize("NFC", ch + draw(st.sampled_from(_ACCENTS)))
        if draw(st.integers(0, 5)) == 0:
            ch = "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in ch)  # full width
        fancy.append(ch)
    return "".join(fancy)


_words = st.lists(st.text(_letters, min_size=1, max_size=10), min_size=1, max_size=4)


@settings(max_examples=300, deadline=None)
@given(_words, st.data())
def test_any_word_typed_any_way_finds_the_name(words: list[str], data) -> None:
    stored = " ".join(data.draw(_variant(word)) for word in words)
    key = search_key(stored)
    wanted = data.draw(st.sampled_from(words))
    typed = data.draw(_variant(wanted))
    assert fold(typed) in key
    assert fold(wanted) in key


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=20))
def test_fold_is_idempotent(text: str) -> None:
    once = fold(text)
    assert fold(once) == once


def _slow_fold(text: str) -> str:
    """fold() without its ASCII shortcut: the full NFKC / accent-strip / case-fold path."""
    from ssc_desktop.services import text_folding

    text = unicodedata.normalize("NFKC", text).translate(text_folding._PLAIN_LETTERS)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) or text_folding._keeps_mark(ch))
    return unicodedata.normalize("NFC", stripped).casefold()


def test_every_ascii_character_folds_as_the_full_path_folds_it() -> None:
    everything = "".join(chr(code) for code in range(128))
    assert fold(everything) == _slow_fold(everything) == everything.lower()
    for code in range(128):
        assert fold(chr(code)) == _slow_fold(chr(code))


@pytest.mark.parametrize(
    "text", ["ＴＡＮＡＫＡ", "Ｔａｎａｋａ", "ｔａｎａｋａ１２３", "Ｔanaka", "ﬁle", "Å", "Straße", "Ⅻ"]
)
def test_text_that_looks_ascii_but_is_not_takes_the_full_path(text: str) -> None:
    # Full-width letters, ligatures and roman numerals are not ASCII: NFKC must still make them plain.
    assert not text.isascii()
    assert fold(text) == _slow_fold(text)
    assert fold(text).isascii()


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_ascii_shortcut_matches_the_full_path(text: str) -> None:
    assert fold(text) == _slow_fold(text)


@settings(max_examples=500, deadline=None)
@given(st.text(max_size=30))
def test_fold_matches_the_full_path_for_any_text(text: str) -> None:
    assert fold(text) == _slow_fold(text)
