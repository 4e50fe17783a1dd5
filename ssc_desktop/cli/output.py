"""How `ssc` prints: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import unicodedata
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

Table = tuple[list[str], list[list[str]]]


def plain(value: Any) -> Any:
    """Dataclasses, enums and datetimes turned into what json.dumps takes."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def emit(args: argparse.Namespace, result: Any, human: Callable[[Any], str]) -> None:
    """One result: JSON with --json, else the human sentence made from its plain form."""
    result = plain(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(human(result))


def emit_rows(args: argparse.Namespace, rows: list, table: Callable[[list], Table]) -> None:
    """A listing: a JSON array with --json, else an aligned table and a count."""
    if args.json:
        print(json.dumps(plain(rows), ensure_ascii=False, indent=2))
        return
    headers, body = table(rows)
    print(format_table(headers, body))
    print(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})")


def display_width(text: str) -> int:
    """Terminal columns a string takes: CJK characters are two wide, combining marks none."""
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def format_table(headers: list[str], rows: list[list[str]]) -> str:
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row)]

    def line(cells: list[str]) -> str:
        return "  ".join(cell + " " * (w - display_width(cell)) for cell, w in zip(cells, widths)).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])
