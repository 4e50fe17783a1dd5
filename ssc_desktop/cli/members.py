"""`ssc member …`: the roster: list (typo-tolerant search), edit, merge."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import Table, emit, emit_rows, plain
from ssc_desktop.errors import DomainError

# Command-line option -> MemberDraft field, for `ssc member edit`.
EDIT_OPTIONS = {
    "latin_name": ("--name", "name in Latin letters"),
    "native_name": ("--native-name", "name in its own script"),
    "email": ("--email", "e-mail address"),
    "country": ("--country", "country"),
    "affiliation": ("--affiliation", "university, company…"),
    "visit_year": ("--visit-year", "year of the Sakura Science visit (empty to clear)"),
    "host_institution": ("--host", "host institution in Japan"),
    "gender": ("--gender", "female, male, other or unspecified"),
    "phone": ("--phone", "phone number"),
    "notes": ("--notes", "free notes"),
}


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    member = commands.add_parser("member", help="members").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = member.add_parser("list", parents=[json_flag], help="list members by Latin name")
    listing.add_argument("--search", help="words of a name (any script), e-mail or affiliation; typos tolerated")
    listing.add_argument("--chapter", help="only this chapter (name or short name)")
    listing.add_argument("--country", help="only members from this country")
    listing.add_argument("--visit-year", type=int, help="only members who visited Japan this year")
    listing.add_argument("--limit", type=int, help="at most this many")
    listing.set_defaults(handler=list_members)

    edit = member.add_parser("edit", parents=[json_flag], help="change a member's details")
    edit.add_argument("id", type=int, metavar="ID", help="the member's id (see `ssc member list`)")
    for field, (option, text) in EDIT_OPTIONS.items():
        edit.add_argument(option, dest=field, help=text)
    edit.add_argument("--chapter", help="chapter name or short name")
    edit.set_defaults(handler=edit_member)

    merge = member.add_parser(
        "merge",
        parents=[json_flag],
        help="merge two records of one person: REMOVE_ID is folded into KEEP_ID",
        description="Moves REMOVE_ID's registrations and programme slots to KEEP_ID and deletes REMOVE_ID. "
        "KEEP_ID keeps its own values, except empty ones, which are filled from REMOVE_ID.",
    )
    merge.add_argument("keep_id", type=int, metavar="KEEP_ID")
    merge.add_argument("remove_id", type=int, metavar="REMOVE_ID")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help="use REMOVE_ID's value for this field (repeatable), e.g. --take email",
    )
    merge.add_argument(
        "--keep",
        action="append",
        default=[],
        metavar="FIELD",
        help="keep KEEP_ID's value for this field even if it is empty (repeatable)",
    )
    merge.set_defaults(handler=merge_members)


def chapter_id_by_name(services, name: str) -> int:
    chapter = services.chapters.find_chapter(name)
    if chapter is None:
        raise DomainError("not_found", kind="chapter", key="name", value=name)
    return chapter.id


def list_members(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.member_search import search_members

    services = context.services
    chapter_id = chapter_id_by_name(services, args.chapter) if args.chapter else None
    found = services.members.list_members(chapter_id=chapter_id, country=args.country, visit_year=args.visit_year)
    if args.search and args.search.strip():
        found = search_members(found, args.search)
    if args.limit is not None:
        found = found[: max(0, args.limit)]
    emit_rows(args, found, member_table)


def edit_member(args: argparse.Namespace, context) -> None:
    services = context.services
    changes: dict[str, object] = {
        field: getattr(args, field) for field in EDIT_OPTIONS if getattr(args, field) is not None
    }
    if args.chapter is not None:
        changes["chapter_id"] = chapter_id_by_name(services, args.chapter) if args.chapter.strip() else None
    if not changes:
        raise DomainError("member.nothing_to_change")
    updated = services.members.update_member(args.id, changes)
    emit(
        args,
        plain(updated),
        lambda m: (
            f"Updated member {m['id']}: {m['latin_name']}" + (f" ({m['native_name']})" if m["native_name"] else "")
        ),
    )


def merge_members(args: argparse.Namespace, context) -> None:
    choices = {field: "remove" for field in args.take}
    choices.update({field: "keep" for field in args.keep})
    result = context.services.members.merge_members(args.keep_id, args.remove_id, choices)

    def human(r: dict) -> str:
        kept = r["kept"]
        lines = [f"Merged member {r['removed_id']} into {kept['id']}: {kept['latin_name']}"]
        lines.append(
            f"{r['registrations_moved']} registrations moved, {r['registrations_dropped']} duplicate "
            f"registrations folded ({r['checkins_moved']} check-ins kept), "
            f"{r['speaker_links_moved']} programme slots moved."
        )
        if r["fields_taken"]:
            lines.append("Taken from the removed record: " + ", ".join(r["fields_taken"]))
        if r["promoted"]:
            lines.append(f"{r['promoted']} waitlisted registrations promoted into freed places.")
        return "\n".join(lines)

    emit(args, plain(result), human)


def member_table(members: list) -> Table:
    headers = ["ID", "Name", "Own script", "Country", "Affiliation", "E-mail"]
    body = [[str(m.id), m.latin_name, m.native_name, m.country, m.affiliation, m.email] for m in members]
    return headers, body
