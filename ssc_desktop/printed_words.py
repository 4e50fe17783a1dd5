"""The app's own words on the PDFs it prints, in the language the person chose.

Headings, column titles, "Page 1 of 2", role words and the like: every fixed text a writer in
output/ prints is declared once in PRINTED_TEXTS (English, with {fields}). scripts/
update_translations.py hands them to lupdate in context "PrintedWords", and PrintedWords reads
their translations back from the same .ts files without Qt (languages.translations_of), as
`ssc` and the judges' phone page do. The stored values' words (roles, formats, kinds, places)
come from context "Vocabulary". A text not translated yet stays English.

Days are written as the language writes them (languages.Language's QLocale patterns, month and
weekday names from PRINTED_TEXTS); English keeps the long forms the PDFs always had
("Saturday 12 December 2026"). What people typed (names, titles, a template's wording) is never
passed through here.
"""

from __future__ import annotations

import enum
import re
import datetime as dt
from collections.abc import Callable
from functools import cache

from ssc_desktop import languages, vocabulary

PRINTED_CONTEXT = "PrintedWords"

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

# The results' arithmetic in words (services/contest_explained.py), on the results PDF.
EXPLANATION_TEXTS: tuple[str, ...] = (
    "{name} × {weight} (out of {maximum})",
    "A judge's total",
    "For each entry, each judge's total is the weighted share of the best possible sheet: every score is "
    "divided by its criterion's maximum, multiplied by the criterion's weight, the products are added up, "
    "divided by the sum of the weights ({weight_sum}) and multiplied by 100. The criteria and weights: "
    "{weights}. Only complete sheets count: a judge who left any criterion empty for an entry gives it no "
    "total.",
    "Mean",
    "The mean of an entry is the plain average of its judges' totals.",
    "Normalized",
    "A harsh judge and a lenient one should weigh the same. So each judge's totals are turned into "
    "z-scores over that judge's own entries: minus that judge's mean, divided by that judge's population "
    "standard deviation (dividing by the number of entries, not one less). Each z-score is shown as "
    "{mean} + {sd} × z, so a judge's average entry gets {mean} and one standard deviation is {sd} points "
    "({mean} ± {sd}). A judge with fewer than two entries, or who gave every entry the same total, gives "
    "{mean}. An entry's normalized total is the mean of its judges' normalized totals.",
    "Trimmed mean",
    "With {judges} or more judges on an entry, its highest and its lowest total are dropped and the rest "
    "averaged; with fewer judges the trimmed mean equals the mean.",
    "Ranking and ties",
    "These results are ranked by the {method}, within each category. Entries with equal totals (compared "
    "to 6 decimals) are ordered by their mean score on “{criterion}”, then the number of judges who "
    "scored them (more first). Entries still equal after that share a rank, marked “=”, and the next "
    "rank is skipped (1, 1, 3). Entries no judge completed are listed unranked.",
    "These results are ranked by the {method}, within each category. Entries with equal totals (compared "
    "to 6 decimals) are ordered by the number of judges who scored them (more first). Entries still "
    "equal after that share a rank, marked “=”, and the next rank is skipped (1, 1, 3). Entries no judge "
    "completed are listed unranked.",
    "Worked example: {code}",
    "{code} was scored by {judges} judge(s), whose totals were {totals}: mean {mean}. Normalized per "
    "judge: {normalized}; their mean {normalized_mean}. Trimmed mean {trimmed}. Ranked by the "
    "{method}: {total}, rank {rank} in {category}.",
    "its category",
    "Provisional",
    "The contest is not locked: scores may still change.",
)

