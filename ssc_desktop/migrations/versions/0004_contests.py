"""contests: rubrics, entries, judges, scores, awards

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "contests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("poster", "e-poster", "essay", name="contestkind", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("theme", sa.Text(), nullable=False),
        sa.Column("categories", sa.JSON(), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("judging_opens", sa.DateTime(timezone=True), nullable=True),
        sa.Column("judging_closes", sa.DateTime(timezone=True), nullable=True),
        sa.Column("judges_per_entry", sa.Integer(), nullable=False),
        sa.Column("method", sa.String(length=20), nullable=False),
        sa.Column("tie_criterion_id", sa.Integer(), nullable=True),
        sa.Column("locked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_contests_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contests")),
    )
    with op.batch_alter_table("contests", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contests_event_id"), ["event_id"], unique=False)

    op.create_table(
        "contest_criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.Column("scale_min", sa.Float(), nullable=False),
        sa.Column("scale_max", sa.Float(), nullable=False),
        sa.Column("step", sa.Float(), nullable=False),
        sa.Column("guide", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contests.id"], name=op.f("fk_contest_criteria_contest_id_contests"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_criteria")),
    )
    with op.batch_alter_table("contest_criteria", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_criteria_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("category", sa.String(length=120), nullable=False),
        sa.Column("theme", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("abstract", sa.Text(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contests.id"], name=op.f("fk_contest_entries_contest_id_contests"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_entries")),
        sa.UniqueConstraint("contest_id", "code", name=op.f("uq_contest_entries_contest_id_code")),
    )
    with op.batch_alter_table("contest_entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_entries_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_judges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("affiliation", sa.String(length=300), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contests.id"], name=op.f("fk_contest_judges_contest_id_contests"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_contest_judges_member_id_members"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_judges")),
    )
    with op.batch_alter_table("contest_judges", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_judges_contest_id"), ["contest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_judges_member_id"), ["member_id"], unique=False)

    op.create_table(
        "contest_score_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=True),
        sa.Column("entry_id", sa.Integer(), nullable=True),
        sa.Column("criterion_id", sa.Integer(), nullable=True),
        sa.Column("old_value", sa.Text(), nullable=False),
        sa.Column("new_value", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"],
            ["contests.id"],
            name=op.f("fk_contest_score_changes_contest_id_contests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_score_changes")),
    )
    with op.batch_alter_table("contest_score_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_score_changes_contest_id"), ["contest_id"], unique=False)

    op.create_table(
        "contest_assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["contest_entries.id"],
            name=op.f("fk_contest_assignments_entry_id_contest_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["contest_judges.id"],
            name=op.f("fk_contest_assignments_judge_id_contest_judges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_assignments")),
        sa.UniqueConstraint("judge_id", "entry_id", name=op.f("uq_contest_assignments_judge_id_entry_id")),
    )
    with op.batch_alter_table("contest_assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_assignments_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_assignments_judge_id"), ["judge_id"], unique=False)

    op.create_table(
        "contest_authors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("latin_name", sa.String(length=200), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["contest_entries.id"],
            name=op.f("fk_contest_authors_entry_id_contest_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["member_id"], ["members.id"], name=op.f("fk_contest_authors_member_id_members"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_authors")),
    )
    with op.batch_alter_table("contest_authors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_authors_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_authors_member_id"), ["member_id"], unique=False)

    op.create_table(
        "contest_awards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contest_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contest_id"], ["contests.id"], name=op.f("fk_contest_awards_contest_id_contests"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["contest_entries.id"],
            name=op.f("fk_contest_awards_entry_id_contest_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_awards")),
        sa.UniqueConstraint("contest_id", "entry_id", name=op.f("uq_contest_awards_contest_id_entry_id")),
    )
    with op.batch_alter_table("contest_awards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_awards_contest_id"), ["contest_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_awards_entry_id"), ["entry_id"], unique=False)

    op.create_table(
        "contest_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("declared_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["contest_entries.id"],
            name=op.f("fk_contest_conflicts_entry_id_contest_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["contest_judges.id"],
            name=op.f("fk_contest_conflicts_judge_id_contest_judges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_conflicts")),
        sa.UniqueConstraint("judge_id", "entry_id", name=op.f("uq_contest_conflicts_judge_id_entry_id")),
    )
    with op.batch_alter_table("contest_conflicts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_conflicts_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_conflicts_judge_id"), ["judge_id"], unique=False)

    op.create_table(
        "contest_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("judge_id", sa.Integer(), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["contest_criteria.id"],
            name=op.f("fk_contest_scores_criterion_id_contest_criteria"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["contest_entries.id"],
            name=op.f("fk_contest_scores_entry_id_contest_entries"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["judge_id"],
            ["contest_judges.id"],
            name=op.f("fk_contest_scores_judge_id_contest_judges"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contest_scores")),
        sa.UniqueConstraint(
            "judge_id", "entry_id", "criterion_id", name=op.f("uq_contest_scores_judge_id_entry_id_criterion_id")
        ),
    )
    with op.batch_alter_table("contest_scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_contest_scores_criterion_id"), ["criterion_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_scores_entry_id"), ["entry_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_contest_scores_judge_id"), ["judge_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("contest_scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_scores_judge_id"))
        batch_op.drop_index(batch_op.f("ix_contest_scores_entry_id"))
        batch_op.drop_index(batch_op.f("ix_contest_scores_criterion_id"))

    op.drop_table("contest_scores")
    with op.batch_alter_table("contest_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_conflicts_judge_id"))
        batch_op.drop_index(batch_op.f("ix_contest_conflicts_entry_id"))

    op.drop_table("contest_conflicts")
    with op.batch_alter_table("contest_awards", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_awards_entry_id"))
        batch_op.drop_index(batch_op.f("ix_contest_awards_contest_id"))

    op.drop_table("contest_awards")
    with op.batch_alter_table("contest_authors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_authors_member_id"))
        batch_op.drop_index(batch_op.f("ix_contest_authors_entry_id"))

    op.drop_table("contest_authors")
    with op.batch_alter_table("contest_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_assignments_judge_id"))
        batch_op.drop_index(batch_op.f("ix_contest_assignments_entry_id"))

    op.drop_table("contest_assignments")
    with op.batch_alter_table("contest_score_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_score_changes_contest_id"))

    op.drop_table("contest_score_changes")
    with op.batch_alter_table("contest_judges", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_judges_member_id"))
        batch_op.drop_index(batch_op.f("ix_contest_judges_contest_id"))

    op.drop_table("contest_judges")
    with op.batch_alter_table("contest_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_entries_contest_id"))

    op.drop_table("contest_entries")
    with op.batch_alter_table("contest_criteria", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contest_criteria_contest_id"))

    op.drop_table("contest_criteria")
    with op.batch_alter_table("contests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contests_event_id"))

    op.drop_table("contests")
