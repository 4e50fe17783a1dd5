"""Characters no bundled font can draw, noted while a PDF is written and told to the person.

Below services and output: output/text_drawing notes what it cannot draw, and
services.file_exports collects it around the writers that take no warnings list of their own.

A name with such a character (an emoji, a private-use character, a letter of a script no
bundled font covers) still prints, with an empty box where the character is; the writer
must not pretend it all went well. Every PDF writer runs its drawing inside collect():

    with undrawn.collect() as found:
        ... draw ...
    warnings.extend(undrawn.warnings(found))

text_drawing notes each piece of text it lays out (a name, a line of wording) with every
character of it that it cannot draw; warnings() turns them into DomainErrors with the code
"pdf.undrawable_character" (words in messages/exports.py), one per text and character. When
one noted text holds another (a certificate's wording holds the name), the shorter is told.
A writer that draws a name in pieces (a badge's name on two lines) notes the whole name with
text_drawing.note_undrawable and draws the pieces inside quiet().
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ssc_desktop.errors import DomainError

CODE = "pdf.undrawable_character"


@dataclass(frozen=True)
class Undrawable:
    text: str  # the name or line, as written
    char: str

    @property
    def code_point(self) -> str:
        return f"U+{ord(self.char):04X}"


_found: ContextVar[list[Undrawable] | None] = ContextVar("ssc_undrawable", default=None)


@contextmanager
def collect() -> Iterator[list[Undrawable]]:
    """Notes the undrawable characters of everything drawn in this thread until the block ends."""
    found: list[Undrawable] = []
    token = _found.set(found)
    try:
        yield found
    finally:
        _found.reset(token)


@contextmanager
def quiet() -> Iterator[None]:
    """Notes nothing until the block ends (for pieces of a text noted whole)."""
    token = _found.set(None)
    try:
        yield
    finally:
        _found.reset(token)


def collecting() -> bool:
    return _found.get() is not None


def note(text: str, char: str) -> None:
    found = _found.get()
    if found is not None:
        entry = Undrawable(text, char)
        if entry not in found:
            found.append(entry)


def warnings(found: list[Undrawable]) -> list[DomainError]:
    """One DomainError per text and character, leaving out a text that holds another one told."""
    kept = [
        entry
        for entry in found
        if not any(
            other.char == entry.char and entry.text != other.text and other.text in entry.text for other in found
        )
    ]
    return [DomainError(CODE, name=entry.text, code_point=entry.code_point, char=entry.char) for entry in kept]
