"""Cell values from user data, made safe for spreadsheets.

A name or title typed as "=HYPERLINK(...)" or "+91 98…" must never become a formula
when a coordinator opens the file in Excel or LibreOffice. In .xlsx such values are
stored as text cells (the text kept exactly); in .csv, where there are no types, they
get the customary leading apostrophe.
"""

from __future__ import annotations

from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def clean_text(value: Any) -> str:
    """Text without the control characters that .xlsx cannot hold."""
    text = "" if value is None else str(value)
    return ILLEGAL_CHARACTERS_RE.sub("", text)


def set_text(cell, value: Any) -> None:  # an openpyxl cell
    """Writes user text into an openpyxl cell as a text cell, never a formula."""
    text = clean_text(value)
    cell.value = text
    # openpyxl types a str starting with "=" as a formula; pin it to a plain string.
    cell.data_type = "s"


def csv_text(value: Any) -> str:
    """A CSV field for user text: a leading apostrophe defuses what would start a formula."""
    text = "" if value is None else str(value)
    return "'" + text if looks_like_formula(text) else text
