"""The lists behind the overview's figures: which cooperatives (or follow-ups) a number counts,
a page at a time, each cooperative with its latest category and score, its previous score,
its last visit and its mentors.

A list is named by its kind (:data:`KINDS`) and narrowed to an area (province, kabupaten or
kecamatan) and, for some kinds, a category or a month; the count it shows is the figure the
overview shows for the same area.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kopdes_desktop.province import dashboard_sql as q
from kopdes_desktop.province import dashboard_store
from kopdes_desktop.province.dashboard import INSTRUMENT, UNVISITED_DAYS
from kopdes_desktop.province.regions import region_label
from kopdes_desktop.province.registry_query import _live, jf
from kopdes_desktop.province.store import ProvinceStore

PAGE_SIZE = 100
KINDS = (
    "semua",
    "kategori",
    "belum-dinilai",
    "menurun",
    "terendah",
    "bulan",
    "tak-dikunjungi",
    "terlambat",
    "dibiayai",
    "menunggak",
)
"""All cooperatives of the area; by latest category; never assessed; falling since their
previous assessment; by latest score, lowest first; by the category in force at a month's
end; not visited for 60 days; overdue follow-ups; with financing; in arrears."""


@dataclass(frozen=True)
class ListQuery:
    kind: str = "semua"
    area: str = "65"
    category: str = ""
    month: str = ""
    page: int = 1
    instrument: str = INSTRUMENT


@dataclass
class CoopRow:
    id: str
    name: str
    region_code: str
    village: str = ""
    kecamatan: str = ""
    kabupaten: str = ""
    category: str | None = None
    total: float | None = None
    previous: float | None = None
    assessed_on: str | None = None
    last_visit: str | None = None
    mentors: list[tuple[str, str]] = field(default_factory=list)
    arrears: int = 0
    outstanding: int = 0
    follow_up: dict[str, Any] | None = None

    @property
    def change(self) -> float | None:
        if self.total is None or self.previous is None:
            return None
        return round(self.total - self.previous, 2)


@dataclass(frozen=True)
class ListPage:
    query: ListQuery
    rows: list[CoopRow]
    total: int
    pages: int


def _page_sql(c: Connection, query: ListQuery, today: date) -> tuple[str, dict[str, Any]]:
    """The statement of one page: cooperative id (and for follow-ups the follow-up's id, due
    date, title, owner and status), with the count of all rows."""
    params: dict[str, Any] = {"limit": PAGE_SIZE, "offset": (query.page - 1) * PAGE_SIZE}
    kind, cut = query.kind, (today - timedelta(days=UNVISITED_DAYS)).isoformat()
    tail = "COUNT(*) OVER () FROM"
    if kind == "bulan":
        params["category"], params["last_day"] = query.category, f"{query.month}-31"
        return (
            f"WITH a AS ({q.finals(c, params, query.instrument)}), "
            f"c AS ({q.coops(c, query.area, params)}) SELECT c.id, {tail} a "
            "JOIN c ON c.id = a.coop WHERE a.category = :category AND a.assessed_on <= "
            ":last_day AND (a.next_on IS NULL OR a.next_on > :last_day) ORDER BY c.name, "
            "c.id LIMIT :limit OFFSET :offset",
            params,
        )
    if kind in ("kategori", "menurun", "terendah"):
        params["category"], params["instrument"] = query.category, query.instrument
        where = {
            "kategori": " AND a.category = :category",
            "menurun": " AND a.prev_total > a.total",
            "terendah": "",
        }[kind]
        order = {"menurun": "a.total - a.prev_total", "terendah": "a.total"}.get(kind, "c.name")
        return (
            f"WITH c AS ({q.coops(c, query.area, params)}) SELECT c.id, {tail} "
            f"{q.LATEST} a JOIN c ON c.id = a.coop WHERE a.instrument = :instrument{where} "
            f"ORDER BY {order}, c.name, c.id LIMIT :limit OFFSET :offset",
            params,
        )
    if kind == "terlambat":
        params["today"] = today.isoformat()
        return (
            f"WITH o AS ({q.overdue(c)}), c AS ({q.coops(c, query.area, params)}) "
            f"SELECT c.id, o.id, o.due, o.title, o.owner, o.status, {tail} o JOIN c ON "
            "c.id = o.coop ORDER BY o.due, c.name, o.id LIMIT :limit OFFSET :offset",
            params,
        )
    where = {
        "semua": "1 = 1",
        "dibiayai": "c.ceiling > 0",
        "menunggak": "c.arrears > 0",
        "belum-dinilai": f"c.id NOT IN (SELECT s.coop FROM {q.LATEST} s WHERE "
        "s.instrument = :instrument)",
        "tak-dikunjungi": "(c.last_visit IS NULL OR c.last_visit < :cut)",
    }[kind]
    params["instrument"], params["cut"] = query.instrument, cut
    order = "c.arrears DESC, " if kind == "menunggak" else ""
    return (
        f"WITH c AS ({q.coops(c, query.area, params)}) "
        f"SELECT c.id, {tail} c WHERE {where} ORDER BY {order}c.name, c.id "
        "LIMIT :limit OFFSET :offset",
        params,
    )


def list_page(store: ProvinceStore, query: ListQuery, today: date | None = None) -> ListPage:
    """One page of the list ``query`` names."""
    day = today or date.today()
    dashboard_store.catch_up(store.engine)
    with store.engine.connect() as c:
        sql, params = _page_sql(c, query, day)
        found = c.execute(text(sql), params).all()
        total = found[0][-1] if found else 0
        rows = [CoopRow(r[0], "", "") for r in found]
        if query.kind == "terlambat":
            for row, r in zip(rows, found, strict=True):
                row.follow_up = {
                    "id": r[1],
                    "due": r[2],
                    "title": r[3],
                    "owner": r[4],
                    "status": r[5],
                }
        enrich(c, rows, query.instrument)
    return ListPage(query, rows, total, max(1, -(-total // PAGE_SIZE)))


def _marks(ids: list[str]) -> tuple[str, dict[str, Any]]:
    return ", ".join(f":i{n}" for n in range(len(ids))), {f"i{n}": i for n, i in enumerate(ids)}


def enrich(c: Connection, rows: list[CoopRow], instrument: str = INSTRUMENT) -> None:
    """Fill each row's registry values, latest assessment, last visit and mentors."""
    ids = sorted({r.id for r in rows})
    if not ids:
        return
    marks, params = _marks(ids)
    coop_values: dict[str, tuple[Any, ...]] = {}
    for r in c.execute(
        text(
            f"SELECT v.coop, v.name, v.region, v.arrears, v.outstanding FROM {q.COOPS} v "
            f"WHERE v.coop IN ({marks})"
        ),
        params,
    ):
        coop_values[r[0]] = r[1:]
    latest = _latest(c, ids, instrument)
    visits = _last_visits(c, ids)
    mentors = mentors_of(c, ids)
    for row in rows:
        name, region, arrears, outstanding = coop_values.get(row.id, ("", "", 0, 0))
        row.name, row.region_code = name, region
        row.village, row.kecamatan, row.kabupaten = region_label(region)
        row.arrears, row.outstanding = int(arrears or 0), int(outstanding or 0)
        row.category, row.total, row.previous, row.assessed_on = latest.get(
            row.id, (None, None, None, None)
        )
        row.last_visit = visits.get(row.id)
        row.mentors = mentors.get(row.id, [])


