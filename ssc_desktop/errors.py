"""The one error type the core raises for problems a person can fix.

Each error carries a stable code and the facts behind it; the words shown to a
person live in ssc_desktop.messages, so the CLI and the GUI say the same thing.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    code: str = "error"

    def __init__(self, code: str | None = None, /, **params: Any) -> None:
        if code is not None:
            self.code = code
        self.params = params
        super().__init__(self.code, params)

    def __str__(self) -> str:
        from ssc_desktop.messages import describe

        return describe(self)


class DatabaseError(DomainError):
    code = "database.error"


class DatabaseTooNewError(DatabaseError):
    code = "database.too_new"


class DatabaseOpenError(DatabaseError):
    code = "database.cannot_open"


class DatabaseUnavailableError(DatabaseError):
    """The database failed for a reason outside the program: server gone, lock held, disk full, read-only...

    Its code says which (see ssc_desktop.db_failures); its only fact is the database's location.
    """

    code = "database.unavailable"


class NotFoundError(DomainError):
    code = "not_found"


class ValidationError(DomainError):
    code = "invalid"
