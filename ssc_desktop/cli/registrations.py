"""`ssc register`, `ssc registrations` and `ssc unregister`: who comes to an event."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import Table, emit, emit_rows
from ssc_desktop.errors import DomainError, NotFoundError


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    register = commands.add_parser(
        "register",
        parents=[json_flag],
        help="register members for an event (beyond its capacity they join the waitlist)",
    )
    register.add_argument("--event", type=int, required=True, help="event id (see `ssc event list`)")
    who = register.add_mutually_exclusive_group(required=True)
    who.add_argument("--member", metavar="EMAIL", help="the member with this e-mail")
    who.add_argument("--all-members", action="store_true", help="every member (narrow with --country / --chapter)")
    register.add_argument("--country", help="with --all-members: only members from this country")
    register.add_argument("--chapter", help="with --all-members: only this chapter (name or short name)")
    register.add_argument("--role", default="participant", help="participant, speaker, judge, staff or guest")
    register.add_argument(
        "--late", action="store_true", help="register even though the registration deadline has passed"
    )
    register.add_argument(
        "--walk-in", action="store_true", help="with --member: a walk-in on the day (past capacity and deadline)"
    )
    register.set_defaults(handler=register_members)

    listing = commands.add_parser("registrations", parents=[json_flag], help="list an event's registrations")
    listing.add_argument("--event", type=int, required=True, help="event id")
    listing.add_argument("--status", help="only registered, waitlisted or cancelled")
    listing.add_argument("--counts", action="store_true", help="print the figures at a glance instead of the list")
    listing.set_defaults(handler=list_registrations)

    cancel = commands.add_parser(
        "unregister", parents=[json_flag], help="cancel a registration; the next on the waitlist gets the place"
    )
    cancel.add_argument("--event", type=int, required=True, help="event id")
    cancel.add_argument("--member", metavar="EMAIL", required=True, help="the member's e-mail")
    cancel.set_defaults(handler=unregister)


def member_by_email(services, email: str):
    wanted = email.strip().casefold()
    if wanted:
        for member in services.members.list_members(search=email.strip()):
            if member.email.strip().casefold() == wanted:
                return member
    raise NotFoundError(kind="member", key="e-mail", value=email)


def registration_by_member_email(services, event_id: int, email: str):
    """The event's registration of the member with this e-mail, or NotFoundError."""
    member = member_by_email(services, email)
    found = next((r for r in services.registrations.list_registrations(event_id) if r.member_id == member.id), None)
    if found is None:
        raise NotFoundError(kind="registration", key="member", value=email)
    return found


def register_members(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.registration_rows import parse_role
    from ssc_desktop.services.text_folding import fold

    services = context.services
    role = parse_role(args.role)
    event = services.events.get_event(args.event)
    if args.member is not None:
        if args.country or args.chapter:
            raise DomainError("invalid", field="--country/--chapter", problem="only go with --all-members")
        member = member_by_email(services, args.member)
        if args.walk_in:
            walk_in = services.registrations.register_walk_in(event.id, member.id, role)
            emit(
                args,
                walk_in,
                lambda r: (
                    f"{r['registration']['latin_name']}: registered as a walk-in for {event.title}"
                    + (" (the event is now over capacity)" if r["over_capacity"] else "")
                ),
            )
            return
        row = services.registrations.register(event.id, member.id, role, allow_late=args.late)
        emit(args, row, lambda r: f"{r['latin_name']}: {r['status']} for {event.title} as {r['role']}")
        return
    if args.walk_in:
        raise DomainError("invalid", field="--walk-in", problem="registers one person: use it with --member")
    chapter_id = None
    if args.chapter:
        chapter = services.chapters.find_chapter(args.chapter)
        if chapter is None:
            raise NotFoundError(kind="chapter", key="name", value=args.chapter)
        chapter_id = chapter.id
    members = services.members.list_members(chapter_id=chapter_id)
    if args.country:
        country = fold(args.country.strip())
        members = [m for m in members if fold(m.country) == country]
    if not members:
        criteria = ", ".join(f"{k} {v!r}" for k, v in (("country", args.country), ("chapter", args.chapter)) if v)
        raise DomainError("registration.nobody_matches", criteria=criteria or "the database has no members")
    result = services.registrations.register_members(event.id, [m.id for m in members], role, allow_late=args.late)
    emit(
        args,
        result,
        lambda r: (
            f"{event.title}: {r['registered']} registered, {r['waitlisted']} waitlisted"
            + (f", {r['already_registered']} already had a registration" if r["already_registered"] else "")
        ),
    )


def list_registrations(args: argparse.Namespace, context) -> None:
    from ssc_desktop.services.registration_rows import parse_status, waitlist_positions

    services = context.services
    event = services.events.get_event(args.event)
    if args.counts:
        counts = services.registrations.counts(event.id)
        emit(args, counts, lambda c: counts_text(event.title, c))
        return
    status = parse_status(args.status) if args.status else None
    everyone = services.registrations.list_registrations(event.id)
    positions = waitlist_positions(everyone)
    rows = [r for r in everyone if status is None or r.status == status]
    emit_rows(args, rows, lambda found: registration_table(found, positions, event))


def counts_text(title: str, c: dict) -> str:
    places = f"{c['registered']}/{c['capacity']}" if c["capacity"] else f"{c['registered']} (no limit)"
    lines = [
        f"{title}",
        f"Registered: {places}   Waitlisted: {c['waitlisted']}   Cancelled: {c['cancelled']}   "
        f"Checked in: {c['checked_in']}   Walk-ins: {c['walk_ins']}",
    ]
    roles = [
        f"{r['role']} {r['registered']}" + (f" (+{r['waitlisted']})" if r["waitlisted"] else "")
        for r in c["by_role"]
        if r["registered"] or r["waitlisted"]
    ]
    if roles:
        lines.append("By role: " + ", ".join(roles))
    return "\n".join(lines)


def registration_table(rows: list, positions: dict[int, int], event) -> Table:
    from ssc_desktop.services.events import zone

    tz = zone(event.timezone)
    headers = ["ID", "Name", "Own script", "E-mail", "Role", "Status", "Walk-in", "Registered at", "Checked in"]
    body = []
    for r in rows:
        status = r.status.value + (f" #{positions[r.id]}" if r.id in positions else "")
        checked = f"{r.checked_in_at.astimezone(tz):%H:%M}" if r.checked_in_at else ""
        body.append(
            [
                str(r.id),
                r.latin_name,
                r.native_name,
                r.email,
                r.role.value,
                status,
                "yes" if r.walk_in else "",
                f"{r.registered_at.astimezone(tz):%Y-%m-%d %H:%M}",
                checked,
            ]
        )
    return headers, body


def unregister(args: argparse.Namespace, context) -> None:
    services = context.services
    event = services.events.get_event(args.event)
    member = member_by_email(services, args.member)
    registration = next(
        (r for r in services.registrations.list_registrations(event.id) if r.member_id == member.id), None
    )
    if registration is None:
        raise NotFoundError(kind="registration", key="member", value=args.member)
    result = services.registrations.cancel(registration.id)

    def human(r: dict) -> str:
        text = f"Cancelled: {r['registration']['latin_name']} ({event.title})"
        if r["promoted"]:
            text += "\nPromoted from the waitlist: " + ", ".join(p["latin_name"] for p in r["promoted"])
        return text

    emit(args, result, human)
