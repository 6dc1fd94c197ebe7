"""The overview's typed copy of the synced records it reads, brought up to date when read.

``prov_dash_fact`` holds one row per current, live record of the tables the overview counts
(cooperatives, assessments, visits, follow-ups, assignments, mentors) with the few values it
reads as typed columns, so a record's JSON is read once, not on every page.

Writing records stays nearly as fast as without the copy, whoever writes (an import, the
service, a province correction, the CLI): the database notes which records changed
(``prov_dash_dirty``) and nothing else.

- PostgreSQL: statement-level triggers on ``prov_version`` note the keys of all the rows a
  statement inserted, updated or deleted in one ``INSERT ... SELECT`` from its transition table.
- SQLite, which has only row triggers: a row trigger notes each update and delete. Inserts are
  not noted one by one (that cost an import about a quarter of its rate): a new row's rowid is
  above every rowid stored before it, so :func:`catch_up` takes the rows above the highest rowid
  it has already read (``prov_dash_mark``). The mark keeps that row's key too: were the rowids
  renumbered (a ``VACUUM`` by hand), the key no longer matches and every row is read again.
  Deleting the row at the mark moves the mark down to the row before it, so a rowid the
  database reuses is always above the mark.

Before the overview, its lists or the map read the copy, :func:`catch_up` projects the changed
records again from their current state, in one statement, and clears the notes; with nothing
changed it costs two indexed look-ups. :func:`ensure` creates the tables, indexes and triggers
and fills the copy from the records already stored (once, when the table is new).

Measured (docs/PERFORMANCE.md, "Province overview"): reading the JSON on every page cost 1 s
at 10x on SQLite and 4 s on PostgreSQL; projecting it in a trigger on every write halved the
import rate; noting each key in a row trigger cost it a quarter; the projection is paid once
per changed record by the next page.
"""

from __future__ import annotations

import weakref

from sqlalchemy import BigInteger, Float, Integer, MetaData, String, Text, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.store.models import NAMING

TABLES = ("cooperative", "assessment", "visit", "action_item", "assignment", "mentor")


class DashBase(DeclarativeBase):
    """Its own base: a new store does not make the table before :func:`ensure` fills it."""

    metadata = MetaData(naming_convention=NAMING)


class ProvDashFact(DashBase):
    """A current record of :data:`TABLES`, as the overview reads it. ``coop``: the record's
    cooperative (a cooperative's own id); ``day``: assessed on, visit date or due date;
    ``name``: a cooperative's or mentor's name, a follow-up's title."""

    __tablename__ = "prov_dash_fact"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    coop: Mapped[str | None] = mapped_column(String(36))
    region: Mapped[str | None] = mapped_column(String(13))
    name: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str | None] = mapped_column(String(12))
    instrument: Mapped[str | None] = mapped_column(String(60))
    category: Mapped[str | None] = mapped_column(String(60))
    total: Mapped[float | None] = mapped_column(Float)
    revision: Mapped[int | None] = mapped_column(Integer)
    day: Mapped[str | None] = mapped_column(String(10))
    owner: Mapped[str | None] = mapped_column(String(120))
    mentor: Mapped[str | None] = mapped_column(String(36))
    ended: Mapped[str | None] = mapped_column(String(10))
    kabupaten: Mapped[str | None] = mapped_column(String(13))
    ceiling: Mapped[int | None] = mapped_column(BigInteger)
    disbursed: Mapped[int | None] = mapped_column(BigInteger)
    outstanding: Mapped[int | None] = mapped_column(BigInteger)
    arrears: Mapped[int | None] = mapped_column(BigInteger)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)


class ProvDashDirty(DashBase):
    """A record written since the typed copy was last brought up to date."""

    __tablename__ = "prov_dash_dirty"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)


class ProvDashMark(DashBase):
    """SQLite: the highest ``prov_version`` rowid the copy has read, and that row's key (one
    row; ``seen`` 0 and no key: none read)."""

    __tablename__ = "prov_dash_mark"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seen: Mapped[int] = mapped_column(BigInteger)
    seen_table: Mapped[str | None] = mapped_column(String(40))
    seen_record: Mapped[str | None] = mapped_column(String(36))
    seen_device: Mapped[str | None] = mapped_column(String(36))


