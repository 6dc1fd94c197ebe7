"""Per-cooperative list figures kept current by triggers; a covering index for the list.

The cooperative list needs, for every cooperative, the latest final primary assessment, the
count of open follow-ups, the statuses of its business units and its current mentor. Computing
them on every load means aggregating tens of thousands of rows at ten times the province's size;
here each write refreshes its own cooperative's row instead (a few index lookups). Triggers
rather than service code, so that every writer (services, sync import, demo data, a restore of
an older backup upgraded here) keeps the figures right.

A later batch migration that recreates one of the four source tables drops its triggers; the
store tests check that every trigger below exists at head.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PRIMARY_INSTRUMENT = "kesiapan-kdkmp"

# For each source table: the columns its figures depend on (an UPDATE of other columns, such
# as a draft's answers on every autosave, fires nothing) and the refresh of one cooperative's
# row, where {coop} is NEW.cooperative_id or OLD.cooperative_id.
REFRESH = {
    "assessment": (
        (
            "cooperative_id",
            "instrument_id",
            "status",
            "deleted",
            "assessed_on",
            "revision_no",
            "category",
            "total",
        ),
        "UPDATE cooperative_figures SET (latest_category, latest_total, latest_assessed_on) = ("
        " SELECT category, total, assessed_on FROM assessment"
        " WHERE cooperative_id = {coop} AND instrument_id = '" + PRIMARY_INSTRUMENT + "'"
        " AND status = 'FINAL' AND deleted = 0"
        " ORDER BY assessed_on DESC, revision_no DESC LIMIT 1)"
        " WHERE cooperative_id = {coop};",
    ),
    "action_item": (
        ("cooperative_id", "status", "deleted"),
        "UPDATE cooperative_figures SET open_actions = ("
        " SELECT count(*) FROM action_item WHERE cooperative_id = {coop}"
        " AND status IN ('OPEN', 'PROGRESS') AND deleted = 0)"
        " WHERE cooperative_id = {coop};",
    ),
    "business_unit": (
        ("cooperative_id", "kind", "status", "deleted"),
        "UPDATE cooperative_figures SET units = ("
        " SELECT group_concat(unit, ',') FROM ("
        "  SELECT DISTINCT kind || ':' || status AS unit FROM business_unit"
        "  WHERE cooperative_id = {coop} AND deleted = 0 ORDER BY unit))"
        " WHERE cooperative_id = {coop};",
    ),
    "assignment": (
        ("cooperative_id", "mentor_id", "start", "end", "deleted"),
        "UPDATE cooperative_figures SET mentor_id = ("
        " SELECT mentor_id FROM assignment WHERE cooperative_id = {coop} AND deleted = 0"
        ' AND "end" IS NULL ORDER BY start DESC, id DESC LIMIT 1)'
        " WHERE cooperative_id = {coop};",
    ),
}


def trigger_names() -> list[str]:
    """Every trigger this revision creates."""
    return [
        f"trg_figures_{table}_{event}"
        for table in REFRESH
        for event in ("insert", "update", "delete")
    ]


def _refresh(table: str, ref: str) -> str:
    coop = f"{ref}.cooperative_id"
    ensure = f"INSERT OR IGNORE INTO cooperative_figures (cooperative_id) VALUES ({coop});"
    return ensure + "\n  " + REFRESH[table][1].format(coop=coop)


def _create_triggers() -> None:
    for table, (columns, _sql) in REFRESH.items():
        quoted = ", ".join(f'"{column}"' for column in columns)
        op.execute(
            f"CREATE TRIGGER trg_figures_{table}_insert AFTER INSERT ON {table} "
            f"BEGIN\n  {_refresh(table, 'NEW')}\nEND"
        )
        op.execute(
            f"CREATE TRIGGER trg_figures_{table}_delete AFTER DELETE ON {table} "
            f"BEGIN\n  {_refresh(table, 'OLD')}\nEND"
        )
        # The old cooperative is refreshed only when a row moved to another one.
        moved = _refresh(table, "OLD").replace(
            "WHERE cooperative_id = OLD.cooperative_id;",
            "WHERE cooperative_id = OLD.cooperative_id"
            " AND OLD.cooperative_id IS NOT NEW.cooperative_id;",
        )
        op.execute(
            f"CREATE TRIGGER trg_figures_{table}_update AFTER UPDATE OF {quoted} "
            f"ON {table} BEGIN\n  {_refresh(table, 'NEW')}\n  {moved}\nEND"
        )


def _fill() -> None:
    """One row per cooperative, computed as the triggers would."""
    op.execute("INSERT INTO cooperative_figures (cooperative_id) SELECT id FROM cooperative")
    for _table, (_columns, sql) in REFRESH.items():
        op.execute(
            sql.format(coop="cooperative_figures.cooperative_id").replace(
                " WHERE cooperative_id = cooperative_figures.cooperative_id;", ";"
            )
        )


def upgrade() -> None:
    op.create_table(
        "cooperative_figures",
        sa.Column("cooperative_id", sa.String(length=36), nullable=False),
        sa.Column("latest_category", sa.String(length=60), nullable=True),
        sa.Column("latest_total", sa.Float(), nullable=True),
        sa.Column("latest_assessed_on", sa.Date(), nullable=True),
        sa.Column("open_actions", sa.Integer(), server_default=sa.text("0"), nullable=False),
        sa.Column("units", sa.Text(), nullable=True),
        sa.Column("mentor_id", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("cooperative_id", name=op.f("pk_cooperative_figures")),
        sqlite_with_rowid=False,
    )
    _fill()
    op.create_index(
        "ix_cooperative_list",
        "cooperative",
        ["deleted", "name", "id", "region_code", "nib", "npwp", "ahu_number", "nik_koperasi"],
    )
    _create_triggers()


def downgrade() -> None:
    for name in trigger_names():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_index("ix_cooperative_list", table_name="cooperative")
    op.drop_table("cooperative_figures")
