"""Reading a ticket code that a scanner typed through the wrong keyboard layout.

A keyboard-wedge scanner does not send characters: it sends key positions
(scancodes) and Shift, as a US keyboard would type the code. The laptop turns the
positions into characters with its own layout. On a French laptop the US digit
keys give `&é"'(-è_çà`, the US `.` key gives `:` and Q/A, W/Z swap places; on a
German or Swiss one Y and Z swap; with a Japanese input method in kana mode every
key gives a kana. So "SSC1.2.3X..." arrives as "SSC&:é:"X..." and the code is lost.

Each layout below is written as the key caps of its four rows of ten keys, the way
the published layout charts show them (the same positions as in X11's
/usr/share/X11/xkb/symbols files: <AE01>..<AE10>, <AD01>..<AD10>, <AC01>..<AC10>,
<AB01>..<AB10>), unshifted and with Shift. A US scanner's key for a code character
is found on the US rows; what the laptop types is the local layout's character at
that position, in the same Shift state. `readings_of` goes the other way.

Nothing here guesses: a reading counts only when it is a well-formed SSC code
(tickets.parse), and the check-in service still checks its signature, so a good
code read as itself is never changed and junk stays junk.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from ssc_desktop.services import tickets

# Four rows of ten keys: digits, top letters, home row, bottom row; unshifted, then with Shift.
Rows = tuple[tuple[str, str], tuple[str, str], tuple[str, str], tuple[str, str]]

US_ROWS: Rows = (
    ("1234567890", "!@#$%^&*()"),
    ("qwertyuiop", "QWERTYUIOP"),
    ("asdfghjkl;", "ASDFGHJKL:"),
    ("zxcvbnm,./", "ZXCVBNM<>?"),
)

# What a ticket code is made of (see tickets._CODE); lower case too, for Caps Lock.
_CODE_CHARACTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ."
_CODE_ANYWHERE = re.compile(r"SSC1\.[0-9A-Z]{1,8}\.[0-9A-Z]{1,10}\.[0-9A-Z]{1,6}\.[A-Z2-7]{13}")
_CODE_START = tickets.PREFIX + "."


@dataclass(frozen=True)
class KeyboardLayout:
    key: str
    name: str  # the laptop's layout, as the desk knows it
    scanner_setting: str  # what to choose in the scanner's manual (keyboard country)
    rows: Rows
    kana: bool = False  # typed through a Japanese input method: katakana and hiragana read alike
    # Local character -> code character, filled from rows when the layout is made.
    _reverse: dict[str, str] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        self._reverse.update(_reverse_table(self.rows))

    def typed(self, us_text: str) -> str:
        """What a US scanner's keys for us_text type on a laptop with this layout."""
        typed = []
        for char in us_text:
            position = _us_position(char)
            typed.append(char if position is None else self.rows[position[0]][position[2]][position[1]])
        return "".join(typed)

    def read_back(self, text: str) -> str:
        """The US characters whose keys would type text on this layout (others kept as they are)."""
        if self.kana:
            text = _hiragana(text)
        return "".join(self._reverse.get(char, char) for char in text)

    def explains(self, code: str, text: str) -> bool:
        """Whether this layout types code as text (with junk around it, in either case)."""
        return _folded(self.typed(code), self.kana) in _folded(text, self.kana)

    @property
    def changes_codes(self) -> bool:
        """Whether a code typed through this layout comes out different at all."""
        return self.typed(_CODE_CHARACTERS) != _CODE_CHARACTERS


def _us_position(char: str) -> tuple[int, int, int] | None:
    """(row, column, shift level) of char on a US keyboard."""
    for row, levels in enumerate(US_ROWS):
        for level, keys in enumerate(levels):
            column = keys.find(char)
            if column >= 0:
                return row, column, level
    return None


def _reverse_table(rows: Rows) -> dict[str, str]:
    """Local character -> the code character whose US key types it.

    First what the scanner really types (letters with Shift, digits and `.` without);
    then, for a scanner or laptop in the other Shift state (Caps Lock on, a scanner set
    to lower case), the same key's other level and the case-swapped character
    (French Caps Lock turns é into É). Earlier entries win.
    """
    table: dict[str, str] = {}
    positions: list[tuple[str, tuple[int, int, int]]] = []
    for char in _CODE_CHARACTERS:
        position = _us_position(char)
        assert position is not None, f"{char!r}: every code character is on a US keyboard"
        positions.append((char, position))
    for char, (row, column, level) in positions:
        table.setdefault(rows[row][level][column], char)
    for char, (row, column, level) in positions:
        table.setdefault(rows[row][1 - level][column], char)
    for local, char in list(table.items()):
        if local.swapcase() != local and len(local.swapcase()) == 1:
            table.setdefault(local.swapcase(), char)
    return table


def _folded(text: str, kana: bool) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return _hiragana(text) if kana else text


def _hiragana(text: str) -> str:
    """Half- and full-width katakana as hiragana: X11's kana layout types the former, an IME the latter."""
    text = unicodedata.normalize("NFKC", text)
    return "".join(chr(ord(char) - 0x60) if "ァ" <= char <= "ヶ" else char for char in text)


