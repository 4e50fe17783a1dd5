"""`ssc checkin`, `ssc checkin-lists` and `ssc desk-note`: the check-in desk from a terminal.

`ssc checkin` scans ticket codes exactly as the station does (each check-in committed
before its verdict prints) and tells the verdict by its exit status, so a script or a
scanner that stores codes can act on it:

    0  accepted: checked in now
    3  already checked in (on this list, or at the door)
    4  cancelled or waitlisted
    5  a ticket of another event, or an old code of a re-issued ticket
    6  forged or damaged, or not an SSC code at all
    1  an error a person can fix (no such event, no such list, an unreadable file)
    2  bad arguments

With --batch, the status is the worst verdict's (the highest number), 0 if all were accepted.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterable, Iterator

from ssc_desktop.cli.output import CODE_WIDTH, Table, dumps, emit, emit_rows, format_table, plain, shown
from ssc_desktop.errors import DomainError

EXIT_ACCEPTED = 0
EXIT_ALREADY = 3
EXIT_NOT_REGISTERED = 4
EXIT_WRONG_TICKET = 5
EXIT_BAD_CODE = 6

EXIT_TABLE = """\
exit status (the verdict):
  0  accepted: checked in now
  3  already checked in (the time and station of the standing check-in are shown)
  4  cancelled or waitlisted
  5  a ticket of another event, or an old code of a re-issued ticket
  6  forged or damaged, or not an SSC code at all
  1  an error (no such event or list, unreadable file); 2 bad arguments
