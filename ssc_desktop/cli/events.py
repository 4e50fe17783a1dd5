"""`ssc event …`: list and create events."""

from __future__ import annotations

import argparse
import dataclasses

from ssc_desktop.cli.output import Table, emit, emit_rows, plain
from ssc_desktop.errors import DomainError


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:  # noqa: ANN001
    event = commands.add_parser("event", help="events").add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = event.add_parser("list", parents=[json_flag], help="list events, most recent first")
    listing.set_defaults(handler=list_events)
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
    create.set_defaults(handler=create_event)


def list_events(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    emit_rows(args, context.services.events.list_events(), event_table)


def create_event(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    from ssc_desktop.services.events import (
        EventDraft,
        default_end,
        parse_event_format,
        parse_local_datetime,
        validate_event,
    )

    services = context.services
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
    emit(args, plain(event), lambda e: f"Created event {e['id']}: {e['title']}")


def event_table(events: list) -> Table:
    headers = ["ID", "Start (local)", "Title", "Chapter", "Format", "Registered", "Checked in"]
    body = [
        [str(e.id), f"{e.local_start:%Y-%m-%d %H:%M} {e.timezone}", e.title, e.chapter_name, e.format.value,
         f"{e.registered}" + (f" (+{e.waitlisted} waiting)" if e.waitlisted else ""), str(e.checked_in)]
        for e in events
    ]
    return headers, body
