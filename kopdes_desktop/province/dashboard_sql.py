"""The SQL behind the province overview and its lists, read from the aggregates kept with the
typed copy of the synced records (:mod:`.dashboard_aggregates`: a row per cooperative, per
cooperative and instrument, per kecamatan and month or day), and from the copy itself
(:mod:`.dashboard_store`, ``prov_dash_fact``) for the lists that need single records.

Every figure is an aggregate computed by the database over an area (the province, a
kabupaten or a kecamatan: a range of region codes the region index answers), grouped by the
area's next level. Values always travel as bound parameters; names in the SQL are fixed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.engine import Connection

from kopdes_desktop.province.registry_query import CODE_RE

NUMBER = "DOUBLE PRECISION"
FINANCING_FIELDS = ("ceiling", "disbursed", "outstanding", "arrears")
"""The cooperative's financing fields the overview sums (financing_ceiling, ...)."""
FACTS = "prov_dash_fact"
COOPS = "prov_dash_coop"
LATEST = "prov_dash_latest"
MONTHS = "prov_dash_month"
AREAS = "prov_dash_area"


def area_filter(c: Connection, alias: str, area: str, params: dict[str, Any]) -> str:
    """``AND`` terms limiting cooperatives ``alias`` to the region ``area`` ('65': all)."""
    if not area or area == "65":
        return ""
    valid = CODE_RE.fullmatch(area) is not None
    params["area_lo"], params["area_hi"] = (f"{area}.", f"{area}/") if valid else ("-", "-")
    return f" AND {alias}.region >= :area_lo AND {alias}.region < :area_hi"


def coops(c: Connection, area: str, params: dict[str, Any]) -> str:
    """The current cooperatives of ``area``: id, name, region, financing and last visit."""
    return (
        f"SELECT v.coop AS id, v.name, v.region, {', '.join(FINANCING_FIELDS)}, "
        f"v.last_visit FROM {COOPS} v WHERE 1 = 1{area_filter(c, 'v', area, params)}"
    )


def finals(c: Connection, params: dict[str, Any], instrument: str) -> str:
    """Final assessments of ``instrument`` with their rank per cooperative (``rn`` 1: the
    latest) and the previous one's total and category."""
    params["instrument"] = instrument
    newest = "OVER (PARTITION BY s.coop ORDER BY s.day DESC, s.revision DESC)"
    return (
        f"SELECT s.coop, s.day AS assessed_on, s.total, s.category, ROW_NUMBER() {newest} "
        f"AS rn, LEAD(s.total) {newest} AS prev_total, LEAD(s.category) {newest} AS "
        f"prev_category, LAG(s.day) {newest} AS next_on FROM {FACTS} s WHERE "
        "s.table_name = 'assessment' AND s.status = 'FINAL' AND s.instrument = :instrument"
    )


def last_visits(c: Connection) -> str:
    """Each cooperative's last done visit."""
    return f"SELECT w.coop, w.last_visit FROM {COOPS} w WHERE w.last_visit IS NOT NULL"


def overdue(c: Connection) -> str:
    """Follow-ups still open (or in progress) after their due date (``:today``)."""
    return (
        f"SELECT t.record_id AS id, t.coop, t.day AS due, t.name AS title, t.owner, "
        f"t.status FROM {FACTS} t WHERE t.table_name = 'action_item' AND t.status IN "
        "('OPEN', 'PROGRESS') AND t.day < :today"
    )


def coop_figures_sql(
    c: Connection, area: str, level: int, cutoff: str
) -> tuple[str, dict[str, Any]]:
    """Per child area (the first ``level`` characters of the region code): cooperatives,
    those visited on or after ``cutoff``, the sums of their financing fields, those with
    financing (a ceiling) and those in arrears."""
    params: dict[str, Any] = {"cutoff": cutoff}
    child = f"SUBSTR(a.region, 1, {int(level)})"
    sums = ", ".join(f"SUM(a.{f})" for f in FINANCING_FIELDS)
    sql = (
        f"SELECT {child}, SUM(a.n), SUM(CASE WHEN a.key >= :cutoff THEN a.n ELSE 0 END), "
        f"{sums}, SUM(a.financed), SUM(a.in_arrears) FROM {AREAS} a WHERE a.kind = 'coop'"
        f"{area_filter(c, 'a', area, params)} GROUP BY {child}"
    )
    return sql, params


def overdue_by_area_sql(
    c: Connection, area: str, level: int, today: str
) -> tuple[str, dict[str, Any]]:
    """Overdue follow-ups (open or in progress after their due date) per child area."""
    params: dict[str, Any] = {"today": today}
    child = f"SUBSTR(a.region, 1, {int(level)})"
    sql = (
        f"SELECT {child}, SUM(a.n) FROM {AREAS} a WHERE a.kind = 'due' AND a.key < :today"
        f"{area_filter(c, 'a', area, params)} GROUP BY {child}"
    )
    return sql, params


def latest_figures_sql(
    c: Connection, area: str, level: int, instrument: str
) -> tuple[str, dict[str, Any]]:
    """Per child area and latest category: the cooperatives, and those falling since their
    previous assessment ('' for a category: none)."""
    params: dict[str, Any] = {"instrument": instrument}
    child = f"SUBSTR(a.region, 1, {int(level)})"
    sql = (
        f"SELECT {child}, a.key, SUM(a.n), SUM(a.falling) FROM {AREAS} a WHERE "
        f"a.kind = 'cat' AND a.instrument = :instrument{area_filter(c, 'a', area, params)} "
        f"GROUP BY {child}, a.key"
    )
    return sql, params


def ranked_sql(
    c: Connection, area: str, instrument: str, falling: bool, top: int
) -> tuple[str, dict[str, Any]]:
    """The ``top`` lowest-scoring (or fastest-falling) cooperatives of ``area``: id, name,
    region, total, category, previous total, date; read in the order of their index."""
    params: dict[str, Any] = {"instrument": instrument, "top": top}
    where, order = (" AND v.change < 0", "v.change") if falling else ("", "v.total")
    sql = (
        f"SELECT v.coop, v.name, v.region, v.total, v.category, v.prev_total, "
        f"v.assessed_on FROM {LATEST} v WHERE v.instrument = :instrument{where}"
        f"{area_filter(c, 'v', area, params)} ORDER BY {order}, v.name, v.coop LIMIT :top"
    )
    return sql, params


def month_figures_sql(
    c: Connection, area: str, instrument: str, first: str
) -> tuple[str, dict[str, Any]]:
    """The month rows of ``area``: (month, or '' for every month before ``first``; kind;
    k1; k2; count). Moves only from ``first`` on."""
    params: dict[str, Any] = {"instrument": instrument, "first": first}
    month = "CASE WHEN m.month < :first THEN '' ELSE m.month END"
    sql = (
        f"SELECT {month}, m.kind, m.k1, m.k2, SUM(m.n) FROM {MONTHS} m WHERE "
        f"m.instrument = :instrument{area_filter(c, 'm', area, params)} AND "
        f"(m.kind <> 'move' OR m.month >= :first) GROUP BY {month}, m.kind, m.k1, m.k2"
    )
    return sql, params
