"""`ssc certificates`, `ssc certificate verify`, `ssc contributors`: certificates after the reunion."""

from __future__ import annotations

import argparse

from ssc_desktop.cli.output import emit, emit_rows


def add_commands(commands, json_flag: argparse.ArgumentParser) -> None:  # noqa: ANN001
    from ssc_desktop.models import CertificateKind

    issue = commands.add_parser(
        "certificates", parents=[json_flag],
        help="issue certificates (numbered, with a QR) to one PDF or one PDF per person; says who is left out")
    issue.add_argument("--event", type=int, required=True, metavar="ID")
    issue.add_argument("--kind", required=True, choices=[k.value for k in CertificateKind])
    issue.add_argument("--template", type=int, metavar="ID", help="a template of that kind (default: the first)")
    issue.add_argument("--per-person", action="store_true", help="one PDF per person, written into the folder PATH")
    issue.add_argument("--dry-run", action="store_true", help="only say who would get one and who is left out")
    issue.add_argument("-o", "--output", metavar="PATH", help="FILE.pdf, or a folder with --per-person")
    issue.set_defaults(handler=issue_certificates)

    certificate = commands.add_parser("certificate", help="look a certificate up").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    verify = certificate.add_parser("verify", parents=[json_flag],
                                    help="is this certificate number genuine? (exit status 1 when not)")
    verify.add_argument("number")
    verify.set_defaults(handler=verify_certificate)

    contributors = commands.add_parser("contributors", help="who contributed to an event, and why").add_subparsers(
        dest="action", required=True, metavar="ACTION")
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


def issue_certificates(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    from ssc_desktop.errors import DomainError
    from ssc_desktop.models import CertificateKind
    from ssc_desktop.output.certificate_pdf import write_certificates_pdf, write_certificates_per_person

    service = context.services.certificates
    plan = service.plan(args.event, CertificateKind(args.kind), args.template)
    left_out = [{"name": person.name, "why": person.why} for person in plan.left_out]
    if args.dry_run:
        emit(args, {"recipients": [r.latin_name for r in plan.recipients], "left_out": left_out},
             lambda r: "\n".join([f"{len(r['recipients'])} would get one."]
                                 + [f"left out: {p['name']} ({p['why']})" for p in r["left_out"]]))
        return
    if not args.output:
        raise DomainError("certificate.output_required")
    plan = service.issue(plan)
    if args.per_person:
        paths = [str(p) for p in write_certificates_per_person(plan, args.output)]
    else:
        paths = [str(write_certificates_pdf(plan, args.output))]
    emit(args, {"written": paths, "numbers": [r.number for r in plan.recipients], "left_out": left_out},
         lambda r: "\n".join([f"Wrote {len(r['numbers'])} certificates to {args.output}"]
                             + [f"left out: {p['name']} ({p['why']})" for p in r["left_out"]]))


def verify_certificate(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    found = context.services.certificates.verify(args.number)
    emit(args, found, lambda r: (f"Genuine: {r['number']} — {r['kind']} certificate for {r['recipient_latin_name']}"
                                 f" ({r['recipient_name']}), {r['event_title']}, issued {r['issued_at'][:10]}"))


def list_contributors(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    rows = context.services.certificates.list_contributors(args.event)
    emit_rows(args, rows, lambda items: (["Name", "Own script", "Role", "Reason"],
                                         [[c.latin_name, c.native_name, c.role, c.reason] for c in items]))


def add_contributor(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    from ssc_desktop.cli.registrations import registration_by_member_email

    registration = registration_by_member_email(context.services, args.event, args.member)
    row = context.services.certificates.set_contributor(registration.id, args.reason)
    emit(args, row, lambda r: f"{r['latin_name']}: contributor {r['reason']}")


def remove_contributor(args: argparse.Namespace, context) -> None:  # noqa: ANN001
    from ssc_desktop.cli.registrations import registration_by_member_email

    registration = registration_by_member_email(context.services, args.event, args.member)
    context.services.certificates.remove_contributor(registration.id)
    emit(args, {"removed": registration.latin_name}, lambda r: f"{r['removed']} is no longer a contributor")