PRINTED_TEXTS: tuple[str, ...] = (
    # Every A4 document's footer.
    "Page {page} of {total}",
    # The sign-in sheet.
    "Sign-in sheet — {title}",
    "Sign-in sheet · {title} · {date}",
    "{count} registered. Please sign beside your name.",
    "No.",
    "Name",
    "Chapter · affiliation",
    "Role",
    "Here",
    "Signature",
    "Nobody is registered yet.",
    # The agenda.
    "Agenda — {title}",
    "Venue: {venue}",
    "Online: {link}",
    "Time",
    "Room",
    "Kind",
    "Programme",
    "Speakers",
    "No programme items yet.",
    "All times are local to the event ({zone}).",
    # The reunion report.
    "Reunion report — {title}",
    "Reunion report · {title} · {date}",
    "Registered",
    "Attended",
    "On site",
    "Online",
    "Attendance",
    "No-shows",
    "Walk-ins",
    "Arrivals per hour (local time)",
    "Registered and attended by country",
    "Registered and attended by role",
    "No arrivals recorded.",
    "Nobody registered yet.",
    "registered",
    "attended",
    "Parts of the day: {parts}",
    "Contest",
    "Award",
    "Entry",
    "Winners",
    "Contest winners",
    "Notes from the coordinator",
    "No programme items.",
    "Figures",
    "Writing the PDF",
    # The contest results.
    "Results — {title}",
    "Final results",
    "Provisional results (not yet locked)",
    "{kind} contest · {status}",
    "Theme: {theme}",
    "Ranked by: {method}. Each judge's total is the weighted rubric score as a percentage; ties are broken "
    "by the stated order and entries still equal share a rank (=).",
    "Rank",
    "Code",
    "Title",
    "Authors",
    "Total",
    "All entries",
    "Remaining ties: {ties}",
    "How these results were computed",
    "{heading}. {text}",
    *EXPLANATION_TEXTS,
    # Certificates.
    "This certificate is presented to",
    "online",
    # Badges and tickets.
    "Badges — {title}",
    "Ticket — {title} — {name}",
    "Ticket · {chapter}",
    "Show this code at the door: on your phone or printed. It is yours alone.",
    "A new ticket replaces this one.",
    # The judges' phone cards.
    "Judges' phone cards — {title}",
    "Scan with your phone, then type your PIN.",
    # Month and weekday names, for the days printed in a language's own pattern.
    *MONTHS,
    *WEEKDAYS,
)
_KNOWN = frozenset(PRINTED_TEXTS)
_PATTERN_PART = re.compile(r"yyyy|MMMM|MMM|MM|M|dddd|ddd|dd|d")
# English keeps the forms its PDFs always printed.
_ENGLISH_DATES = {"long": "%A %d %B %Y", "date": "%d %B %Y", "day_month": "%d %b"}


class PrintedWords:
    """The printed words of one shipped language (English for any other code)."""

    def __init__(self, language: str = "en") -> None:
        found = languages.shipped(language)
        self.language = found or languages.SHIPPED[0]
        self.code = self.language.code
        self._texts = languages.translations_of(self.code, PRINTED_CONTEXT)
        self._words = languages.translations_of(self.code, "Vocabulary")

    def text(self, english: str, **fields: object) -> str:
        """A text of PRINTED_TEXTS in the language, its {fields} filled in (their values as given)."""
        if english not in _KNOWN:
            raise KeyError(f"not a printed text (add it to PRINTED_TEXTS): {english!r}")
        template = self._texts.get(english, english)
        return template.format(**fields) if fields else template

    def word(self, value: enum.Enum) -> str:
        """A stored value's word (a role, format, kind...)."""
        return self.vocabulary(vocabulary.word(value))

    def vocabulary(self, english: str) -> str:
        """One of vocabulary.every_word() (a place's or a ranking method's name) in the language."""
        return self._words.get(english, english)

    def long_date(self, moment: dt.date) -> str:
        """A day with its weekday: "Saturday 12 December 2026", "2026/12/12 (土)"…"""
        return self._day(moment, "long", self.language.weekday_pattern)

    def date(self, moment: dt.date) -> str:
        """A day: "12 December 2026", "2026/12/12", "12/12/2026"…"""
        return self._day(moment, "date", self.language.date_pattern)

    def day_month(self, moment: dt.date) -> str:
        """A day without its year: "12 Dec", "12/12"…"""
        return self._day(moment, "day_month", self.language.day_month_pattern)

    def span(self, start: dt.datetime, end: dt.datetime, zone: str) -> str:
        """When something happens, in its own time zone: "Tuesday 01 December 2026, 09:30–18:00
        (Asia/Kolkata)", "2026/12/01 (火), 09:30–18:00 (Asia/Kolkata)"…"""
        if start.date() == end.date():
            return f"{self.long_date(start)}, {start:%H:%M}–{end:%H:%M} ({zone})"
        return f"{self.long_date(start)} {start:%H:%M} – {self.long_date(end)} {end:%H:%M} ({zone})"

    def _day(self, moment: dt.date, form: str, pattern: str) -> str:
        if self.code == "en":
            return moment.strftime(_ENGLISH_DATES[form])
        return _PATTERN_PART.sub(lambda part: self._date_part(moment, part.group()), pattern)

    def _date_part(self, moment: dt.date, part: str) -> str:
        if part == "yyyy":
            return f"{moment.year:04d}"
        if part.startswith("M"):
            if len(part) >= 3:
                return self.text(MONTHS[moment.month - 1])
            return f"{moment.month:0{len(part)}d}"
        if len(part) >= 3:
            return self.text(WEEKDAYS[moment.weekday()])
        return f"{moment.day:0{len(part)}d}"


ENGLISH = PrintedWords("en")


@cache
def printed_words(code: str) -> PrintedWords:
    """The (shared, read-once) printed words of a language code."""
    return PrintedWords(code)


# The language the PDFs' own words are printed in: a code, or a function giving it at each export
# (the GUI's running language, which the window may change); `ssc` passes the one it speaks.
PrintingLanguage = Callable[[], str] | str


def words_now(language: PrintingLanguage) -> PrintedWords:
    """The printed words of language at this moment."""
    return printed_words(language() if callable(language) else language)
