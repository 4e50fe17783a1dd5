"""tickets, check-in lists, check-out, desk notes, app settings

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import secrets

import sqlalchemy as sa
from alembic import op


revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_settings",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_settings")),
    )
    op.create_table(
        "checkin_lists",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("programme_item_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_checkin_lists_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["programme_item_id"],
            ["programme_items.id"],
            name=op.f("fk_checkin_lists_programme_item_id_programme_items"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkin_lists")),
        sa.UniqueConstraint("event_id", "name", name=op.f("uq_checkin_lists_event_id_name")),
    )
    with op.batch_alter_table("checkin_lists", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkin_lists_event_id"), ["event_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkin_lists_programme_item_id"), ["programme_item_id"], unique=False)

    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("list_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("checked_out_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_check_ins_list_id"), ["list_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_check_ins_list_id_checkin_lists"), "checkin_lists", ["list_id"], ["id"], ondelete="CASCADE"
        )

    # Every existing event gets a secret of its own before the column becomes required.
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ticket_secret", sa.String(length=64), nullable=True))
    connection = op.get_bind()
    events = sa.table("events", sa.column("id", sa.Integer), sa.column("ticket_secret", sa.String))
    for (event_id,) in connection.execute(sa.select(events.c.id)).all():
        connection.execute(events.update().where(events.c.id == event_id).values(ticket_secret=secrets.token_hex(32)))
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.alter_column("ticket_secret", existing_type=sa.String(length=64), nullable=False)

    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ticket_version", sa.Integer(), server_default=sa.text("1"), nullable=False))
        batch_op.add_column(sa.Column("desk_note", sa.Text(), server_default="", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_column("desk_note")
        batch_op.drop_column("ticket_version")

    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_column("ticket_secret")

    with op.batch_alter_table("check_ins", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_check_ins_list_id_checkin_lists"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_check_ins_list_id"))
        batch_op.drop_column("checked_out_at")
        batch_op.drop_column("list_id")

    with op.batch_alter_table("checkin_lists", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_checkin_lists_programme_item_id"))
        batch_op.drop_index(batch_op.f("ix_checkin_lists_event_id"))

    op.drop_table("checkin_lists")
    op.drop_table("app_settings")
