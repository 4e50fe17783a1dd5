"""The writers services.file_exports calls, gathered for app.py to hand over.

Each one is imported when it is first called (openpyxl and reportlab take a while to load, and
the phones dialog's QR images need neither) and looked up in its module at that moment, so what
the module holds then is what runs.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ssc_desktop.services.file_exports import FileRenderers


def _writer(module: str, name: str) -> Callable[..., Any]:
    def call(*args: Any, **kwargs: Any) -> Any:
        return getattr(importlib.import_module(f"ssc_desktop.output.{module}"), name)(*args, **kwargs)

    call.__name__ = name
    return call


def _link_qr_png(text: str, module_pixels: int) -> bytes:
    from ssc_desktop.output.qr import LONG_TEXT_MAX_VERSION, qr_png

    return qr_png(text, module_pixels=module_pixels, max_version=LONG_TEXT_MAX_VERSION)


def file_renderers() -> FileRenderers:
    return FileRenderers(
        attendance_xlsx=_writer("attendance_xlsx", "write_attendance_xlsx"),
        signin_pdf=_writer("signin_pdf", "write_signin_pdf"),
        report_pdf=_writer("report_pdf", "write_report_pdf"),
        roster=_writer("roster_export", "write_roster"),
        agenda=_writer("agenda_xlsx", "write_agenda"),
        contest_results=_writer("contest_results_xlsx", "write_results"),
        judge_sheets=_writer("judge_sheet_xlsx", "write_judge_sheets"),
        certificates_pdf=_writer("certificate_pdf", "write_certificates_pdf"),
        certificates_per_person=_writer("certificate_pdf", "write_certificates_per_person"),
        audit_xlsx=_writer("audit_xlsx", "write_audit_xlsx"),
        roster_problems=_writer("roster_report", "write_roster_report"),
        judge_cards=_writer("judge_cards_pdf", "write_judge_cards_pdf"),
        link_qr_png=_link_qr_png,
    )
