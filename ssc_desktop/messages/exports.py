"""Wording of the codes of the exports: attendance sheet, sign-in sheet, roster; and of every PDF's text."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "export.unknown_format": "Cannot write {path!r}: use a file name ending in {formats}.",
    "export.not_pdf": "Cannot write the sign-in sheet to {path!r}: use a file name ending in .pdf.",
    "export.not_xlsx": "Cannot write the attendance sheet to {path!r}: use a file name ending in .xlsx.",
    "export.write_failed": "Could not write {path}: {detail}",
    "report.not_pdf": "Cannot write the report to {path!r}: use a file name ending in .pdf.",
    "report.notes_too_long": "The notes are {length} characters; keep them under {limit}.",
    # A warning beside a PDF that was written (badges, certificates, sign-in sheet, agenda, report, contest results): ssc_desktop/undrawn.py.
    "pdf.undrawable_character": "“{name}” has {code_point} ‹{char}›, which no bundled font can draw: "
    "it prints as an empty box.",
}
