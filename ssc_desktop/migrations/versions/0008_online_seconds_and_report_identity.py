"""online attendance in exact seconds, with each person's stays; reports known by content and meeting

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

Existing rows get seconds = minutes * 60 and no stays (their old total is all that is known).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("online_sessions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content_hash", sa.String(length=64), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("meeting_key", sa.String(length=400), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_online_sessions_content_hash"), ["content_hash"], unique=False)
    with op.batch_alter_table("online_participants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seconds", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("intervals", sa.JSON(), nullable=False, server_default="[]"))
    op.execute("UPDATE online_participants SET seconds = minutes * 60")
    with op.batch_alter_table("online_sessions", schema=None) as batch_op:
        batch_op.alter_column("content_hash", server_default=None)
        batch_op.alter_column("meeting_key", server_default=None)
    with op.batch_alter_table("online_participants", schema=None) as batch_op:
        batch_op.alter_column("seconds", server_default=None)
        batch_op.alter_column("intervals", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("online_participants", schema=None) as batch_op:
        batch_op.drop_column("intervals")
        batch_op.drop_column("seconds")
    with op.batch_alter_table("online_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_online_sessions_content_hash"))
        batch_op.drop_column("meeting_key")
        batch_op.drop_column("content_hash")
