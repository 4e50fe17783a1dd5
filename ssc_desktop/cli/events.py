"""`ssc event …`: list, create, edit and copy events."""

from __future__ import annotations

import argparse
import dataclasses

from ssc_desktop.cli.output import Table, emit, emit_rows, plain
from ssc_desktop.errors import DomainError


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
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
    create.add_argument("--deadline", help="local registration deadline, YYYY-MM-DD HH:MM")
    create.set_defaults(handler=create_event)

    edit = event.add_parser("edit", parents=[json_flag], help="change an event (only the options given)")
    edit.add_argument("id", type=int, help="event id (see `ssc event list`)")
    edit.add_argument("--title")
    edit.add_argument("--chapter", help="chapter name or short name (created if new)")
    edit.add_argument("--start", help="local start, YYYY-MM-DD HH:MM (the end moves with it unless --end is given)")
    edit.add_argument("--end", help="local end, YYYY-MM-DD HH:MM")
    edit.add_argument("--timezone", help="IANA time zone; the times keep their clock reading in the new zone")
    edit.add_argument("--format", help="face-to-face, online or hybrid")
    edit.add_argument("--venue")
    edit.add_argument("--link", help="online meeting link")
    places = edit.add_mutually_exclusive_group()
    places.add_argument("--capacity", type=int, help="places; raising it promotes people from the waitlist")
    places.add_argument("--no-capacity", action="store_true", help="no limit (everyone waiting gets a place)")
    deadline = edit.add_mutually_exclusive_group()
    deadline.add_argument("--deadline", help="local registration deadline, YYYY-MM-DD HH:MM")
    deadline.add_argument("--no-deadline", action="store_true", help="remove the registration deadline")
    edit.set_defaults(handler=edit_event)

    copy = event.add_parser(
        "copy", parents=[json_flag], help="a new event like this one, with its programme, on a new date"
    )
    copy.add_argument("id", type=int, help="event id to copy")
    copy.add_argument(
        "--start",
        required=True,
        help="local start of the copy, YYYY-MM-DD HH:MM (end, deadline and programme move with it)",
    )
    copy.add_argument("--title", help="title of the copy (default: the same title)")
    copy.set_defaults(handler=copy_event)


def list_events(args: argparse.Namespace, context) -> None:
    emit_rows(args, context.services.events.list_events(), event_table)


def _check_capacity(capacity: int | None) -> None:
    if capacity is not None and capacity <= 0:
        raise DomainError("event.bad_capacity", capacity=capacity)


def create_event(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.events import (
        EventDraft,
        default_end,
        parse_event_format,
        parse_local_datetime,
        validate_event,
    )

    services = context.services
    _check_capacity(args.capacity)
    event_format = parse_event_format(args.format)
    starts = parse_local_datetime(args.start, args.timezone, "start")
    ends = parse_local_datetime(args.end, args.timezone, "end") if args.end else default_end(starts)
    deadline = parse_local_datetime(args.deadline, args.timezone, "deadline") if args.deadline else None
    draft = EventDraft(
        chapter_id=0,
        title=args.title,
        format=event_format,
        starts_at=starts,
        ends_at=ends,
        timezone=args.timezone,
        venue=args.venue,
        online_link=args.link,
        capacity=args.capacity,
        registration_deadline=deadline,
    )
    # Check the event before making a new chapter for it, so a refused event leaves nothing behind.
    validate_event(draft)
    chapter, _created = services.chapters.ensure_chapter(args.chapter)
    event = services.events.create_event(dataclasses.replace(draft, chapter_id=chapter.id))
    emit(args, plain(event), lambda e: f"Created event {e['id']}: {e['title']}")


def edit_event(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.events import (
        draft_of,
        parse_event_format,
        parse_local_datetime,
        validate_event,
        zone,
    )

    services = context.services
    event = services.events.get_event(args.id)
    draft = draft_of(event)
    _check_capacity(args.capacity)
    tz_name = args.timezone.strip() if args.timezone is not None else event.timezone
    zone(tz_name)

    def reread(moment):  # same clock reading, new zone
        return None if moment is None else moment.astimezone(zone(event.timezone)).replace(tzinfo=zone(tz_name))

    changes: dict = {}
    if args.timezone is not None:
        changes.update(
            timezone=tz_name,
            starts_at=reread(event.starts_at),
            ends_at=reread(event.ends_at),
            registration_deadline=reread(event.registration_deadline),
        )
    if args.title is not None:
        changes["title"] = args.title
    if args.format is not None:
        changes["format"] = parse_event_format(args.format)
    if args.venue is not None:
        changes["venue"] = args.venue
    if args.link is not None:
        changes["online_link"] = args.link
    if args.start is not None:
        starts = parse_local_datetime(args.start, tz_name, "start")
        length = event.ends_at - event.starts_at
        changes.update(starts_at=starts, ends_at=starts + length)
    if args.end is not None:
        changes["ends_at"] = parse_local_datetime(args.end, tz_name, "end")
    if args.capacity is not None or args.no_capacity:
        changes["capacity"] = None if args.no_capacity else args.capacity
    if args.deadline is not None or args.no_deadline:
        changes["registration_deadline"] = (
            None if args.no_deadline else parse_local_datetime(args.deadline, tz_name, "deadline")
        )
    draft = dataclasses.replace(draft, **changes)
    validate_event(draft)
    if args.chapter is not None:
        chapter, _created = services.chapters.ensure_chapter(args.chapter)
        draft = dataclasses.replace(draft, chapter_id=chapter.id)
    result = services.events.edit_event(args.id, draft)

    def human(r: dict) -> str:
        lines = [f"Changed event {r['event']['id']}: {r['event']['title']}"]
        if r["promoted"]:
            names = ", ".join(p["latin_name"] for p in r["promoted"])
            lines.append(f"Promoted from the waitlist ({len(r['promoted'])}): {names}")
        return "\n".join(lines)

    emit(args, result, human)


def copy_event(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.events import parse_local_datetime

    services = context.services
    source = services.events.get_event(args.id)
    starts = parse_local_datetime(args.start, source.timezone, "start")
    result = services.events.copy_event(args.id, starts, title=args.title)
    emit(
        args,
        result,
        lambda r: (
            f"Created event {r['event']['id']}: {r['event']['title']} (a copy of event {r['source_id']}, "
            f"with {r['programme_items']} programme {'item' if r['programme_items'] == 1 else 'items'})"
        ),
    )


def event_table(events: list) -> Table:
    headers = ["ID", "Start (local)", "Title", "Chapter", "Format", "Registered", "Checked in"]
    body = [
        [
            str(e.id),
            f"{e.local_start:%Y-%m-%d %H:%M} {e.timezone}",
            e.title,
            e.chapter_name,
            e.format.value,
            f"{e.registered}"
            + (f"/{e.capacity}" if e.capacity else "")
            + (f" (+{e.waitlisted} waiting)" if e.waitlisted else ""),
            str(e.checked_in),
        ]
        for e in events
    ]
    return headers, body
