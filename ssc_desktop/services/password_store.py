"""Where the SMTP password is kept: the operating system's keyring, never the database.

A database on a shared PostgreSQL server is read by every desk, and a SQLite file is copied
to USB sticks and into backups: a password in it goes wherever the reunion's data goes. So
the password goes to the keyring of the laptop it was typed on (Windows Credential Locker,
macOS Keychain, the Secret Service of GNOME or KDE), through the `keyring` package, under
the service "SSC Desktop" and the account "smtp:USER@HOST". Each laptop that sends e-mail
keeps its own copy; the other settings (host, port, user, sender) stay in the database and
are shared as before.

When the laptop has no keyring (a headless Linux, a desktop without a Secret Service: keyring
then gives its "fail" backend, or one that raises) the password is kept in this process's
memory only: usable until SSC Desktop (or this `ssc` command) ends, then typed again. That is
said wherever the password is typed (`place()`), never silently. Writing it into the
database instead would undo the point; a file of its own would be a password in plain text
beside the database, which is no better.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

SERVICE = "SSC Desktop"
KEYRING = "keyring"  # kept by the operating system's keyring
SESSION = "session"  # this process's memory only: no keyring on this computer
DATABASE = "database"  # an older version's copy, still in the database (no keyring to move it to)


@dataclass(frozen=True)
class PasswordPlace:
    kind: str  # KEYRING, SESSION or DATABASE
    backend: str = ""  # the keyring's name ("Windows WinVaultKeyring", "SecretService Keyring", ...)
    detail: str = ""  # why there is no keyring, when the keyring failed (no password in it)


# Process-wide: every MailService of this run (one per opened database) sees the same memory,
# as a keyring would be shared.
_session: dict[str, str] = {}
_session_lock = threading.Lock()


def smtp_account(user: str, host: str) -> str:
    return f"smtp:{user.strip()}@{host.strip().lower()}"


class PasswordStore:
    """get/set/delete a password by account, in the keyring when there is one."""

    def __init__(self, keyring_module: Any = None) -> None:
        if keyring_module is None:
            import keyring as keyring_module
        self._keyring = keyring_module
        self._failure = ""  # why the keyring was given up on in this process, if it was

    def place(self) -> PasswordPlace:
        backend = self._backend()
        if backend is None:
            return PasswordPlace(SESSION, detail=self._failure)
        return PasswordPlace(KEYRING, backend=_backend_name(backend))

    @property
    def has_keyring(self) -> bool:
        return self._backend() is not None

    def get(self, account: str) -> str:
        with _session_lock:
            if account in _session:
                return _session[account]
        if self._backend() is not None:
            try:
                return self._keyring.get_password(SERVICE, account) or ""
            except Exception as error:  # noqa: BLE001 - any backend's failure means "no keyring"
                self._give_up(error)
        return ""

    def set(self, account: str, password: str) -> PasswordPlace:
        if not password:
            self.delete(account)
            return self.place()
        if self._backend() is not None:
            try:
                self._keyring.set_password(SERVICE, account, password)
                with _session_lock:
                    _session.pop(account, None)
                return self.place()
            except Exception as error:  # noqa: BLE001 - a locked or absent keyring: keep it for this run
                self._give_up(error)
        with _session_lock:
            _session[account] = password
        return self.place()

    def remember_for_this_run(self, account: str, password: str) -> None:
        """Used instead of what the keyring has, until this process ends (`ssc ... --password-env`)."""
        with _session_lock:
            _session[account] = password

    def delete(self, account: str) -> None:
        with _session_lock:
            _session.pop(account, None)
        if self._backend() is not None:
            try:
                self._keyring.delete_password(SERVICE, account)
            except Exception:  # noqa: BLE001 - PasswordDeleteError when there was none: nothing to delete
                pass

    def _backend(self) -> Any | None:
        if self._failure:
            return None
        backend = self._keyring.get_keyring()
        from keyring.backends import fail, null

        if isinstance(backend, (fail.Keyring, null.Keyring)):
            return None
        return backend

    def _give_up(self, error: BaseException) -> None:
        # The error's class and text name the backend's trouble (D-Bus, a locked collection),
        # never the password.
        self._failure = f"{type(error).__name__}: {error}"[:200]


def _backend_name(backend: Any) -> str:
    name = getattr(backend, "name", "") or type(backend).__name__
    return str(name)


def forget_session_passwords() -> None:
    """For tests: what a new run of the app would find in memory (nothing)."""
    with _session_lock:
        _session.clear()
