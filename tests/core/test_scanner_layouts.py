"""Codes typed by a US-layout scanner on laptops with other layouts, read back.

The expected transliterations below are written character by character from the
published layout charts (the key caps of each country's keyboard: French AZERTY
NF Z71-300 pre-2019 layout as sold in France, Belgian AZERTY, German QWERTZ DIN 2137,
Swiss QWERTZ, Japanese JIS X 6002 with its kana caps, UK), cross-checked against
X11's xkb symbols (fr, be, de, ch, jp(kana), gb). They are deliberately not built
from the module's own row tables: a scanner sends the US key for each character
(letters with Shift, digits and "." without), and the laptop types whatever its
own layout has on that key in that Shift state.
"""

from __future__ import annotations

import pytest

from ssc_desktop.services import scanner_layouts, tickets
from ssc_desktop.services.scanner_layouts import code_in, correct, readings_of, starts_like_a_code

# US character the scanner sends -> what the laptop types (characters not listed type as themselves).
FRENCH = {
    "1": "&",
    "2": "é",
    "3": '"',
    "4": "'",
    "5": "(",
    "6": "-",
    "7": "è",
    "8": "_",
    "9": "ç",
    "0": "à",
    ".": ":",
    "A": "Q",
    "Q": "A",
    "Z": "W",
    "W": "Z",
    "M": "?",
}
BELGIAN = {**FRENCH, "6": "§", "8": "!"}
GERMAN = {"Y": "Z", "Z": "Y"}
SWISS = GERMAN
KANA = {
    "1": "ぬ",
    "2": "ふ",
    "3": "あ",
    "4": "う",
    "5": "え",
    "6": "お",
    "7": "や",
    "8": "ゆ",
    "9": "よ",
    "0": "わ",
    ".": "る",
    "Q": "た",
    "W": "て",
    "E": "ぃ",
    "R": "す",
    "T": "か",
    "Y": "ん",
    "U": "な",
    "I": "に",
    "O": "ら",
    "P": "せ",
    "A": "ち",
    "S": "と",
    "D": "し",
    "F": "は",
    "G": "き",
    "H": "く",
    "J": "ま",
    "K": "の",
    "L": "り",
    "Z": "っ",
    "X": "さ",
    "C": "そ",
    "V": "ひ",
    "B": "こ",
    "N": "み",
    "M": "も",
}

# Every code character appears: all digits, all letters, ".".
CODES = [
    "SSC1.2.3X.1.JYE22NN7D4ABC",
    "SSC1.Z9.QWERTY8.6.AMZWQ234567YX",
]
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ."


def typed(table: dict[str, str], code: str) -> str:
    return "".join(table.get(char, char) for char in code)


def test_codes_are_well_formed():
    for code in CODES:
        assert tickets.parse(code) is not None, code


@pytest.mark.parametrize(
    "key, table", [("fr", FRENCH), ("be", BELGIAN), ("de", GERMAN), ("de", SWISS), ("jp-kana", KANA)]
)
def test_module_types_what_the_charts_say(key, table):
    layout = scanner_layouts.layout(key)
    assert layout.typed(ALPHABET) == typed(table, ALPHABET)


@pytest.mark.parametrize("key, table", [("fr", FRENCH), ("be", BELGIAN), ("de", GERMAN), ("jp-kana", KANA)])
@pytest.mark.parametrize("code", CODES)
def test_transliterated_code_is_read_back_with_its_layout(key, table, code):
    text = typed(table, code)
    assert text != code
    found = correct(text) if tickets.parse(text) is None else readings_of(text)[0]
    assert found is not None and found.code == code
    assert key in [layout.key for layout in found.layouts]


