"""What the Dinas head's summary of one kabupaten prints, read from the consolidated store:
cooperatives by latest readiness category and how that moved month by month, the lowest and the
fastest falling cooperatives with their mentors, follow-ups overdue, and financing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, text

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import dashboard_store
from kopdes_desktop.province.dashboard_sql import COOPS, FACTS
from kopdes_desktop.province.export_sheets import day
from kopdes_desktop.province.regions import kabupaten_name, region_label
from kopdes_desktop.province.store import ProvinceStore

READINESS = "kesiapan-kdkmp"
MONTHS = 6
LISTED = 10
OPEN = ("OPEN", "PROGRESS")
CHUNK = 400


@dataclass(frozen=True)
class CoopLine:
    name: str
    village: str
    kecamatan: str
    mentor: str
    category: str
    total: float
    change: float | None
    value: int = 0  # overdue follow-ups, or arrears in Rupiah


@dataclass
class SummaryData:
    kabupaten_code: str
    kabupaten: str
    today: date
    cooperatives: int = 0
    not_assessed: int = 0
    categories: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[str, dict[str, int]]] = field(default_factory=list)
    up: int = 0
    down: int = 0
    same: int = 0
    lowest: list[CoopLine] = field(default_factory=list)
    falling: list[CoopLine] = field(default_factory=list)
    overdue_total: int = 0
    overdue: list[CoopLine] = field(default_factory=list)
    financing: tuple[int, int, int, int] = (0, 0, 0, 0)
    in_arrears: list[CoopLine] = field(default_factory=list)
    arrears_count: int = 0
    mentors: int = 0
    not_visited: int = 0


def summary_data(store: ProvinceStore, kabupaten_code: str, today: date) -> SummaryData:
    """The summary of one kabupaten as of ``today``, read from the overview's typed copy of
    the records (:mod:`.dashboard_store`, brought up to date first), joined to the kabupaten's
    cooperatives through its indexes: only the kabupaten's rows, whatever the province's size."""
    name = kabupaten_name(kabupaten_code)
    if not name:
        raise KopdesError(
            f"Kabupaten/kota {kabupaten_code} tidak dikenal.",
            f"Unknown kabupaten {kabupaten_code}.",
        )
    data = SummaryData(kabupaten_code, name, today)
    dashboard_store.ready(store.engine)
    with store.engine.connect() as c:
        coops = _coops(c, kabupaten_code)
        kab = kabupaten_code
        history: dict[str, list[tuple[date, float, str]]] = {}
        for coop, on_text, total, category in _facts(
            c,
            "s.coop, s.day, s.total, s.category",
            "s.instrument = :instrument AND s.status = 'FINAL' AND s.total IS NOT NULL",
            "assessment",
            kab,
            {"instrument": READINESS},
        ):
            on = day(on_text)
            if on:
                history.setdefault(coop, []).append((on, float(total), str(category or "")))
        mentor_of = _mentors(c, kab, today)
        overdue = Counter(
            coop
            for coop, due in _facts(
                c, "s.coop, s.day", "s.status IN ('OPEN', 'PROGRESS')", "action_item", kab, {}
            )
            if (day(due) or today) < today
        )
        since = today - timedelta(days=60)
        visited = {
            coop
            for coop, last in _facts(c, "s.coop, s.last_visit", "1 = 1", "", kab, {})
            if (day(last) or date.min) >= since
        }
    for points in history.values():
        points.sort()
    _categories(data, coops, history)
    _lists(data, coops, history, mentor_of, overdue)
    data.not_visited = sum(1 for coop_id in coops if coop_id not in visited)
    data.mentors = len(set(mentor_of.values()))
    return data


def _coops(c: Connection, kabupaten_code: str) -> dict[str, dict[str, Any]]:
    """The kabupaten's cooperatives (through the copy's region index), with the values the
    summary reads under their record names."""
    rows = c.execute(
        text(
            f"SELECT v.record_id, v.name, v.region, v.ceiling, v.disbursed, v.outstanding, "
            f"v.arrears FROM {FACTS} v WHERE v.table_name = 'cooperative' AND v.region >= :lo "
            "AND v.region < :hi"
        ),
        {"lo": kabupaten_code + ".", "hi": kabupaten_code + "/"},
    )
    return {
        r[0]: {
            "name": r[1],
            "region_code": r[2],
            **{
                f"financing_{f}": value
                for f, value in zip(
                    ("ceiling", "disbursed", "outstanding", "arrears"), r[3:], strict=True
                )
            },
        }
        for r in rows
    }


def _facts(
    c: Connection, columns: str, where: str, table: str, kabupaten_code: str, params: dict[str, Any]
) -> Iterator[tuple[Any, ...]]:
    """``columns`` of the copy's rows of ``table`` ('': the per-cooperative aggregates) of the
    kabupaten's cooperatives matching ``where``: joined to the cooperatives of its range of
    region codes, so the database reads the kabupaten's rows by its indexes."""
    if table:
        source = (
            f"{FACTS} s JOIN {FACTS} v ON v.table_name = 'cooperative' AND "
            f"v.record_id = s.coop WHERE s.table_name = '{table}' AND"
        )
    else:
        source = f"{COOPS} s JOIN {COOPS} v ON v.coop = s.coop WHERE"
    yield from c.execute(
        text(f"SELECT {columns} FROM {source} {where} AND v.region >= :lo AND v.region < :hi"),
        {**params, "lo": kabupaten_code + ".", "hi": kabupaten_code + "/"},
    )


