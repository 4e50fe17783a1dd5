"""A desk file on disk: an SSC database sealed with a passphrase, and its working copy while open.

A desk file carries an event's registrations, people's names and the ticket secret to
another laptop, on a USB stick or by e-mail, so it is encrypted: AES-256-GCM with a key
derived from the passphrase by scrypt (the `cryptography` package). The layout:

    b"SSCDESK\\x01" | 4-byte length | header (JSON: desk id, generation, scrypt salt and
    parameters, nonce; no personal data) | AES-GCM(zlib(SQLite database image)), the header
    as associated data, so a changed header is refused like a changed body.

SQLite cannot work on an encrypted file, so opening one decrypts it into a *working copy*
(an ordinary SQLite file, owner-only, in the user's data folder under desks/) that the app
uses as its database; `seal()` writes it back into the desk file (on close, and every
minute or so while the station runs). Why a working copy, and why it survives a crash:
each check-in is committed to the working copy (synchronous=FULL) before its verdict
shows, so killing the app or pulling the power cord keeps it. Opening the desk file
again on that laptop finds the working copy left behind and carries on from it, sealing
it at once; so a green verdict on a desk is never lost, at the price of the data lying
unencrypted in an owner-only folder while the app runs or until it is next opened after
a crash. The alternative (an encrypted append-only journal of check-ins beside the file)
keeps nothing readable on disk but needs every write path of the app to go through it.

The working copy's generation (a side file, written before each seal) tells which is
newer: a working copy whose generation is below the desk file's comes from an older
session (the desk file was sealed elsewhere since); it is moved aside into desks/unsent/,
never deleted, and can be merged like any desk (services.desk_files).
"""

from __future__ import annotations

import base64
import json
import os
import sqlite3
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from ssc_desktop.errors import DomainError
from ssc_desktop.atomic_files import atomic_export
from ssc_desktop.paths import user_data_dir

if TYPE_CHECKING:
    from ssc_desktop.services.instance_lock import InstanceLock

MAGIC = b"SSCDESK\x01"
# scrypt at n=2**15, r=8: about 0.1 s and 32 MB on a laptop, once per opening; a guess costs the same.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
_LENGTH = struct.Struct(">I")


def desks_folder() -> Path:
    """Where working copies live (owner-only): the user's data folder, never the desk file's folder."""
    folder = user_data_dir() / "desks"
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def is_desk_file(path: str | Path) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise DomainError("desk.passphrase_too_short", minimum=MIN_PASSPHRASE)


@dataclass
class _Header:
    desk_id: str
    event_id: int
    generation: int
    salt: bytes
    n: int = SCRYPT_N
    r: int = SCRYPT_R
    p: int = SCRYPT_P
    nonce: bytes = b""
    sealed_at: str = ""

    def encoded(self) -> bytes:
        return json.dumps(
            {
                "desk_id": self.desk_id,
                "event_id": self.event_id,
                "generation": self.generation,
                "kdf": "scrypt",
                "salt": base64.b64encode(self.salt).decode(),
                "n": self.n,
                "r": self.r,
                "p": self.p,
                "cipher": "AES-256-GCM",
                "nonce": base64.b64encode(self.nonce).decode(),
                "sealed_at": self.sealed_at,
            },
            sort_keys=True,
        ).encode()

    @classmethod
    def decoded(cls, data: bytes) -> _Header:
        raw = json.loads(data)
        return cls(
            desk_id=str(raw["desk_id"]),
            event_id=int(raw["event_id"]),
            generation=int(raw["generation"]),
            salt=base64.b64decode(raw["salt"]),
            n=int(raw["n"]),
            r=int(raw["r"]),
            p=int(raw["p"]),
            nonce=base64.b64decode(raw["nonce"]),
            sealed_at=str(raw.get("sealed_at", "")),
        )


def _derive_key(passphrase: str, header: _Header) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=header.salt, length=32, n=header.n, r=header.r, p=header.p).derive(passphrase.encode("utf-8"))


