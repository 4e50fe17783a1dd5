"""`ssc`: the command line over the same services as the GUI, for scripts and automation.

Each command group lives in a module of its own (database, events, members, …) with
an `add_commands(commands, json_flag)` function; a command's parser sets `handler`
to a function(args, context) or, for commands that open their own database,
`standalone` to a function(args).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import NoReturn
from datetime import datetime
from collections.abc import Sequence

from ssc_desktop import APP_NAME, __version__, languages
from ssc_desktop.cli import (
    audit,
    badges,
    certificates,
    checkin,
    contests,
    database,
    desks,
    events,
    exports,
    members,
    online_attendance,
    programme,
    registrations,
    roster,
)
from ssc_desktop.cli.output import display_width, format_table, shown
from ssc_desktop.errors import DomainError

COMMAND_GROUPS = [
    database,
    events,
    members,
    registrations,
    programme,
    roster,
    badges,
    checkin,
    desks,
    contests,
    exports,
    online_attendance,
    certificates,
    audit,
]

__all__ = ["build_parser", "display_width", "format_table", "main"]


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit status 2, as argparse does
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    json_flag = argparse.ArgumentParser(add_help=False)
    json_flag.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="print JSON for scripts")

    # No set_defaults(json=False) here: the parents share one --json action, and
    # set_defaults would change its default in every subcommand, so a --json given
    # before the subcommand was overwritten by the subcommand's False. main() fills it in.
    parser = _ArgumentParser(prog="ssc", description=f"{APP_NAME} command line.", parents=[json_flag])
    parser.add_argument("--version", action="version", version=f"ssc ({APP_NAME}) {__version__}")
    parser.add_argument(
        "--db", metavar="PATH_OR_URL", help="SQLite file or postgresql:// URL (default: the app's database)"
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_ArgumentParser)
    for group in COMMAND_GROUPS:
        group.add_commands(commands, json_flag)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.json = getattr(args, "json", False)
    _speak_the_environments_language()
    try:
        return _run(args)
    except DomainError as error:
        # Its words may quote a file's cell or a scanned code: escaped, so they cannot paint the terminal.
        print(f"ssc: error: {shown(str(error))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader went away (`ssc … | head`): stop quietly, as other command-line tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except Exception as error:  # a person gets one line, the log gets the (redacted) details
        if os.environ.get("SSC_DEBUG"):
            raise
        print(f"ssc: error: {_log_unexpected(error)}", file=sys.stderr)
        return 1


def _speak_the_environments_language() -> None:
    """Messages in the language LANGUAGE/LC_ALL/LANG (or SSC_LANGUAGE) ask for, when SSC Desktop ships it."""
    from ssc_desktop.messages import use_translations

    language = languages.environment_language()
    if language.code != "en":
        use_translations(languages.translations_of(language.code, "DomainError"))


def _log_unexpected(error: BaseException) -> str:
    """Writes the redacted traceback to the log; returns the line to show (no driver text, no data).

    SSC_DEBUG=1 in the environment lets the error go up with its whole traceback instead.
    """
    from ssc_desktop.db_failures import redacted_traceback, safe_description
    from ssc_desktop.paths import user_data_dir

    log = user_data_dir() / "logs" / "ssc.log"
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as handle:
            handle.write(
                f"{datetime.now().isoformat(timespec='seconds')} unexpected error\n{redacted_traceback(error)}\n"
            )
        where = str(log)
    except OSError:
        where = "nowhere (the log folder cannot be written)"
    return str(DomainError("unexpected", detail=safe_description(error), log=where))


def _run(args: argparse.Namespace) -> int:
    standalone = getattr(args, "standalone", None)
    if standalone is not None:
        return standalone(args) or 0

    from ssc_desktop.app import compose

    from ssc_desktop.errors import DatabaseUnavailableError

    try:
        # A desk file as --db is decrypted with its passphrase (cli.desks).
        # The PDFs it prints speak the language its messages do (LANGUAGE/LANG, or SSC_LANGUAGE).
        context = compose(args.db, passphrase_for=desks.passphrase_for, language=languages.environment_language().code)
    except DatabaseUnavailableError as error:
        # A command that can go on without its server (a desk with a local copy) says how.
        without_server = getattr(args, "without_server", None)
        if error.code != "database.server_gone" or without_server is None:
            raise
        return without_server(args, error) or 0
    context.services.audit.actor = "cli"  # what the audit log names as the desk when no station is given
    try:
        return args.handler(args, context) or 0
    finally:
        context.close()
