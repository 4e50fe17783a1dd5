"""The languages SSC Desktop speaks, and which one a person gets. Qt-free: the GUI and `ssc` share it."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

SYSTEM = ""  # the stored choice that means "follow the system"


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47 primary tag, also the .ts/.qm file suffix
    native_name: str  # how the language calls itself: a chooser shows it in its own script
    qt_name: str  # lupdate's -target-language and QLocale's name
    # How a day is written (QLocale patterns, month and weekday names in the language): with the
    # full year always, since "01/12/26" reads three ways.
    date_pattern: str
    weekday_pattern: str
    day_month_pattern: str
    # The first-run wizard greets in every shipped language at once, before one is chosen.
    welcome: str
    choose_prompt: str
    language_word: str
    # The interface font to try first: its line height is then the one every label is measured by
    # (a Japanese or Thai label in a Latin font's line box is cut at the top or bottom).
    ui_fonts: tuple[str, ...] = ()


SHIPPED: tuple[Language, ...] = (
    Language(
        "en",
        "English",
        "en_GB",
        "dd MMM yyyy",
        "ddd dd MMM yyyy",
        "dd MMM",
        "Welcome to SSC Desktop",
        "Choose your language",
        "Language",
    ),
    Language(
        "ja",
        "日本語",
        "ja_JP",
        "yyyy/MM/dd",
        "yyyy/MM/dd (ddd)",
        "M/d",
        "ようこそ",
        "言語を選んでください",
        "言語",
        ("Yu Gothic UI", "Meiryo UI", "Noto Sans CJK JP"),
    ),
    Language(
        "id",
        "Bahasa Indonesia",
        "id_ID",
        "d MMM yyyy",
        "ddd, d MMM yyyy",
        "d MMM",
        "Selamat datang",
        "Pilih bahasa",
        "Bahasa",
    ),
    Language(
        "vi", "Tiếng Việt", "vi_VN", "dd/MM/yyyy", "ddd, dd/MM/yyyy", "dd/MM", "Chào mừng", "Chọn ngôn ngữ", "Ngôn ngữ"
    ),
    Language(
        "th",
        "ไทย",
        "th_TH",
        "d MMM yyyy",
        "ddd d MMM yyyy",
        "d MMM",
        "ยินดีต้อนรับ",
        "เลือกภาษา",
        "ภาษา",
        ("Leelawadee UI", "Noto Sans Thai"),
    ),
)
_BY_CODE = {language.code: language for language in SHIPPED}


def in_every_language(field: str, separator: str = " · ") -> str:
    """One of the greeting fields in every shipped language, for a person who reads only one."""
    return separator.join(getattr(language, field) for language in SHIPPED)


def shipped(code: str) -> Language | None:
    return _BY_CODE.get(code)


def for_locale_name(name: str) -> Language:
    """The shipped language of a locale name ("ja_JP"), English for any other."""
    return best_match([name])


def best_match(preferred: list[str]) -> Language:
    """The first shipped language among locale names such as "ja_JP.UTF-8", "id-ID" or "in" (Java's
    old code for Indonesian); English when none is shipped."""
    for name in preferred:
        tag = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
        tag = {"in": "id"}.get(tag, tag)
        if tag in ("c", "posix"):
            continue
        if tag in _BY_CODE:
            return _BY_CODE[tag]
    return _BY_CODE["en"]


def choose(stored: str, system_preferred: list[str]) -> Language:
    """The stored choice when it is a shipped language, else the system's."""
    return _BY_CODE.get(stored) or best_match(system_preferred)


def environment_preferred(environ: Mapping[str, str] | None = None) -> list[str]:
    """The locale names a POSIX environment asks for, in gettext's order (for `ssc`; the GUI asks Qt)."""
    if environ is None:
        environ = os.environ
    names: list[str] = []
    if environ.get("SSC_LANGUAGE"):
        names.append(environ["SSC_LANGUAGE"])
    if environ.get("LANGUAGE"):
        names.extend(environ["LANGUAGE"].split(":"))
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            names.append(environ[variable])
            break
    return [name for name in names if name]


def environment_language(environ: Mapping[str, str] | None = None) -> Language:
    """The shipped language `ssc` speaks: the first the environment asks for, else English."""
    return best_match(environment_preferred(environ))


def translation_source(code: str) -> Path:
    from ssc_desktop.paths import resources_dir

    return resources_dir() / "translations" / f"ssc_desktop_{code}.ts"


def translations_of(code: str, context: str) -> dict[str, str]:
    """Finished translations of one context of a language's .ts, read without Qt (for `ssc`, the
    printed PDFs and the judges' phone page). A file is read once (again when it changes); the
    dict returned is shared, so callers read it and never change it."""
    path = translation_source(code)
    if code == "en" or not path.exists():
        return {}
    return _contexts(path, path.stat().st_mtime_ns).get(context, {})


@cache
def _contexts(path: Path, _modified: int) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for element in ET.parse(path).getroot().iter("context"):
        messages = found.setdefault(element.findtext("name") or "", {})
        for message in element.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                messages[message.findtext("source") or ""] = translation.text
    return found
