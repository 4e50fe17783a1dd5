"""`ssc programme …`: add items to an event's programme, list it, export the agenda."""

from __future__ import annotations

import argparse
import sys

from ssc_desktop.cli.output import Table, emit, emit_rows, emit_warnings, plain


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    group = commands.add_parser("programme", help="an event's programme").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    add = group.add_parser("add", parents=[json_flag], help="add an item to an event's programme")
    add.add_argument("--event", type=int, required=True, metavar="ID")
    add.add_argument(
        "--start", required=True, help="HH:MM on the event's first day, or YYYY-MM-DD HH:MM (event's time zone)"
    )
    add.add_argument("--end", required=True, help="HH:MM or YYYY-MM-DD HH:MM")
    add.add_argument("--title", required=True)
    add.add_argument("--room", default="")
    add.add_argument(
        "--kind",
        default="other",
        help="keynote, alumni-talk, panel, job-seminar, poster-session, contest, break, networking, other",
    )
    add.add_argument("--description", default="")
    add.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="EMAIL_OR_NAME",
        help="a member's e-mail or name, or a guest's name (repeat, in order)",
    )
    add.set_defaults(handler=add_item)
    listing = group.add_parser("list", parents=[json_flag], help="the programme in time order, with warnings")
    listing.add_argument("--event", type=int, required=True, metavar="ID")
    listing.set_defaults(handler=list_items)
    export = group.add_parser("export", parents=[json_flag], help="write the agenda as .pdf or .xlsx")
    export.add_argument("--event", type=int, required=True, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.pdf or FILE.xlsx")
    export.set_defaults(handler=export_agenda)


def add_item(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.programme import ItemDraft, parse_item_time, parse_kind

    services = context.services
    event = services.events.get_event(args.event)
    draft = ItemDraft(
        starts_at=parse_item_time(args.start, event, "start"),
        ends_at=parse_item_time(args.end, event, "end"),
        title=args.title,
        room=args.room,
        kind=parse_kind(args.kind),
        description=args.description,
        speakers=tuple(services.programme.find_member_speaker(text) for text in args.speaker),
    )
    item = services.programme.add_item(event.id, draft)
    programme = services.programme.programme(event.id)
    warnings = programme.warnings_for(item.id)
    result = {"item": _item_plain(item, event), "warnings": [_warning_plain(w) for w in warnings]}
    span = _span(item, event)
    emit(args, result, lambda r: f"Added item {r['item']['id']}: {span} {r['item']['title']}")
    if not args.json:
        for warning in warnings:
            print(f"warning: {_warning_text(warning)}", file=sys.stderr)


def list_items(args: argparse.Namespace, context) -> None:
    programme = context.services.programme.programme(args.event)
    event = programme.event
    if args.json:
        emit(
            args,
            {
                "event": plain(event),
                "items": [_item_plain(i, event) for i in programme.items],
                "warnings": [_warning_plain(w) for w in programme.warnings],
            },
            str,
        )
        return
    emit_rows(args, list(programme.items), lambda items: _table(items, event))
    for warning in programme.warnings:
        print(f"warning: {_warning_text(warning)}")


def export_agenda(args: argparse.Namespace, context) -> None:
    written = context.services.exports.agenda(args.event, args.output)
    warnings = list(written.warnings)
    emit(
        args,
        {"path": str(written.path), "items": written.count, "warnings": warnings},
        lambda r: f"Wrote the agenda ({r['items']} items) to {r['path']}",
    )
    emit_warnings(args, warnings)


def _table(items: list, event) -> Table:
    from ssc_desktop.vocabulary import word

    headers = ["ID", "Time", "Room", "Kind", "Title", "Speakers"]
    body = [[str(i.id), _span(i, event), i.room, word(i.kind), i.title, i.speaker_names] for i in items]
    return headers, body


def _span(item, event) -> str:
    from ssc_desktop.services.events import zone

    tz = zone(event.timezone)
    start, end = item.starts_at.astimezone(tz), item.ends_at.astimezone(tz)
    prefix = "" if start.date() == event.local_start.date() else f"{start:%Y-%m-%d} "
    return f"{prefix}{start:%H:%M}–{end:%H:%M}"


def _item_plain(item, event) -> dict:
    from ssc_desktop.services.events import zone

    tz = zone(event.timezone)
    values = plain(item)
    values["start"] = f"{item.starts_at.astimezone(tz):%Y-%m-%d %H:%M}"
    values["end"] = f"{item.ends_at.astimezone(tz):%Y-%m-%d %H:%M}"
    return values


def _warning_plain(warning) -> dict:
    return {**plain(warning), "message": _warning_text(warning)}


def _warning_text(warning) -> str:
    from ssc_desktop.messages import MESSAGES, format_message

    return format_message(warning.code, MESSAGES.get(warning.code), warning.params)
