"""certificates: templates, contributors, issued certificates

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("contribution", "participation", "award", name="certificatekind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column("landscape", sa.Boolean(), nullable=False),
        sa.Column("accent", sa.String(length=9), nullable=False),
        sa.Column("signatory_1_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_1_title", sa.String(length=200), nullable=False),
        sa.Column("signatory_1_image", sa.LargeBinary(), nullable=True),
        sa.Column("signatory_2_name", sa.String(length=200), nullable=False),
        sa.Column("signatory_2_title", sa.String(length=200), nullable=False),
        sa.Column("signatory_2_image", sa.LargeBinary(), nullable=True),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("min_online_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_certificate_templates_name")),
    )
    op.create_table(
        "certificates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("contribution", "participation", "award", name="certificatekind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=True),
        sa.Column("recipient_name", sa.String(length=200), nullable=False),
        sa.Column("recipient_latin_name", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=True),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_certificates_event_id_events"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_certificates_registration_id_registrations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["certificate_templates.id"],
            name=op.f("fk_certificates_template_id_certificate_templates"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificates")),
        sa.UniqueConstraint("event_id", "kind", "subject", name=op.f("uq_certificates_event_id_kind_subject")),
        sa.UniqueConstraint("number", name=op.f("uq_certificates_number")),
    )
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_certificates_event_id"), ["event_id"], unique=False)

    op.create_table(
        "contributors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("registration_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["registration_id"],
            ["registrations.id"],
            name=op.f("fk_contributors_registration_id_registrations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributors")),
        sa.UniqueConstraint("registration_id", name=op.f("uq_contributors_registration_id")),
    )


def downgrade() -> None:
    op.drop_table("contributors")
    with op.batch_alter_table("certificates", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificates_event_id"))

    op.drop_table("certificates")
    op.drop_table("certificate_templates")
