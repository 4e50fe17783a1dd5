"""`ssc member …`: the roster."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import Table, emit_rows
from ssc_desktop.errors import DomainError


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:  # noqa: ANN001
    member = commands.add_parser("member", help="members").add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = member.add_parser("list", parents=[json_flag], help="list members by Latin name")
    listing.add_argument("--search", help="part of a name (any script), e-mail or affiliation")
    listing.add_argument("--chapter", help="only this chapter (name or short name)")
    listing.add_argument("--limit", type=int, help="at most this many")
    listing.set_defaults(handler=list_members)


def list_members(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    services = context.services
    chapter_id = None
    if args.chapter:
        chapter = services.chapters.find_chapter(args.chapter)
        if chapter is None:
            raise DomainError("not_found", kind="chapter", key="name", value=args.chapter)
        chapter_id = chapter.id
    found = services.members.list_members(search=args.search, chapter_id=chapter_id, limit=args.limit)
    emit_rows(args, found, member_table)


def member_table(members: list) -> Table:
    headers = ["ID", "Name", "Own script", "Country", "Affiliation", "E-mail"]
    body = [[str(m.id), m.latin_name, m.native_name, m.country, m.affiliation, m.email] for m in members]
    return headers, body
