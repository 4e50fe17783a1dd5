"""Ticket codes: what the QR on a badge or ticket says, and how it is checked.

Format (all characters in QR's alphanumeric set, so the code stays small):

    SSC1.<event id>.<registration id>.<ticket version>.<signature>

Ids and version are base 36, upper case. The signature is the first 65 bits of
HMAC-SHA256 over "SSC1|event|registration|version" keyed with the event's own
secret (events.ticket_secret, never shown), written as 13 base-32 letters. So a
code works offline, cannot be made up without the secret, and cannot be moved to
another event or another person. Re-issuing a ticket raises the registration's
version, and codes of older versions are refused. A typical code is ~26 characters:
QR version 2 at error correction M.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import NotFoundError
from ssc_desktop.models import Event, Registration, RegistrationStatus

PREFIX = "SSC1"
_SIGNATURE_LENGTH = 13
_CODE = re.compile(r"^SSC1\.([0-9A-Z]{1,8})\.([0-9A-Z]{1,10})\.([0-9A-Z]{1,6})\.([A-Z2-7]{13})$")


@dataclass(frozen=True)
class ParsedCode:
    event_id: int
    registration_id: int
    version: int
    signature: str


def _base36(number: int) -> str:
    digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    text = ""
    while True:
        number, remainder = divmod(number, 36)
        text = digits[remainder] + text
        if number == 0:
            return text


def sign(secret: str, event_id: int, registration_id: int, version: int) -> str:
    message = f"{PREFIX}|{event_id}|{registration_id}|{version}".encode()
    digest = hmac.new(bytes.fromhex(secret), message, hashlib.sha256).digest()
    return base64.b32encode(digest[:10]).decode()[:_SIGNATURE_LENGTH]


def make_code(secret: str, event_id: int, registration_id: int, version: int) -> str:
    signature = sign(secret, event_id, registration_id, version)
    return f"{PREFIX}.{_base36(event_id)}.{_base36(registration_id)}.{_base36(version)}.{signature}"


def looks_like_ssc(text: str) -> bool:
    """Whether text claims to be an SSC ticket code at all (damaged or not)."""
    return normalize(text).startswith(PREFIX + ".")


def normalize(text: str) -> str:
    # Keyboard-wedge scanners may add spaces or send lower case with Caps Lock on.
    return text.strip().upper()


def parse(text: str) -> ParsedCode | None:
    """The parts of a well-formed code, or None when it is not one (not SSC, or damaged)."""
    match = _CODE.match(normalize(text))
    if match is None:
        return None
    event, registration, version, signature = match.groups()
    return ParsedCode(int(event, 36), int(registration, 36), int(version, 36), signature)


def signature_matches(secret: str, code: ParsedCode) -> bool:
    expected = sign(secret, code.event_id, code.registration_id, code.version)
    return hmac.compare_digest(expected, code.signature)


class TicketService:
    def __init__(self, session_factory: sessionmaker[Session]) -> None:
        self._sessions = session_factory

    def code_for(self, registration_id: int) -> str:
        with self._sessions() as session:
            row = session.execute(
                select(Registration.event_id, Registration.ticket_version, Event.ticket_secret)
                .join(Event, Event.id == Registration.event_id)
                .where(Registration.id == registration_id)
            ).first()
        if row is None:
            raise NotFoundError(kind="registration", key="id", value=registration_id)
        event_id, version, secret = row
        return make_code(secret, event_id, registration_id, version)

    def codes_for_event(self, event_id: int) -> dict[int, str]:
        """Codes of everyone who holds or waits for a place (cancelled registrations get none)."""
        with self._sessions() as session:
            secret = session.scalar(select(Event.ticket_secret).where(Event.id == event_id))
            if secret is None:
                raise NotFoundError(kind="event", key="id", value=event_id)
            rows = session.execute(
                select(Registration.id, Registration.ticket_version).where(
                    Registration.event_id == event_id, Registration.status != RegistrationStatus.CANCELLED
                )
            ).all()
        return {
            registration_id: make_code(secret, event_id, registration_id, version) for registration_id, version in rows
        }

    def reissue(self, registration_id: int) -> str:
        """A new code for a lost badge; the old one stops working at once."""
        with self._sessions.begin() as session:
            registration = session.get(Registration, registration_id)
            if registration is None:
                raise NotFoundError(kind="registration", key="id", value=registration_id)
            registration.ticket_version += 1
        return self.code_for(registration_id)
