"""The overview's aggregates: a few rows per cooperative and per village, kept current with the
typed copy (:mod:`.dashboard_store`), so a page reads a number of rows that does not grow with
the number of assessments and visits.

- ``prov_dash_coop``: one row per live cooperative: region, name, financing, office position
  and its last done visit.
- ``prov_dash_latest``: one row per cooperative and instrument it has a final assessment of:
  the latest one's category, total and date, and the previous one's total and category.
- ``prov_dash_month``: per instrument, kecamatan and month, how many final assessments put a
  cooperative in a category (``in``), how many were replaced by a newer one that month
  (``out``), and the category moves (``move``: previous -> new). The categories in force at a
  month's end are the ``in`` less the ``out`` of every month up to it.

:func:`refresh` recomputes them for the cooperatives noted in ``prov_dash_touched`` (the
cooperative rows and latest assessments of those, the month rows of their kecamatan, old and
new), inside the transaction of :func:`.dashboard_store.catch_up` that brought the copy up to
date; :func:`rebuild` recomputes all of them (a new table, an upgraded store).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Float, Integer, String, Text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.province.dashboard_store import DashBase

FACTS = "prov_dash_fact"
COUNTED = ("cooperative", "assessment", "visit", "action_item")
"""The tables whose records change an aggregate (through their cooperative)."""


class ProvDashCoop(DashBase):
    """A live cooperative as the overview counts it."""

    __tablename__ = "prov_dash_coop"

    coop: Mapped[str] = mapped_column(String(36), primary_key=True)
    region: Mapped[str | None] = mapped_column(String(13), index=True)
    name: Mapped[str | None] = mapped_column(Text)
    ceiling: Mapped[int] = mapped_column(BigInteger)
    disbursed: Mapped[int] = mapped_column(BigInteger)
    outstanding: Mapped[int] = mapped_column(BigInteger)
    arrears: Mapped[int] = mapped_column(BigInteger)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    last_visit: Mapped[str | None] = mapped_column(String(10))


class ProvDashLatest(DashBase):
    """A cooperative's latest final assessment of one instrument, with the previous one's."""

    __tablename__ = "prov_dash_latest"

    instrument: Mapped[str] = mapped_column(String(60), primary_key=True)
    coop: Mapped[str] = mapped_column(String(36), primary_key=True)
    region: Mapped[str | None] = mapped_column(String(13))
    name: Mapped[str | None] = mapped_column(Text)
    category: Mapped[str | None] = mapped_column(String(60))
    total: Mapped[float | None] = mapped_column(Float)
    assessed_on: Mapped[str | None] = mapped_column(String(10))
    prev_total: Mapped[float | None] = mapped_column(Float)
    prev_category: Mapped[str | None] = mapped_column(String(60))
    change: Mapped[float | None] = mapped_column(Float)


class ProvDashMonth(DashBase):
    """Per instrument, kecamatan and month: ``n`` final assessments of ``kind`` (in, out,
    move) with category ``k1`` (a move: from ``k1`` to ``k2``; '' for none). ``region``: the
    kecamatan's code and a dot ('65.03.01.'), so a kabupaten's or kecamatan's range of codes
    finds it as it finds a village's."""

    __tablename__ = "prov_dash_month"

    instrument: Mapped[str] = mapped_column(String(60), primary_key=True)
    region: Mapped[str] = mapped_column(String(13), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    kind: Mapped[str] = mapped_column(String(4), primary_key=True)
    k1: Mapped[str] = mapped_column(String(60), primary_key=True)
    k2: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


class ProvDashArea(DashBase):
    """Per kecamatan (``region`` as in :class:`ProvDashMonth`), the sums a page reads instead
    of every cooperative: ``kind`` 'coop' per last visit day (``key``; '' never visited):
    cooperatives, financing sums, those financed and in arrears; 'cat' per instrument and
    latest category: cooperatives, those falling; 'due' per due day: open follow-ups."""

    __tablename__ = "prov_dash_area"

    kind: Mapped[str] = mapped_column(String(4), primary_key=True)
    instrument: Mapped[str] = mapped_column(String(60), primary_key=True)
    region: Mapped[str] = mapped_column(String(13), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    n: Mapped[int] = mapped_column(Integer)
    falling: Mapped[int] = mapped_column(Integer)
    ceiling: Mapped[int] = mapped_column(BigInteger)
    disbursed: Mapped[int] = mapped_column(BigInteger)
    outstanding: Mapped[int] = mapped_column(BigInteger)
    arrears: Mapped[int] = mapped_column(BigInteger)
    financed: Mapped[int] = mapped_column(Integer)
    in_arrears: Mapped[int] = mapped_column(Integer)


class ProvDashTouched(DashBase):
    """A cooperative whose aggregates are being recomputed (empty between refreshes)."""

    __tablename__ = "prov_dash_touched"

    coop: Mapped[str] = mapped_column(String(36), primary_key=True)


class ProvDashTouchedRegion(DashBase):
    """A kecamatan whose month rows are being recomputed (empty between refreshes)."""

    __tablename__ = "prov_dash_touched_region"

    region: Mapped[str] = mapped_column(String(13), primary_key=True)


TABLES = (
    ProvDashCoop.__tablename__,
    ProvDashLatest.__tablename__,
    ProvDashMonth.__tablename__,
    ProvDashArea.__tablename__,
)
_TOUCHED = "(SELECT t.coop FROM prov_dash_touched t)"
_NEWEST = "OVER (PARTITION BY s.instrument, s.coop ORDER BY s.day DESC, s.revision DESC)"
_FINAL = "s.table_name = 'assessment' AND s.status = 'FINAL' AND s.instrument IS NOT NULL"


def note_touched(c: Connection) -> None:
    """Note the cooperatives of the records noted dirty, as the copy has them now (call before
    and after the copy catches up: a record may have moved to another cooperative)."""
    listed = ", ".join(f"'{t}'" for t in COUNTED)
    c.exec_driver_sql(
        "INSERT INTO prov_dash_touched (coop) SELECT DISTINCT f.coop FROM prov_dash_fact f "
        "JOIN prov_dash_dirty d ON d.table_name = f.table_name AND d.record_id = f.record_id "
        f"WHERE f.table_name IN ({listed}) AND f.coop IS NOT NULL ON CONFLICT DO NOTHING"
    )


def _kecamatan(column: str) -> str:
    """The kecamatan of a region code, with a dot: the month rows' ``region``."""
    return f"SUBSTR({column}, 1, 8) || '.'"


def _regions(c: Connection) -> None:
    """Note the kecamatan of the touched cooperatives, before and after."""
    c.exec_driver_sql(
        f"INSERT INTO prov_dash_touched_region (region) SELECT DISTINCT {_kecamatan('a.region')}"
        f" FROM prov_dash_coop a WHERE a.region IS NOT NULL AND a.coop IN {_TOUCHED} "
        "ON CONFLICT DO NOTHING"
    )
    c.exec_driver_sql(
        f"INSERT INTO prov_dash_touched_region (region) SELECT DISTINCT {_kecamatan('f.region')}"
        f" FROM {FACTS} f WHERE f.table_name = 'cooperative' AND f.region IS NOT NULL AND "
        f"f.record_id IN {_TOUCHED} ON CONFLICT DO NOTHING"
    )


def _coops(c: Connection) -> None:
    c.exec_driver_sql(f"DELETE FROM prov_dash_coop WHERE coop IN {_TOUCHED}")
    money = ", ".join(
        f"COALESCE(v.{f}, 0)" for f in ("ceiling", "disbursed", "outstanding", "arrears")
    )
    c.exec_driver_sql(
        "INSERT INTO prov_dash_coop (coop, region, name, ceiling, disbursed, outstanding, "
        f"arrears, lat, lon, last_visit) SELECT v.record_id, v.region, v.name, {money}, "
        f"v.lat, v.lon, (SELECT MAX(w.day) FROM {FACTS} w WHERE w.table_name = 'visit' AND "
        "w.status = 'DONE' AND w.coop = v.record_id) "
        f"FROM {FACTS} v WHERE v.table_name = 'cooperative' AND v.record_id IN {_TOUCHED}"
    )


def _latest(c: Connection) -> None:
    c.exec_driver_sql(f"DELETE FROM prov_dash_latest WHERE coop IN {_TOUCHED}")
    c.exec_driver_sql(
        "INSERT INTO prov_dash_latest (instrument, coop, region, name, category, total, "
        "assessed_on, prev_total, prev_category, change) SELECT a.instrument, a.coop, "
        "v.region, v.name, a.category, a.total, a.day, a.prev_total, a.prev_category, "
        "a.total - a.prev_total FROM ("
        f"SELECT s.instrument, s.coop, s.day, s.total, s.category, ROW_NUMBER() {_NEWEST} AS "
        f"rn, LEAD(s.total) {_NEWEST} AS prev_total, LEAD(s.category) {_NEWEST} AS "
        f"prev_category FROM {FACTS} s WHERE {_FINAL} AND s.coop IN {_TOUCHED}) a "
        f"JOIN {FACTS} v ON v.table_name = 'cooperative' AND v.record_id = a.coop "
        "WHERE a.rn = 1"
    )


def _months(c: Connection) -> None:
    regions = "(SELECT r.region FROM prov_dash_touched_region r)"
    c.exec_driver_sql(f"DELETE FROM prov_dash_month WHERE region IN {regions}")
    steps = (
        f"SELECT s.instrument, {_kecamatan('v.region')} AS region, s.day, s.category, "
        f"LEAD(s.category) {_NEWEST} AS prev_category, LAG(s.day) {_NEWEST} AS next_on FROM "
        f"{FACTS} s JOIN {FACTS} v ON v.table_name = 'cooperative' AND v.record_id = s.coop "
        f"AND {_kecamatan('v.region')} IN {regions} WHERE {_FINAL}"
    )
    head = (
        "SELECT a.instrument, a.region, SUBSTR({on}, 1, 7), '{kind}', {k1}, {k2}, COUNT(*) "
        "FROM a WHERE a.day IS NOT NULL{where} GROUP BY a.instrument, a.region, "
        "SUBSTR({on}, 1, 7){group}"
    )
    cat, prev = "COALESCE(a.category, '')", "COALESCE(a.prev_category, '')"
    parts = [
        head.format(on="a.day", kind="in", k1=cat, k2="''", where="", group=f", {cat}"),
        head.format(
            on="a.next_on",
            kind="out",
            k1=cat,
            k2="''",
            where=" AND a.next_on IS NOT NULL",
            group=f", {cat}",
        ),
        head.format(
            on="a.day",
            kind="move",
            k1=prev,
            k2=cat,
            where=" AND a.prev_category IS NOT NULL",
            group=f", {prev}, {cat}",
        ),
    ]
    c.exec_driver_sql(
        "INSERT INTO prov_dash_month (instrument, region, month, kind, k1, k2, n) "
        f"WITH a AS ({steps}) " + " UNION ALL ".join(parts)
    )


def _areas(c: Connection) -> None:
    regions = "(SELECT r.region FROM prov_dash_touched_region r)"
    c.exec_driver_sql(f"DELETE FROM prov_dash_area WHERE region IN {regions}")
    zero = "0, 0, 0, 0, 0, 0"
    head = (
        "INSERT INTO prov_dash_area (kind, instrument, region, key, n, falling, ceiling, "
        "disbursed, outstanding, arrears, financed, in_arrears) "
    )
    kec = _kecamatan("a.region")
    c.exec_driver_sql(
        f"{head}SELECT 'coop', '', {kec}, COALESCE(a.last_visit, ''), COUNT(*), 0, "
        "SUM(a.ceiling), SUM(a.disbursed), SUM(a.outstanding), SUM(a.arrears), "
        "SUM(CASE WHEN a.ceiling > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN a.arrears > 0 THEN 1 "
        f"ELSE 0 END) FROM prov_dash_coop a WHERE a.region IS NOT NULL AND {kec} IN {regions} "
        f"GROUP BY {kec}, COALESCE(a.last_visit, '')"
    )
    c.exec_driver_sql(
        f"{head}SELECT 'cat', a.instrument, {kec}, COALESCE(a.category, ''), COUNT(*), "
        f"SUM(CASE WHEN a.change < 0 THEN 1 ELSE 0 END), {zero} FROM prov_dash_latest a "
        f"WHERE a.region IS NOT NULL AND {kec} IN {regions} GROUP BY a.instrument, {kec}, "
        "COALESCE(a.category, '')"
    )
    c.exec_driver_sql(
        f"{head}SELECT 'due', '', {kec}, t.day, COUNT(*), 0, {zero} FROM {FACTS} t JOIN "
        "prov_dash_coop a ON a.coop = t.coop WHERE t.table_name = 'action_item' AND t.status IN "
        f"('OPEN', 'PROGRESS') AND t.day IS NOT NULL AND a.region IS NOT NULL AND {kec} IN "
        f"{regions} GROUP BY {kec}, t.day"
    )


def refresh(c: Connection) -> None:
    """Recompute the aggregates of the touched cooperatives (the copy being current), then
    forget them."""
    if c.exec_driver_sql("SELECT 1 FROM prov_dash_touched LIMIT 1").first() is None:
        return
    _regions(c)
    _coops(c)
    _latest(c)
    _months(c)
    _areas(c)
    c.exec_driver_sql("DELETE FROM prov_dash_touched")
    c.exec_driver_sql("DELETE FROM prov_dash_touched_region")


def rebuild(c: Connection) -> None:
    """Recompute every aggregate from the copy (which must be current)."""
    for table in TABLES:
        c.exec_driver_sql(f"DELETE FROM {table}")
    c.exec_driver_sql(
        "INSERT INTO prov_dash_touched (coop) SELECT DISTINCT f.coop FROM prov_dash_fact f "
        "WHERE f.table_name = 'cooperative' ON CONFLICT DO NOTHING"
    )
    refresh(c)
    if c.dialect.name == "postgresql":
        for table in TABLES:
            c.exec_driver_sql(f"ANALYZE {table}")


def create_indexes(c: Connection) -> None:
    """The aggregates' indexes (idempotent; their tables are made with the copy's)."""
    for name, table, columns in (
        ("ix_prov_dash_latest_region", "prov_dash_latest", "instrument, region"),
        # The lowest and the fastest falling, in the order the overview lists them.
        ("ix_prov_dash_latest_low", "prov_dash_latest", "instrument, total, name, coop"),
        ("ix_prov_dash_latest_fall", "prov_dash_latest", "instrument, change, name, coop"),
        ("ix_prov_dash_month_region", "prov_dash_month", "instrument, region, month"),
        # Open follow-ups by due date: the overdue ones without reading the others.
        ("ix_prov_dash_due", FACTS, "table_name, status, day, coop"),
    ):
        c.exec_driver_sql(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({columns})")
