"""The CLI's one place for text from outside: escapes for control characters, a cut for long codes."""

from __future__ import annotations

import json

import pytest

from ssc_desktop.cli.output import dumps, format_table, shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ananya Iyer", "Ananya Iyer"),
        ("\x1b[32mACCEPTED\x1b[0m", "\\x1b[32mACCEPTED\\x1b[0m"),
        ("tab\there\nnew\rback", "tab\\there\\nnew\\rback"),
        ("bell\x07 del\x7f csi\x9b", "bell\\x07 del\\x7f csi\\x9b"),
        ("abc\u202edcba", "abc\\u202edcba"),  # right-to-left override: would print the code backwards
        ("line\u2028sep", "line\\u2028sep"),
        ("山田 花子", "山田 花子"),
        ("क्\u200dष", "क्\u200dष"),  # a joiner inside a Devanagari name is part of the name
    ],
)
def test_shown_escapes_control_characters_only(text: str, expected: str) -> None:
    assert shown(text) == expected


def test_shown_cuts_long_text_without_splitting_an_escape() -> None:
    assert shown("x" * 60, 60) == "x" * 60
    assert shown("x" * 61, 60) == "x" * 57 + "…"
    cut = shown("ab" + "\x1b" * 30, 60)
    assert cut == "ab" + "\\x1b" * 13 + "…" and len(cut) <= 58


def test_dumps_escapes_every_control_character_and_round_trips() -> None:
    value = {"code": "\x1b[31m\x7f\x9b\u202e\n", "name": "山田\u200d"}
    text = dumps(value, indent=2)
    assert not any(ch in text for ch in "\x1b\x7f\x9b\u202e")
    assert "山田\u200d" in text  # ordinary text stays readable
    assert json.loads(text) == value


def test_table_cells_are_escaped() -> None:
    table = format_table(["Name"], [["Evil\x1b[2J"]])
    assert "\x1b" not in table and "Evil\\x1b[2J" in table
