"""What counts as having arrived: one rule for every count and list of the app."""

from __future__ import annotations

from sqlalchemy import ColumnElement, and_

from ssc_desktop.models import CheckIn


def door_check_in() -> ColumnElement[bool]:
    """A check-in at the door (not at a session's list) that was not undone.

    A person who checked out and left still arrived; re-entry adds a new check-in.
    """
    return and_(CheckIn.undone.is_(False), CheckIn.list_id.is_(None))
