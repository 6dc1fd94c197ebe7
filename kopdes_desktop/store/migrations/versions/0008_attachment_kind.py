"""Attachment kind: what an attachment stands for beyond being a file of its record.

``SIGNED_REPORT`` marks the photo or scan of a report's signed page: the assessment (or
visit) it belongs to counts as signed by the board ("ditandatangani"). Every other attachment
keeps no kind (NULL), so existing rows need no rewrite.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Plain ADD COLUMN: no table rebuild, so the attachment triggers and indexes stay.
    op.add_column("attachment", sa.Column("kind", sa.String(length=20), nullable=True))


def downgrade() -> None:
    op.drop_column("attachment", "kind")  # SQLite >= 3.35: no rebuild, indexes kept
