"""Wording of the codes of certificates, contributors and certificate templates."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "certificate.template_name_taken": "A certificate template named {name!r} already exists.",
    "certificate.template_name_required": "The template needs a name.",
    "certificate.template_title_required": "The template needs a title (for example “Certificate of Contribution”).",
    "certificate.template_kind": "The template {template!r} is not for {kind} certificates.",
    "certificate.bad_colour": "{value!r} is not a colour; write it as #RRGGBB, for example #b4235a.",
    "certificate.unknown_placeholder": "The wording uses {names}, which is not known; use {known}.",
    "certificate.bad_minutes": "Minutes online cannot be negative ({value}).",
    "certificate.nobody": "Nobody gets a {kind} certificate for {event} yet.",
    "certificate.unknown_number": "No certificate has the number {number!r}: it was not issued by this database.",
    "certificate.reason_required": "Say what the contribution was (for example “for organizing the reunion”).",
    "certificate.no_awards": "Award certificates need the contests' results, which are not available here.",
    "certificate.not_pdf": "Cannot write certificates to {path!r}: use a file name ending in .pdf.",
    "certificate.output_required": "Say where to write the certificates with -o PATH (or only look with --dry-run).",
    "certificate.not_a_folder": "{path} is a file, not a folder; one PDF per person is written into a folder.",
}
