"""Words shown for stored values (formats, roles, statuses, genders), translatable."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ssc_desktop.db_failures import safe_description
from ssc_desktop.errors import DomainError
from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.models.enums import EventFormat, Gender, RegistrationRole, RegistrationStatus


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def format_label(value: EventFormat) -> str:
    return {EventFormat.FACE_TO_FACE: _tr("Face to face"), EventFormat.ONLINE: _tr("Online"),
            EventFormat.HYBRID: _tr("Hybrid")}[value]


def role_label(value: RegistrationRole) -> str:
    return {RegistrationRole.PARTICIPANT: _tr("Participant"), RegistrationRole.SPEAKER: _tr("Speaker"),
            RegistrationRole.JUDGE: _tr("Judge"), RegistrationRole.STAFF: _tr("Staff"),
            RegistrationRole.GUEST: _tr("Guest")}[value]


def status_label(value: RegistrationStatus) -> str:
    return {RegistrationStatus.REGISTERED: _tr("Registered"), RegistrationStatus.WAITLISTED: _tr("Waitlisted"),
            RegistrationStatus.CANCELLED: _tr("Cancelled")}[value]


def gender_label(value: Gender) -> str:
    return {Gender.FEMALE: _tr("Female"), Gender.MALE: _tr("Male"), Gender.OTHER: _tr("Other"),
            Gender.UNSPECIFIED: _tr("Not stated")}[value]


def error_text(error: BaseException) -> str:
    """A DomainError in the person's language; anything else as it is."""
    if isinstance(error, DomainError):
        template = MESSAGES.get(error.code)
        if template is not None:
            template = QCoreApplication.translate("DomainError", template)
        return format_message(error.code, template, error.params)
    return safe_description(error)


def warnings_text(warnings, limit: int = 8) -> str:  # noqa: ANN001
    """Warnings beside a file that was written (DomainErrors, e.g. pdf.undrawable_character), a line each.

    A name is set apart as a bidi isolate, so "محمد" does not turn the English sentence right to left."""
    lines = [error_text(DomainError(w.code, **{**w.params, "name": f"\u2068{w.params['name']}\u2069"})
                        if "name" in w.params else w) for w in list(warnings)[:limit]]
    if len(warnings) > limit:
        lines.append(fill(QCoreApplication.translate("DomainError", "… and %1 more."), len(warnings) - limit))
    return "\n".join(lines)


def local_time_text(moment: datetime | None, tz, with_date: bool = False) -> str:  # noqa: ANN001
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return local.strftime("%d %b %Y %H:%M") if with_date else local.strftime("%H:%M")


def fill(template: str, *values: object) -> str:
    """Qt-style placeholders (%1, %2…) filled in, as translators write them."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template

