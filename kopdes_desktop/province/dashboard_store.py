"""The overview's typed copy of the synced records it reads, brought up to date when read.

``prov_dash_fact`` holds one row per current, live record of the tables the overview counts
(cooperatives, assessments, visits, follow-ups, assignments, mentors) with the few values it
reads as typed columns, so a record's JSON is read once, not on every page.

Writing records stays as fast as without the copy: database triggers on ``prov_version`` only
note the key of each record written, deleted or changed (``prov_dash_dirty``), whoever writes
(an import, the service, a province correction, the CLI), on SQLite and PostgreSQL alike.
Before the overview, its lists or the map read the copy, :func:`catch_up` projects the noted
records again from their current state, in one statement, and clears the notes; with nothing
noted it costs one indexed look-up. :func:`ensure` creates the tables, indexes and triggers and
fills the copy from the records already stored (once, when the table is new).

Measured (docs/PERFORMANCE.md, "Province overview"): reading the JSON on every page cost 1 s
at 10x on SQLite and 4 s on PostgreSQL; projecting it in a trigger on every write halved the
import rate; noting the key costs the import little, and the projection is paid once per
changed record by the next page.
"""

from __future__ import annotations

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
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        c.exec_driver_sql(f"DROP TRIGGER IF EXISTS prov_dash_{event.lower()}")
        c.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS prov_dash_note_{event.lower()} AFTER {event} ON "
            f"prov_version WHEN {row}.table_name IN ({_LISTED}) BEGIN {_NOTE.format(r=row)}; END"
        )


def _postgresql_triggers(c: Connection) -> None:
    c.exec_driver_sql("DROP TRIGGER IF EXISTS prov_dash_keep ON prov_version")
    c.exec_driver_sql("DROP TRIGGER IF EXISTS prov_dash_forget ON prov_version")
    c.exec_driver_sql("DROP FUNCTION IF EXISTS prov_dash_keep()")
    c.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION prov_dash_note() RETURNS trigger AS $$ BEGIN "
        f"IF TG_OP = 'DELETE' THEN {_NOTE.format(r='OLD')}; RETURN OLD; END IF; "
        f"{_NOTE.format(r='NEW')}; RETURN NEW; END $$ LANGUAGE plpgsql"
    )
    # Only rows of the copied tables call the function (WHEN): the others cost nothing.
    c.exec_driver_sql(
        "CREATE OR REPLACE TRIGGER prov_dash_note AFTER INSERT OR UPDATE ON prov_version FOR "
        f"EACH ROW WHEN (NEW.table_name IN ({_LISTED})) EXECUTE FUNCTION prov_dash_note()"
    )
    c.exec_driver_sql(
        "CREATE OR REPLACE TRIGGER prov_dash_note_delete AFTER DELETE ON prov_version FOR "
        f"EACH ROW WHEN (OLD.table_name IN ({_LISTED})) EXECUTE FUNCTION prov_dash_note()"
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
        if c.execute(text("SELECT 1 FROM prov_dash_dirty LIMIT 1")).first() is None:
            return
    with engine.begin() as c:
        pg = c.dialect.name == "postgresql"
        if pg:
            c.execute(text("SELECT pg_advisory_xact_lock(7265031)"))
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


def ready(engine: Engine) -> None:
    """The copy and its aggregates, made if the store has none yet, brought up to date."""
    with engine.connect() as c:
        made = engine.dialect.has_table(c, "prov_dash_stamp")
    if not made:
        ensure(engine)
    catch_up(engine)
