"""programme, import mappings, registration deadline, walk-ins

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("purpose", sa.String(length=40), nullable=False),
        sa.Column("header_signature", sa.String(length=2000), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
    )
    op.create_table(
        "programme_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("room", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "keynote",
                "alumni-talk",
                "panel",
                "job-seminar",
                "poster-session",
                "contest",
                "break",
                "networking",
                "other",
                name="programmekind",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_programme_items_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_items")),
    )
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_items_event_id"), ["event_id"], unique=False)

    op.create_table(
        "programme_speakers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("native_name", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("bio", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["programme_items.id"],
            name=op.f("fk_programme_speakers_item_id_programme_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_programme_speakers_member_id_members"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme_speakers")),
    )
    with op.batch_alter_table("programme_speakers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_programme_speakers_item_id"), ["item_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_programme_speakers_member_id"), ["member_id"], unique=False)

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("registration_deadline", sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("walk_in", sa.Boolean(), server_default=sa.false(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("walk_in")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("registration_deadline")

    with op.batch_alter_table("programme_speakers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_speakers_member_id"))
        batch_op.drop_index(batch_op.f("ix_programme_speakers_item_id"))

    op.drop_table("programme_speakers")
    with op.batch_alter_table("programme_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_programme_items_event_id"))

    op.drop_table("programme_items")
    op.drop_table("import_mappings")