def _read(path: Path) -> tuple[_Header, bytes, bytes]:
    """(header, header bytes, ciphertext); desk.not_a_desk_file when it is not one, or is cut short."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DomainError("desk.unreadable", path=str(path), detail=error.strerror or str(error)) from None
    if not data.startswith(MAGIC) or len(data) < len(MAGIC) + _LENGTH.size:
        raise DomainError("desk.not_a_desk_file", path=str(path))
    (length,) = _LENGTH.unpack_from(data, len(MAGIC))
    start = len(MAGIC) + _LENGTH.size
    header_bytes = data[start : start + length]
    try:
        header = _Header.decoded(header_bytes)
    except (ValueError, KeyError, TypeError):
        raise DomainError("desk.not_a_desk_file", path=str(path)) from None
    return header, header_bytes, data[start + length :]


def _decrypt(path: Path, key: bytes, header_bytes: bytes, nonce: bytes, body: bytes) -> bytes:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        return zlib.decompress(AESGCM(key).decrypt(nonce, body, header_bytes))
    except (InvalidTag, zlib.error):
        # A wrong passphrase and a damaged file look the same to AES-GCM: the words say both.
        raise DomainError("desk.wrong_passphrase", path=str(path)) from None


def _database_image(sqlite_path: Path) -> bytes:
    """A consistent image of the database (the backup API, so a desk may be writing meanwhile)."""
    source = sqlite3.connect(sqlite_path)
    memory = sqlite3.connect(":memory:")
    try:
        source.backup(memory)
        return memory.serialize()
    finally:
        memory.close()
        source.close()


def _write_private(path: Path, data: bytes) -> None:
    """Writes data to path (owner-only) and makes it durable before returning."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _seal_image(target: Path, image: bytes, key: bytes, header: _Header) -> None:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header.nonce = os.urandom(12)
    header.sealed_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    header_bytes = header.encoded()
    body = AESGCM(key).encrypt(header.nonce, zlib.compress(image, 6), header_bytes)
    with atomic_export(target) as temporary, open(temporary, "wb") as handle:
        handle.write(MAGIC + _LENGTH.pack(len(header_bytes)) + header_bytes + body)
        handle.flush()
        # Durable before it replaces the old file: a crash leaves the old desk file or the new one.
        os.fsync(handle.fileno())


def create_desk_file(target: str | Path, database: str | Path, passphrase: str, desk_id: str, event_id: int) -> None:
    """Seals the SQLite database at `database` into a new desk file at target (generation 1)."""
    check_passphrase(passphrase)
    header = _Header(desk_id=desk_id, event_id=event_id, generation=1, salt=os.urandom(16))
    _seal_image(Path(target), _database_image(Path(database)), _derive_key(passphrase, header), header)


def decrypt_to(container: str | Path, passphrase: str, target: str | Path) -> str:
    """Decrypts the desk file's database into target (owner-only); gives the desk id. For merging."""
    path = Path(container)
    header, header_bytes, body = _read(path)
    image = _decrypt(path, _derive_key(passphrase, header), header_bytes, header.nonce, body)
    _write_private(Path(target), image)
    return header.desk_id


@dataclass
class OpenDeskFile:
    """A desk file decrypted into its working copy; `seal()` writes the working copy back."""

    container: Path
    working: Path
    desk_id: str
    event_id: int
    recovered: bool = False  # a working copy left by a crash was picked up
    set_aside: Path | None = None  # an older session's working copy, moved here
    _key: bytes = field(default=b"", repr=False)
    _header: _Header | None = field(default=None, repr=False)
    _lock: InstanceLock | None = field(default=None, repr=False)  # on the working copy, while open

    @property
    def generation_file(self) -> Path:
        return self.working.with_name(self.working.name + ".generation")

    def seal(self) -> None:
        """Writes the working copy into the desk file (atomically, durably): generation + 1."""
        assert self._header is not None
        image = _database_image(self.working)
        self._header.generation += 1
        # The side file first: a crash between the two leaves a working copy at least as new as the file.
        _write_private(self.generation_file, str(self._header.generation).encode())
        _seal_image(self.container, image, self._key, self._header)

    def close(self) -> None:
        """Seals, then removes the working copy: the data is at rest encrypted again."""
        try:
            self.seal()
            for suffix in ("", "-wal", "-shm", ".generation"):
                Path(f"{self.working}{suffix}").unlink(missing_ok=True)
            remove_backups_of(self.working)
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None


