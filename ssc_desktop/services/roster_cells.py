"""Roster cells as member values: text kept exactly as written, e-mails, years, genders, and one
row made into a member record with every problem found in it.

Text is Unicode as the person wrote it. NFKC makes full-width letters and digits plain (what
Japanese input methods type); it leaves ZWJ and ZWNJ (U+200D, U+200C) alone, and so does the
cleaning here: they are part of the spelling of Sinhala ("ශ්‍රී"), Devanagari, Bengali and
Persian names. Only characters that can hurt are taken out: bidi overrides and isolates (which
can make a name display as another), other invisible format characters and control characters;
the row gets a warning naming them, so the coordinator sees that the cell was changed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
import dataclasses
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ssc_desktop.models import Gender
from ssc_desktop.services.members import FIRST_VISIT_YEAR
from ssc_desktop.services.roster_mapping import KEEP, NAME_PARTS, TEXT_FIELDS, family_name_first, mostly_non_latin

_TEXT_SET = frozenset(TEXT_FIELDS)
_FEMALE = {
    "f",
    "female",
    "woman",
    "w",
    "girl",
    "女",
    "女性",
    "女子",
    "mrs",
    "ms",
    "miss",
    "perempuan",
    "wanita",
    "nữ",
    "หญิง",
    "महिला",
    "स्त्री",
    "여",
    "여성",
}
_MALE = {"m", "male", "man", "boy", "男", "男性", "男子", "mr", "laki-laki", "pria", "nam", "ชาย", "पुरुष", "남", "남성"}
_OTHER = {"other", "x", "non-binary", "nonbinary", "diverse", "その他", "lainnya", "khác", "อื่นๆ", "अन्य"}
_UNSTATED = {
    "",
    "-",
    "--",
    "n/a",
    "na",
    "none",
    "unknown",
    "not stated",
    "prefer not to say",
    "無回答",
    "未回答",
    "不明",
}
_EXCEL_ERRORS = {
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NAME?",
    "#NUM!",
    "#NULL!",
    "#GETTING_DATA",
    "#SPILL!",
    "#CALC!",
}
# The same check as the members service makes, spelled out here so every problem can be listed.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_YEAR = re.compile(
    r"^\D{0,6}?((?:19|20|25)\d\d)(?:\.0+|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)?\s*(?:年度?(?:\d{1,2}月(?:\d{1,2}日)?)?|fy)?\s*$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"\s+")
# Thai rosters count years from the Buddha: 2500-2643 are 1957-2100.
_BUDDHIST_ERA = 543
_BUDDHIST_YEARS = (2500, 2643)
# Joiners shape the letters around them; they are spelling, not decoration.
_JOINERS = frozenset("\u200c\u200d")


class Unreadable(ValueError):  # noqa: N818 - a cell's verdict, caught in roster_import; it never reaches a person
    """A cell whose value cannot be read (an Excel error such as #REF!, or an odd type)."""


def _cell_text(value: Any) -> str:
    """A text cell before cleaning; an Excel error value or a boolean is Unreadable."""
    if isinstance(value, str):
        if value.startswith("#") and value.strip() in _EXCEL_ERRORS:
            raise Unreadable(value.strip())
        return value
    if isinstance(value, bool):
        raise Unreadable(str(value))
    raise TypeError


def _plain(value: Any) -> str:
    """A number or date cell as text."""
    if isinstance(value, bool):
        raise Unreadable(str(value))
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise Unreadable(str(value))
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    raise Unreadable(type(value).__name__)


def clean_cell(value: Any) -> tuple[str, tuple[str, ...]]:
    """A cell as trimmed text and the names of the hidden characters taken out of it.

    NFKC (full-width letters and digits become plain), spaces of every kind become one space,
    ZWJ/ZWNJ kept; bidi controls, other format characters and control characters removed.
    """
    if value is None:
        return "", ()
    if not isinstance(value, str):
        return _plain(value), ()
    text = _cell_text(value)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    removed: list[str] = []
    if not text.isprintable() or "  " in text:
        kept = []
        for ch in text:
            if ch.isprintable() or ch in _JOINERS:
                kept.append(ch)
            elif ch.isspace():
                kept.append(" ")
            else:
                name = f"U+{ord(ch):04X} {unicodedata.name(ch, 'CONTROL CHARACTER')}"
                if name not in removed:
                    removed.append(name)
        text = _SPACES.sub(" ", "".join(kept))
    return text.strip(), tuple(removed)


def clean_lines(value: Any) -> tuple[str, tuple[str, ...]]:
    """A notes cell: each of its lines cleaned as a cell is (clean_cell), the line breaks kept
    (a roster exported with its notes comes back as it went)."""
    if not isinstance(value, str) or ("\n" not in value and "\r" not in value):
        return clean_cell(value)
    lines: list[str] = []
    removed: list[str] = []
    for line in value.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        text, gone = clean_cell(line)
        if text:
            lines.append(text)
        removed.extend(name for name in gone if name not in removed)
    return "\n".join(lines), tuple(removed)


def clean_text(value: Any) -> str:
    """A cell as trimmed text (see clean_cell), without saying what was removed."""
    return clean_cell(value)[0]


def clean_email(value: Any) -> str:
    """The e-mail as shown: trimmed and NFKC-normalized, spaces and a mailto: prefix removed."""
    if value.__class__ is str and value.isascii() and value.isprintable() and " " not in value and value[:1] != "#":
        text = value
    else:
        text = clean_text(value).replace(" ", "").replace("\u200c", "").replace("\u200d", "")
        if not text.isascii():
            text = unicodedata.normalize("NFKC", text)  # a mark the removed space kept apart may now compose
    if text[:7].casefold() == "mailto:":
        text = text[7:]
    return text


def email_key(email: str) -> str:
    return email.strip().casefold()


def _common_era(year: int) -> int:
    """A Thai year of the Buddhist era (2562) as the year it is (2019); other years as they are."""
    return year - _BUDDHIST_ERA if _BUDDHIST_YEARS[0] <= year <= _BUDDHIST_YEARS[1] else year


def parse_year(value: Any) -> int | None:
    """A visit year from 2019, 2019.0, "2019", "2019年", "２０１９", "FY2019", 2562 (Thai) or a date; None when blank."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return _common_era(value)
    if isinstance(value, float):
        if value.is_integer():
            return _common_era(int(value))
        raise ValueError(value)
    if isinstance(value, (date, datetime)):
        return value.year
    text = clean_text(value)
    if not text:
        return None
    match = _YEAR.match(text)
    if not match:
        raise ValueError(text)
    return _common_era(int(match.group(1)))


def parse_gender(value: Any) -> Gender | None:
    """Gender from F/M/Female/Male/女/男/女性/男性/blank…; None when the value is not understood."""
    key = clean_text(value).casefold().rstrip(".")
    if key in _FEMALE:
        return Gender.FEMALE
    if key in _MALE:
        return Gender.MALE
    if key in _UNSTATED:
        return Gender.UNSPECIFIED
    if key in _OTHER:
        return Gender.OTHER
    return None


def latest_visit_year() -> int:
    return date.today().year + 1


@dataclass(frozen=True)
class CellProblem:
    """A problem found in one cell of a row, before the file and sheet are known."""

    column: int
    field: str
    code: str
    value: str
    severity: str = "error"
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)  # `field` is a field name here


_EMPTY_RECORD: dict[str, Any] = {
    **dict.fromkeys(TEXT_FIELDS, ""),
    "email": "",
    "visit_year": None,
    "gender": Gender.UNSPECIFIED,
}
_GENDER_MEMO: dict[str, Gender] = {}


def normalize_row(
    values: tuple,
    mapping: Mapping[int, str],
    latest: int | None = None,
    latin_from_native: bool = False,
    headers: Sequence[str] = (),
    parts_family_first: bool = False,
) -> tuple[dict[str, Any], list[CellProblem]]:
    """One roster row as member fields, and every problem found in it.

    The record holds latin_name, native_name, email, country, affiliation, visit_year,
    host_institution, gender, phone and notes (a reading goes into the notes).
    A text field mapped from two or three columns gets their values joined by a space, in
    column order. Name parts (given, middle, family) become the name in the order the culture
    writes it: family first in Han, kana and Hangul, and when parts_family_first says the file
    is Vietnamese or East Asian; given first otherwise. The joined name goes to the own-script
    name when it is mostly non-Latin letters, to the Latin name otherwise (whichever is free).
    Kept columns become "Header: value" lines of the notes, so nothing the file said is lost.
    """
    latest = latest or latest_visit_year()
    record: dict[str, Any] = _EMPTY_RECORD.copy()
    problems: list[CellProblem] = []
    reading = ""
    parts: dict[str, dict[str, str]] = {}
    kept: list[str] = []
    width = len(values)
    for column, name in mapping.items():
        raw = values[column] if column < width else None
        if raw is None or raw == "":
            continue
        if (
            name in _TEXT_SET
            and raw.__class__ is str
            and raw.isascii()
            and raw.isprintable()
            and "  " not in raw
            and raw[0] != "#"
            and not record[name]
        ):
            record[name] = raw.strip()  # the common case, without a call
            continue
        if name == "gender" and raw.__class__ is str and raw in _GENDER_MEMO:
            record["gender"] = _GENDER_MEMO[raw]
            continue
        if name == "visit_year" and raw.__class__ is int and FIRST_VISIT_YEAR <= raw <= latest:
            record["visit_year"] = raw
            continue
        try:
            if name == "email":
                email = clean_email(raw)
                record["email"] = email
                if email and not _EMAIL.match(email):
                    problems.append(CellProblem(column, name, "roster.row.bad_email", email))
            elif name == "visit_year":
                try:
                    year = parse_year(raw)
                except Unreadable:
                    raise
                except ValueError:
                    problems.append(CellProblem(column, name, "roster.row.bad_year", clean_text(raw)))
                else:
                    if year is not None and not FIRST_VISIT_YEAR <= year <= latest:
                        problems.append(
                            CellProblem(
                                column,
                                name,
                                "roster.row.year_out_of_range",
                                str(year),
                                params={"first": FIRST_VISIT_YEAR, "latest": latest},
                            )
                        )
                    else:
                        record["visit_year"] = year
            elif name == "gender":
                gender = parse_gender(raw)
                if gender is not None and raw.__class__ is str and len(_GENDER_MEMO) < 1000:
                    _GENDER_MEMO[raw] = gender
                if gender is None:
                    problems.append(CellProblem(column, name, "roster.row.unknown_gender", clean_text(raw), "warning"))
                else:
                    record["gender"] = gender
            else:
                text, removed = clean_lines(raw) if name == "notes" else clean_cell(raw)
                if removed:
                    problems.append(
                        CellProblem(
                            column,
                            name,
                            "roster.row.hidden_characters",
                            text,
                            "warning",
                            params={"characters": ", ".join(removed)},
                        )
                    )
                if not text:
                    continue
                if name == "reading":
                    reading = text
                elif name in NAME_PARTS:
                    # Parts in the own script and in Latin letters make two names (山田 太郎, Taro Yamada).
                    script_parts = parts.setdefault("native_name" if mostly_non_latin([text]) else "latin_name", {})
                    script_parts[name] = f"{script_parts[name]} {text}" if name in script_parts else text
                elif name == KEEP:
                    header = headers[column] if column < len(headers) and headers[column] else f"Column {column + 1}"
                    kept.append(f"{header}: {text}")
                else:
                    joint = "\n" if name == "notes" else " "
                    record[name] = f"{record[name]}{joint}{text}" if record[name] else text
        except Unreadable as error:
            problems.append(CellProblem(column, name, "roster.row.unreadable", str(error)))
    for target, script_parts in parts.items():
        _put_name_parts(record, target, script_parts, parts_family_first)
    if reading or kept:
        record["notes"] = "\n".join(filter(None, [record["notes"], f"Reading: {reading}" if reading else "", *kept]))
    if latin_from_native and not record["latin_name"]:
        record["latin_name"] = record["native_name"]
    if not record["latin_name"] and not any(p.field == "latin_name" and p.severity == "error" for p in problems):
        name_column = next((c for c, f in mapping.items() if f == "latin_name"), None)
        if name_column is None:
            name_column = next((c for c, f in mapping.items() if f in ("native_name", *NAME_PARTS)), -1)
        problems.append(CellProblem(name_column, "latin_name", "roster.row.name_missing", ""))
    return record, problems


def _put_name_parts(record: dict[str, Any], target: str, parts: Mapping[str, str], file_family_first: bool) -> None:
    """The parts joined into the target name, unless a name column (or a correction) gave it already."""
    if record[target]:
        return
    given, middle, family = parts.get("given_name", ""), parts.get("middle_name", ""), parts.get("family_name", "")
    joined = " ".join(filter(None, [given, middle, family]))
    if file_family_first or target == "native_name" and family_name_first(joined):
        joined = " ".join(filter(None, [family, given, middle]))
    record[target] = joined
