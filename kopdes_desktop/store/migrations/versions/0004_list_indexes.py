"""Covering indexes for the cooperative list (latest category, open follow-ups, units).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.create_index(
            "ix_assessment_latest",
            [
                "instrument_id",
                "status",
                "deleted",
                "cooperative_id",
                "assessed_on",
                "revision_no",
                "category",
                "total",
            ],
            unique=False,
        )
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.create_index(
            "ix_business_unit_summary",
            ["cooperative_id", "deleted", "kind", "status"],
            unique=False,
        )
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.create_index(
            "ix_action_item_open",
            ["cooperative_id", "status", "deleted", "due_date"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("action_item", schema=None) as batch_op:
        batch_op.drop_index("ix_action_item_open")
    with op.batch_alter_table("business_unit", schema=None) as batch_op:
        batch_op.drop_index("ix_business_unit_summary")
    with op.batch_alter_table("assessment", schema=None) as batch_op:
        batch_op.drop_index("ix_assessment_latest")
