"""What a translation must keep of its source: placeholders, markup, keyboard mnemonics.

Used by the translators' tool (scripts/translation_tool.py) and by the test that every shipped
language is complete and sound (tests/core/test_translations.py).
"""

from __future__ import annotations

import re
from collections import Counter

_QT_PLACEHOLDER = re.compile(r"%(\d+)")
_FORMAT_FIELD = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*)(?:[:!][^}]*)?\}(?!\})")
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_MNEMONIC = re.compile(r"(?<!&)&(?![&\s;#]|amp;|lt;|gt;|quot;|apos;)")


def problems(source: str, translation: str) -> list[str]:
    """Why translation cannot stand in for source; empty when it can."""
    found = []
    if not translation.strip():
        return ["empty"]
    for label, pattern in (("placeholders", _QT_PLACEHOLDER), ("fields", _FORMAT_FIELD), ("markup", _TAG)):
        want, got = Counter(pattern.findall(source)), Counter(pattern.findall(translation))
        if label == "placeholders":
            want, got = Counter(set(want)), Counter(set(got))  # a language may repeat or reorder %1
        if want != got:
            found.append(f"{label} {sorted(want.elements())} became {sorted(got.elements())}")
    if _MNEMONIC.search(source) and not _MNEMONIC.search(translation):
        found.append("the keyboard mnemonic (&) is missing")
    return found
