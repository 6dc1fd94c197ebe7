"""One page of the cooperative registry: search, filters and paging in one SQL statement.

Records are JSON text in ``prov_version``; the statement reads the few values it needs with
the database's own JSON functions (SQLite ``json_extract``, PostgreSQL ``->>``), so a page
costs one query for its rows (with the total), one for the page's mentors and one for the
page's latest categories, whatever the registry's size.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from sqlalchemy import Engine, TextClause, text
from sqlalchemy.engine import Connection

from kopdes_desktop.province.regions import region_label
from kopdes_desktop.province.store import ProvinceStore

PAGE_SIZE = 50
CODE_RE = re.compile(r"^\d{2}(\.\d{2}){1,2}$")
ID_RE = re.compile(r"^[0-9a-fA-F-]{36}$")


@dataclass(frozen=True)
class ListQuery:
    """What an officer asked for: search text, filters (kabupaten, kecamatan, latest category,
    mentor id), the page (from 1) and a business unit status (cooperatives with at least one
    unit, gerai, in that status)."""

    q: str = ""
    kabupaten: str = ""
    kecamatan: str = ""
    category: str = ""
    mentor: str = ""
    page: int = 1
    unit_status: str = ""


@dataclass(frozen=True)
class Row:
    id: str
    name: str
    region_code: str
    village: str
    kecamatan: str
    kabupaten: str
    nib: str | None
    simkopdes_status: str | None
    in_conflict: bool
    mentors: list[str] = field(default_factory=list)
    category: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    total: int
    page: int
    pages: int


@lru_cache(maxsize=256)
def _sql(statement: str) -> TextClause:
    """The text construct of a statement, made once: parsing its bound parameters costs more
    than a page's indexed query at 10x (profiled), and the statements of a page repeat."""
    return text(statement)


def jf(connection: Connection, alias: str, name: str) -> str:
    """SQL reading the JSON value ``name`` (a fixed column name, never user input) as text."""
    assert name.isidentifier()
    data = f"{alias}.data" if alias else "data"
    if connection.dialect.name == "postgresql":
        return f"(CAST({data} AS json) ->> '{name}')"
    return f"json_extract({data}, '$.{name}')"


def _live(alias: str, table: str) -> str:
    p = f"{alias}." if alias else ""
    return f"{p}table_name = '{table}' AND {p}is_current AND NOT {p}deleted"


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _where(c: Connection, query: ListQuery, scope: str | None) -> tuple[str, dict[str, Any]]:
    """The WHERE clause of the list and its parameters (every value a bound parameter). A
    kabupaten or kecamatan is a range of region codes, which the region index answers."""
    # Every name is at least '' (a name is required): the term lets the planner count and
    # page through the name index alone instead of reading every row to check it is current.
    parts = [_live("v", "cooperative"), f"LOWER({jf(c, 'v', 'name')}) >= ''"]
    params: dict[str, Any] = {}
    region = jf(c, "v", "region_code")
    for key, code in (("scope", scope), ("kab", query.kabupaten), ("kec", query.kecamatan)):
        if code:
            parts.append(f"{region} >= :{key}_lo AND {region} < :{key}_hi")
            valid = CODE_RE.fullmatch(code) is not None
            params[f"{key}_lo"], params[f"{key}_hi"] = (
                (f"{code}.", f"{code}/") if valid else ("-", "-")
            )
    if query.q.strip():
        parts.append(
            f"(LOWER({jf(c, 'v', 'name')}) LIKE :q ESCAPE '\\' "
            f"OR {jf(c, 'v', 'nib')} = :qraw OR v.record_id = :qraw)"
        )
        params["q"], params["qraw"] = _like(query.q.strip()), query.q.strip()
    if query.mentor:
        parts.append(
            f"v.record_id IN (SELECT {jf(c, 'a', 'cooperative_id')} FROM prov_version a "
            f"WHERE {_live('a', 'assignment')} AND {jf(c, 'a', 'mentor_id')} = :mentor "
            f"AND {jf(c, 'a', 'end')} IS NULL)"
        )
        params["mentor"] = query.mentor
    if query.unit_status:
        parts.append(
            f"v.record_id IN (SELECT {jf(c, 'u', 'cooperative_id')} FROM prov_version u "
            f"WHERE {_live('u', 'business_unit')} AND {jf(c, 'u', 'status')} = "
            ":unit_status)"
        )
        params["unit_status"] = query.unit_status
    if query.category:
        parts.append(
            f"v.record_id IN (SELECT coop FROM ({_latest(c)}) x WHERE x.rn = 1 "
            "AND x.category = :category)"
        )
        params["category"] = query.category
    return " AND ".join(parts), params


