"""How `ssc` prints: aligned tables for people, JSON for scripts."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
import unicodedata
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from ssc_desktop.errors import DomainError
from ssc_desktop.messages import describe

Table = tuple[list[str], list[list[str]]]


def plain(value: Any) -> Any:
    """Dataclasses, enums, datetimes and DomainErrors (warnings) turned into what json.dumps takes."""
    if isinstance(value, DomainError):
        return {"code": value.code, "message": describe(value), **plain(value.params)}
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


# Characters that act on a terminal instead of showing: C0 and C1 controls and DEL (ANSI
# escapes, carriage returns, bells), the bidirectional overrides and isolates (text that reads
# backwards) and the line and paragraph separators. Joiners (ZWJ, ZWNJ) stay: Indic names and
# emoji need them.
_ESCAPES = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_INVISIBLE = frozenset(
    chr(c) for c in [*range(0x20), *range(0x7F, 0xA0), *range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x2028, 0x2029]
)
# A line a scanned code can fill: longer ones are cut, with an ellipsis.
CODE_WIDTH = 60


def _visible(ch: str) -> str:
    if ch not in _INVISIBLE:
        return ch
    return _ESCAPES.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")


def shown(text: str, limit: int | None = None) -> str:
    """Text from outside (a scanned code, a name, a note) as it may go to a terminal.

    Control characters become visible escapes (ESC shows as \\x1b), so a code that carries
    "\\x1b[32mACCEPTED" cannot paint a verdict. With limit, a longer result is cut to
    limit - 3 characters (never inside an escape) and ends with "…".
    """
    pieces = [_visible(ch) for ch in text]
    if limit is None or sum(len(p) for p in pieces) <= limit:
        return "".join(pieces)
    kept, width = [], 0
    for piece in pieces:
        if width + len(piece) > limit - 3:
            break
        kept.append(piece)
        width += len(piece)
    return "".join(kept) + "…"


def dumps(value: Any, indent: int | None = None) -> str:
    """JSON as `ssc --json` prints it: UTF-8 text, every control character escaped.

    json.dumps escapes U+0000-U+001F itself; DEL, the C1 controls and the bidirectional
    controls are escaped here too (\\u009b is a CSI on some terminals). json.loads gives
    back the very same strings.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    if any(ch in _INVISIBLE for ch in text):
        # Outside strings JSON holds only spaces and newlines (indent), which are not escaped.
        text = "".join(f"\\u{ord(ch):04x}" if ch in _INVISIBLE and ch not in " \n" else ch for ch in text)
    return text


def emit(args: argparse.Namespace, result: Any, human: Callable[[Any], str]) -> None:
    """One result: JSON with --json, else the human sentence made from its plain form."""
    result = plain(result)
    if args.json:
        print(dumps(result, indent=2))
    else:
        print(human(result))


def emit_warnings(args: argparse.Namespace, warnings: Sequence[DomainError]) -> None:
    """Warnings beside a result that was still made (a PDF with a character no font draws): on
    stderr as "ssc: warning: …" for people; with --json they are in the result itself."""
    if not args.json:
        for warning in warnings:
            print(f"ssc: warning: {shown(describe(warning))}", file=sys.stderr)


def emit_rows(args: argparse.Namespace, rows: list, table: Callable[[list], Table]) -> None:
    """A listing: a JSON array with --json, else an aligned table and a count."""
    if args.json:
        print(dumps(plain(rows), indent=2))
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
    rows = [[shown(cell) for cell in row] for row in rows]  # names and notes come from outside
    widths = [display_width(h) for h in headers]
    for row in rows:
        widths = [max(w, display_width(cell)) for w, cell in zip(widths, row, strict=False)]

    def line(cells: list[str]) -> str:
        return "  ".join(
            cell + " " * (w - display_width(cell)) for cell, w in zip(cells, widths, strict=False)
        ).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])