def _latest(
    c: Connection, ids: list[str], instrument: str
) -> dict[str, tuple[str, float, float | None, str]]:
    marks, params = _marks(ids)
    params["instrument"] = instrument
    sql = (
        f"SELECT coop, category, total, prev_total, assessed_on FROM {q.LATEST} WHERE "
        f"instrument = :instrument AND coop IN ({marks})"
    )
    return {
        r[0]: (r[1], float(r[2]), None if r[3] is None else float(r[3]), r[4])
        for r in c.execute(text(sql), params)
    }


def _last_visits(c: Connection, ids: list[str]) -> dict[str, str]:
    marks, params = _marks(ids)
    sql = (
        f"SELECT coop, last_visit FROM {q.COOPS} WHERE last_visit IS NOT NULL AND coop IN ({marks})"
    )
    return {r[0]: r[1] for r in c.execute(text(sql), params)}


def mentors_of(c: Connection, ids: list[str]) -> dict[str, list[tuple[str, str]]]:
    """(mentor id, name) of each cooperative's current assignments."""
    marks, params = _marks(ids)
    found: dict[str, list[tuple[str, str]]] = {}
    for coop, mentor, name in c.execute(
        text(
            f"SELECT a.coop, m.record_id, m.name FROM {q.FACTS} a JOIN {q.FACTS} m ON "
            "m.table_name = 'mentor' AND m.record_id = a.mentor WHERE a.table_name = "
            f"'assignment' AND a.ended IS NULL AND a.coop IN ({marks})"
        ),
        params,
    ):
        found.setdefault(coop, []).append((mentor, name))
    return {k: sorted(v, key=lambda m: (m[1] or "").lower()) for k, v in found.items()}


