"""RAT and financing: the cooperative's fiscal year end, its annual members' meetings (RAT) and
its bank financing with payments and recorded arrears.

``cooperative.fiscal_year_end`` (``MM-DD``, default ``12-31``) gives each fiscal year's end; the
RAT is due within six months of it (Permenkop UKM 19/Per/M.KUKM/IX/2015). ``rat_meeting`` holds
the RAT actually held per fiscal year. ``financing`` is one facility (lender, ceiling, disbursed,
rate, tenor, grace, schedule); ``financing_payment`` and ``financing_arrears`` are its payments
and the arrears recorded on a date. All four new tables sync like every other record.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NEW_TABLES = ("rat_meeting", "financing", "financing_payment", "financing_arrears")


def _syncable() -> list[sa.Column]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("base_rev", sa.String(length=60), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{parent}.id"], name=op.f(f"fk_{table}_{column}_{parent}")
    )


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild, so the cooperative's triggers and indexes stay.
    op.add_column(
        "cooperative",
        sa.Column("fiscal_year_end", sa.String(length=5), nullable=False, server_default="12-31"),
    )
    op.create_table(
        "rat_meeting",
        *_syncable(),
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("fiscal_year", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        _fk("rat_meeting", "cooperative_id", "cooperative"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rat_meeting")),
    )
    op.create_table(
        "financing",
        *_syncable(),
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("lender", sa.String(length=120), nullable=False),
        sa.Column("ceiling", sa.BigInteger(), nullable=False),
        sa.Column("disbursed", sa.BigInteger(), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=True),
        sa.Column("rate_pct", sa.Float(), nullable=False),
        sa.Column("tenor_months", sa.Integer(), nullable=False),
        sa.Column("grace_months", sa.Integer(), nullable=False),
        sa.Column("schedule", sa.String(length=12), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        _fk("financing", "cooperative_id", "cooperative"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_financing")),
    )
    for table, column in (("financing_payment", "paid_on"), ("financing_arrears", "as_of")):
        op.create_table(
            table,
            *_syncable(),
            sa.Column("financing_id", sa.String(length=36), nullable=False),
            sa.Column(column, sa.Date(), nullable=False),
            sa.Column("amount", sa.BigInteger(), nullable=False),
            sa.Column("notes", sa.Text(), nullable=True),
            _fk(table, "financing_id", "financing"),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
    for table, parent in (
        ("rat_meeting", "cooperative_id"),
        ("financing", "cooperative_id"),
        ("financing_payment", "financing_id"),
        ("financing_arrears", "financing_id"),
    ):
        op.create_index(op.f(f"ix_{table}_{parent}"), table, [parent])
    for table in NEW_TABLES:
        op.create_index(f"ix_{table}_pending", table, ["device_id", "counter"])


def downgrade() -> None:
    for table in reversed(NEW_TABLES):
        op.drop_table(table)
    op.drop_column("cooperative", "fiscal_year_end")
