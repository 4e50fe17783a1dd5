"""`ssc`: the command line over the same services as the GUI, for scripts and automation."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import sys
import unicodedata
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from ssc_desktop import APP_NAME, __version__
from ssc_desktop.errors import DomainError


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit status 2, as argparse does
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts")

    # No set_defaults(json=False) here: the parents share one --json action, and
    # set_defaults would change its default in every subcommand, so a --json given
    # before the subcommand was overwritten by the subcommand's False. main() fills it in.
    parser = _ArgumentParser(prog="ssc", description=f"{APP_NAME} command line.", parents=[json_flag])
    parser.add_argument("--version", action="version", version=f"ssc ({APP_NAME}) {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL (default: the app's database)")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_ArgumentParser)

    commands.add_parser("init", parents=[json_flag], help="create or upgrade the database")
    demo = commands.add_parser("demo", parents=[json_flag], help="create the demo reunion in a fresh database")
    demo.add_argument("--members", type=int, default=300, help="how many members (default 300)")

    event = commands.add_parser("event", help="events").add_subparsers(dest="action", required=True, metavar="ACTION")
    event.add_parser("list", parents=[json_flag], help="list events, most recent first")
    create = event.add_parser("create", parents=[json_flag], help="create an event")
    create.add_argument("--title", required=True)
    create.add_argument("--chapter", required=True, help="chapter name or short name (created if new)")
    create.add_argument("--start", required=True, help="local start, YYYY-MM-DD HH:MM")
    create.add_argument("--end", help="local end, YYYY-MM-DD HH:MM (default: 8 hours after the start)")
    create.add_argument("--timezone", default="UTC", help="IANA time zone, e.g. Asia/Kolkata (default UTC)")
    create.add_argument("--format", required=True, help="face-to-face, online or hybrid")
    create.add_argument("--venue", default="")
    create.add_argument("--link", default="", help="online meeting link")
    create.add_argument("--capacity", type=int)

    member = commands.add_parser("member", help="members").add_subparsers(dest="action", required=True, metavar="ACTION")
    members = member.add_parser("list", parents=[json_flag], help="list members by Latin name")
    members.add_argument("--search", help="part of a name (any script), e-mail or affiliation")
    members.add_argument("--chapter", help="only this chapter (name or short name)")
    members.add_argument("--limit", type=int, help="at most this many")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.json = getattr(args, "json", False)
    try:
        return _run(args)
    except DomainError as error:
        print(f"ssc: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _run(args: argparse.Namespace) -> int:
    from ssc_desktop.app import compose, create_demo

    if args.command == "demo":
        context, summary = create_demo(args.db, member_count=args.members)
        try:
            result = {"database": context.database.location, **dataclasses.asdict(summary)}
            _emit(args, result, lambda r: (
                f"Demo reunion created in {r['database']}\n"
                f"{r['members']} members, {r['events']} events, {r['registrations']} registrations, "
                f"{r['checked_in']} check-ins. Open it with: ssc-desktop --db {r['database']}"
            ))
        finally:
            context.close()
        return 0

    context = compose(args.db)
    try:
        services = context.services
        if args.command == "init":
            from ssc_desktop.db import schema_heads

            heads = sorted(schema_heads(context.database.engine))
            result = {"database": context.database.location, "schema": heads[0] if heads else None}
            _emit(args, result, lambda r: f"Database ready: {r['database']} (schema {r['schema']})")
        elif (args.command, args.action) == ("event", "list"):
            _emit_rows(args, services.events.list_events(), _event_table)
        elif (args.command, args.action) == ("event", "create"):
            _emit(args, _create_event(services, args), lambda e: f"Created event {e['id']}: {e['title']}")
        elif (args.command, args.action) == ("member", "list"):
            chapter_id = None
            if args.chapter:
                chapter = services.chapters.find_chapter(args.chapter)
                if chapter is None:
                    raise DomainError("not_found", kind="chapter", key="name", value=args.chapter)
                chapter_id = chapter.id
            found = services.members.list_members(search=args.search, chapter_id=chapter_id, limit=args.limit)
            _emit_rows(args, found, _member_table)
    finally:
        context.close()
    return 0


def _create_event(services: Any, args: argparse.Namespace) -> dict:
    from ssc_desktop.services.events import (
        EventDraft,
        default_end,
        parse_event_format,
        parse_local_datetime,
        validate_event,
    )

    if args.capacity is not None and args.capacity <= 0:
        raise DomainError("event.bad_capacity", capacity=args.capacity)
    event_format = parse_event_format(args.format)
    starts = parse_local_datetime(args.start, args.timezone, "start")
    ends = parse_local_datetime(args.end, args.timezone, "end") if args.end else default_end(starts)
    draft = EventDraft(
        chapter_id=0, title=args.title, format=event_format, starts_at=starts, ends_at=ends,
        timezone=args.timezone, venue=args.venue, online_link=args.link, capacity=args.capacity,
    )
    # Check the event before making a new chapter for it, so a refused event leaves nothing behind.
    validate_event(draft)
    chapter, _created = services.chapters.ensure_chapter(args.chapter)
    event = services.events.create_event(dataclasses.replace(draft, chapter_id=chapter.id))
    return _plain(event)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def _emit(args: argparse.Namespace, result: Any, human) -> None:  # noqa: ANN001
    result = _plain(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(human(result))


def _emit_rows(args: argparse.Namespace, rows: list, table) -> None:  # noqa: ANN001
    if args.json:
        print(json.dumps(_plain(rows), ensure_ascii=False, indent=2))
        return
    headers, body = table(rows)
    print(format_table(headers, body))
    print(f"({len(rows)} {'row' if len(rows) == 1 else 'rows'})")


def _event_table(events: list) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "Start (local)", "Title", "Chapter", "Format", "Registered", "Checked in"]
    body = [
        [str(e.id), f"{e.local_start:%Y-%m-%d %H:%M} {e.timezone}", e.title, e.chapter_name, e.format.value,
         f"{e.registered}" + (f" (+{e.waitlisted} waiting)" if e.waitlisted else ""), str(e.checked_in)]
        for e in events
    ]
    return headers, body


def _member_table(members: list) -> tuple[list[str], list[list[str]]]:
    headers = ["ID", "Name", "Own script", "Country", "Affiliation", "E-mail"]
    body = [[str(m.id), m.latin_name, m.native_name, m.country, m.affiliation, m.email] for m in members]
    return headers, body


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


if __name__ == "__main__":
    raise SystemExit(main())
