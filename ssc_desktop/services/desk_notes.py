"""Desk notes: what the check-in desk must do for one person.

A coordinator leaves a note on a registration ("vegetarian", "wheelchair access: use the
ramp at gate 2", "collect your certificate at the desk"); the check-in verdict shows it
(RegistrationRow.desk_note). An empty note clears it.
"""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError, NotFoundError
from ssc_desktop.models import Registration
from ssc_desktop.services.registrations import RegistrationService
from ssc_desktop.services.registration_rows import RegistrationRow

NOTE_LIMIT = 500  # a note is read at a glance from the verdict panel, not a letter


class DeskNoteService:
    def __init__(self, session_factory: sessionmaker[Session], registrations: RegistrationService) -> None:
        self._sessions = session_factory
        self._registrations = registrations

    def set_desk_note(self, registration_id: int, text: str) -> RegistrationRow:
        """Sets (or, with blank text, clears) the registration's desk note; returns the row."""
        note = clean_note(text)
        with self._sessions.begin() as session:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFoundError(kind="registration", key="id", value=registration_id)
            registration.desk_note = note
        return self._registrations.get_registration(registration_id)

    def set_desk_notes(self, notes: dict[int, str]) -> int:
        """Many notes in one transaction (imports, the demo); returns how many were set."""
        cleaned = {registration_id: clean_note(text) for registration_id, text in notes.items()}
        with self._sessions.begin() as session:
            for registration_id, note in cleaned.items():
                registration = session.get(Registration, registration_id)
                if registration is None:
                    raise NotFoundError(kind="registration", key="id", value=registration_id)
                registration.desk_note = note
        return len(cleaned)


def clean_note(text: str) -> str:
    """Trailing spaces and blank lines trimmed; line breaks kept (a note may have two points)."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    note = "\n".join(line for line in lines if line.strip()).strip()
    if len(note) > NOTE_LIMIT:
        raise DomainError("desk_note.too_long", length=len(note), limit=NOTE_LIMIT)
    return note