def _latest(c: Connection, only: str = "") -> str:
    """Each cooperative's final assessments, the latest first (``rn`` 1)."""
    if c.dialect.name == "sqlite":
        return _latest_sqlite(only)
    coop = jf(c, "s", "cooperative_id")
    revision = f"CAST({jf(c, 's', 'revision_no')} AS INTEGER)"
    return (
        f"SELECT {coop} AS coop, {jf(c, 's', 'category')} AS category, ROW_NUMBER() OVER "
        f"(PARTITION BY {coop} ORDER BY {jf(c, 's', 'assessed_on')} DESC, {revision} DESC)"
        f" AS rn FROM prov_version s WHERE {_live('s', 'assessment')} AND "
        f"{jf(c, 's', 'status')} = 'FINAL'{only}"
    )


def _latest_sqlite(only: str) -> str:
    """:func:`_latest` reading each assessment's JSON once: an assessment carries its answers
    (8 KB each at 10x) and SQLite parses the whole text on every ``json_extract``, so the five
    values are taken in one call (a small array) from a materialized subquery."""
    parts = ("cooperative_id", "category", "assessed_on", "revision_no", "status")
    paths = ", ".join(f"'$.{p}'" for p in parts)
    one = {p: f"json_extract(j, '$[{n}]')" for n, p in enumerate(parts)}
    return (
        f"WITH a AS MATERIALIZED (SELECT json_extract(s.data, {paths}) AS j "
        f"FROM prov_version s WHERE {_live('s', 'assessment')}{only}) "
        f"SELECT {one['cooperative_id']} AS coop, {one['category']} AS category, "
        f"ROW_NUMBER() OVER (PARTITION BY {one['cooperative_id']} ORDER BY "
        f"{one['assessed_on']} DESC, CAST({one['revision_no']} AS INTEGER) DESC) AS rn "
        f"FROM a WHERE {one['status']} = 'FINAL'"
    )


def list_sql(c: Connection, query: ListQuery, scope: str | None) -> tuple[str, dict[str, Any]]:
    """The statement of one page's rows (with the total of all matching rows)."""
    where, params = _where(c, query, scope)
    name = jf(c, "v", "name")
    sql = (
        f"SELECT v.record_id, {name}, {jf(c, 'v', 'region_code')}, {jf(c, 'v', 'nib')}, "
        f"{jf(c, 'v', 'simkopdes_status')}, v.in_conflict "
        f"FROM prov_version v WHERE {where} ORDER BY LOWER({name}), v.record_id "
        f"LIMIT :limit OFFSET :offset"
    )
    params["limit"], params["offset"] = PAGE_SIZE, (max(query.page, 1) - 1) * PAGE_SIZE
    return sql, params


def _mentors(c: Connection, ids: list[str]) -> dict[str, list[str]]:
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": i for n, i in enumerate(ids)}
    rows = c.execute(
        _sql(
            f"SELECT {jf(c, 'a', 'cooperative_id')}, {jf(c, 'm', 'name')} FROM prov_version a "
            f"JOIN prov_version m ON m.table_name = 'mentor' AND m.is_current AND "
            f"m.record_id = {jf(c, 'a', 'mentor_id')} WHERE {_live('a', 'assignment')} AND "
            f"{jf(c, 'a', 'end')} IS NULL AND {jf(c, 'a', 'cooperative_id')} IN ({marks})"
        ),
        params,
    ).all()
    found: dict[str, list[str]] = {}
    for coop, name in rows:
        found.setdefault(coop, []).append(name)
    return found


