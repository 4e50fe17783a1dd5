"""online attendance: imported Zoom, Teams and Meet participant reports

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "online_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("platform", sa.String(length=20), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_online_sessions_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_online_sessions")),
    )
    with op.batch_alter_table("online_sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_online_sessions_event_id"), ["event_id"], unique=False)

    op.create_table(
        "online_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column("first_join", sa.DateTime(timezone=True), nullable=True),
        sa.Column("last_leave", sa.DateTime(timezone=True), nullable=True),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("matched_by", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_online_participants_registration_id_registrations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["online_sessions.id"],
            name=op.f("fk_online_participants_session_id_online_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_online_participants")),
    )
    with op.batch_alter_table("online_participants", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_online_participants_registration_id"), ["registration_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_online_participants_session_id"), ["session_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("online_participants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_online_participants_session_id"))
        batch_op.drop_index(batch_op.f("ix_online_participants_registration_id"))

    op.drop_table("online_participants")
    with op.batch_alter_table("online_sessions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_online_sessions_event_id"))

    op.drop_table("online_sessions")
