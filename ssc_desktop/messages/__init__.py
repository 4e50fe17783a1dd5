"""English wording of every DomainError code, with {placeholders} for its facts.

Each feature keeps its codes in a module of this package with a MESSAGES dict;
all of them are gathered here. Translators translate them in resources/translations (context
"DomainError"): the GUI passes each template through Qt's translator before filling it in, and
`ssc` reads the same translations with use_translations().
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ssc_desktop.errors import DomainError


def _gather() -> dict[str, str]:
    gathered: dict[str, str] = {}
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        for code, template in getattr(module, "MESSAGES", {}).items():
            if code in gathered:
                raise RuntimeError(f"message code {code!r} is defined twice (again in {module_info.name})")
            gathered[code] = template
    return gathered


MESSAGES: dict[str, str] = _gather()
_translated: dict[str, str] = {}  # English template -> the person's language, for this process


def use_translations(templates: dict[str, str]) -> None:
    """From now on describe() speaks these translations (English where one is missing)."""
    _translated.clear()
    _translated.update(templates)


def describe(error: DomainError) -> str:
    template = MESSAGES.get(error.code)
    return format_message(error.code, _translated.get(template, template) if template else None, error.params)


def format_message(code: str, template: str | None, params: dict) -> str:
    if template is None:
        facts = ", ".join(f"{k}={v!r}" for k, v in params.items())
        return f"{code} ({facts})" if facts else code
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} ({params})"
