"""Words shown for stored values (formats, roles, statuses, kinds, places), and errors, translated."""

from __future__ import annotations

import enum
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ssc_desktop import vocabulary
from ssc_desktop.db_failures import safe_description
from ssc_desktop.errors import DomainError
from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.vocabulary import EventFormat, Gender, RegistrationRole, RegistrationStatus


def translated_word(english: str) -> str:
    """One of the vocabulary's English words in the person's language (context "Vocabulary")."""
    return QCoreApplication.translate("Vocabulary", english)


def word(value: enum.Enum) -> str:
    """The word for a stored value in the person's language."""
    return translated_word(vocabulary.word(value))


def place_word(place: int) -> str:
    return translated_word(vocabulary.PLACE_NAMES[place])


def format_label(value: EventFormat) -> str:
    return word(value)


def role_label(value: RegistrationRole) -> str:
    return word(value)


def status_label(value: RegistrationStatus) -> str:
    return word(value)


def gender_label(value: Gender) -> str:
    return word(value)


def error_text(error: BaseException) -> str:
    """A DomainError in the person's language; anything else as it is."""
    if isinstance(error, DomainError):
        template = MESSAGES.get(error.code)
        if template is not None:
            template = QCoreApplication.translate("DomainError", template)
        return format_message(error.code, template, error.params)
    return safe_description(error)


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