# Key caps from the published charts (and X11's xkb symbols: fr, be, de, ch, jp, gb).
LAYOUTS: tuple[KeyboardLayout, ...] = (
    KeyboardLayout(
        "fr",
        "French (AZERTY)",
        "French",
        (
            ("&é\"'(-è_çà", "1234567890"),
            ("azertyuiop", "AZERTYUIOP"),
            ("qsdfghjklm", "QSDFGHJKLM"),
            ("wxcvbn,;:!", "WXCVBN?./§"),
        ),
    ),
    KeyboardLayout(
        "be",
        "Belgian (AZERTY)",
        "Belgian",
        (
            ("&é\"'(§è!çà", "1234567890"),
            ("azertyuiop", "AZERTYUIOP"),
            ("qsdfghjklm", "QSDFGHJKLM"),
            ("wxcvbn,;:=", "WXCVBN?./+"),
        ),
    ),
    # Swiss German and Swiss French keys differ from German ones only where no code
    # character is typed, so one reading serves the three.
    KeyboardLayout(
        "de",
        "German or Swiss (QWERTZ)",
        "German (or Swiss)",
        (
            ("1234567890", '!"§$%&/()='),
            ("qwertzuiop", "QWERTZUIOP"),
            ("asdfghjklö", "ASDFGHJKLÖ"),
            ("yxcvbnm,.-", "YXCVBNM;:_"),
        ),
    ),
    # Japanese input in kana mode (JIS kana on the key caps). With Shift the keys that
    # have a small kana type it (ぃ, っ, ぁ...); the others type the same kana.
    KeyboardLayout(
        "jp-kana",
        "Japanese (kana input)",
        "Japanese",
        (
            ("ぬふあうえおやゆよわ", "ぬふぁぅぇぉゃゅょを"),
            ("たていすかんなにらせ", "たてぃすかんなにらせ"),
            ("ちとしはきくまのりれ", "ちとしはきくまのりれ"),
            ("つさそひこみもねるめ", "っさそひこみも、。・"),
        ),
        kana=True,
    ),
    # Layouts that type every code character as a US keyboard does: listed so that the
    # tests say so, never used to read codes.
    KeyboardLayout(
        "jp",
        "Japanese (JIS)",
        "Japanese",
        (
            ("1234567890", "!\"#$%&'()~"),
            ("qwertyuiop", "QWERTYUIOP"),
            ("asdfghjkl;", "ASDFGHJKL+"),
            ("zxcvbnm,./", "ZXCVBNM<>?"),
        ),
    ),
    KeyboardLayout(
        "gb",
        "UK English",
        "UK",
        (
            ("1234567890", '!"£$%^&*()'),
            ("qwertyuiop", "QWERTYUIOP"),
            ("asdfghjkl;", "ASDFGHJKL:"),
            ("zxcvbnm,./", "ZXCVBNM<>?"),
        ),
    ),
)

READING_LAYOUTS: tuple[KeyboardLayout, ...] = tuple(layout for layout in LAYOUTS if layout.changes_codes)


def layout(key: str) -> KeyboardLayout:
    return next(candidate for candidate in LAYOUTS if candidate.key == key)


@dataclass(frozen=True)
class Reading:
    """A well-formed code found in what was typed, and the layouts that type it so.

    layouts is empty when the code was typed as it is (only junk around it); it holds
    more than one when they type this code alike (French and Belgian AZERTY agree on
    every code character but 6 and 8).
    """

    code: str
    layouts: tuple[KeyboardLayout, ...] = ()

    @property
    def layout(self) -> KeyboardLayout | None:
        return self.layouts[0] if self.layouts else None


def code_in(text: str) -> str | None:
    """The well-formed code inside text (upper case, junk around it dropped), if there is one."""
    match = _CODE_ANYWHERE.search(tickets.normalize(unicodedata.normalize("NFKC", text)))
    return match.group(0) if match else None


def readings_of(text: str) -> list[Reading]:
    """Every other well-formed code that text can be read as, the likeliest first.

    First the code with junk around it dropped (a scanner's prefix or suffix, STX/ETX),
    then each layout's reading, those that type exactly this text (round trip) before
    those that explain it only with Caps Lock or a Shift state the scanner does not use.
    The text's own normalised form is left out: the caller has tried that already. A
    text that is a well-formed code can still have readings (Y and Z swapped on a German
    laptop stay well-formed), so callers try these after the text itself was refused.
    """
    seen = {tickets.normalize(text)}
    found: list[Reading] = []
    plain = code_in(text)
    if plain is not None and plain not in seen:
        seen.add(plain)
        found.append(Reading(plain))
    exact: dict[str, list[KeyboardLayout]] = {}
    loose: dict[str, list[KeyboardLayout]] = {}
    for option in READING_LAYOUTS:
        code = code_in(option.read_back(text))
        if code is not None and code not in seen:
            (exact if option.explains(code, text) else loose).setdefault(code, []).append(option)
    for code, options in list(exact.items()) + list(loose.items()):
        if code not in seen:
            seen.add(code)
            found.append(Reading(code, tuple(options)))
    return found


def correct(text: str) -> Reading | None:
    """For text that is not a well-formed code, the likeliest code it was meant as."""
    if tickets.parse(text) is not None:
        return None
    found = readings_of(text)
    return found[0] if found else None


def looks_like_a_code(text: str) -> bool:
    """Whether text is meant as a ticket code (even a damaged one), in any layout."""
    return tickets.looks_like_ssc(text) or bool(readings_of(text))


def holds_a_code(text: str) -> bool:
    """Whether text holds a whole well-formed code (junk around it allowed), as typed or in any layout."""
    return code_in(text) is not None or bool(readings_of(text))


def starts_like_a_code(text: str) -> bool:
    """Whether keys typed so far could be (junk and) the start of a code, in any layout.

    True when "SSC1." is in them, or when they end with its beginning ("S", "SS",
    "SSC", "SSC1"), read as typed or through any layout.
    """
    for read in [text] + [option.read_back(text) for option in READING_LAYOUTS]:
        read = tickets.normalize(unicodedata.normalize("NFKC", read))
        if _CODE_START in read or any(read.endswith(_CODE_START[:size]) for size in range(1, len(_CODE_START))):
            return True
    return False