with --batch: the worst verdict's status (highest number), 0 when all were accepted
"""


def exit_status(kind) -> int:
    from ssc_desktop.services.checkin import VerdictKind as K

    return {
        K.ACCEPTED: EXIT_ACCEPTED,
        K.ALREADY_CHECKED_IN: EXIT_ALREADY,
        K.CANCELLED: EXIT_NOT_REGISTERED,
        K.WAITLISTED: EXIT_NOT_REGISTERED,
        K.OTHER_EVENT: EXIT_WRONG_TICKET,
        K.REVOKED: EXIT_WRONG_TICKET,
        K.FORGED: EXIT_BAD_CODE,
        K.NOT_SSC: EXIT_BAD_CODE,
    }[kind]


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    checkin = commands.add_parser(
        "checkin",
        parents=[json_flag],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        help="check people in by their ticket codes; the exit status tells the verdict",
        description="Check a ticket code in, as the check-in station does: the check-in is committed "
        "before the verdict prints.",
        epilog=EXIT_TABLE,
    )
    checkin.add_argument("--event", type=int, required=True, help="event id (see `ssc event list`)")
    checkin.add_argument("--station", default="", help="the station's name, recorded with each check-in")
    checkin.add_argument(
        "--list", metavar="NAME", help="check into this check-in list (see `ssc checkin-lists`) instead of the door"
    )
    source = checkin.add_mutually_exclusive_group(required=True)
    source.add_argument("code", nargs="?", help="the scanned ticket code")
    source.add_argument(
        "--batch",
        metavar="FILE",
        help="one code a line ('-' reads stdin; blank lines and # comments are skipped); "
        "prints one verdict a line (JSON Lines with --json), and a summary on stderr "
        "when it stops, however it stops",
    )
    checkin.set_defaults(handler=check_in, without_server=check_in_without_server)

    lists = commands.add_parser(
        "checkin-lists",
        parents=[json_flag],
        help="an event's check-in lists (parts of the day besides the door); create, rename, delete them",
        description="Without a subcommand: list the event's check-in lists with how many checked in on each.",
    )
    lists.add_argument("--event", type=int, help="event id")
    lists.set_defaults(handler=list_lists, usage_parser=lists)
    actions = lists.add_subparsers(dest="list_action", metavar="ACTION", parser_class=type(lists))

    def action(name: str, help_text: str):
        parser = actions.add_parser(name, parents=[json_flag], help=help_text, description=help_text)
        # SUPPRESS: `ssc checkin-lists --event 2 create …` keeps the --event given before the action.
        parser.add_argument("--event", type=int, default=argparse.SUPPRESS, help="event id")
        parser.set_defaults(usage_parser=parser)
        return parser

    create = action("create", "make a check-in list for the event or one of its programme items")
    create.add_argument("--name", required=True, help='e.g. "Banquet"; unique within the event')
    create.add_argument("--programme-item", type=int, metavar="ID", help="tie the list to this programme item")
    create.set_defaults(handler=create_list)

    rename = action("rename", "rename a check-in list")
    rename.add_argument("--list", required=True, metavar="NAME_OR_ID", help="the list to rename")
    rename.add_argument("--to", required=True, metavar="NAME", help="its new name")
    rename.set_defaults(handler=rename_list)

    delete = action("delete", "delete a check-in list (one with check-ins only with --force)")
    delete.add_argument("--list", required=True, metavar="NAME_OR_ID", help="the list to delete")
    delete.add_argument("--force", action="store_true", help="delete it even though people checked in on it")
    delete.set_defaults(handler=delete_list)

    counts = action("counts", "a list's figures by role: registered, checked in, inside")
    counts.add_argument("--list", required=True, metavar="NAME_OR_ID", help="the list")
    counts.set_defaults(handler=list_counts)

    note = commands.add_parser(
        "desk-note",
        parents=[json_flag],
        help='leave a note for the check-in desk on a registration (dietary needs, a message); "" clears it',
    )
    note.add_argument("--event", type=int, required=True, help="event id")
    note.add_argument("--member", metavar="EMAIL", required=True, help="the registered member's e-mail")
    note.add_argument("text", help="what the desk must do for this person; an empty string clears the note")
    note.set_defaults(handler=set_desk_note)


# -- ssc checkin ---------------------------------------------------------------------------------
def check_in(args: argparse.Namespace, context, desk=None) -> int:
    """desk: an OfflineDesk already working from its copy (see check_in_without_server)."""
    services = context.services
    event = services.events.get_event(args.event)  # a bad event id is an error (1), not a verdict
    checkin_list = services.checkin_lists.find_list(event.id, args.list) if args.list else None
    list_id = checkin_list.id if checkin_list else None
    list_name = checkin_list.name if checkin_list else None
    if args.batch is None:
        verdict = services.checkin.scan(event.id, args.code, station=args.station, list_id=list_id)
        if args.json:
            print(dumps(verdict_json(verdict, list_name), indent=2))
        else:
            print(verdict_line(verdict, event.timezone, args.code))
        return exit_status(verdict.kind)

    # On a shared server the desk keeps a local copy and goes on from it when the server is lost.
    if desk is None and not context.database.is_sqlite:
        desk = _offline_desk(context, event.id, args.station)
    scan = desk.scan if desk is not None else services.checkin.scan
    worst = EXIT_ACCEPTED
    tally: dict[str, int] = {}
    offline = 0
    finished = False
    try:
        with _batch_lines(args.batch) as lines:
            try:
                for code in _codes(lines, args.batch):
                    verdict = scan(event.id, code, station=args.station, list_id=list_id)
                    # Counted before it prints: a Ctrl+C right after the line must not leave it out of the summary.
                    worst = max(worst, exit_status(verdict.kind))
                    tally[verdict.kind.value] = tally.get(verdict.kind.value, 0) + 1
                    offline += verdict.offline
                    if args.json:
                        print(dumps(verdict_json(verdict, list_name)), flush=True)
                    else:
                        print(verdict_line(verdict, event.timezone, code), flush=True)
                finished = True
            finally:
                # Also when an error or Ctrl+C stops the batch: what was done so far, then the error goes on up.
                print(
                    batch_summary(tally, finished)
                    + (f" ({offline} answered from the local copy: the server was out of reach)" if offline else ""),
                    file=sys.stderr,
                    flush=True,
                )
    finally:
        if desk is not None:
            _report_send(desk.close(), desk.waiting_after_close)
    return worst


def check_in_without_server(args: argparse.Namespace, error) -> int:
    """`ssc checkin --batch` when the shared server cannot be reached at start: a desk that has a
    local copy of the event (an earlier session, killed or stopped while the server was away) goes
    on from it; without one the server's failure is the answer."""
    from ssc_desktop.app import compose
    from ssc_desktop.db import create_db_engine, database_url
    from ssc_desktop.services.checkin import CheckInService
    from ssc_desktop.services.offline_desk import OfflineDesk
    from ssc_desktop.services.registrations import RegistrationService
    from sqlalchemy.orm import sessionmaker

    if args.batch is None:
        raise error
    server = create_db_engine(database_url(args.db))  # connects only when the desk tries the server
    sessions = sessionmaker(server, expire_on_commit=False)
    desk = OfflineDesk(server, CheckInService(sessions, RegistrationService(sessions)), args.event, args.station)
    if not desk.resume_offline():
        server.dispose()
        raise error
    print(
        "The server is out of reach: this desk goes on from its local copy of the event; its check-ins are "
        "sent when the server is back.",
        file=sys.stderr,
        flush=True,
    )
    local = compose(desk.path)  # the event, its lists and its people, as the copy has them
    try:
        return check_in(args, local, desk=desk)
    finally:
        local.close()
        server.dispose()


