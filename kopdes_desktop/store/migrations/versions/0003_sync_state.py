"""Sync state: exported batches, trusted province, attachments sent, receipts, conflicts.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | Sequence[str] | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_batch",
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("counter_from", sa.BigInteger(), nullable=False),
        sa.Column("counter_to", sa.BigInteger(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("attachments", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=120), nullable=False),
        sa.Column("payload_sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("acked_at", sa.DateTime(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("batch_id", name=op.f("pk_sync_batch")),
    )
    op.create_index(op.f("ix_sync_batch_counter_to"), "sync_batch", ["counter_to"])
    op.create_table(
        "sync_trust",
        sa.Column("key_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("seal_public_key", sa.String(length=60), nullable=False),
        sa.Column("sign_public_key", sa.String(length=60), nullable=False),
        sa.Column("fingerprint", sa.String(length=40), nullable=False),
        sa.Column("trusted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sync_trust")),
    )
    op.create_table(
        "sync_attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("batch_id", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_sync_attachment")),
    )
    op.create_index(op.f("ix_sync_attachment_batch_id"), "sync_attachment", ["batch_id"])
    op.create_table(
        "sync_receipt",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("issued_at", sa.String(length=40), nullable=False),
        sa.Column("contiguous_counter", sa.BigInteger(), nullable=False),
        sa.Column("batches", sa.Integer(), nullable=False),
        sa.Column("conflicts", sa.Integer(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_receipt")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("local_rev", sa.String(length=60), nullable=False),
        sa.Column("incoming_rev", sa.String(length=60), nullable=False),
        sa.Column("incoming", sa.JSON(), nullable=False),
        sa.Column("reference_version", sa.BigInteger(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    op.create_index(op.f("ix_sync_conflict_record_id"), "sync_conflict", ["record_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_sync_conflict_record_id"), table_name="sync_conflict")
    op.drop_table("sync_conflict")
    op.drop_table("sync_receipt")
    op.drop_index(op.f("ix_sync_attachment_batch_id"), table_name="sync_attachment")
    op.drop_table("sync_attachment")
    op.drop_table("sync_trust")
    op.drop_index(op.f("ix_sync_batch_counter_to"), table_name="sync_batch")
    op.drop_table("sync_batch")
