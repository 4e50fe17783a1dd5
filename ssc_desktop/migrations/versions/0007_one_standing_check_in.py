"""one standing check-in per registration per list, enforced by a unique index

Desks that scanned the same badge at the same moment could both check the person in.
Such doubles are resolved first: the earliest standing check-in stays, the later ones are
marked undone (kept, for the record, as an undo keeps them). How many were undone is
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


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Written out here rather than imported: a migration must not change when the models do.
INDEX = 'uq_check_ins_standing'
WHERE_SQLITE = 'undone = 0 AND checked_out_at IS NULL'
WHERE_POSTGRESQL = 'NOT undone AND checked_out_at IS NULL'
DOUBLES_SETTING = 'upgrade_0007_doubled_check_ins_undone'

_check_ins = sa.table(
    'check_ins', sa.column('id', sa.Integer), sa.column('registration_id', sa.Integer),
    sa.column('list_id', sa.Integer), sa.column('undone', sa.Boolean),
    sa.column('checked_in_at', sa.DateTime(timezone=True)), sa.column('checked_out_at', sa.DateTime(timezone=True)),
)
_settings = sa.table(
    'app_settings', sa.column('key', sa.String), sa.column('value', sa.JSON),
    sa.column('updated_at', sa.DateTime(timezone=True)),
)


def _undo_doubles(connection: sa.Connection) -> int:
    """Marks undone every standing check-in that has an earlier standing one on the same list."""
    later = _check_ins
    earlier = _check_ins.alias('earlier')

    def standing(table):  # noqa: ANN001, ANN202
        return sa.and_(table.c.undone.is_(False), table.c.checked_out_at.is_(None))

    has_earlier = sa.exists().where(
        earlier.c.registration_id == later.c.registration_id,
        sa.func.coalesce(earlier.c.list_id, 0) == sa.func.coalesce(later.c.list_id, 0),
        standing(earlier),
        # Earliest by time; the lower id breaks a tie (it was written first).
        sa.or_(earlier.c.checked_in_at < later.c.checked_in_at,
               sa.and_(earlier.c.checked_in_at == later.c.checked_in_at, earlier.c.id < later.c.id)),
    )
    result = connection.execute(later.update().where(standing(later), has_earlier).values(undone=True))
    return result.rowcount or 0


def upgrade() -> None:
    connection = op.get_bind()
    fixed = _undo_doubles(connection)
    log = logging.getLogger('ssc_desktop')
    if fixed:
        log.warning('upgrade 0007: %d doubled check-in(s) marked undone; the earliest check-in of each person stays',
                    fixed)
        connection.execute(_settings.insert().values(
            key=DOUBLES_SETTING, value={'count': fixed}, updated_at=datetime.now(timezone.utc),
        ))
    else:
        log.info('upgrade 0007: no doubled check-ins')
    op.create_index(
        INDEX, 'check_ins', ['registration_id', sa.text('coalesce(list_id, 0)')], unique=True,
        sqlite_where=sa.text(WHERE_SQLITE), postgresql_where=sa.text(WHERE_POSTGRESQL),
    )


def downgrade() -> None:
    # The doubles undone on the way up stay undone: which of them were real is not known.
    op.drop_index(INDEX, table_name='check_ins')
    connection = op.get_bind()
    connection.execute(_settings.delete().where(_settings.c.key == DOUBLES_SETTING))
