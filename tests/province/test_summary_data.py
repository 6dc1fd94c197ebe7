"""The kabupaten summary's figures (read by region and cooperative from the overview's copy)
against a recomputation from the synced records, parsed in Python; and after a change."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sync.support import BACKENDS, province_store

from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.summary_data import READINESS, summary_data
from province.web.dashboard_support import current_records as _records

TODAY = date(2026, 11, 20)
NUNUKAN = "65.03"


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory) -> Iterator[ProvinceStore]:
    with province_store(tmp_path_factory.mktemp("summary") / "province", request.param) as s:
        fill(s, 1, today=TODAY)
        yield s


def _expected(store: ProvinceStore, kabupaten: str) -> dict[str, Any]:
    rec = _records(store)
    coops = {c["id"]: c for c in rec["cooperative"] if c["region_code"].startswith(kabupaten + ".")}
    history: dict[str, list[tuple[str, float, str]]] = defaultdict(list)
    for a in rec["assessment"]:
        if (
            a["cooperative_id"] in coops
            and a["status"] == "FINAL"
            and a["instrument_id"] == READINESS
            and a.get("total") is not None
        ):
            history[a["cooperative_id"]].append((a["assessed_on"], a["total"], a["category"]))
    for points in history.values():
        points.sort()
    steps = [p[-1][1] - p[-2][1] for p in history.values() if len(p) > 1]
    cutoff = (TODAY - timedelta(days=60)).isoformat()
    visited = {
        v["cooperative_id"]
        for v in rec["visit"]
        if v["status"] == "DONE" and v["cooperative_id"] in coops and v["visit_date"] >= cutoff
    }
    overdue = sum(
        1
        for t in rec["action_item"]
        if t["cooperative_id"] in coops
        and t["status"] in ("OPEN", "PROGRESS")
        and t["due_date"] < TODAY.isoformat()
    )
    mentors = {m["id"]: m["name"] for m in rec["mentor"]}
    assigned = {
        mentors.get(a["mentor_id"], "")
        for a in rec["assignment"]
        if a["cooperative_id"] in coops and (a.get("end") is None or a["end"] >= TODAY.isoformat())
    }
    money = tuple(
        sum(c.get(f"financing_{f}") or 0 for c in coops.values())
        for f in ("ceiling", "disbursed", "outstanding", "arrears")
    )
    return {
        "cooperatives": len(coops),
        "not_assessed": len(coops) - len(history),
        "latest": Counter(p[-1][2] for p in history.values()),
        "up": sum(s > 0.5 for s in steps),
        "down": sum(s < -0.5 for s in steps),
        "not_visited": len(coops) - len(visited),
        "overdue_total": overdue,
        "mentors": len(assigned),
        "financing": money,
        "arrears_count": sum(1 for c in coops.values() if (c.get("financing_arrears") or 0) > 0),
        "lowest": sorted(p[-1][1] for p in history.values())[:10],
    }


def _check(store: ProvinceStore) -> None:
    data = summary_data(store, NUNUKAN, TODAY)
    want = _expected(store, NUNUKAN)
    assert data.cooperatives == want["cooperatives"] > 0
    assert data.not_assessed == want["not_assessed"]
    assert {k: n for k, n in data.categories if n} == dict(want["latest"])
    assert (data.up, data.down) == (want["up"], want["down"])
    assert data.not_visited == want["not_visited"]
    assert data.overdue_total == want["overdue_total"] > 0
    assert data.mentors == want["mentors"] > 0
    assert data.financing == want["financing"]
    assert data.arrears_count == want["arrears_count"]
    assert [line.total for line in data.lowest] == want["lowest"]


def test_the_summary_matches_a_recomputation(store) -> None:
    _check(store)


def test_the_summary_follows_a_change(store) -> None:
    """A tombstoned cooperative and a rewritten assessment show in the next summary."""
    rec = _records(store)
    gone = next(c for c in rec["cooperative"] if c["region_code"].startswith(NUNUKAN + "."))
    assessed = next(
        a
        for a in rec["assessment"]
        if a["status"] == "FINAL"
        and a["cooperative_id"] != gone["id"]
        and any(
            c["id"] == a["cooperative_id"] and c["region_code"].startswith(NUNUKAN + ".")
            for c in rec["cooperative"]
        )
    )
    values = {
        **{k: v for k, v in assessed.items() if k != "id"},
        "total": 0.01,
        "category": "Kritis",
    }
    with store.session() as session:
        session.execute(
            text("UPDATE prov_version SET deleted = :yes WHERE record_id = :id"),
            {"yes": True, "id": gone["id"]},
        )
        session.execute(
            text("UPDATE prov_version SET data = :d WHERE record_id = :id AND is_current"),
            {"d": json.dumps(values), "id": assessed["id"]},
        )
    _check(store)
