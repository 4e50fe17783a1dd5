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
    "certificate.bad_check": "{number!r} is not a genuine certificate number: its last part does not match "
    "(mistyped, or made up). Check it letter by letter against the certificate.",
    "certificate.not_a_statement": "This is not the text of a certificate's QR code (it should start with "
    "SSC-CERT/1 and have 7 lines).",
    "certificate.bad_signature": "NOT genuine: the signature does not match. The text was changed, or the "
    "certificate was not issued with this public key.",
    "certificate.bad_key_file": "{file} is not an SSC Desktop public key (a PEM file written by "
    "`ssc certificate public-key`).",
    "certificate.needs_key": "To check a certificate without the database, give the issuer's public key "
    "with --key FILE.",
    "certificate.unknown_number": "No certificate has the number {number!r}: it was not issued by this database.",
    "certificate.reason_required": "Say what the contribution was (for example “for organizing the reunion”).",
    "certificate.no_awards": "Award certificates need the contests' results, which are not available here.",
    "certificate.not_pdf": "Cannot write certificates to {path!r}: use a file name ending in .pdf.",
    "certificate.output_required": "Say where to write the certificates with -o PATH (or only look with --dry-run).",
    "certificate.not_a_folder": "{path} is a file, not a folder; one PDF per person is written into a folder.",
}