def ensure_indexes(engine: Any) -> None:
    """The overview's typed copy of the records (:func:`.dashboard_store.ensure`), and the
    partial expression indexes the drill-down pages read (idempotent):
    current visits, follow-ups, findings, board members and units by cooperative, visits and
    assignments by mentor, attachments by owner."""
    dashboard_store.ensure(engine)
    with engine.begin() as c:
        for name, table, column in (
            ("ix_prov_visit_coop", "visit", "cooperative_id"),
            ("ix_prov_visit_mentor", "visit", "mentor_id"),
            ("ix_prov_action_coop", "action_item", "cooperative_id"),
            ("ix_prov_finding_coop", "finding", "cooperative_id"),
            ("ix_prov_assignment_mentor", "assignment", "mentor_id"),
            ("ix_prov_person_coop", "person", "cooperative_id"),
            ("ix_prov_unit_coop", "business_unit", "cooperative_id"),
            ("ix_prov_attachment_owner", "attachment", "owner_id"),
        ):
            c.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {name} ON prov_version "
                f"({jf(c, '', column)}) WHERE {_live('', table)}"
            )


@dataclass(frozen=True)
class MapPoint:
    id: str
    name: str
    lat: float
    lon: float
    category: str | None
    region: str | None = None


@dataclass(frozen=True)
class MapGroup:
    """The cooperatives of one square of a map grid, one category and one kecamatan (its
    code, 'kk.kk.kk'): how many, and the sums of their latitudes and longitudes."""

    cell: tuple[int, int]
    category: str | None
    kecamatan: str
    count: int
    lat_sum: float
    lon_sum: float


def map_groups(
    store: ProvinceStore,
    grid: tuple[float, float, float, float],
    area: str = "65",
    category: str = "",
    instrument: str = INSTRUMENT,
) -> list[MapGroup]:
    """The cooperatives :func:`map_points` would give, counted in SQL by square of ``grid``
    (west and north edges, then the square's width and height in degrees; squares numbered
    east and south from 0), by latest category and by kecamatan: at 82,000 cooperatives the
    map reads a few hundred rows instead of every cooperative."""
    west, north, width, height = grid
    dashboard_store.catch_up(store.engine)
    with store.engine.connect() as c:
        floor = "FLOOR" if c.dialect.name == "postgresql" else "CAST"
        cast = "" if floor == "FLOOR" else " AS INTEGER"
        # SQLite's CAST truncates toward zero: the same square as FLOOR inside the frame.
        cx = f"{floor}((v.lon - :west) / :width{cast})"
        cy = f"{floor}((:north - v.lat) / :height{cast})"
        params: dict[str, Any] = {
            "west": west,
            "north": north,
            "width": width,
            "height": height,
            "instrument": instrument,
        }
        sql = (
            f"SELECT {cx}, {cy}, l.category, SUBSTR(v.region, 1, 8), COUNT(*), SUM(v.lat), "
            f"SUM(v.lon) FROM {q.COOPS} v LEFT JOIN {q.LATEST} l ON l.coop = v.coop AND "
            "l.instrument = :instrument WHERE v.lat IS NOT NULL AND v.lon IS NOT NULL"
            f"{q.area_filter(c, 'v', area, params)}"
        )
        if category == "belum":
            sql += " AND l.category IS NULL"
        elif category:
            sql += " AND l.category = :category"
            params["category"] = category
        rows = c.execute(text(sql + " GROUP BY 1, 2, 3, 4"), params).all()
    return [
        MapGroup((int(r[0]), int(r[1])), r[2], r[3] or "", int(r[4]), float(r[5]), float(r[6]))
        for r in rows
    ]


def map_points(
    store: ProvinceStore, area: str = "65", category: str = "", instrument: str = INSTRUMENT
) -> list[MapPoint]:
    """Cooperatives of ``area`` with an office GPS position and their latest category
    (``category``: only those; 'belum' for those never assessed)."""
    dashboard_store.catch_up(store.engine)
    with store.engine.connect() as c:
        params: dict[str, Any] = {}
        sql = (
            f"SELECT v.coop, v.name, v.lat, v.lon, v.region FROM {q.COOPS} v WHERE "
            f"v.lat IS NOT NULL AND v.lon IS NOT NULL{q.area_filter(c, 'v', area, params)}"
        )
        coops = c.execute(text(sql), params).all()
        params = {"instrument": instrument}
        sql = (
            f"SELECT v.coop, v.category FROM {q.LATEST} v WHERE v.instrument = :instrument"
            f"{q.area_filter(c, 'v', area, params)}"
        )
        latest: dict[str, str] = dict(c.execute(text(sql), params).all())
    points = [MapPoint(r[0], r[1], float(r[2]), float(r[3]), latest.get(r[0]), r[4]) for r in coops]
    if category == "belum":
        return [p for p in points if p.category is None]
    return [p for p in points if not category or p.category == category]
