"""one standing check-in per registration per list, enforced by a unique index

Desks that scanned the same badge at the same moment could both check the person in.
Such doubles are resolved first (see doubles()): of the standing check-ins of a person's
current visit the earliest stays, the later ones are marked undone (kept, for the record,
as an undo keeps them), and so is a standing check-in left behind by a visit that ended. How many were undone is
logged on the 'ssc_desktop' logger and kept in app_settings under DOUBLES_SETTING
(see CheckInService.doubles_fixed_by_upgrade), so the app can tell the coordinator.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op


revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must not change when the models do.
INDEX = "uq_check_ins_standing"
WHERE_SQLITE = "undone = 0 AND checked_out_at IS NULL"
WHERE_POSTGRESQL = "NOT undone AND checked_out_at IS NULL"
DOUBLES_SETTING = "upgrade_0007_doubled_check_ins_undone"

_check_ins = sa.table(
    "check_ins",
    sa.column("id", sa.Integer),
    sa.column("registration_id", sa.Integer),
    sa.column("list_id", sa.Integer),
    sa.column("undone", sa.Boolean),
    sa.column("checked_in_at", sa.DateTime(timezone=True)),
    sa.column("checked_out_at", sa.DateTime(timezone=True)),
)
_settings = sa.table(
    "app_settings",
    sa.column("key", sa.String),
    sa.column("value", sa.JSON),
    sa.column("updated_at", sa.DateTime(timezone=True)),
)


def doubles(rows: list[tuple[int, object, bool]]) -> list[int]:
    """Of one person's not-undone check-ins on one list, as (id, checked_in_at, checked_out),
    the ids to mark undone so that at most one stands and it is the latest (by id).

    The app takes a person's state from their latest not-undone check-in, so a standing one
    followed by a later finished visit is a double of that visit (its twin was checked out):
    it goes. Of the standing ones after the last finished visit, the earliest stays.
    """
    rows = sorted(rows)
    last_out = max((n for n, (_id, _at, out) in enumerate(rows) if out), default=-1)
    standing = [(n, row) for n, row in enumerate(rows) if not row[2]]
    ghosts = [row[0] for n, row in standing if n < last_out]
    current = sorted((at, id_) for n, (id_, at, _out) in standing if n > last_out)
    return ghosts + [id_ for _at, id_ in current[1:]]


def _undo_doubles(connection: sa.Connection) -> int:
    """Marks undone every doubled standing check-in; how many it marked."""
    c = _check_ins.c
    groups: dict[tuple[int, int], list[tuple[int, object, bool]]] = {}
    # Every person with a standing check-in; rows of one person and list, in id order.
    people = sa.select(c.registration_id).where(c.undone.is_(False), c.checked_out_at.is_(None))
    for row in connection.execute(
        sa.select(c.id, c.registration_id, c.list_id, c.checked_in_at, c.checked_out_at.is_not(None)).where(
            c.undone.is_(False), c.registration_id.in_(people.scalar_subquery())
        )
    ):
        groups.setdefault((row[1], row[2] or 0), []).append((row[0], row[3], bool(row[4])))
    undo = [id_ for rows in groups.values() if len(rows) > 1 for id_ in doubles(rows)]
    for start in range(0, len(undo), 500):
        connection.execute(_check_ins.update().where(c.id.in_(undo[start : start + 500])).values(undone=True))
    return len(undo)


def upgrade() -> None:
    connection = op.get_bind()
    fixed = _undo_doubles(connection)
    log = logging.getLogger("ssc_desktop")
    if fixed:
        log.warning(
            "upgrade 0007: %d doubled check-in(s) marked undone; the earliest check-in of each person stays", fixed
        )
        connection.execute(
            _settings.insert().values(
                key=DOUBLES_SETTING,
                value={"count": fixed},
                updated_at=datetime.now(timezone.utc),
            )
        )
    else:
        log.info("upgrade 0007: no doubled check-ins")
    op.create_index(
        INDEX,
        "check_ins",
        ["registration_id", sa.text("coalesce(list_id, 0)")],
        unique=True,
        sqlite_where=sa.text(WHERE_SQLITE),
        postgresql_where=sa.text(WHERE_POSTGRESQL),
    )


def downgrade() -> None:
    # The doubles undone on the way up stay undone: which of them were real is not known.
    op.drop_index(INDEX, table_name="check_ins")
    connection = op.get_bind()
    connection.execute(_settings.delete().where(_settings.c.key == DOUBLES_SETTING))