def _categories(c: Connection, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    marks = ", ".join(f":i{n}" for n in range(len(ids)))
    params = {f"i{n}": i for n, i in enumerate(ids)}
    only = f" AND {jf(c, 's', 'cooperative_id')} IN ({marks})"
    rows = c.execute(
        _sql(f"SELECT coop, category FROM ({_latest(c, only)}) x WHERE rn = 1"), params
    ).all()
    return {coop: category for coop, category in rows}


def list_page(store: ProvinceStore, query: ListQuery, scope: str | None = None) -> Page:
    """One page of the registry, in name order, limited to ``scope``."""
    with store.engine.connect() as c:
        return _page(c, query, scope)


def _page(c: Connection, query: ListQuery, scope: str | None) -> Page:
    sql, params = list_sql(c, query, scope)
    found = c.execute(_sql(sql), params).all()
    ids = [r[0] for r in found]
    mentors, categories = _mentors(c, ids), _categories(c, ids)
    where, params = _where(c, query, scope)
    total = c.execute(
        _sql(f"SELECT COUNT(*) FROM prov_version v WHERE {where}"), params
    ).scalar_one()
    rows = [
        Row(
            r[0],
            r[1],
            r[2],
            *region_label(r[2]),
            r[3],
            r[4],
            bool(r[5]),
            sorted(mentors.get(r[0], [])),
            categories.get(r[0]),
        )
        for r in found
    ]
    pages = max(1, -(-total // PAGE_SIZE))
    return Page(rows, total, max(query.page, 1), pages)


@dataclass(frozen=True)
class Screen:
    """Everything the registry page shows: the page of rows and the filters' choices."""

    page: Page
    categories: list[str]
    mentors: list[tuple[str, str]]


def screen(store: ProvinceStore, query: ListQuery, scope: str | None = None) -> Screen:
    """The registry page's data, read in one connection."""
    with store.engine.connect() as c:
        return Screen(_page(c, query, scope), _category_choices(c), _mentor_choices(c, scope))


def mentor_choices(store: ProvinceStore, scope: str | None = None) -> list[tuple[str, str]]:
    """(id, name) of the mentors an officer may filter by (their kabupaten's, if scoped)."""
    with store.engine.connect() as c:
        return _mentor_choices(c, scope)


def _mentor_choices(c: Connection, scope: str | None) -> list[tuple[str, str]]:
    name = jf(c, "m", "name")
    only = f" AND {jf(c, 'm', 'kabupaten_code')} = :scope" if scope is not None else ""
    rows = c.execute(
        _sql(
            f"SELECT m.record_id, {name} FROM prov_version m WHERE {_live('m', 'mentor')}{only} "
            f"ORDER BY LOWER({name}), m.record_id"
        ),
        {"scope": scope} if scope is not None else {},
    )
    return [(r[0], r[1]) for r in rows.all()]


def categories(store: ProvinceStore) -> list[str]:
    """The categories final assessments carry (for the filter)."""
    with store.engine.connect() as c:
        return _category_choices(c)


def _category_choices(c: Connection) -> list[str]:
    rows = (
        c.execute(
            _sql(
                f"SELECT DISTINCT {jf(c, 's', 'category')} FROM prov_version s "
                f"WHERE {_live('s', 'assessment')}"
            )
        )
        .scalars()
        .all()
    )
    return sorted(r for r in rows if r)


def ensure_indexes(engine: Engine) -> None:
    """The partial expression indexes the list reads (idempotent): current cooperatives by
    name and by region, current assignments and assessments by cooperative, and assessments
    by category. Only rows of those tables are in them, so imports of other records do not
    touch them."""
    with engine.begin() as c:
        for name, table, column, lower in (
            ("ix_prov_coop_name", "cooperative", "name", True),
            ("ix_prov_coop_region", "cooperative", "region_code", False),
            ("ix_prov_assignment_coop", "assignment", "cooperative_id", False),
            ("ix_prov_assessment_coop", "assessment", "cooperative_id", False),
            ("ix_prov_assessment_category", "assessment", "category", False),
            ("ix_prov_unit_status", "business_unit", "status", False),
        ):
            value = jf(c, "", column)
            key = f"LOWER({value}), record_id" if lower else value
            c.exec_driver_sql(
                f"CREATE INDEX IF NOT EXISTS {name} ON prov_version ({key}) "
                f"WHERE {_live('', table)}"
            )
        _statistics(c)


def _statistics(c: Connection) -> None:
    """Statistics for the planner, once, when the indexes are new: without them SQLite prefers
    the primary key (table name first) to a partial index, and reads every cooperative to sort
    one page. A sampled ANALYZE takes milliseconds at 10x."""
    if c.dialect.name == "postgresql":
        known = c.exec_driver_sql(
            "SELECT 1 FROM pg_stats WHERE tablename = 'prov_version' LIMIT 1"
        ).first()
        if known is None:
            c.exec_driver_sql("ANALYZE prov_version")
        return
    has_stats = (
        c.exec_driver_sql("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'").first()
        is not None
    )
    if (
        not has_stats
        or c.exec_driver_sql("SELECT 1 FROM sqlite_stat1 WHERE idx = 'ix_prov_coop_name'").first()
        is None
    ):
        c.exec_driver_sql("PRAGMA analysis_limit=1000")
        c.exec_driver_sql("ANALYZE prov_version")


def dumps(page: Page) -> str:
    return json.dumps(
        {
            "total": page.total,
            "page": page.page,
            "pages": page.pages,
            "rows": [r.as_dict() for r in page.rows],
        },
        ensure_ascii=False,
    )
