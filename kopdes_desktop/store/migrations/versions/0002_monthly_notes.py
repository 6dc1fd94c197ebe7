"""Monthly notes: the mentor's issues and plans for the monthly report.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "monthly_note",
        sa.Column("mentor_id", sa.String(length=36), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("issues", sa.Text(), nullable=False),
        sa.Column("plans", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["mentor_id"], ["mentor.id"], name=op.f("fk_monthly_note_mentor_id_mentor")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_note")),
    )
    with op.batch_alter_table("monthly_note", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_monthly_note_mentor_id"), ["mentor_id"], unique=False)
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index("ix_assessment_status", ["status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_status")
    with op.batch_alter_table("monthly_note", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monthly_note_mentor_id"))

    op.drop_table("monthly_note")
