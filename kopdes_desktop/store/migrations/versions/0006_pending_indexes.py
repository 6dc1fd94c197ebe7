"""An index on (device_id, counter) of every synced table, for the pending-change counts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0006"
down_revision: str | Sequence[str] | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SYNCED_TABLES = (
    "mentor",
    "cooperative",
    "member_count",
    "business_unit",
    "person",
    "assignment",
    "visit",
    "assessment",
    "finding",
    "action_item",
    "attachment",
    "monthly_note",
)


def upgrade() -> None:
    # Plain CREATE INDEX, not a batch operation: recreating these tables would drop the
    # triggers of migration 0005.
    for table in SYNCED_TABLES:
        op.create_index(f"ix_{table}_pending", table, ["device_id", "counter"])


def downgrade() -> None:
    for table in SYNCED_TABLES:
        op.drop_index(f"ix_{table}_pending", table_name=table)
