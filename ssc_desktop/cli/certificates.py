"""`ssc certificates`, `ssc certificate verify`, `ssc contributors`: certificates after the reunion."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import emit, emit_rows, emit_warnings


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:
    from ssc_desktop.vocabulary import CertificateKind

    issue = commands.add_parser(
        "certificates",
        parents=[json_flag],
        help="issue certificates (numbered, with a QR) to one PDF or one PDF per person; says who is left out",
    )
    issue.add_argument("--event", type=int, required=True, metavar="ID")
    issue.add_argument("--kind", required=True, choices=[k.value for k in CertificateKind])
    issue.add_argument("--template", type=int, metavar="ID", help="a template of that kind (default: the first)")
    issue.add_argument("--per-person", action="store_true", help="one PDF per person, written into the folder PATH")
    issue.add_argument("--dry-run", action="store_true", help="only say who would get one and who is left out")
    issue.add_argument("-o", "--output", metavar="PATH", help="FILE.pdf, or a folder with --per-person")
    issue.set_defaults(handler=issue_certificates)

    certificate = commands.add_parser("certificate", help="look a certificate up").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    verify = certificate.add_parser(
        "verify",
        parents=[json_flag],
        help="is this certificate genuine? TEXT is a number, or a QR's text (- reads it from standard input); "
        "with --key the QR's text is checked without any database (exit status 1 when not genuine)",
    )
    verify.add_argument("--key", metavar="FILE", help="the issuer's public key (from `ssc certificate public-key`)")
    verify.add_argument("text", metavar="TEXT")
    verify.set_defaults(standalone=verify_certificate)
    public = certificate.add_parser(
        "public-key", parents=[json_flag], help="write this database's public key, for checking certificates offline"
    )
    public.add_argument("-o", "--output", required=True, metavar="FILE")
    public.set_defaults(handler=write_public_key)

    contributors = commands.add_parser("contributors", help="who contributed to an event, and why").add_subparsers(
        dest="action", required=True, metavar="ACTION"
    )
    listing = contributors.add_parser("list", parents=[json_flag], help="the event's contributors")
    listing.add_argument("--event", type=int, required=True, metavar="ID")
    listing.set_defaults(handler=list_contributors)
    add = contributors.add_parser("add", parents=[json_flag], help="mark a registered member as a contributor")
    add.add_argument("--event", type=int, required=True, metavar="ID")
    add.add_argument("--member", required=True, metavar="EMAIL")
    add.add_argument("--reason", required=True, help='e.g. "for organizing the 3rd India reunion"')
    add.set_defaults(handler=add_contributor)
    remove = contributors.add_parser("remove", parents=[json_flag], help="no longer a contributor")
    remove.add_argument("--event", type=int, required=True, metavar="ID")
    remove.add_argument("--member", required=True, metavar="EMAIL")
    remove.set_defaults(handler=remove_contributor)


def issue_certificates(args: argparse.Namespace, context) -> None:
    from ssc_desktop.errors import DomainError
    from ssc_desktop.vocabulary import CertificateKind

    service = context.services.certificates
    plan = service.plan(args.event, CertificateKind(args.kind), args.template)
    left_out = [{"name": person.name, "why": person.why} for person in plan.left_out]
    if args.dry_run:
        emit(
            args,
            {"recipients": [r.latin_name for r in plan.recipients], "left_out": left_out},
            lambda r: "\n".join(
                [f"{len(r['recipients'])} would get one."]
                + [f"left out: {p['name']} ({p['why']})" for p in r["left_out"]]
            ),
        )
        return
    if not args.output:
        raise DomainError("certificate.output_required")
    plan = service.issue(plan)
    written = context.services.exports.certificates(plan, args.output, per_person=args.per_person)
    warnings = list(written.warnings)
    paths = [str(p) for p in written.paths]
    emit(
        args,
        {"written": paths, "numbers": [r.number for r in plan.recipients], "left_out": left_out, "warnings": warnings},
        lambda r: "\n".join(
            [f"Wrote {len(r['numbers'])} certificates to {args.output}"]
            + [f"left out: {p['name']} ({p['why']})" for p in r["left_out"]]
        ),
    )
    emit_warnings(args, warnings)


def verify_certificate(args: argparse.Namespace) -> int:
    """Standalone: a QR text with --key never opens a database; anything else asks the database."""
    import sys
    from pathlib import Path

    from ssc_desktop.cli.output import shown
    from ssc_desktop.errors import DomainError
    from ssc_desktop.services import certificate_signing as signing

    text = sys.stdin.read() if args.text == "-" else args.text
    if args.key and signing.looks_like_statement(text):
        try:
            pem = Path(args.key).read_bytes()
        except OSError as error:
            raise DomainError("certificate.bad_key_file", file=f"{args.key} ({error.strerror})") from None
        public = signing.load_public_key(pem, args.key)
        statement = signing.read_statement(text, public)
        found = {
            "number": statement.number,
            "name": statement.name,
            "kind": statement.kind,
            "event": statement.event,
            "date": statement.date,
            "signed_by": signing.fingerprint(public),
        }
        emit(
            args,
            found,
            lambda r: shown(
                f"Genuine: {r['number']} — {r['kind']} certificate for {r['name']}, "
                f"{r['event']}, {r['date']} (signed by key {r['signed_by']})"
            ),
        )
        return 0
    if signing.looks_like_statement(text) and args.db is None and not _default_database_exists():
        raise DomainError("certificate.needs_key")

    from ssc_desktop.app import compose

    context = compose(args.db)
    try:
        verified = context.services.certificates.verify(text)
    finally:
        context.close()
    emit(
        args,
        verified,
        lambda r: shown(
            f"Genuine: {r['number']} — {r['kind']} certificate for {r['recipient_latin_name']} ({r['recipient_name']}), "
            f"{r['event_title']}, issued {r['issued_at'][:10]}"
        ),
    )
    return 0


def _default_database_exists() -> bool:
    # Checking a QR text must not leave an empty database behind on a stranger's computer.
    from ssc_desktop.paths import default_database_path

    return default_database_path().exists()


def write_public_key(args: argparse.Namespace, context) -> None:
    from pathlib import Path

    from ssc_desktop.atomic_files import atomic_export
    from ssc_desktop.services import certificate_signing as signing

    pem = context.services.certificates.public_key_pem()
    target = Path(args.output)
    with atomic_export(target) as temporary:
        temporary.write_bytes(pem)
    fingerprint = signing.fingerprint(signing.load_public_key(pem))
    emit(
        args,
        {"path": str(target), "fingerprint": fingerprint},
        lambda r: (
            f"Wrote the public key to {r['path']} (fingerprint {r['fingerprint']}); anyone with it can "
            f"check a certificate's QR: ssc certificate verify --key {r['path']} TEXT"
        ),
    )


def list_contributors(args: argparse.Namespace, context) -> None:
    rows = context.services.certificates.list_contributors(args.event)
    emit_rows(
        args,
        rows,
        lambda items: (
            ["Name", "Own script", "Role", "Reason"],
            [[c.latin_name, c.native_name, c.role, c.reason] for c in items],
        ),
    )


def add_contributor(args: argparse.Namespace, context) -> None:
    from ssc_desktop.cli.registrations import registration_by_member_email

    registration = registration_by_member_email(context.services, args.event, args.member)
    row = context.services.certificates.set_contributor(registration.id, args.reason)
    emit(args, row, lambda r: f"{r['latin_name']}: contributor {r['reason']}")


def remove_contributor(args: argparse.Namespace, context) -> None:
    from ssc_desktop.cli.registrations import registration_by_member_email

    registration = registration_by_member_email(context.services, args.event, args.member)
    context.services.certificates.remove_contributor(registration.id)
    emit(args, {"removed": registration.latin_name}, lambda r: f"{r['removed']} is no longer a contributor")
