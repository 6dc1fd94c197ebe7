"""The SQL behind the province overview and its lists, read from the typed copy of the synced
records that database triggers keep current (:mod:`.dashboard_store`, ``prov_dash_fact``).

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


def area_filter(c: Connection, alias: str, area: str, params: dict[str, Any]) -> str:
    """``AND`` terms limiting cooperatives ``alias`` to the region ``area`` ('65': all)."""
    if not area or area == "65":
        return ""
    valid = CODE_RE.fullmatch(area) is not None
    params["area_lo"], params["area_hi"] = (f"{area}.", f"{area}/") if valid else ("-", "-")
    return f" AND {alias}.region >= :area_lo AND {alias}.region < :area_hi"


def coops(c: Connection, area: str, params: dict[str, Any]) -> str:
    """The current cooperatives of ``area``: id, name, region and financing."""
    money = ", ".join(f"COALESCE(v.{f}, 0) AS {f}" for f in FINANCING_FIELDS)
    return (f"SELECT v.record_id AS id, v.name, v.region, {money} FROM {FACTS} v "
            f"WHERE v.table_name = 'cooperative'{area_filter(c, 'v', area, params)}")


def finals(c: Connection, params: dict[str, Any], instrument: str) -> str:
    """Final assessments of ``instrument`` with their rank per cooperative (``rn`` 1: the
    latest) and the previous one's total and category."""
    params["instrument"] = instrument
    newest = "OVER (PARTITION BY s.coop ORDER BY s.day DESC, s.revision DESC)"
    return (f"SELECT s.coop, s.day AS assessed_on, s.total, s.category, ROW_NUMBER() {newest} "
            f"AS rn, LEAD(s.total) {newest} AS prev_total, LEAD(s.category) {newest} AS "
            f"prev_category, LAG(s.day) {newest} AS next_on FROM {FACTS} s WHERE "
            "s.table_name = 'assessment' AND s.status = 'FINAL' AND s.instrument = :instrument")


def last_visits(c: Connection) -> str:
    """Each cooperative's last done visit."""
    return (f"SELECT w.coop, MAX(w.day) AS last_visit FROM {FACTS} w WHERE "
            "w.table_name = 'visit' AND w.status = 'DONE' GROUP BY w.coop")


def overdue(c: Connection) -> str:
    """Follow-ups still open (or in progress) after their due date (``:today``)."""
    return (f"SELECT t.record_id AS id, t.coop, t.day AS due, t.name AS title, t.owner, "
            f"t.status FROM {FACTS} t WHERE t.table_name = 'action_item' AND t.status IN "
            "('OPEN', 'PROGRESS') AND t.day < :today")


def count_sql(c: Connection, area: str, level: int) -> tuple[str, dict[str, Any]]:
    """Cooperatives per child area (the first ``level`` characters of the region code)."""
    params: dict[str, Any] = {}
    sql = (f"WITH c AS ({coops(c, area, params)}) SELECT SUBSTR(c.region, 1, {int(level)}), "
           f"COUNT(*) FROM c GROUP BY SUBSTR(c.region, 1, {int(level)})")
    return sql, params


def visited_sql(c: Connection, area: str, level: int, cutoff: str
                ) -> tuple[str, dict[str, Any]]:
    """Per child area: cooperatives visited on or after ``cutoff``."""
    params: dict[str, Any] = {"cutoff": cutoff}
    sql = (f"WITH lv AS ({last_visits(c)}), c AS ({coops(c, area, params)}) "
           f"SELECT SUBSTR(c.region, 1, {int(level)}), COUNT(*) FROM lv JOIN c ON c.id = lv.coop "
           f"WHERE lv.last_visit >= :cutoff GROUP BY SUBSTR(c.region, 1, {int(level)})")
    return sql, params


def overdue_by_area_sql(c: Connection, area: str, level: int, today: str
                        ) -> tuple[str, dict[str, Any]]:
    """Overdue follow-ups per child area."""
    params: dict[str, Any] = {"today": today}
    sql = (f"WITH o AS ({overdue(c)}), c AS ({coops(c, area, params)}) "
           f"SELECT SUBSTR(c.region, 1, {int(level)}), COUNT(*) FROM o JOIN c ON c.id = o.coop "
           f"GROUP BY SUBSTR(c.region, 1, {int(level)})")
    return sql, params