def _working_copy(path: Path, header: _Header, folder: Path | None) -> Path:
    return (folder or desks_folder()) / f"{header.desk_id}.sqlite3"


def _hold_working_copy(working: Path, container: Path) -> InstanceLock:
    """The working copy's instance lock, or DatabaseInUseError naming the desk file and who has it.

    One working copy per desk on a laptop, whichever copy of the desk file was opened: two apps
    on it would each seal it on close, and the first to close removes it under the other, whose
    green verdicts (and, sealed from nothing, the whole desk) would then be lost.
    """
    from ssc_desktop.services.instance_lock import DatabaseInUseError, InstanceLock

    try:
        return InstanceLock.acquire(working)
    except DatabaseInUseError as error:
        raise DatabaseInUseError(**{**error.params, "location": str(container)}) from None


def open_desk_file(
    container: str | Path, passphrase: str | Callable[[Path], str], folder: Path | None = None
) -> OpenDeskFile:
    """Decrypts the desk file into its working copy, or carries on from one a crash left behind.

    Holds the working copy's instance lock while open (DatabaseInUseError when another app on this
    laptop has this desk open: before the passphrase is asked for, when it is passed as a function).
    """
    path = Path(container).expanduser().resolve()
    header, header_bytes, body = _read(path)
    working = _working_copy(path, header, folder)
    lock = _hold_working_copy(working, path)
    try:
        key = _derive_key(passphrase if isinstance(passphrase, str) else passphrase(path), header)
        image = _decrypt(path, key, header_bytes, header.nonce, body)  # also proves the passphrase
        opened = OpenDeskFile(
            container=path,
            working=working,
            desk_id=header.desk_id,
            event_id=header.event_id,
            _key=key,
            _header=header,
            _lock=lock,
        )
        _take_up(opened, header, image)
    except BaseException:
        lock.release()
        raise
    return opened


def working_copy_in_use(container: str | Path, passphrase: str, folder: Path | None = None) -> Path | None:
    """The working copy another app on this laptop has open for this desk file (for reading it beside
    that app); None when no app has it open. Proves the passphrase first, as opening would."""
    from ssc_desktop.services.instance_lock import current_holder

    path = Path(container).expanduser().resolve()
    header, header_bytes, body = _read(path)
    _decrypt(path, _derive_key(passphrase, header), header_bytes, header.nonce, body)
    working = _working_copy(path, header, folder)
    return working if working.exists() and current_holder(working) is not None else None


def _take_up(opened: OpenDeskFile, header: _Header, image: bytes) -> None:
    """The working copy: the one a crash left (sealed again at once), else the desk file's database."""
    working = opened.working
    if working.exists():
        try:
            left_generation = int(opened.generation_file.read_text().strip() or 0)
        except (OSError, ValueError):
            left_generation = 0
        if left_generation >= header.generation:
            opened.recovered = True
            header.generation = left_generation
            opened.seal()  # what the crash kept is in the desk file again
            return
        opened.set_aside = _set_aside(working, header.desk_id)
    _write_private(working, image)
    _write_private(opened.generation_file, str(header.generation).encode())


def remove_backups_of(working: Path) -> None:
    """The automatic backups the app took of a working copy while it was open (services.backups):
    unencrypted like it, so they go with it once the desk file is sealed. The desk file is the
    desk's copy at rest; the main database's own backups are untouched."""
    import shutil

    from ssc_desktop import backup_files

    for folder in backup_files.backup_folders(working):
        shutil.rmtree(folder, ignore_errors=True)


def _set_aside(working: Path, desk_id: str) -> Path:
    unsent = working.parent / "unsent"
    unsent.mkdir(exist_ok=True)
    target = unsent / f"{desk_id}-{datetime.now(timezone.utc):%Y%m%dT%H%M%S}.sqlite3"
    # Through the backup API, so a -wal file beside it is folded in.
    image = _database_image(working)
    _write_private(target, image)
    for suffix in ("", "-wal", "-shm", ".generation"):
        Path(f"{working}{suffix}").unlink(missing_ok=True)
    remove_backups_of(working)  # the set-aside copy is kept whole; copies of an older session's are not
    return target
