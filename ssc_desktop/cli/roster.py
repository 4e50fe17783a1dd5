"""`ssc roster import FILE --chapter NAME`: a chapter's Excel or CSV roster into the members."""

from __future__ import annotations

import argparse
import sys

from ssc_desktop.cli.output import emit
from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.services.roster_import import DuplicateAction, RosterImportResult
from ssc_desktop.services.roster_mapping import KEEP, header_key
from ssc_desktop.services.tabular_files import column_letter


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    roster = commands.add_parser("roster", help="chapter rosters").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    importing = roster.add_parser(
        "import",
        parents=[json_flag],
        help="import an .xlsx, .xls, .ods or .csv roster into a chapter",
        description="Import a roster (.xlsx, .xls, .ods, or .csv in UTF-8, UTF-16 or Shift_JIS with comma, "
        "semicolon or tab) into a chapter, in one transaction. Columns are mapped by their header "
        "names (English, Japanese, Chinese, Korean, Indonesian, Vietnamese, Thai, Hindi; names in "
        "parts are joined) or by the mapping saved at the last import of the same headers. "
        "Rows with problems are left out and listed, and so are the columns not imported.",
    )
    importing.add_argument("file", metavar="FILE", help="the roster (.xlsx, .xls, .ods or .csv)")
    importing.add_argument("--chapter", required=True, help="the chapter the members join (created if new)")
    importing.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    importing.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default="update",
        help="a row matching a stored member or an earlier row: update it (default), skip the row, or keep both",
    )
    importing.add_argument("--sheet", default="", help="the sheet to read (default: the active one)")
    importing.add_argument("--header-row", type=int, help="the row holding the column names (default: found)")
    importing.add_argument("--report", metavar="PATH", help="also write the problems to PATH (.csv or .xlsx)")
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD",
        help="map a column (its header, or its letter) to a field: latin_name, native_name, given_name, "
        "middle_name, family_name, reading, email, country, affiliation, visit_year, host_institution, "
        "gender, phone, notes, keep (a 'Header: value' line of the notes) or none; +FIELD joins the "
        "column to the field's other columns (up to three) instead of taking it from them; repeatable, "
        "and remembered with the headers as the wizard's mapping is",
    )
    importing.add_argument(
        "--keep-rest", action="store_true", help="keep every column the mapping leaves out in the members' notes"
    )
    importing.set_defaults(handler=import_roster)


def import_roster(args: argparse.Namespace, context) -> int:
    service = context.services.roster_import
    mapping = None
    header_row = args.header_row
    if args.map or args.keep_rest:
        preview = service.preview(args.file, sheet=args.sheet, header_row=args.header_row)
        header_row = preview.header_row
        try:
            mapping = changed_mapping(preview.headers, preview.mapping, args.map)
        except ValueError as error:
            print(f"ssc: error: {error}", file=sys.stderr)
            return 2
        if args.keep_rest:
            mapping.update({c.column: KEEP for c in preview.left_out if c.column not in mapping})
    result = service.import_roster(
        args.file,
        args.chapter,
        mapping,
        sheet=args.sheet,
        header_row=header_row,
        policy=DuplicateAction(args.on_duplicate),
        dry_run=args.dry_run,
    )
    if args.report:
        context.services.exports.roster_problems(result.problems, args.report)
    emit(args, _plain(result), lambda r: summary_text(result))
    return 0


def changed_mapping(headers: tuple[str, ...], mapping: dict[int, str], changes: list[str]) -> dict[int, str]:
    """The mapping with each COLUMN=FIELD applied, as the wizard's mapping row applies a choice.

    FIELD takes the field from any other column (a wrong guess put right); +FIELD joins the column to
    the field's other columns; none leaves the column out. ValueError names what cannot be read.
    """
    result = dict(mapping)
    for change in changes:
        column_text, separator, field = change.rpartition("=")
        if not separator or not column_text.strip():
            raise ValueError(f'--map {change!r}: write COLUMN=FIELD, e.g. "Job Title=keep"')
        column = _column(headers, column_text.strip())
        if column is None:
            raise ValueError(f"--map {change!r}: the file has no column {column_text.strip()!r}")
        field = field.strip().casefold()
        joined = field.startswith("+")
        field = field.lstrip("+").strip()
        if field in ("", "none", "-"):
            result.pop(column, None)
            continue
        if not joined and field != KEEP:
            result = {c: f for c, f in result.items() if f != field}
        result[column] = field  # an unknown field is refused by the import, with its message
    return dict(sorted(result.items()))


def _column(headers: tuple[str, ...], text: str) -> int | None:
    key = header_key(text)
    for index, header in enumerate(headers):
        if header_key(header) == key and key:
            return index
    letters = [column_letter(i) for i in range(len(headers))]
    return letters.index(text) if text in letters else None


def _plain(result: RosterImportResult) -> dict:
    from ssc_desktop.cli.output import plain

    data = plain(result)
    data["mapping"] = {str(k): v for k, v in sorted(result.mapping.items())}
    for problem, item in zip(result.problems, data["problems"], strict=True):
        item["message"] = problem_text(problem)
    return data


def problem_text(problem) -> str:
    params = {"value": problem.value, "header": problem.header, **problem.params}
    return format_message(problem.code, MESSAGES.get(problem.code), params)


def summary_text(result: RosterImportResult) -> str:
    lines = []
    where = f"{result.file}" + (f", sheet {result.sheet}" if result.sheet else "")
    verb = "Would import" if result.dry_run else "Imported"
    lines.append(
        f"{verb} {where} into {result.chapter or '(no chapter)'}: header on row {result.header_row}, "
        f"{result.rows} rows read."
    )
    lines.append(
        f"{result.added} added, {result.updated} updated, {result.skipped} duplicates skipped, "
        f"{result.rejected} rows left out for problems."
    )
    if result.duplicates:
        lines.append(f"{len(result.duplicates)} duplicates ({result.policy.value}):")
        for dup in result.duplicates:
            other = f"row {dup.other_row}" if dup.kind == "file" else f"member #{dup.member_id}"
            lines.append(
                f"  row {dup.row}: {dup.name} <{dup.email}> matches {other} "
                f"({dup.other_name}) by {dup.matched_by}: {dup.action.value}"
            )
    if result.problems:
        lines.append(f"{len(result.problems)} problems:")
        for problem in result.problems:
            cell = f"{problem.column}{problem.row}" if problem.column else f"row {problem.row}"
            column = f" ({problem.header})" if problem.header else ""
            lines.append(
                f"  {problem.severity}: {problem.file}, {problem.sheet or 'sheet'} {cell}{column}: "
                f"{problem_text(problem)}"
            )
    if result.left_out:
        lines.append(f"Columns not imported: {', '.join(result.left_out)}.")
    if result.dry_run:
        lines.append("Nothing was changed (--dry-run).")
    return "\n".join(lines)


__all__ = ["add_commands", "import_roster", "summary_text"]
