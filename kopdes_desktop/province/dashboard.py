"""The province overview: what the Dinas sees first, for the province, a kabupaten or (for a
kabupaten officer) their kabupaten only.

Each figure is computed by the database (see :mod:`.dashboard_sql`) over the area's current
cooperatives and grouped by the area's next level (kabupaten of the province, kecamatan of a
kabupaten): the latest category of each cooperative by one instrument (final assessments
only), those falling since their previous assessment, those not visited for
:data:`UNVISITED_DAYS` days, overdue follow-ups, and financing; then the categories month by
month, the lowest-scoring and the fastest-falling cooperatives. Plain data out.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection

from kopdes_desktop.core.instruments import registry as instrument_registry
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import dashboard_sql as q
from kopdes_desktop.province import dashboard_store
from kopdes_desktop.province.regions import kabupaten, kecamatan
from kopdes_desktop.province.store import ProvinceStore

INSTRUMENT = "kesiapan-kdkmp"
"""The instrument whose categories the overview shows first (every cooperative gets it)."""
UNVISITED_DAYS = 60
MONTHS = 12
TOP = 10
NONE_COLOR = "#9aa5b1"


@dataclass(frozen=True)
class Category:
    label: str
    color: str


@dataclass(frozen=True)
class Financing:
    """Financing of an area's cooperatives, from the cooperatives' financing fields."""

    ceiling: int = 0
    disbursed: int = 0
    outstanding: int = 0
    arrears: int = 0
    financed: int = 0
    in_arrears: int = 0

    def plus(self, other: Financing) -> Financing:
        return Financing(*(a + b for a, b in zip(self.values(), other.values(), strict=True)))

    def values(self) -> tuple[int, ...]:
        return (
            self.ceiling,
            self.disbursed,
            self.outstanding,
            self.arrears,
            self.financed,
            self.in_arrears,
        )


@dataclass
class AreaRow:
    """One child area's figures (or the area's total: code '')."""

    code: str
    name: str
    cooperatives: int = 0
    categories: dict[str, int] = field(default_factory=dict)
    unassessed: int = 0
    falling: int = 0
    unvisited: int = 0
    overdue: int = 0
    financing: Financing = field(default_factory=Financing)


@dataclass(frozen=True)
class Ranked:
    """A cooperative in the lowest-scoring or fastest-falling list."""

    id: str
    name: str
    region_code: str
    total: float
    category: str
    previous: float | None
    assessed_on: str

    @property
    def change(self) -> float | None:
        return None if self.previous is None else round(self.total - self.previous, 2)


@dataclass(frozen=True)
class Month:
    label: str
    counts: dict[str | None, int]
    up: int = 0
    down: int = 0


@dataclass
class Overview:
    area: str
    instrument: str
    today: str
    cutoff: str
    categories: list[Category]
    rows: list[AreaRow]
    total: AreaRow
    months: list[Month]
    lowest: list[Ranked]
    falling: list[Ranked]
    lowest_count: int = 0
    falling_count: int = 0


def categories_of(instrument: str) -> list[Category]:
    """The instrument's categories, highest first, with their colours."""
    try:
        scoring = instrument_registry().get(instrument).scoring
    except Exception:  # an instrument this province does not ship: categories from the data
        return []
    return [Category(c.text.get("id"), c.color) for c in scoring.categories]


def child_level(area: str) -> int:
    """The length of the region codes one level below ``area`` ('65' -> kabupaten)."""
    return 5 if len(area) <= 2 else 8


def child_names(area: str) -> dict[str, str]:
    places = kabupaten() if len(area) <= 2 else kecamatan(area[:5])
    return {p.code: p.name for p in places}


def month_ends(today: date, count: int = MONTHS) -> list[tuple[str, str]]:
    """(YYYY-MM, its last day as text that sorts after every date of the month), oldest first."""
    labels = []
    year, month = today.year, today.month
    for _ in range(count):
        labels.append(f"{year:04d}-{month:02d}")
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    return [(label, f"{label}-31") for label in reversed(labels)]


def overview(
    store: ProvinceStore, area: str = "65", instrument: str = INSTRUMENT, today: date | None = None
) -> Overview:
    """The overview of ``area`` (the province '65', a kabupaten or a kecamatan code; a
    village's is refused: its figures are kept per kecamatan)."""
    if len(area) > 8:
        raise KopdesError(
            f"Ringkasan hanya untuk provinsi, kabupaten/kota atau kecamatan, bukan {area}.",
            f"The overview is for the province, a kabupaten or a kecamatan, not {area}.",
        )
    day = today or date.today()
    dashboard_store.catch_up(store.engine)
    with store.engine.connect() as c:
        return _overview(c, area, instrument, day)