# column -> (SQL type on PostgreSQL, {table: the JSON field it is read from}); a record's JSON
# is read only for the columns of its own table.
_VALUES: dict[str, tuple[str, dict[str, str]]] = {
    "coop": ("TEXT", {t: "cooperative_id" for t in TABLES[1:5]}),
    "region": ("TEXT", {"cooperative": "region_code"}),
    "name": ("TEXT", {"cooperative": "name", "mentor": "name", "action_item": "title"}),
    "status": ("TEXT", {t: "status" for t in ("assessment", "visit", "action_item")}),
    "instrument": ("TEXT", {"assessment": "instrument_id"}),
    "category": ("TEXT", {"assessment": "category"}),
    "total": ("DOUBLE PRECISION", {"assessment": "total"}),
    "revision": ("INTEGER", {"assessment": "revision_no"}),
    "day": (
        "TEXT",
        {"assessment": "assessed_on", "visit": "visit_date", "action_item": "due_date"},
    ),
    "owner": ("TEXT", {"action_item": "owner"}),
    "mentor": ("TEXT", {"visit": "mentor_id", "assignment": "mentor_id"}),
    "ended": ("TEXT", {"assignment": "end"}),
    "kabupaten": ("TEXT", {"mentor": "kabupaten_code"}),
    **{
        column: ("BIGINT", {"cooperative": f"financing_{column}"})
        for column in ("ceiling", "disbursed", "outstanding", "arrears")
    },
    "lat": ("DOUBLE PRECISION", {"cooperative": "office_lat"}),
    "lon": ("DOUBLE PRECISION", {"cooperative": "office_lon"}),
}
_LISTED = ", ".join(f"'{t}'" for t in TABLES)


def _fields() -> dict[str, str]:
    """Every JSON field read, with its SQL type (the first column's type it feeds)."""
    found: dict[str, str] = {}
    for kind, fields in _VALUES.values():
        for field in fields.values():
            found.setdefault(field, kind)
    return found


def _project(pg: bool, row: str) -> str:
    """INSERT of the projection of ``row`` (NEW, or the table alias of a backfill), reading the
    record's JSON once: PostgreSQL's ``json_to_record``, SQLite's ``json_each`` pivoted."""
    columns = ["table_name", "record_id", "device_id", *_VALUES]
    if pg:

        def read(field: str) -> str:
            return f'r."{field}"'
    else:

        def read(field: str) -> str:
            return f"MAX(CASE WHEN j.key = '{field}' THEN j.value END)"

    values = [f"{row}.table_name", f"{row}.record_id", f"{row}.device_id"]
    for column, (_kind, fields) in _VALUES.items():
        cases = " ".join(f"WHEN '{table}' THEN {read(field)}" for table, field in fields.items())
        if column == "coop":
            cases += f" WHEN 'cooperative' THEN {row}.record_id"
        values.append(f"CASE {row}.table_name {cases} END")
    head = f"INSERT INTO prov_dash_fact ({', '.join(columns)}) SELECT {', '.join(values)}"
    if pg:
        shape = ", ".join(f'"{field}" {kind}' for field, kind in _fields().items())
        return f"{head} FROM json_to_record(CAST({row}.data AS json)) AS r({shape})"
    return f"{head} FROM json_each({row}.data) AS j"


_NOTE = (
    "INSERT INTO prov_dash_dirty (table_name, record_id) VALUES ({r}.table_name, "
    "{r}.record_id) ON CONFLICT DO NOTHING"
)


def _sqlite_triggers(c: Connection) -> None:
    # Older stores noted inserts row by row; the mark replaces that trigger.
    for name in ("insert", "update", "delete"):
        c.exec_driver_sql(f"DROP TRIGGER IF EXISTS prov_dash_{name}")
    c.exec_driver_sql("DROP TRIGGER IF EXISTS prov_dash_note_insert")
    c.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS prov_dash_note_update AFTER UPDATE ON prov_version WHEN "
        f"NEW.table_name IN ({_LISTED}) BEGIN {_NOTE.format(r='NEW')}; END"
    )
    # A deleted row at the mark moves it to the row below, and takes that row's key: the next
    # insert may reuse the deleted rowid, which is then above the mark (none below: NULL,
    # read as 0).
    c.exec_driver_sql("DROP TRIGGER IF EXISTS prov_dash_note_delete")
    c.exec_driver_sql(
        "CREATE TRIGGER prov_dash_note_delete AFTER DELETE ON prov_version BEGIN "
        f"INSERT INTO prov_dash_dirty (table_name, record_id) SELECT OLD.table_name, "
        f"OLD.record_id WHERE OLD.table_name IN ({_LISTED}) ON CONFLICT DO NOTHING; "
        "UPDATE prov_dash_mark SET (seen, seen_table, seen_record, seen_device) = (SELECT "
        "rowid, table_name, record_id, device_id FROM prov_version WHERE rowid < OLD.rowid "
        "ORDER BY rowid DESC LIMIT 1) WHERE id = 1 AND seen = OLD.rowid; END"
    )


