"""The languages SSC Desktop speaks, and which one a person gets. Qt-free: the GUI and `ssc` share it."""

from __future__ import annotations

import os
from dataclasses import dataclass

SYSTEM = ""  # the stored choice that means "follow the system"


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47 primary tag, also the .ts/.qm file suffix
    native_name: str  # how the language calls itself: a chooser shows it in its own script
    qt_name: str  # lupdate's -target-language and QLocale's name


SHIPPED: tuple[Language, ...] = (
    Language("en", "English", "en_GB"),
    Language("ja", "日本語", "ja_JP"),
    Language("id", "Bahasa Indonesia", "id_ID"),
    Language("vi", "Tiếng Việt", "vi_VN"),
    Language("th", "ไทย", "th_TH"),
)
_BY_CODE = {language.code: language for language in SHIPPED}


def shipped(code: str) -> Language | None:
    return _BY_CODE.get(code)


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


def environment_preferred(environ: dict[str, str] | None = None) -> list[str]:
    """The locale names a POSIX environment asks for, in gettext's order (for `ssc`; the GUI asks Qt)."""
    environ = os.environ if environ is None else environ
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
