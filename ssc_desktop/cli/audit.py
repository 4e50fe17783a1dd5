"""`ssc audit list|export`: the audit log of check-ins, undos, check-outs, scores, imports, merges."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import emit, emit_rows


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    from ssc_desktop.services.audit import KINDS

    group = commands.add_parser("audit", help="the audit log: which desk did what, when").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    filters = argparse.ArgumentParser(add_help=False)
    filters.add_argument("--kind", choices=KINDS, help="only this kind of entry")
    filters.add_argument("--desk", help="only this desk (a station's name, app, cli, phone, a desk file)")
    filters.add_argument("--search", default="", help="only entries whose text has this (case and accents ignored)")
    filters.add_argument("--event", type=int, metavar="ID", help="only this event (and entries of no event)")
    listing = group.add_parser("list", parents=[json_flag, filters], help="entries, newest first")
    listing.add_argument("--limit", type=int, default=50, help="at most this many (default 50; 0 for all)")
    listing.set_defaults(handler=list_audit)
    export = group.add_parser("export", parents=[json_flag, filters], help="entries to .xlsx, newest first")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    export.set_defaults(handler=export_audit)


def _filter(args: argparse.Namespace):
    from ssc_desktop.services.audit import AuditFilter

    return AuditFilter(kind=args.kind or "", desk=args.desk or "", text=args.search, event_id=args.event)


def list_audit(args: argparse.Namespace, context) -> None:
    rows = context.services.audit.entries(_filter(args), limit=args.limit or None)
    emit_rows(
        args,
        rows,
        lambda rs: (
            ["When (UTC)", "Kind", "Desk", "What"],
            [[r.at.strftime("%Y-%m-%d %H:%M:%S"), r.kind, r.desk, r.what] for r in rs],
        ),
    )


def export_audit(args: argparse.Namespace, context) -> None:
    written = context.services.exports.audit_log(args.output, _filter(args))
    emit(
        args,
        {"path": str(written.path), "entries": written.count},
        lambda r: f"Wrote {r['entries']} audit entries to {r['path']}",
    )
