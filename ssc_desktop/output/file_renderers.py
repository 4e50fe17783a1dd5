"""The writers services.file_exports calls, gathered for app.py to hand over (imported on the
first export: openpyxl and reportlab take a while to load). Each writer is looked up in its
module when the set is made, so what a module holds then is what runs."""

from __future__ import annotations

from ssc_desktop.output import (
    agenda_xlsx,
    attendance_xlsx,
    audit_xlsx,
    certificate_pdf,
    contest_results_xlsx,
    judge_sheet_xlsx,
    report_pdf,
    roster_export,
    signin_pdf,
)
from ssc_desktop.services.file_exports import FileRenderers


def file_renderers() -> FileRenderers:
    return FileRenderers(
        attendance_xlsx=attendance_xlsx.write_attendance_xlsx,
        signin_pdf=signin_pdf.write_signin_pdf,
        report_pdf=report_pdf.write_report_pdf,
        roster=roster_export.write_roster,
        agenda=agenda_xlsx.write_agenda,
        contest_results=contest_results_xlsx.write_results,
        judge_sheets=judge_sheet_xlsx.write_judge_sheets,
        certificates_pdf=certificate_pdf.write_certificates_pdf,
        certificates_per_person=certificate_pdf.write_certificates_per_person,
        audit_xlsx=audit_xlsx.write_audit_xlsx,
    )
