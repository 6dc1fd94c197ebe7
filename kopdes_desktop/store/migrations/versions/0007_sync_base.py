"""Sync bases: what the province last acknowledged or sent of each record, for field merges.

Each synced record this laptop has delivered or received gets a ``sync_base`` row: the
revision the province holds, its version vector, and the device counter from which local
changes count as new. Existing rows that are not pending are seeded from their own revision.
The audit log gets an index on (device_id, counter) to find a record's changes since its base,
and the mentor's sync notices (``sync_conflict``) gain the field, both values and their kind.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | Sequence[str] | None = "0006"
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
NOTICE_COLUMNS = (
    ("field", sa.String(length=60)),
    ("kind", sa.String(length=12)),
    ("mine", sa.Text()),
    ("theirs", sa.Text()),
    ("winner_device", sa.String(length=36)),
)


def upgrade() -> None:
    op.create_table(
        "sync_base",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("rev", sa.String(length=60), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("since", sa.BigInteger(), nullable=False),
        sa.Column("sent_batch", sa.String(length=32), nullable=True),
        sa.Column("sent_rev", sa.String(length=60), nullable=True),
        sa.Column("sent_vv", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_base")),
    )
    op.create_index(op.f("ix_sync_base_sent_batch"), "sync_base", ["sent_batch"])
    op.create_index("ix_audit_log_device_counter", "audit_log", ["device_id", "counter"])
    # Plain ADD COLUMN, not a batch operation (a table rebuild is not needed for new columns).
    for name, column_type in NOTICE_COLUMNS:
        op.add_column("sync_conflict", sa.Column(name, column_type, nullable=True))
    connection = op.get_bind()
    device = connection.execute(
        sa.text("SELECT id, counter, acked_counter FROM device WHERE is_self = 1")
    ).first()
    if device is None:
        return
    for table in SYNCED_TABLES:
        # Settled rows: another device's revision, or this device's acknowledged one.
        connection.execute(
            sa.text(
                f"INSERT INTO sync_base (table_name, record_id, rev, vv, since) "
                f"SELECT '{table}', id, device_id || ':' || counter, "
                f"'{{\"' || device_id || '/' || (counter >> 32) || '\":' || counter || '}}', "
                f":counter FROM {table} "
                f"WHERE device_id != '' AND (device_id != :device OR counter <= :acked)"
            ),
            {"device": device.id, "acked": device.acked_counter, "counter": device.counter},
        )


def downgrade() -> None:
    for name, _ in reversed(NOTICE_COLUMNS):
        op.drop_column("sync_conflict", name)
    op.drop_index("ix_audit_log_device_counter", table_name="audit_log")
    op.drop_index(op.f("ix_sync_base_sent_batch"), table_name="sync_base")
    op.drop_table("sync_base")
