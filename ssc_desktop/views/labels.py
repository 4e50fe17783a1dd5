"""Words shown for stored values (formats, roles, statuses, kinds, places), and errors, translated."""

from __future__ import annotations

import enum
from datetime import date, datetime, timezone, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ssc_desktop import languages, vocabulary
from ssc_desktop.db_failures import safe_description
from ssc_desktop.errors import DomainError
from ssc_desktop.messages import MESSAGES, format_message


def translated_word(english: str) -> str:
    """One of the vocabulary's English words in the person's language (context "Vocabulary")."""
    return QCoreApplication.translate("Vocabulary", english)


def word(value: enum.Enum) -> str:
    """The word for a stored value in the person's language."""
    return translated_word(vocabulary.word(value))


def place_word(place: int) -> str:
    return translated_word(vocabulary.PLACE_NAMES[place])


def error_text(error: BaseException) -> str:
    """A DomainError in the person's language; anything else as it is."""
    if isinstance(error, DomainError):
        template = MESSAGES.get(error.code)
        if template is not None:
            template = QCoreApplication.translate("DomainError", template)
        return format_message(error.code, template, error.params)
    return safe_description(error)


def _patterns() -> languages.Language:
    return languages.for_locale_name(QLocale().name())


def date_text(moment: date | datetime, weekday: bool = False) -> str:
    """A day as the person's language writes it: "Tue 01 Dec 2026", "2026/12/01 (火)"…"""
    language = _patterns()
    return QLocale().toString(
        QDate(moment.year, moment.month, moment.day), language.weekday_pattern if weekday else language.date_pattern
    )


def day_month_text(moment: date | datetime) -> str:
    """A day without its year: "01 Dec", "12/1"…"""
    return QLocale().toString(QDate(moment.year, moment.month, moment.day), _patterns().day_month_pattern)


def time_text(moment: datetime, seconds: bool = False) -> str:
    # Every shipped language reads a 24-hour clock; the door and the programme need no AM/PM.
    return moment.strftime("%H:%M:%S" if seconds else "%H:%M")


def date_time_text(moment: datetime, weekday: bool = False, seconds: bool = False) -> str:
    return f"{date_text(moment, weekday)} {time_text(moment, seconds)}"


def zone_note(tz: tzinfo, moment: datetime | None = None) -> str:
    """ " (Asia/Tokyo)" when tz's clock differs from this laptop's at that moment, else "": a time
    that is not the laptop's says whose it is."""
    moment = moment or datetime.now(timezone.utc)
    if moment.astimezone(tz).utcoffset() == moment.astimezone().utcoffset():
        return ""
    return f" ({getattr(tz, 'key', None) or moment.astimezone(tz).tzname()})"


def warnings_text(warnings, limit: int = 8) -> str:
    """Warnings beside a file that was written (DomainErrors, e.g. pdf.undrawable_character), a line each.

    A name is set apart as a bidi isolate, so "محمد" does not turn the English sentence right to left."""
    lines = [
        error_text(
            DomainError(w.code, **{**w.params, "name": f"\u2068{w.params['name']}\u2069"}) if "name" in w.params else w
        )
        for w in list(warnings)[:limit]
    ]
    if len(warnings) > limit:
        lines.append(fill(QCoreApplication.translate("DomainError", "… and %1 more."), len(warnings) - limit))
    return "\n".join(lines)


def local_time_text(moment: datetime | None, tz, with_date: bool = False) -> str:
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return date_time_text(local) if with_date else time_text(local)


def fill(template: str, *values: object) -> str:
    """Qt-style placeholders (%1, %2…) filled in, as translators write them."""
    for number in range(len(values), 0, -1):
        template = template.replace(f"%{number}", str(values[number - 1]))
    return template
