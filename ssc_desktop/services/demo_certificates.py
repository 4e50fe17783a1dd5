"""The demo reunion's contributors, so the Certificates page has someone to thank."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ssc_desktop.models import RegistrationRole, RegistrationStatus

if TYPE_CHECKING:
    from ssc_desktop.services import ServiceSet

REASONS = {
    RegistrationRole.STAFF: [
        "for running the registration desk",
        "for organizing the 3rd India reunion",
        "for the reunion's photographs and social media",
        "for looking after the speakers",
    ],
    RegistrationRole.SPEAKER: ["for the alumni talk on research careers in Japan"],
}


def add_demo_contributors(services: ServiceSet, event_id: int) -> int:
    """Staff and one speaker thanked for what they did; returns how many."""
    rows = [r for r in services.registrations.list_registrations(event_id) if r.status == RegistrationStatus.REGISTERED]
    added = 0
    for role, reasons in REASONS.items():
        for row, reason in zip([r for r in rows if r.role == role], reasons, strict=False):
            services.certificates.set_contributor(row.id, reason)
            added += 1
    services.certificates.ensure_default_templates()
    return added


def add_demo_report_notes(services: ServiceSet, event_id: int) -> None:
    services.reports.set_notes(
        event_id,
        (
            "The hybrid format worked: alumni from eleven chapters came, and the keynote was streamed.\n"
            "The poster session needs a bigger hall next year; the banquet list filled within the hour."
        ),
    )