def _offline_desk(context, event_id: int, station: str):
    from ssc_desktop.services.offline_desk import OfflineDesk

    desk = OfflineDesk(context.database.engine, context.services.checkin, event_id, station)
    report = desk.start()
    if report is not None and report.sent:
        _report_send(report, 0, earlier=True)
    return desk


def _report_send(report, waiting: int, earlier: bool = False) -> None:
    """What a desk sent from its local copy, and each conflict, on stderr (stdout is the verdicts')."""
    if report is not None and (report.sent or report.conflicts):
        what = "kept from an earlier session" if earlier else "made from the local copy"
        print(
            f"{report.sent} check-ins {what} sent to the server; {len(report.conflicts)} conflicts",
            file=sys.stderr,
            flush=True,
        )
        for conflict in report.conflicts:
            print(
                f"conflict: {shown(conflict.name)} checked in at {conflict.kept_at:%H:%M:%S} "
                f"({shown(conflict.kept_station)}) and at {conflict.dropped_at:%H:%M:%S} "
                f"({shown(conflict.dropped_station)}); the earlier one stands",
                file=sys.stderr,
                flush=True,
            )
    if waiting:
        print(
            f"{waiting} check-ins wait in the local copy: the server is out of reach. They are sent by the next "
            "`ssc checkin` of this desk, or by `ssc desk send`.",
            file=sys.stderr,
            flush=True,
        )


def batch_summary(tally: dict[str, int], finished: bool = True) -> str:
    """'12 codes scanned: 10 accepted, 2 already-checked-in', and whether the batch stopped early."""
    total = sum(tally.values())
    summary = ", ".join(f"{count} {kind}" for kind, count in tally.items())
    return (
        f"{total} {'code' if total == 1 else 'codes'} scanned"
        + (f": {summary}" if summary else "")
        + ("" if finished else " (stopped before the end of the batch)")
    )


@contextlib.contextmanager
def _batch_lines(path: str) -> Iterator[Iterable[str]]:
    """The batch's lines; a file that cannot be opened is an error before anything is scanned."""
    if path == "-":
        yield sys.stdin
        return
    try:
        handle = open(path, encoding="utf-8-sig")  # closed below, after the batch
    except OSError as error:
        raise DomainError("checkin.batch_unreadable", path=path, detail=error.strerror or str(error)) from error
    with handle:
        yield handle


def _codes(lines: Iterable[str], path: str) -> Iterator[str]:
    """The codes of a batch, one a line; blank lines and # comments skipped."""
    try:
        yield from _code_lines(lines)
    except (OSError, UnicodeDecodeError) as error:
        raise DomainError(
            "checkin.batch_unreadable", path=path, detail=getattr(error, "strerror", None) or str(error)
        ) from error


def _code_lines(lines: Iterable[str]) -> Iterator[str]:
    for line in lines:
        text = line.strip()
        if text and not text.startswith("#"):
            yield text


def verdict_json(verdict, list_name: str | None = None) -> dict:
    """The verdict's fields, plus accepted, exit_status and the list (None: the door).

    registration.checked_in_at is always the door's; on a list, an ACCEPTED verdict is
    the list's check-in and ALREADY's previous_at/previous_station are the list's.
    """
    data = plain(verdict)
    data["list"] = list_name
    data["accepted"] = verdict.accepted
    data["exit_status"] = exit_status(verdict.kind)
    return data


