"""The overview's typed copy of the synced records it reads, kept current as data arrives.

``prov_dash_fact`` holds one row per current, live record of the tables the overview counts
(cooperatives, assessments, visits, follow-ups, assignments, mentors) with the few values it
reads as typed columns. Database triggers on ``prov_version`` keep it current on every insert,
update and delete, whoever writes (an import, a province correction, the CLI), on SQLite and
PostgreSQL alike, so the JSON of a record is read once when it arrives instead of on every
page. :func:`ensure` creates the table, its indexes and triggers, and fills it from the
records already stored (once, when the table is new).

Measured (docs/PERFORMANCE.md, "Province overview"): reading the JSON on every page cost 1 s
at 10x on SQLite and 4 s on PostgreSQL; the typed copy brings the page well under that.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Integer, MetaData, String, Text
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
    "day": ("TEXT", {"assessment": "assessed_on", "visit": "visit_date",
                     "action_item": "due_date"}),
    "owner": ("TEXT", {"action_item": "owner"}),
    "mentor": ("TEXT", {"visit": "mentor_id", "assignment": "mentor_id"}),
    "ended": ("TEXT", {"assignment": "end"}),
    "kabupaten": ("TEXT", {"mentor": "kabupaten_code"}),
    **{column: ("BIGINT", {"cooperative": f"financing_{column}"})
       for column in ("ceiling", "disbursed", "outstanding", "arrears")},
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


_FORGET = ("DELETE FROM prov_dash_fact WHERE table_name = {r}.table_name AND record_id = "
           "{r}.record_id AND (({r}.is_current AND NOT {r}.deleted) OR device_id = "
           "{r}.device_id)")


def _sqlite_triggers(c: Connection) -> None:
    # HAVING: an aggregate with every row filtered out still gives one row, which is not kept.
    keep = (f"{_project(False, 'NEW')} WHERE NEW.is_current AND NOT NEW.deleted "
            "HAVING COUNT(*) > 0;")
    for event in ("INSERT", "UPDATE"):
        c.exec_driver_sql(
            f"CREATE TRIGGER IF NOT EXISTS prov_dash_{event.lower()} AFTER {event} ON "
            f"prov_version WHEN NEW.table_name IN ({_LISTED}) BEGIN "
            f"{_FORGET.format(r='NEW')}; {keep} END")
    c.exec_driver_sql(
        "CREATE TRIGGER IF NOT EXISTS prov_dash_delete AFTER DELETE ON prov_version "
        "BEGIN DELETE FROM prov_dash_fact WHERE table_name = OLD.table_name AND "
        "record_id = OLD.record_id AND device_id = OLD.device_id; END")


def _postgresql_triggers(c: Connection) -> None:
    c.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION prov_dash_keep() RETURNS trigger AS $$ BEGIN "
        "IF TG_OP = 'DELETE' THEN DELETE FROM prov_dash_fact WHERE table_name = "
        "OLD.table_name AND record_id = OLD.record_id AND device_id = OLD.device_id; "
        f"RETURN OLD; END IF; {_FORGET.format(r='NEW')}; IF NEW.is_current AND NOT "
        f"NEW.deleted THEN {_project(True, 'NEW')}; END IF; RETURN NEW; END $$ "
        "LANGUAGE plpgsql")
    # Only rows of the copied tables call the function (WHEN): the others cost nothing.
    c.exec_driver_sql(
        "CREATE OR REPLACE TRIGGER prov_dash_keep AFTER INSERT OR UPDATE ON prov_version FOR "
        f"EACH ROW WHEN (NEW.table_name IN ({_LISTED})) EXECUTE FUNCTION prov_dash_keep()")
    c.exec_driver_sql(
        "CREATE OR REPLACE TRIGGER prov_dash_forget AFTER DELETE ON prov_version FOR EACH ROW "
        f"WHEN (OLD.table_name IN ({_LISTED})) EXECUTE FUNCTION prov_dash_keep()")


def ensure(engine: Engine) -> None:
    """Create the typed copy with its indexes and triggers (idempotent); fill it from the
    stored records when it is new."""
    with engine.begin() as c:
        new = not engine.dialect.has_table(c, ProvDashFact.__tablename__)
        DashBase.metadata.create_all(c)
        for name, columns in (
                ("ix_prov_dash_region", "table_name, region"),
                # Covering: the assessments and visits are read from the index alone, in
                # the order the window functions and the grouping need.
                ("ix_prov_dash_assessed", "table_name, instrument, status, coop, day DESC, "
                                          "revision DESC, total, category"),
                ("ix_prov_dash_visited", "table_name, status, coop, day")):
            c.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON prov_dash_fact ({columns})")
        pg = c.dialect.name == "postgresql"
        if pg:
            _postgresql_triggers(c)
        else:
            _sqlite_triggers(c)
        if new:
            fill = _project(pg, "v").replace(" FROM ", " FROM prov_version v, ", 1) if pg else \
                _project(pg, "v").replace(" FROM json_each", " FROM prov_version v, json_each")
            group = "" if pg else " GROUP BY v.table_name, v.record_id, v.device_id"
            c.exec_driver_sql(f"{fill} WHERE v.table_name IN ({_LISTED}) AND v.is_current AND "
                              f"NOT v.deleted{group}")
            if pg:
                c.exec_driver_sql("ANALYZE prov_dash_fact")
