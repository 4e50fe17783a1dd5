"""`ssc desk prepare` and `ssc desk merge`: desks without a server.

    ssc desk prepare --event 3 -o door-b.sscdesk     # asks for a passphrase (or SSC_DESK_PASSPHRASE)
    ssc-desktop --db door-b.sscdesk                   # on the desk laptop: the station works on it
    ssc desk merge door-b.sscdesk door-c.sscdesk      # back on the main database; again changes nothing

Any command takes a desk file as its --db (`ssc --db door-b.sscdesk checkin …`).
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from ssc_desktop.cli.output import emit, shown
from ssc_desktop.errors import DomainError

PASSPHRASE_VARIABLE = "SSC_DESK_PASSPHRASE"


def passphrase_for(path: Path) -> str:
    """The desk file's passphrase: SSC_DESK_PASSPHRASE, or asked on the terminal."""
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if sys.stdin.isatty():
        return getpass.getpass(f"Passphrase of the desk file {path.name}: ")
    raise DomainError("desk.passphrase_needed", path=str(path))


def _new_passphrase() -> str:
    given = os.environ.get(PASSPHRASE_VARIABLE)
    if given:
        return given
    if not sys.stdin.isatty():
        raise DomainError("desk.passphrase_needed", path="the new desk file")
    first = getpass.getpass("Passphrase for the desk file (at least 8 characters): ")
    if getpass.getpass("The same passphrase again: ") != first:
        raise DomainError("desk.passphrases_differ")
    return first


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    desk = commands.add_parser(
        "desk",
        help="desk files: an event on a laptop with no server (prepare), and its check-ins back (merge)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = desk.add_subparsers(dest="desk_action", metavar="ACTION", required=True, parser_class=type(desk))
    prepare = actions.add_parser(
        "prepare",
        parents=[json_flag],
        help="write a desk file of an event, protected by a passphrase",
        description="Write one file holding the event's registrations, people's names, ticket secret, check-in "
        "lists and desk notes, which another laptop opens as its database. The passphrase comes "
        f"from {PASSPHRASE_VARIABLE} or is asked for.",
    )
    prepare.add_argument("--event", type=int, required=True, help="event id (see `ssc event list`)")
    prepare.add_argument("-o", "--output", required=True, metavar="FILE", help="the desk file to write")
    prepare.set_defaults(handler=prepare_desk)
    merge = actions.add_parser(
        "merge",
        parents=[json_flag],
        help="bring the check-ins of desk files back; merging again changes nothing",
        description="Merge the check-ins, undos and check-outs of each desk file into this database. When two "
        "desks saw the same person the earliest check-in stands; each such conflict is reported.",
    )
    merge.add_argument("files", nargs="+", metavar="FILE", help="desk files (or a desk's plain SQLite copy)")
    merge.set_defaults(handler=merge_desks)
    send = actions.add_parser(
        "send",
        parents=[json_flag],
        help="send a desk's check-ins kept while the shared server was lost",
        description="A desk on a PostgreSQL server goes on from a local copy when the server is lost, and sends "
        "those check-ins when it is back. A desk stopped before it could send them: this sends them.",
    )
    send.add_argument("--event", type=int, required=True, help="event id")
    send.add_argument("--station", default="", help="the desk's station name, as given to `ssc checkin`")
    send.set_defaults(handler=send_waiting)


def prepare_desk(args: argparse.Namespace, context) -> None:
    services = context.services
    event = services.events.get_event(args.event)
    prepared = services.desks.prepare_desk(event.id, args.output, _new_passphrase())
    emit(
        args,
        prepared,
        lambda r: (
            f"Desk file {shown(r['path'])} for “{shown(r['event_title'])}”: {r['registrations']} registrations, "
            f"{r['check_ins']} check-ins, {r['lists']} check-in lists. It holds personal data and the ticket secret: "
            "give the passphrase to the desk separately from the file."
        ),
    )


def merge_desks(args: argparse.Namespace, context) -> None:
    report = context.services.desks.merge_desks([Path(f) for f in args.files], passphrase_for)
    emit(args, report.desks, _merge_text)


def _merge_text(desks: list[dict]) -> str:
    lines = []
    for desk in desks:
        lines.append(
            f"{shown(desk['source'])} (“{shown(desk['event_title'])}”): {desk['added']} check-ins added, "
            f"{desk['undos']} undos and {desk['check_outs']} check-outs carried over, "
            f"{desk['unchanged']} already here"
        )
        if desk["skipped"]:
            lines.append(f"  {desk['skipped']} skipped: their registration or check-in list is no longer here")
        if desk["made_on_desk"]:
            lines.append(
                f"  {desk['made_on_desk']} of people registered on the desk itself (walk-ins): "
                "register them here and check them in by hand"
            )
        for conflict in desk["conflicts"]:
            where = f" on “{shown(conflict['list_name'])}”" if conflict["list_name"] else ""
            lines.append(
                f"  conflict{where}: {shown(conflict['name'])} checked in at {conflict['kept_at']} "
                f"({shown(conflict['kept_station']) or 'no station'}) and at {conflict['dropped_at']} "
                f"({shown(conflict['dropped_station']) or 'no station'}); the earlier one stands"
            )
    return "\n".join(lines)


def send_waiting(args: argparse.Namespace, context) -> None:
    """`ssc desk send`: what a desk kept in its local copy while the server was lost (say, it was killed)."""
    from ssc_desktop.cli.checkin import _report_send
    from ssc_desktop.services.offline_desk import OfflineDesk

    event = context.services.events.get_event(args.event)
    desk = OfflineDesk(context.database.engine, context.services.checkin, event.id, args.station)
    if not desk.path.exists():
        emit(args, {"sent": 0, "conflicts": []}, lambda _r: "Nothing waits: this desk has no local copy of the event.")
        return
    report = desk.start()
    waiting = desk.waiting()
    desk.close()
    if args.json:
        emit(
            args,
            {"sent": report.sent if report else 0, "conflicts": report.conflicts if report else [], "waiting": waiting},
            str,
        )
    else:
        _report_send(report, waiting)
        if report is not None and not report.sent and not waiting:
            print("Nothing waited: every check-in of this desk is on the server.")
