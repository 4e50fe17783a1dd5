"""`ssc export attendance|signin|report|roster`: what a coordinator sends after the reunion."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import emit, emit_warnings


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    from ssc_desktop.services.attendance import AttendanceRows

    group = commands.add_parser("export", help="attendance sheet, paper sign-in sheet, roster").add_subparsers(
        dest="action", required=True, metavar="WHAT"
    )
    attendance = group.add_parser(
        "attendance",
        parents=[json_flag],
        help="the attendance sheet (.xlsx): one row per registration, a column per check-in list, a summary sheet",
    )
    attendance.add_argument("--event", type=int, required=True, metavar="ID")
    attendance.add_argument(
        "--only",
        choices=[AttendanceRows.ATTENDED.value, AttendanceRows.NO_SHOWS.value],
        help="only those who came, or only registered people who did not",
    )
    attendance.add_argument("-o", "--output", required=True, metavar="FILE.xlsx")
    attendance.set_defaults(handler=export_attendance)

    signin = group.add_parser(
        "signin", parents=[json_flag], help="the paper sign-in sheet (.pdf), alphabetical, with a signature column"
    )
    signin.add_argument("--event", type=int, required=True, metavar="ID")
    signin.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    signin.set_defaults(handler=export_signin)

    reunion = group.add_parser(
        "report",
        parents=[json_flag],
        help="the reunion report for the secretariat (.pdf): figures, charts, programme, winners, notes",
    )
    reunion.add_argument("--event", type=int, required=True, metavar="ID")
    reunion.add_argument("--notes", help="the coordinator's notes to keep for this event and print")
    reunion.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    reunion.set_defaults(handler=export_report)

    roster = group.add_parser(
        "roster", parents=[json_flag], help="members to .xlsx or .csv (UTF-8 with BOM), filtered like `ssc member list`"
    )
    roster.add_argument("--chapter", help="only this chapter (name or short name)")
    roster.add_argument("--country")
    roster.add_argument("--visit-year", type=int)
    roster.add_argument("--search", help="typo-tolerant search in any script")
    roster.add_argument("-o", "--output", required=True, metavar="FILE.xlsx|FILE.csv")
    roster.set_defaults(handler=export_roster)


def export_attendance(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.attendance import AttendanceRows

    written = context.services.exports.attendance_sheet(args.event, args.output, AttendanceRows(args.only or "all"))
    sheet = written.drawn
    summary = sheet.summary
    emit(
        args,
        {
            "path": str(written.path),
            "rows": written.count,
            "registered": summary.registered,
            "attended": summary.attended,
            "lists": [item.name for item in sheet.lists],
        },
        lambda r: f"Wrote {r['rows']} rows ({r['attended']} of {r['registered']} registered came) to {r['path']}",
    )


def export_signin(args: argparse.Namespace, context) -> None:
    written = context.services.exports.signin_sheet(args.event, args.output)
    warnings = list(written.warnings)
    emit(
        args,
        {"path": str(written.path), "people": written.count, "warnings": warnings},
        lambda r: f"Wrote the sign-in sheet for {r['people']} people to {r['path']}",
    )
    emit_warnings(args, warnings)


def export_report(args: argparse.Namespace, context) -> None:
    if args.notes is not None:
        context.services.reports.set_notes(args.event, args.notes)
    written = context.services.exports.reunion_report(args.event, args.output)
    reunion = written.drawn
    warnings = list(written.warnings)
    emit(
        args,
        {
            "path": str(written.path),
            "registered": reunion.summary.registered,
            "attended": reunion.summary.attended,
            "winners": len(reunion.winners),
            "warnings": warnings,
        },
        lambda r: f"Wrote the reunion report ({r['attended']} of {r['registered']} came) to {r['path']}",
    )
    emit_warnings(args, warnings)


def export_roster(args: argparse.Namespace, context) -> None:
    from ssc_desktop.cli.members import chapter_id_by_name

    services = context.services
    chapter_id = chapter_id_by_name(services, args.chapter) if args.chapter else None
    written = services.exports.roster(
        args.output, chapter_id=chapter_id, country=args.country, visit_year=args.visit_year, search=args.search or ""
    )
    emit(
        args,
        {"path": str(written.path), "members": written.count},
        lambda r: f"Wrote {r['members']} members to {r['path']}",
    )