def _mentors(c: Connection, kabupaten_code: str, today: date) -> dict[str, str]:
    """Each cooperative's mentor (one of its assignments not ended before ``today``)."""
    mentor_of: dict[str, str] = {}
    for _id, coop, mentor, end in sorted(
        tuple(r)
        for r in _facts(
            c, "s.record_id, s.coop, s.mentor, s.ended", "1 = 1", "assignment", kabupaten_code, {}
        )
    ):
        ended = day(end)
        if ended is None or ended >= today:
            mentor_of[coop] = str(mentor)
    names: dict[str, str] = {}
    wanted = sorted(set(mentor_of.values()))
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        marks = ", ".join(f":m{n}" for n in range(len(chunk)))
        names.update(
            c.execute(
                text(
                    f"SELECT record_id, name FROM {FACTS} WHERE table_name = 'mentor' "
                    f"AND record_id IN ({marks})"
                ),
                {f"m{n}": value for n, value in enumerate(chunk)},
            ).all()
        )
    return {coop: str(names.get(mentor) or "") for coop, mentor in mentor_of.items()}


def _categories(data: SummaryData, coops: dict, history: dict) -> None:
    """Latest categories, their counts at the end of each of the last months, and movement
    between each cooperative's last two assessments."""
    data.cooperatives = len(coops)
    data.not_assessed = sum(1 for coop_id in coops if coop_id not in history)
    order: dict[str, list[float]] = {}
    for points in history.values():
        for _on, total, category in points:
            order.setdefault(category, []).append(total)
    ranked = sorted(order, key=lambda k: -sum(order[k]) / len(order[k]))
    latest = Counter(points[-1][2] for points in history.values())
    data.categories = [(k, latest.get(k, 0)) for k in ranked]
    month_end = data.today.replace(day=1) - timedelta(days=1)
    ends = []
    for _ in range(MONTHS):
        ends.append(month_end)
        month_end = month_end.replace(day=1) - timedelta(days=1)
    for end in reversed(ends):
        counts = Counter(
            next((p[2] for p in reversed(points) if p[0] <= end), None)
            for points in history.values()
        )
        data.months.append((end.strftime("%Y-%m"), {k: counts.get(k, 0) for k in ranked}))
    for points in history.values():
        if len(points) > 1:
            step = points[-1][1] - points[-2][1]
            data.up += step > 0.5
            data.down += step < -0.5
            data.same += abs(step) <= 0.5


def _lists(
    data: SummaryData, coops: dict, history: dict, mentor_of: dict, overdue: Counter
) -> None:
    def line(coop_id: str, value: int = 0) -> CoopLine:
        v = coops[coop_id]
        village, kecamatan, _kab = region_label(v.get("region_code"))
        points = history.get(coop_id, [])
        change = points[-1][1] - points[-2][1] if len(points) > 1 else None
        last = points[-1] if points else (None, 0.0, "")
        return CoopLine(
            str(v.get("name") or ""),
            village,
            kecamatan,
            mentor_of.get(coop_id, ""),
            last[2],
            last[1],
            change,
            value,
        )

    assessed = [c for c in coops if c in history]
    data.lowest = [line(c) for c in sorted(assessed, key=lambda c: history[c][-1][1])[:LISTED]]
    drops = [
        c for c in assessed if len(history[c]) > 1 and history[c][-1][1] < history[c][-2][1] - 0.5
    ]
    drops.sort(key=lambda c: history[c][-1][1] - history[c][-2][1])
    data.falling = [line(c) for c in drops[:LISTED]]
    data.overdue_total = sum(overdue.values())
    data.overdue = [line(c, n) for c, n in overdue.most_common(LISTED)]
    money = [
        tuple(
            _money(v.get(f))
            for f in (
                "financing_ceiling",
                "financing_disbursed",
                "financing_outstanding",
                "financing_arrears",
            )
        )
        for v in coops.values()
    ]
    ceiling, disbursed, outstanding, arrears_total = (sum(m[i] for m in money) for i in range(4))
    data.financing = (ceiling, disbursed, outstanding, arrears_total)
    arrears = sorted(
        (
            (c, _money(v.get("financing_arrears")))
            for c, v in coops.items()
            if _money(v.get("financing_arrears")) > 0
        ),
        key=lambda x: -x[1],
    )
    data.arrears_count = len(arrears)
    data.in_arrears = [line(c, amount) for c, amount in arrears[:LISTED]]


def _money(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0