def _sqlite_mark(c: Connection, rowid: int) -> None:
    """Set the mark to ``rowid`` and the key of its row."""
    key = c.exec_driver_sql(
        "SELECT table_name, record_id, device_id FROM prov_version WHERE rowid = ?", (rowid,)
    ).first()
    c.exec_driver_sql(
        "INSERT INTO prov_dash_mark (id, seen, seen_table, seen_record, seen_device) "
        "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET seen = excluded.seen, "
        "seen_table = excluded.seen_table, seen_record = excluded.seen_record, "
        "seen_device = excluded.seen_device",
        (rowid if key else 0, *(tuple(key) if key else (None, None, None))),
    )


def _top(c: Connection) -> int:
    return int(c.exec_driver_sql("SELECT COALESCE(MAX(rowid), 0) FROM prov_version").scalar_one())


def _sqlite_unread(c: Connection) -> tuple[int, int] | None:
    """(the mark, the highest rowid) when rows were inserted above the mark, else None. A mark
    whose row no longer has its key (rowids renumbered) reads as 0: every row again. One
    statement: every page asks it."""
    top, seen, kept = c.exec_driver_sql(
        "SELECT (SELECT COALESCE(MAX(rowid), 0) FROM prov_version), m.seen, EXISTS (SELECT 1 "
        "FROM prov_version v WHERE v.rowid = m.seen AND v.table_name = m.seen_table AND "
        "v.record_id = m.seen_record AND v.device_id = m.seen_device) "
        "FROM (SELECT 1) LEFT JOIN prov_dash_mark m ON m.id = 1"
    ).one()
    seen = int(seen) if seen and kept else 0
    return (seen, int(top)) if top > seen else None


def _sqlite_note_inserted(c: Connection) -> None:
    """Note the rows inserted above the mark, and raise it (in the catch-up's transaction)."""
    unread = _sqlite_unread(c)
    if unread is None:
        return
    c.exec_driver_sql(
        "INSERT INTO prov_dash_dirty (table_name, record_id) SELECT DISTINCT table_name, "
        f"record_id FROM prov_version WHERE rowid > ? AND rowid <= ? AND table_name IN "
        f"({_LISTED}) ON CONFLICT DO NOTHING",
        unread,
    )
    _sqlite_mark(c, unread[1])


def _postgresql_triggers(c: Connection) -> None:
    for old in ("prov_dash_keep", "prov_dash_forget", "prov_dash_note", "prov_dash_note_delete"):
        c.exec_driver_sql(f"DROP TRIGGER IF EXISTS {old} ON prov_version")
    c.exec_driver_sql("DROP FUNCTION IF EXISTS prov_dash_keep()")
    c.exec_driver_sql("DROP FUNCTION IF EXISTS prov_dash_note()")
    # One INSERT per statement, from the rows it changed (a transition table per event).
    c.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION prov_dash_note_rows() RETURNS trigger AS $$ BEGIN "
        "INSERT INTO prov_dash_dirty (table_name, record_id) SELECT DISTINCT table_name, "
        f"record_id FROM changed WHERE table_name IN ({_LISTED}) ON CONFLICT DO NOTHING; "
        "RETURN NULL; END $$ LANGUAGE plpgsql"
    )
    for event, rows in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        c.exec_driver_sql(
            f"CREATE OR REPLACE TRIGGER prov_dash_note_{event.lower()} AFTER {event} ON "
            f"prov_version REFERENCING {rows} TABLE AS changed FOR EACH STATEMENT "
            "EXECUTE FUNCTION prov_dash_note_rows()"
        )


