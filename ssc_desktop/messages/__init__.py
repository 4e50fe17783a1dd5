"""English wording of every DomainError code, with {placeholders} for its facts.

Each feature keeps its codes in a module of this package with a MESSAGES dict;
all of them are gathered here. The CLI prints these as they are; the GUI passes each
template through Qt's translator (context "DomainError") before filling it in.
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


def describe(error: DomainError) -> str:
    return format_message(error.code, MESSAGES.get(error.code), error.params)


def format_message(code: str, template: str | None, params: dict) -> str:
    if template is None:
        facts = ", ".join(f"{k}={v!r}" for k, v in params.items())
        return f"{code} ({facts})" if facts else code
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return f"{template} ({params})"
