"""Certificates anyone can check without the coordinator's database.

Each database makes one Ed25519 key the first time it issues a certificate (kept in
AppSetting "certificates.signing_key"). A certificate's QR holds a signed statement,
one fact a line, readable by any QR app:

    SSC-CERT/1
    SSC-2026-ISCA-000001-K7QX
    Ananya Iyer
    participation
    3rd SSC India Reunion
    2026-03-01
    <Ed25519 signature of the lines above, base64url>

`ssc certificate public-key -o FILE` hands out the public key; with it, a changed letter
anywhere in the statement fails the check.

A number ends in a check part: 4 characters of an HMAC of the number under a key derived
from the signing key, so a guessed neighbour (…000002) or a mistyped number is refused
before the database is even asked.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from ssc_desktop.errors import DomainError
from ssc_desktop.models import AppSetting

KEY_SETTING = "certificates.signing_key"
HEADER = "SSC-CERT/1"
FIELDS = ("number", "name", "kind", "event", "date")
# Crockford's base32: no I, L, O or U, so a check part cannot be misread as another.
CHECK_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK_LENGTH = 4  # 20 bits: one guess in a million passes
_NUMBER = re.compile(r"^(SSC-\d{4}-[A-Z0-9]+-\d{6})(?:-([0-9A-Z]{4}))?$")


@dataclass(frozen=True)
class Statement:
    number: str
    name: str
    kind: str
    event: str
    date: str  # ISO date of the event

    def lines(self) -> list[str]:
        return [HEADER, *(" ".join(getattr(self, f).split()) for f in FIELDS)]


def sign(private: Ed25519PrivateKey, statement: Statement) -> str:
    lines = statement.lines()
    signature = private.sign("\n".join(lines).encode())
    return "\n".join([*lines, _encoded(signature)])


def _encoded(signature: bytes) -> str:
    return base64.urlsafe_b64encode(signature).decode().rstrip("=")


def looks_like_statement(text: str) -> bool:
    return text.strip().startswith(HEADER)


def read_statement(text: str, public: Ed25519PublicKey) -> Statement:
    """The statement, if this key signed exactly this text; DomainError otherwise."""
    lines = [line.strip() for line in text.strip().replace("\r\n", "\n").split("\n")]
    if len(lines) != len(FIELDS) + 2 or lines[0] != HEADER:
        raise DomainError("certificate.not_a_statement")
    try:
        signature = base64.urlsafe_b64decode(lines[-1] + "=" * (-len(lines[-1]) % 4))
        # The last base64 character has bits the decoder ignores: only the one canonical
        # spelling is accepted, so that no change to the text at all passes.
        if _encoded(signature) != lines[-1]:
            raise ValueError("not the canonical spelling of the signature")
        public.verify(signature, "\n".join(lines[:-1]).encode())
    except (InvalidSignature, binascii.Error, ValueError):
        raise DomainError("certificate.bad_signature") from None
    return Statement(*lines[1:-1])


def public_key_pem(public: Ed25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes, where: str = "") -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(pem)
    except (ValueError, TypeError):
        raise DomainError("certificate.bad_key_file", file=where) from None
    if not isinstance(key, Ed25519PublicKey):
        raise DomainError("certificate.bad_key_file", file=where)
    return key


def fingerprint(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest().upper()
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def check_part(private: Ed25519PrivateKey, base_number: str) -> str:
    raw = private.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    key = hashlib.sha256(b"ssc certificate number check part\0" + raw).digest()
    value = int.from_bytes(hmac.new(key, base_number.upper().encode(), hashlib.sha256).digest()[:4], "big")
    return "".join(CHECK_ALPHABET[(value >> (5 * i)) & 31] for i in range(CHECK_LENGTH))


def normalized_number(text: str) -> str:
    """Upper case, spaces out; in a check part O reads as 0 and I or L as 1, as Crockford intends."""
    number = re.sub(r"\s+", "", text).upper()
    head, dash, tail = number.rpartition("-")
    if dash and len(tail) == CHECK_LENGTH and not tail.isdigit():
        number = f"{head}-{tail.translate(str.maketrans('OIL', '011'))}"
    return number


def split_number(number: str) -> tuple[str, str | None] | None:
    """(number without its check part, check part or None for a number issued before them), or None."""
    match = _NUMBER.match(number)
    return (match.group(1), match.group(2)) if match else None


class SigningKey:
    """The database's one Ed25519 key, made the first time it is needed."""

    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions
        self._private: Ed25519PrivateKey | None = None

    def private(self) -> Ed25519PrivateKey:
        if self._private is None:
            self._private = self._load() or self._make()
        return self._private

    def public(self) -> Ed25519PublicKey:
        return self.private().public_key()

    def _load(self) -> Ed25519PrivateKey | None:
        with self._sessions() as session:
            row = session.get(AppSetting, KEY_SETTING)
            return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.value["ed25519"])) if row else None

    def _make(self) -> Ed25519PrivateKey:
        raw = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
        )
        try:
            with self._sessions.begin() as session:
                session.add(AppSetting(key=KEY_SETTING, value={"ed25519": raw.hex()}))
        except IntegrityError:
            pass  # another laptop on the same database made it first: theirs is the one
        key = self._load()
        assert key is not None, "saved just above, or by another laptop"
        return key