def _fill_sql(pg: bool, where: str) -> str:
    """INSERT of the projection of the current, live records of ``prov_version v`` that match
    ``where`` (SQL over ``v``)."""
    if pg:
        fill = _project(pg, "v").replace(" FROM ", " FROM prov_version v, ", 1)
        group = ""
    else:
        fill = _project(pg, "v").replace(" FROM json_each", " FROM prov_version v, json_each")
        group = " GROUP BY v.table_name, v.record_id, v.device_id"
    return (
        f"{fill} WHERE v.table_name IN ({_LISTED}) AND v.is_current AND NOT v.deleted{where}{group}"
    )


_NOTED = (
    " AND EXISTS (SELECT 1 FROM prov_dash_dirty d WHERE d.table_name = v.table_name "
    "AND d.record_id = v.record_id)"
)


def catch_up(engine: Engine) -> None:
    """Project again the records written since the copy was last brought up to date, and
    recompute the aggregates of their cooperatives (:mod:`.dashboard_aggregates`).

    One writer at a time does it (PostgreSQL: an advisory lock; SQLite: its write lock, taken
    by the first statement), in one transaction: a reader sees the copy before or after."""
    from kopdes_desktop.province import dashboard_aggregates as aggregates
    from kopdes_desktop.province import dashboard_stamp

    with engine.connect() as c:
        pg = c.dialect.name == "postgresql"
        noted = c.execute(text("SELECT 1 FROM prov_dash_dirty LIMIT 1")).first() is not None
        if not noted and (pg or _sqlite_unread(c) is None):
            return
    with engine.begin() as c:
        if pg:
            c.execute(text("SELECT pg_advisory_xact_lock(7265031)"))
        else:
            _sqlite_note_inserted(c)
        aggregates.note_touched(c)
        c.exec_driver_sql(
            "DELETE FROM prov_dash_fact WHERE EXISTS (SELECT 1 FROM prov_dash_dirty d WHERE "
            "d.table_name = prov_dash_fact.table_name AND d.record_id = "
            "prov_dash_fact.record_id)"
        )
        c.exec_driver_sql(_fill_sql(pg, _NOTED))
        aggregates.note_touched(c)
        c.exec_driver_sql("DELETE FROM prov_dash_dirty")
        aggregates.refresh(c)
        dashboard_stamp.note(c)


def ensure(engine: Engine) -> None:
    """Create the typed copy and the aggregates with their indexes and triggers (idempotent);
    fill the copy from the stored records when it is new, and the aggregates from the copy
    when they are new (an existing store gets them when it is next opened)."""
    from kopdes_desktop.province import dashboard_aggregates as aggregates
    from kopdes_desktop.province import dashboard_stamp, revocation

    revocation.ensure_table(engine)
    with engine.begin() as c:
        new = not engine.dialect.has_table(c, ProvDashFact.__tablename__)
        fresh = not all(engine.dialect.has_table(c, t) for t in aggregates.TABLES)
        DashBase.metadata.create_all(c)
        for name, columns in (
            ("ix_prov_dash_region", "table_name, region"),
            # Covering: the assessments and visits are read from the index alone, in
            # the order the window functions and the grouping need.
            (
                "ix_prov_dash_assessed",
                "table_name, instrument, status, coop, day DESC, revision DESC, total, category",
            ),
            ("ix_prov_dash_visited", "table_name, status, coop, day"),
        ):
            c.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON prov_dash_fact ({columns})")
        pg = c.dialect.name == "postgresql"
        if pg:
            _postgresql_triggers(c)
        else:
            # A copy filled now, or kept by the insert trigger of an older store, has read
            # every row stored: the mark starts at the top.
            if c.exec_driver_sql("SELECT 1 FROM prov_dash_mark").first() is None:
                _sqlite_mark(c, _top(c))
            _sqlite_triggers(c)
        if new:
            c.exec_driver_sql(_fill_sql(pg, ""))
            if pg:
                c.exec_driver_sql("ANALYZE prov_dash_fact")
        aggregates.create_indexes(c)
        dashboard_stamp.create(c)
    if fresh:
        catch_up(engine)
        with engine.begin() as c:
            aggregates.rebuild(c)


_MADE: weakref.WeakSet[Engine] = weakref.WeakSet()
"""Engines whose store has been seen to have the copy: a page does not ask the catalog again."""


def ready(engine: Engine) -> None:
    """The copy and its aggregates, made if the store has none yet, brought up to date."""
    if engine not in _MADE:
        with engine.connect() as c:
            made = engine.dialect.has_table(c, ProvDashMark.__tablename__)
        if not made:
            ensure(engine)
        _MADE.add(engine)
    catch_up(engine)
