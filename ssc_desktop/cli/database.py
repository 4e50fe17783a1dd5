"""`ssc init` and `ssc demo`: the database itself."""

from __future__ import annotations

import argparse
import dataclasses

from ssc_desktop.cli.output import emit


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:  # noqa: ANN001
    init = commands.add_parser("init", parents=[json_flag], help="create or upgrade the database")
    init.set_defaults(handler=init_database)
    demo = commands.add_parser("demo", parents=[json_flag], help="create the demo reunion in a fresh database")
    demo.add_argument("--members", type=int, default=300, help="how many members (default 300)")
    demo.set_defaults(standalone=create_demo)


def init_database(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    from ssc_desktop.db import schema_heads

    heads = sorted(schema_heads(context.database.engine))
    doubles = context.services.checkin.doubles_fixed_by_upgrade()
    result = {"database": context.database.location, "schema": heads[0] if heads else None,
              "doubled_check_ins_undone": doubles}

    def sentence(r: dict) -> str:
        text = f"Database ready: {r['database']} (schema {r['schema']})"
        if r["doubled_check_ins_undone"]:
            text += (f"\n{r['doubled_check_ins_undone']} doubled check-in(s) from an older version were marked "
                     "undone: each person now has one check-in per list, the earliest of their stay.")
        return text

    emit(args, result, sentence)
    if doubles:
        context.services.checkin.acknowledge_upgrade_doubles()


def create_demo(args: argparse.Namespace) -> None:
    from ssc_desktop.app import create_demo as make_demo

    context, summary = make_demo(args.db, member_count=args.members)
    try:
        result = {"database": context.database.location, **dataclasses.asdict(summary)}
        emit(args, result, lambda r: (
            f"Demo reunion created in {r['database']}\n"
            f"{r['members']} members, {r['events']} events, {r['registrations']} registrations, "
            f"{r['checked_in']} check-ins. Open it with: ssc-desktop --db {r['database']}"
        ))
    finally:
        context.close()