def verdict_line(verdict, timezone: str, scanned: str = "") -> str:
    """One line a person reads at a glance: the verdict word, then who and why.

    scanned is the text as it came (the verdict holds it normalized, in upper case).
    """
    from ssc_desktop.services.checkin import VerdictKind as K
    from ssc_desktop.services.events import zone

    row = verdict.registration
    who = _who(row) if row is not None else ""
    if verdict.kind is K.ACCEPTED:
        text = f"ACCEPTED  {who}"
    elif verdict.kind is K.ALREADY_CHECKED_IN:
        when = verdict.previous_at.astimezone(zone(timezone)) if verdict.previous_at else None
        text = f"ALREADY   {who}"
        if when is not None:
            text += f" · at {when:%H:%M}" + (
                f" ({shown(verdict.previous_station)})" if verdict.previous_station else ""
            )
    elif verdict.kind in (K.CANCELLED, K.WAITLISTED):
        text = f"REFUSED   {verdict.kind.value} · {who}"
    elif verdict.kind is K.OTHER_EVENT:
        chapter = "this chapter" if verdict.other_event_same_chapter else "another chapter"
        text = f"REFUSED   ticket for another event: {shown(verdict.other_event_title)} ({chapter})"
    elif verdict.kind is K.REVOKED:
        text = "REFUSED   revoked: an old code of a re-issued ticket" + (f" · {who}" if who else "")
    elif verdict.kind is K.FORGED:
        text = f"REFUSED   forged or damaged code: {shown(verdict.code, CODE_WIDTH)}"
    else:
        text = f"REFUSED   not an SSC code: {shown((scanned or verdict.code).strip(), CODE_WIDTH)}"
    if row is not None and row.desk_note and verdict.kind in (K.ACCEPTED, K.ALREADY_CHECKED_IN):
        text += " · note: " + " / ".join(shown(line) for line in row.desk_note.splitlines())
    if verdict.repeat:
        text += " · (same code again within 2 s: counted once)"
    return text


def _who(row) -> str:
    name = row.latin_name + (f" ({row.native_name})" if row.native_name and row.native_name != row.latin_name else "")
    return shown(" · ".join(part for part in (name, row.role.value, row.affiliation) if part))


# -- ssc checkin-lists ---------------------------------------------------------------------------
def _event_id(args: argparse.Namespace, context) -> int:
    if getattr(args, "event", None) is None:
        args.usage_parser.error("the following arguments are required: --event")
    return context.services.events.get_event(args.event).id


def list_lists(args: argparse.Namespace, context) -> None:
    event_id = _event_id(args, context)
    rows = context.services.checkin_lists.list_lists(event_id)
    emit_rows(args, rows, lists_table)


def lists_table(rows: list) -> Table:
    headers = ["ID", "Name", "Programme item", "Checked in"]
    body = [
        [
            str(r.id),
            r.name,
            (f"{r.programme_item_title} (#{r.programme_item_id})" if r.programme_item_id else "—"),
            str(r.checked_in),
        ]
        for r in rows
    ]
    return headers, body


def create_list(args: argparse.Namespace, context) -> None:
    event_id = _event_id(args, context)
    info = context.services.checkin_lists.create_list(event_id, args.name, args.programme_item)
    emit(
        args,
        info,
        lambda r: (
            f"Created check-in list #{r['id']} “{shown(r['name'])}”"
            + (f" for “{shown(r['programme_item_title'])}”" if r["programme_item_id"] else "")
        ),
    )


def rename_list(args: argparse.Namespace, context) -> None:
    event_id = _event_id(args, context)
    lists = context.services.checkin_lists
    old = lists.find_list(event_id, args.list)
    info = lists.rename_list(old.id, args.to)
    emit(args, info, lambda r: f"Renamed “{shown(old.name)}” to “{shown(r['name'])}”")


def delete_list(args: argparse.Namespace, context) -> None:
    event_id = _event_id(args, context)
    lists = context.services.checkin_lists
    info = lists.find_list(event_id, args.list)
    removed = lists.delete_list(info.id, force=args.force)
    emit(
        args,
        {"id": info.id, "name": info.name, "check_ins_deleted": removed},
        lambda r: f"Deleted “{shown(r['name'])}”" + (f" and its {removed} check-ins" if removed else ""),
    )


def list_counts(args: argparse.Namespace, context) -> None:
    event_id = _event_id(args, context)
    lists = context.services.checkin_lists
    counts = lists.list_counts(lists.find_list(event_id, args.list).id)

    def human(c: dict) -> str:
        body = [[r["role"], str(r["registered"]), str(r["checked_in"])] for r in c["by_role"] if r["registered"]]
        return (
            f"{shown(c['name'])}: {c['checked_in']} of {c['registered']} checked in, {c['inside']} inside\n"
            + format_table(["Role", "Registered", "Checked in"], body)
        )

    emit(args, counts, human)


# -- ssc desk-note -------------------------------------------------------------------------------
def set_desk_note(args: argparse.Namespace, context) -> None:
    from ssc_desktop.cli.registrations import registration_by_member_email

    services = context.services
    event = services.events.get_event(args.event)
    registration = registration_by_member_email(services, event.id, args.member)
    row = services.desk_notes.set_desk_note(registration.id, args.text)
    emit(
        args,
        row,
        lambda r: (
            f"{shown(r['latin_name'])}: "
            + (f"desk note set: {shown(r['desk_note'])}" if r["desk_note"] else "desk note cleared")
        ),
    )