def test_french_example_from_the_door():
    assert typed(FRENCH, "SSC1.2.3X.1.JYE22NN7D4ABC") == "SSC&:é:\"X:&:JYEééNNèD'QBC"
    found = correct("SSC&:é:\"X:&:JYEééNNèD'QBC")
    assert found.code == "SSC1.2.3X.1.JYE22NN7D4ABC"
    # French and Belgian type this code alike (it has no 6 or 8): both are named.
    assert [layout.key for layout in found.layouts] == ["fr", "be"]


def test_belgian_is_told_apart_by_6_and_8():
    text = typed(BELGIAN, "SSC1.8.6X.1.JYE22NN7D4ABC")
    assert [layout.key for layout in correct(text).layouts] == ["be"]


def test_german_swap_of_a_well_formed_code_is_offered_after_the_code_itself():
    code = "SSC1.2.3X.1.JYE22NN7D4ABZ"
    text = typed(GERMAN, code)  # still well-formed, so correct() leaves it alone
    assert tickets.parse(text) is not None and correct(text) is None
    first = readings_of(text)[0]
    assert first.code == code and first.layout.key == "de"


@pytest.mark.parametrize("key", ["jp", "gb"])
def test_japanese_jis_and_uk_type_codes_as_a_us_keyboard(key):
    layout = scanner_layouts.layout(key)
    assert not layout.changes_codes
    assert layout.typed(ALPHABET) == ALPHABET
    assert layout not in scanner_layouts.READING_LAYOUTS


def test_caps_lock_inverts_case_and_is_still_read():
    code = CODES[1]
    # US laptop, Caps Lock on: the scanner's Shift makes every letter lower case.
    assert tickets.parse(code.lower()) is not None  # normalize() already takes it
    # French laptop, Caps Lock on: letters lower case, and the é/è/ç/à keys in capitals.
    french_caps = typed(FRENCH, code).swapcase()
    assert "É" in typed(FRENCH, "2").swapcase()
    found = correct(french_caps)
    assert found.code == code and found.layout.key in ("fr", "be")


def test_halfwidth_katakana_from_the_x11_kana_layout_and_katakana_from_an_ime_are_read():
    code = CODES[0]
    hiragana = typed(KANA, code)
    katakana = "".join(chr(ord(c) + 0x60) if "ぁ" <= c <= "ゖ" else c for c in hiragana)
    halfwidth = "ﾄﾄｿﾇﾙ"  # "SSC1." as X11's jp(kana) keysyms type it
    assert correct(katakana).code == code
    assert starts_like_a_code(halfwidth)


def test_junk_around_a_code_is_dropped():
    code = CODES[0]
    assert code_in("  " + code + "\r\n") == code
    for text in ("\x02" + code + "\x03", "]Q1" + code, "*" + code.lower() + "*"):
        assert code_in(text) == code
        assert readings_of(text)[0].code == code and readings_of(text)[0].layout is None
    # The same with a French laptop in between: junk is kept as it came, the code read back.
    assert correct("\x02" + typed(FRENCH, code)).code == code


def test_good_codes_are_not_changed_and_junk_stays_junk():
    for code in CODES:
        assert correct(code) is None
    for junk in ("4901234567894", "https://example.org/?q=SSC", "Kulkarni Priya", "SSC1.", "", "ssc&:é"):
        assert correct(junk) is None, junk
        assert code_in(junk) is None


def test_full_width_letters_from_a_japanese_ime_are_read_as_the_code():
    code = CODES[0]
    wide = "".join(chr(ord(c) + 0xFEE0) for c in code)  # ＳＳＣ１．…
    assert code_in(wide) == code


@pytest.mark.parametrize(
    "pile, expected",
    [
        ("S", True),
        ("SS", True),
        ("ssc1", True),
        ("]Q1SSC", True),
        ("SSC1.2.3X", True),
        ("SSC&:é", True),
        ("ととそぬ", True),
        ("\x02SS", True),
        ("Sa", False),
        ("yamada", False),
        ("490123", False),
        ("", False),
    ],
)
def test_starts_like_a_code(pile, expected):
    assert starts_like_a_code(pile) is expected
