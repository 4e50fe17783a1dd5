"""a stable identity and origin for every check-in, so desk files and offline desks merge exactly once

A check-in made on a desk file or on a desk working from its local copy is brought back
later, perhaps twice. `uid` names it wherever it travels (merging it again finds it and
changes nothing); `origin` says which desk made it ("" for this database itself). Existing
check-ins get a random uid here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

INDEX = "ix_check_ins_uid"
# 32 hex digits, as uuid.uuid4().hex writes them (written out here: a migration must not follow the code).
_RANDOM_UID = {
    "sqlite": "lower(hex(randomblob(16)))",
    "postgresql": "md5(random()::text || clock_timestamp()::text || id::text)",
}


def upgrade() -> None:
    # Nullable, so no table rebuild on SQLite (which would lose the expression index
    # uq_check_ins_standing, which SQLAlchemy cannot reflect); unique, NULLs being distinct.
    op.add_column("check_ins", sa.Column("uid", sa.String(length=32), nullable=True))
    op.add_column("check_ins", sa.Column("origin", sa.String(length=80), server_default="", nullable=False))
    connection = op.get_bind()
    connection.execute(sa.text(f"UPDATE check_ins SET uid = {_RANDOM_UID[connection.dialect.name]} WHERE uid IS NULL"))
    op.create_index(INDEX, "check_ins", ["uid"], unique=True)


def downgrade() -> None:
    op.drop_index(INDEX, table_name="check_ins")
    with op.batch_alter_table("check_ins", recreate="never") as batch_op:
        batch_op.drop_column("origin")
        batch_op.drop_column("uid")
