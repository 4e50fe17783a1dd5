"""`ssc badges`, `ssc tickets` and `ssc smtp`: name badges, personal tickets, e-mailing them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from ssc_desktop.cli.output import emit, emit_warnings


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    badges = commands.add_parser("badges", parents=[json_flag], help="print an event's name badges to an A4 PDF")
    badges.add_argument("--event", type=int, required=True, metavar="ID")
    badges.add_argument(
        "--layout",
        default="2x4",
        choices=["2x4", "2x5", "1x1"],
        help="2x4: 8 per sheet, 99.1 x 67.7 mm (Avery L7165); 2x5: 10 per sheet, 85 x 54 mm; "
        "1x1: one A6 badge per page (default 2x4)",
    )
    badges.add_argument("--cut-marks", action="store_true", help="print cut marks in the sheet's margins")
    badges.add_argument(
        "--role",
        action="append",
        default=[],
        metavar="ROLE",
        help="only this role (participant, speaker, judge, staff, guest); repeat for more",
    )
    badges.add_argument(
        "--registration", action="append", type=int, default=[], metavar="ID", help="only these registrations (repeat)"
    )
    badges.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    badges.set_defaults(handler=write_badges)

    tickets = commands.add_parser(
        "tickets", parents=[json_flag], help="personal ticket PDFs: one per registered person, or e-mailed"
    )
    tickets.add_argument("--event", type=int, required=True, metavar="ID")
    tickets.add_argument(
        "--registration", action="append", type=int, default=[], metavar="ID", help="only these registrations (repeat)"
    )
    target = tickets.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="DIR", help="write one PDF per person into DIR")
    target.add_argument("--email", action="store_true", help="e-mail each ticket (set the server with `ssc smtp set`)")
    tickets.add_argument(
        "--only-unsent", action="store_true", help="with --email: skip people who already got their current ticket"
    )
    tickets.add_argument("--password-env", metavar="VAR", help=_PASSWORD_ENV_HELP)
    tickets.set_defaults(handler=tickets_command)

    smtp = commands.add_parser("smtp", help="the e-mail server for sending tickets").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    show = smtp.add_parser("show", parents=[json_flag], help="the saved settings (without the password)")
    show.set_defaults(handler=show_smtp)
    setting = smtp.add_parser("set", parents=[json_flag], help="save the e-mail server settings")
    setting.add_argument("--host", required=True)
    setting.add_argument("--port", type=int, default=587)
    setting.add_argument("--security", default="starttls", choices=["starttls", "ssl", "none"])
    setting.add_argument("--user", default="")
    setting.add_argument(
        "--password-env",
        metavar="VAR",
        help="read the password from this environment variable (else asked for when --user is given)",
    )
    setting.add_argument("--from", dest="from_address", required=True, metavar="ADDRESS")
    setting.add_argument("--from-name", default="")
    setting.set_defaults(handler=set_smtp)
    test = smtp.add_parser("test", parents=[json_flag], help="send a test message with the saved settings")
    test.add_argument("to", metavar="ADDRESS")
    test.add_argument("--password-env", metavar="VAR", help=_PASSWORD_ENV_HELP)
    test.set_defaults(handler=test_smtp)


_PASSWORD_ENV_HELP = (
    "the e-mail password from this environment variable, for this command only "
    "(on a computer without a keyring, where `ssc smtp set` cannot keep it)"
)


def _password_from_env(args: argparse.Namespace, context) -> None:
    if getattr(args, "password_env", None):
        context.services.mail.use_password_for_this_run(os.environ.get(args.password_env, ""))


def _stderr_progress(args: argparse.Namespace):
    if args.json or not sys.stderr.isatty():
        return None

    def progress(done: int, total: int, _text: str) -> None:
        print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)

    return progress


def write_badges(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.registration_rows import parse_role

    roles = {parse_role(r) for r in args.role} or None
    result = context.services.badges.write_badges(
        args.event,
        args.output,
        layout=args.layout,
        cut_marks=args.cut_marks,
        roles=roles,
        registration_ids=args.registration or None,
        progress=_stderr_progress(args),
    )
    emit(args, result, lambda r: f"Wrote {r['badges']} badges on {r['pages']} pages ({r['layout']}) to {r['path']}")
    emit_warnings(args, result.warnings)


def tickets_command(args: argparse.Namespace, context) -> int:
    services = context.services
    ids = args.registration or None
    if not args.email:
        if args.only_unsent:
            print("ssc: error: --only-unsent goes with --email", file=sys.stderr)
            return 2
        result = services.badges.write_tickets(args.event, args.output, ids, progress=_stderr_progress(args))
        emit(
            args,
            {"folder": str(result.folder), "files": [str(p) for p in result.paths]},
            lambda r: f"Wrote {len(r['files'])} tickets to {r['folder']}",
        )
        return 0
    from ssc_desktop.messages import MESSAGES, format_message

    _password_from_env(args, context)
    report = services.mail.send_tickets(args.event, ids, progress=_stderr_progress(args), only_unsent=args.only_unsent)
    problems = [
        {
            "registration_id": p.registration_id,
            "name": p.name,
            "code": p.code,
            "message": format_message(p.code, MESSAGES.get(p.code), {"name": p.name, "to": p.name, "detail": p.detail}),
        }
        for p in report.problems
    ]
    result = {"sent": list(report.sent), "already_sent": list(report.skipped_already_sent), "problems": problems}
    emit(
        args,
        result,
        lambda r: (
            f"Sent {len(r['sent'])} tickets"
            + (f"; {len(r['already_sent'])} had theirs already" if r["already_sent"] else "")
            + (f"; {len(r['problems'])} not sent" if r["problems"] else "")
        ),
    )
    if not args.json:
        for problem in problems:
            print(f"warning: {problem['message']}", file=sys.stderr)
    return 1 if problems else 0


def _settings_plain(settings) -> dict:
    return {
        "host": settings.host,
        "port": settings.port,
        "security": settings.security,
        "user": settings.user,
        "password_set": bool(settings.password),
        "from_address": settings.from_address,
        "from_name": settings.from_name,
    }


def show_smtp(args: argparse.Namespace, context) -> None:
    settings = context.services.mail.settings()
    plain = {**_settings_plain(settings), **_place_plain(context.services.mail.password_place())}
    emit(
        args,
        plain,
        lambda r: (
            (
                f"{r['host']}:{r['port']} ({r['security']}), user {r['user'] or '(none)'}, "
                f"password {'set' if r['password_set'] else 'not set'}, from {r['from_address']}\n{r['password_place_text']}"
            )
            if r["host"]
            else "No e-mail server is set up."
        ),
    )


_PLACE_TEXT = {
    "keyring": "The password is kept in this computer's keyring ({backend}), not in the database.",
    "session": (
        "This computer has no keyring (no Secret Service on this Linux): the password is kept only in "
        "memory while this command runs, never in the database. Give it to each sending command with "
        "--password-env, or set up a keyring."
    ),
    "database": (
        "This computer has no keyring: the password an older version saved is still in the database, "
        "where every desk can read it. `ssc smtp set` takes it out."
    ),
}


def _place_plain(place) -> dict:
    return {
        "password_place": place.kind,
        "password_keyring": place.backend,
        "password_place_text": _PLACE_TEXT[place.kind].format(backend=place.backend),
    }


def set_smtp(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.mail import SmtpSettings

    password = ""
    if args.password_env:
        password = os.environ.get(args.password_env, "")
    elif args.user and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {args.user}: ")
    saved = context.services.mail.save_settings(
        SmtpSettings(
            host=args.host,
            port=args.port,
            security=args.security,
            user=args.user,
            password=password,
            from_address=args.from_address,
            from_name=args.from_name,
        )
    )
    plain = {**_settings_plain(saved), **_place_plain(context.services.mail.password_place())}
    emit(
        args,
        plain,
        lambda r: (
            f"Saved: {r['host']}:{r['port']} ({r['security']})"
            + (f"\n{r['password_place_text']}" if r["password_set"] else "")
        ),
    )


def test_smtp(args: argparse.Namespace, context) -> None:
    _password_from_env(args, context)
    context.services.mail.send_test(args.to)
    emit(args, {"sent_to": args.to}, lambda r: f"Sent a test message to {r['sent_to']}")
