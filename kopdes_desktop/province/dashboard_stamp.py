"""A stamp that changes whenever the sync tables change, so the sync-health card can keep what
it computed (every device's gaps, quarantine, divergences, conflicts: a pass over every device
and batch, a second at 200x) until the tables it reads are written again.

Database triggers on the tables :func:`.devices.device_statuses` reads add a row to
``prov_dash_stamp_log`` (PostgreSQL: once per statement; SQLite: per row), whoever writes; the
stamp is the number of those rows a reader sees, with an epoch that
:func:`.dashboard_store.catch_up` raises when it empties the log. Appending takes no lock two
writers would wait on (a counter row would serialise every import), and a row is counted only
once its transaction has committed, so a reader never keeps figures older than its stamp.
"""

from __future__ import annotations

from sqlalchemy import Integer
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.province.dashboard_store import DashBase

WATCHED = ("prov_device", "prov_batch", "prov_conflict", "prov_rejection", "prov_revocation")
KEEP = 10_000
"""Log rows kept before the log is emptied and the epoch raised."""


class ProvDashStampLog(DashBase):
    """One write to a watched table (or a catch-up of the copy)."""

    __tablename__ = "prov_dash_stamp_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)


class ProvDashStamp(DashBase):
    """The log's epoch (one row)."""

    __tablename__ = "prov_dash_stamp"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)


def _note(pg: bool) -> str:
    """Log one write (SQLite's triggers take no DEFAULT VALUES; a NULL key is numbered)."""
    return (
        "INSERT INTO prov_dash_stamp_log DEFAULT VALUES"
        if pg
        else "INSERT INTO prov_dash_stamp_log (id) VALUES (NULL)"
    )


def create(c: Connection) -> None:
    """The stamp's row and the triggers on the watched tables that exist (idempotent)."""
    c.exec_driver_sql(
        "INSERT INTO prov_dash_stamp (id, epoch) VALUES (1, 0) ON CONFLICT DO NOTHING"
    )
    pg = c.dialect.name == "postgresql"
    if pg:
        c.exec_driver_sql(
            "CREATE OR REPLACE FUNCTION prov_dash_stamp_note() RETURNS trigger AS $$ BEGIN "
            f"{_note(pg)}; RETURN NULL; END $$ LANGUAGE plpgsql"
        )
    for table in WATCHED:
        if not c.dialect.has_table(c, table):
            continue
        if pg:
            c.exec_driver_sql(
                f"CREATE OR REPLACE TRIGGER prov_dash_stamp AFTER INSERT OR UPDATE OR DELETE ON "
                f"{table} FOR EACH STATEMENT EXECUTE FUNCTION prov_dash_stamp_note()"
            )
            continue
        for event in ("INSERT", "UPDATE", "DELETE"):
            c.exec_driver_sql(
                f"CREATE TRIGGER IF NOT EXISTS prov_dash_stamp_{table}_{event.lower()} AFTER "
                f"{event} ON {table} BEGIN {_note(pg)}; END"
            )


def stamp(c: Connection) -> tuple[int, int]:
    """(epoch, rows logged): different after any committed write to a watched table."""
    row = c.exec_driver_sql(
        "SELECT (SELECT epoch FROM prov_dash_stamp WHERE id = 1), "
        "(SELECT COUNT(*) FROM prov_dash_stamp_log)"
    ).one()
    return int(row[0] or 0), int(row[1])


def note(c: Connection) -> None:
    """Count a change (the copy caught up: mentors' names and kabupaten may have changed);
    empty the log when it is long (the caller holds the catch-up's lock)."""
    c.exec_driver_sql(_note(c.dialect.name == "postgresql"))
    if (
        c.exec_driver_sql(
            f"SELECT COUNT(*) FROM (SELECT 1 FROM prov_dash_stamp_log LIMIT {KEEP + 1}) x"
        ).scalar_one()
        > KEEP
    ):
        c.exec_driver_sql("DELETE FROM prov_dash_stamp_log")
        c.exec_driver_sql("UPDATE prov_dash_stamp SET epoch = epoch + 1 WHERE id = 1")
