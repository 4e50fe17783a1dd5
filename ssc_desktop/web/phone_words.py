"""The language a judge's phone is spoken to in, and the page's words and refusals in it.

The phone's own choice comes first: the languages its Accept-Language names, best q first,
when SSC Desktop ships one of them (a Japanese judge's phone at an Indian reunion gets
Japanese). A phone asking for none of them gets the laptop's language: the one chosen in the
GUI, or the environment's for `ssc contest serve`.

The words are the app's own translations, read without Qt from the same .ts files as `ssc`
does (languages.translations_of), once per language: the page's texts (PHONE_TEXTS) in
context "JudgePhone", the refusals (every DomainError message) in context "DomainError".
A text not translated yet stays English.
"""

from __future__ import annotations

import threading

from ssc_desktop import languages
from ssc_desktop.messages import MESSAGES, format_message
from ssc_desktop.messages.judge_phones import PHONE_TEXTS

PHONE_CONTEXT = "JudgePhone"
# Enough for any real phone; a longer header is read only this far.
_MOST_TAGS = 20


def accepted(header: str) -> list[str]:
    """The language tags of an Accept-Language header, best first ("*" and q=0 left out)."""
    weighted: list[tuple[float, int, str]] = []
    for position, part in enumerate(header.split(",")[:_MOST_TAGS]):
        tag, _, rest = part.strip().partition(";")
        quality = 1.0
        for parameter in rest.split(";"):
            name, _, value = parameter.strip().partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        tag = tag.strip()
        if tag and tag != "*" and quality > 0:
            weighted.append((-quality, position, tag))
    return [tag for _q, _p, tag in sorted(weighted)]


class PhoneWords:
    def __init__(self, laptop_language: str = "en") -> None:
        self.laptop_language = laptop_language if languages.shipped(laptop_language) else "en"
        self._lock = threading.Lock()
        self._texts: dict[str, dict[str, str]] = {}

    def language_for(self, accept_language: str) -> str:
        """The shipped language code to answer a request with this Accept-Language header in."""
        for tag in accepted(accept_language):
            match = languages.best_match([tag])
            if match.code != "en" or tag.lower().split("-")[0].split("_")[0] == "en":
                return match.code
        return self.laptop_language

    def texts(self, code: str) -> dict[str, str]:
        """The page's texts (PHONE_TEXTS' keys) in the language."""
        with self._lock:
            if code not in self._texts:
                translated = languages.translations_of(code, PHONE_CONTEXT)
                self._texts[code] = {key: translated.get(text, text) for key, text in PHONE_TEXTS.items()}
            return self._texts[code]

    def message(self, code: str, error_code: str, params: dict) -> str:
        """A DomainError's sentence in the language, its facts filled in."""
        translated = languages.translations_of(code, "DomainError")
        template = MESSAGES.get(error_code)
        return format_message(error_code, translated.get(template, template) if template else None, params)
