"""`ssc init`, `ssc demo` and `ssc backup`: the database itself."""

from __future__ import annotations

import argparse
import dataclasses

from ssc_desktop.cli.output import emit


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    init = commands.add_parser("init", parents=[json_flag], help="create or upgrade the database")
    init.set_defaults(handler=init_database)
    demo = commands.add_parser("demo", parents=[json_flag], help="create the demo reunion in a fresh database")
    demo.add_argument("--members", type=int, default=300, help="how many members (default 300)")
    demo.set_defaults(standalone=create_demo)

    backup = commands.add_parser("backup", help="the automatic backups of a database file: list, restore, take one")
    actions = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    listing = actions.add_parser("list", parents=[json_flag], help="the backups, newest first, with what each holds")
    listing.set_defaults(standalone=list_backups)
    restore = actions.add_parser(
        "restore", parents=[json_flag], help="put a backup in place of the database (which is backed up first)"
    )
    restore.add_argument("backup", metavar="NAME", help="a name from `ssc backup list` (or the path of a copy)")
    restore.add_argument(
        "--to",
        metavar="FILE",
        help="write it out as a new database file instead (the only way for a shared server's copies)",
    )
    restore.set_defaults(standalone=restore_backup)
    now = actions.add_parser("now", parents=[json_flag], help="take a backup now")
    now.set_defaults(standalone=back_up_now)


def init_database(args: argparse.Namespace, context) -> None:
    from ssc_desktop.db import schema_heads

    heads = sorted(schema_heads(context.database.engine))
    doubles = context.services.checkin.doubles_fixed_by_upgrade()
    copy = context.database.upgrade_backup
    result = {
        "database": context.database.location,
        "schema": heads[0] if heads else None,
        "doubled_check_ins_undone": doubles,
        "backup_before_upgrade": str(copy) if copy else None,
    }

    def sentence(r: dict) -> str:
        text = f"Database ready: {r['database']} (schema {r['schema']})"
        if r["backup_before_upgrade"]:
            text += f"\nUpgraded; a copy of it as it was before is in {r['backup_before_upgrade']}"
        if r["doubled_check_ins_undone"]:
            text += (
                f"\n{r['doubled_check_ins_undone']} doubled check-in(s) from an older version were marked "
                "undone: each person now has one check-in per list, the earliest of their stay."
            )
        return text

    emit(args, result, sentence)
    if doubles:
        context.services.checkin.acknowledge_upgrade_doubles()


def create_demo(args: argparse.Namespace) -> None:
    from ssc_desktop.app import create_demo as make_demo

    context, summary = make_demo(args.db, member_count=args.members)
    assert summary is not None, "without keep=True the demo is always made anew"
    try:
        result = {"database": context.database.location, **dataclasses.asdict(summary)}
        emit(
            args,
            result,
            lambda r: (
                f"Demo reunion created in {r['database']}\n"
                f"{r['members']} members, {r['events']} events, {r['registrations']} registrations, "
                f"{r['checked_in']} check-ins. Open it with: ssc-desktop --db {r['database']}"
            ),
        )
    finally:
        context.close()


def _backups(args: argparse.Namespace):
    """The backups of --db's file, without opening it: a restore must work on a file that no longer opens."""
    from ssc_desktop.db import database_url, describe_location, sqlite_file
    from ssc_desktop.services.backups import BackupsService

    url = database_url(args.db)
    file = sqlite_file(url)
    return BackupsService(file, describe_location(url), server_url=url if file is None else None)


def _counts(row: dict) -> str:
    def count(value: int | None) -> str:
        return "?" if value is None else f"{value:,}"

    return f"{count(row['members'])} members, {count(row['registrations'])} registrations, {count(row['check_ins'])} check-ins"


def _local(iso: str) -> str:
    from datetime import datetime

    return f"{datetime.fromisoformat(iso).astimezone():%Y-%m-%d %H:%M:%S}"


def list_backups(args: argparse.Namespace) -> None:
    from ssc_desktop.cli.output import emit_rows

    backups = _backups(args)
    rows = backups.list_backups()
    if not rows and not args.json:
        from ssc_desktop.errors import DomainError

        code = "backup.server_none" if backups.of_server else "backup.none"
        raise DomainError(code, location=backups.location, folder=str(backups.folder))
    emit_rows(
        args,
        rows,
        lambda rows: (
            ["NAME", "TAKEN", "WHY", "SCHEMA", "MEMBERS", "REGISTRATIONS", "CHECK-INS"],
            [
                [
                    r.name,
                    f"{r.taken_at.astimezone():%Y-%m-%d %H:%M:%S}",
                    r.reason,
                    r.schema or "?",
                    *("?" if v is None else f"{v:,}" for v in (r.members, r.registrations, r.check_ins)),
                ]
                for r in rows
            ],
        ),
    )


def back_up_now(args: argparse.Namespace) -> None:
    written = _backups(args).back_up("manual")
    emit(args, written, lambda r: f"Backup written: {r['path']} ({_counts(r)})")


def restore_backup(args: argparse.Namespace) -> None:
    """Restores under the file's instance lock: never under an open window (DatabaseInUseError says whose)."""
    from ssc_desktop.db import database_url, open_database, sqlite_file
    from ssc_desktop.services.instance_lock import InstanceLock

    backups = _backups(args)
    if args.to:
        written = backups.restore_to_file(args.backup, args.to)
        open_database(written.path).dispose()  # it opens, and a copy of an older schema is upgraded now
        emit(
            args,
            written,
            lambda r: (
                f"Written {r['path']} from the backup taken {_local(r['taken_at'])} "
                f"({_counts(r)}). Open it with: ssc-desktop --db {r['path']}"
            ),
        )
        return
    database = sqlite_file(database_url(args.db))
    lock = InstanceLock.acquire(database) if backups.available and database is not None else None
    try:
        result = backups.restore(args.backup)
        open_database(args.db).dispose()  # it opens, and a copy of an older schema is upgraded now
    finally:
        if lock is not None:
            lock.release()
    emit(
        args,
        result,
        lambda r: "\n".join(
            filter(
                None,
                [
                    f"Restored {r['restored']['name']} (taken {_local(r['restored']['taken_at'])}): {_counts(r['restored'])}.",
                    r["previous"] and f"The database as it was is kept in {r['previous']['path']}.",
                    r["damaged_copy"] and f"The database was damaged; its bytes are kept in {r['damaged_copy']}.",
                ],
            )
        ),
    )