def _overview(c: Connection, area: str, instrument: str, day: date) -> Overview:
    level, names = child_level(area), child_names(area)
    cutoff = (day - timedelta(days=UNVISITED_DAYS)).isoformat()
    rows = {code: AreaRow(code, name) for code, name in names.items()}

    def row(code: str) -> AreaRow:
        return rows.setdefault(code, AreaRow(code, code))

    sql, params = q.coop_figures_sql(c, area, level, cutoff)
    for child, count, visited, *money in c.execute(text(sql), params):
        r = row(child)
        r.cooperatives = r.unassessed = count
        r.unvisited = count - int(visited or 0)
        r.financing = Financing(*(int(v or 0) for v in money))
    sql, params = q.overdue_by_area_sql(c, area, level, day.isoformat())
    for child, count in c.execute(text(sql), params):
        row(child).overdue += count
    ordered = sorted(rows.values(), key=lambda r: r.code)
    view = Overview(
        area, instrument, day.isoformat(), cutoff, [], ordered, AreaRow("", ""), [], [], []
    )
    _assessments(c, view, row, day)
    view.categories = _categories(instrument, ordered)
    view.total = _sum(ordered)
    return view


def _assessments(c: Connection, view: Overview, row: Any, day: date) -> None:
    """The figures read from the assessments' aggregates: latest categories and falls per
    child area, the lowest and the fastest falling, and the months."""
    sql, params = q.latest_figures_sql(c, view.area, child_level(view.area), view.instrument)
    for child, key, count, falling in c.execute(text(sql), params):
        r, category = row(child), key or None
        r.falling += int(falling or 0)
        r.unassessed -= count
        r.categories[category] = r.categories.get(category, 0) + count
        view.lowest_count += count
        view.falling_count += int(falling or 0)
    for falling, found in ((False, view.lowest), (True, view.falling)):
        sql, params = q.ranked_sql(c, view.area, view.instrument, falling, TOP)
        found += [
            Ranked(
                i, name, region, float(total), category, None if prev is None else float(prev), on
            )
            for i, name, region, total, category, prev, on in c.execute(text(sql), params)
        ]
    view.months = _months(c, view, day)


def _months(c: Connection, view: Overview, day: date) -> list[Month]:
    """The categories in force at each month's end (the assessments that put a cooperative in
    a category up to that month, less those replaced by then) and the moves of each month."""
    ends = month_ends(day)
    labels = [label for label, _ in ends]
    steps: dict[str, Counter[str | None]] = {label: Counter() for label in ["", *labels]}
    pairs: list[tuple[str, str | None, str | None, int]] = []
    sql, params = q.month_figures_sql(c, view.area, view.instrument, labels[0])
    for month, kind, k1, k2, n in c.execute(text(sql), params):
        if kind == "move":
            pairs.append((month, k1 or None, k2 or None, int(n)))
        elif month in steps:
            steps[month][k1 or None] += int(n) if kind == "in" else -int(n)
    running: Counter[str | None] = Counter(steps[""])
    counts: dict[str, dict[str | None, int]] = {}
    for label in labels:
        running.update(steps[label])
        counts[label] = {k: n for k, n in running.items() if n}
    cats = _categories(view.instrument, list(view.rows))
    rank = {cat.label: n for n, cat in enumerate(cats)}
    moves: dict[str, list[int]] = {label: [0, 0] for label in labels}
    for label, before, after, count in pairs:
        if label in moves and before in rank and after in rank and before != after:
            moves[label][0 if rank[after] < rank[before] else 1] += count
    return [Month(label, counts[label], *moves[label]) for label in labels]


def _categories(instrument: str, rows: list[AreaRow]) -> list[Category]:
    cats = categories_of(instrument)
    known = {cat.label for cat in cats}
    extra = sorted({k for r in rows for k in r.categories} - known)
    return cats + [Category(label, NONE_COLOR) for label in extra]


def _sum(rows: list[AreaRow]) -> AreaRow:
    total = AreaRow("", "")
    for r in rows:
        total.cooperatives += r.cooperatives
        total.unassessed += r.unassessed
        total.falling += r.falling
        total.unvisited += r.unvisited
        total.overdue += r.overdue
        total.financing = total.financing.plus(r.financing)
        for key, count in r.categories.items():
            total.categories[key] = total.categories.get(key, 0) + count
    return total


def as_dict(view: Any) -> Any:
    """Plain JSON-able data of an overview (for ``--json`` and tests)."""
    if isinstance(view, list):
        return [as_dict(v) for v in view]
    if hasattr(view, "__dataclass_fields__"):
        return {k: as_dict(getattr(view, k)) for k in view.__dataclass_fields__}
    if isinstance(view, dict):
        return {k: as_dict(v) for k, v in view.items()}
    return view
