"""`ssc online-attendance import|list|match|delete`: Zoom, Teams and Meet participant reports."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import emit, emit_rows


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    group = commands.add_parser(
        "online-attendance", help="who attended online (Zoom, Teams, Meet reports)"
    ).add_subparsers(dest="action", required=True, metavar="ACTION")
    imported = group.add_parser(
        "import", parents=[json_flag], help="import a participant report (.csv or .xlsx as the tool exported it)"
    )
    imported.add_argument("--event", type=int, required=True, metavar="ID")
    imported.add_argument("file")
    imported.add_argument(
        "--any-date", action="store_true", help="import even if the report's times fall on days outside the event"
    )
    imported.add_argument(
        "--replace",
        action="store_true",
        help="replace an earlier import of the same report (the same file, or meeting and start)",
    )
    imported.set_defaults(handler=import_report)
    listing = group.add_parser("list", parents=[json_flag], help="the event's online participants")
    listing.add_argument("--event", type=int, required=True, metavar="ID")
    listing.add_argument("--unmatched", action="store_true", help="only those not matched to a registration")
    listing.set_defaults(handler=list_participants)
    match = group.add_parser("match", parents=[json_flag], help="match a participant to a registration by hand")
    match.add_argument("--participant", type=int, required=True, metavar="ID")
    match.add_argument("--registration", type=int, metavar="ID", help="leave out to mark as nobody registered")
    match.set_defaults(handler=match_participant)
    delete = group.add_parser("delete", parents=[json_flag], help="delete an imported report")
    delete.add_argument("--session", type=int, required=True, metavar="ID")
    delete.set_defaults(handler=delete_session)


def import_report(args: argparse.Namespace, context) -> None:
    session = context.services.online.import_report(args.event, args.file, replace=args.replace, any_date=args.any_date)
    emit(
        args,
        session,
        lambda r: (
            f"Imported {r['participants']} participants from {r['file_name']} "
            f"({r['platform']}): {r['matched']} matched, "
            f"{r['participants'] - r['matched']} to match by hand"
        ),
    )


def list_participants(args: argparse.Namespace, context) -> None:
    rows = context.services.online.participants(args.event, unmatched_only=args.unmatched)
    emit_rows(
        args,
        rows,
        lambda items: (
            ["ID", "Name", "E-mail", "Time online", "Registered as", "Matched by"],
            [
                [
                    str(p.id),
                    p.name,
                    p.email,
                    f"{p.seconds // 60} min {p.seconds % 60:02d} s",
                    p.registered_name,
                    p.matched_by,
                ]
                for p in items
            ],
        ),
    )


def match_participant(args: argparse.Namespace, context) -> None:
    row = context.services.online.match(args.participant, args.registration)
    emit(args, row, lambda r: f"{r['name']} → {r['registered_name'] or 'nobody registered'}")


def delete_session(args: argparse.Namespace, context) -> None:
    context.services.online.delete_session(args.session)
    emit(args, {"deleted": args.session}, lambda r: f"Deleted imported report {r['deleted']}")