def financing_sql(c: Connection, area: str, level: int) -> tuple[str, dict[str, Any]]:
    """Per child area: the sums of the cooperatives' financing fields, the cooperatives with
    financing (a ceiling) and those in arrears."""
    params: dict[str, Any] = {}
    sums = ", ".join(f"SUM(c.{f})" for f in FINANCING_FIELDS)
    sql = (f"WITH c AS ({coops(c, area, params)}) SELECT SUBSTR(c.region, 1, {int(level)}), "
           f"{sums}, SUM(CASE WHEN c.ceiling > 0 THEN 1 ELSE 0 END), "
           "SUM(CASE WHEN c.arrears > 0 THEN 1 ELSE 0 END) FROM c "
           f"GROUP BY SUBSTR(c.region, 1, {int(level)})")
    return sql, params


def assessment_figures_sql(c: Connection, area: str, level: int, instrument: str,
                           month_ends: list[tuple[str, str]], top: int
                           ) -> tuple[str, dict[str, Any]]:
    """Every figure read from the assessments, in one statement so the assessments are read
    (and their JSON parsed) once: rows tagged ``latest`` (child area, category, count,
    falling), ``month`` (label, category, count), ``move`` (month, previous category,
    category, count), ``low`` and ``fall`` (the ``top`` cooperatives: id, name, region,
    total, category, previous total, date, and how many there are in all)."""
    params: dict[str, Any] = {"top": top, "first_day": f"{month_ends[0][0]}-01"}
    values = ", ".join(f"(:m{n}, :e{n})" for n in range(len(month_ends)))
    for n, (label, end) in enumerate(month_ends):
        params[f"m{n}"], params[f"e{n}"] = label, end
    child = f"SUBSTR(ac.region, 1, {int(level)})"
    # Typed, so PostgreSQL matches the branches' columns (id ... assessed_on of the rankings).
    blank = ", ".join(f"CAST(NULL AS {kind})" for kind in (
        "TEXT", "TEXT", "TEXT", NUMBER, "TEXT", NUMBER, "TEXT"))
    ranked = ("SELECT * FROM (SELECT '{tag}' AS kind, NULL AS k1, NULL AS k2, NULL AS k3, "
              "CAST(NULL AS BIGINT) AS n1, ac.coop AS id, ac.name, ac.region, ac.total, "
              "ac.category, "
              "ac.prev_total, ac.assessed_on, COUNT(*) OVER () AS n2 FROM ac WHERE ac.rn = 1"
              "{where} ORDER BY {order}, ac.name, ac.coop LIMIT :top) {tag}_rows")
    sql = (f"WITH a AS ({finals(c, params, instrument)}), "
           f"ac AS (SELECT a.*, v.region, v.name FROM a JOIN {FACTS} v ON v.record_id = a.coop "
           f"AND v.table_name = 'cooperative'{area_filter(c, 'v', area, params)}), "
           f"m(label, last_day) AS (VALUES {values}) "
           f"SELECT 'latest', {child}, ac.category, NULL, COUNT(*), {blank}, "
           "SUM(CASE WHEN ac.prev_total > ac.total THEN 1 ELSE 0 END) FROM ac WHERE ac.rn = 1 "
           f"GROUP BY {child}, ac.category "
           f"UNION ALL SELECT 'month', m.label, ac.category, NULL, COUNT(*), {blank}, NULL "
           "FROM ac JOIN m ON ac.assessed_on <= m.last_day AND (ac.next_on IS NULL OR "
           "ac.next_on > m.last_day) GROUP BY m.label, ac.category "
           "UNION ALL SELECT 'move', SUBSTR(ac.assessed_on, 1, 7), ac.prev_category, "
           f"ac.category, COUNT(*), {blank}, NULL FROM ac WHERE ac.assessed_on >= :first_day "
           "AND ac.prev_category IS NOT NULL GROUP BY SUBSTR(ac.assessed_on, 1, 7), "
           "ac.prev_category, ac.category "
           f"UNION ALL {ranked.format(tag='low', where='', order='ac.total')} "
           "UNION ALL " + ranked.format(tag="fall", where=" AND ac.prev_total > ac.total",
                                        order="ac.total - ac.prev_total"))
    return sql, params
