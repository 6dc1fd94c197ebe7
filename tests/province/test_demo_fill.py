"""``kopdes-province demo``: a province store filled directly reads like synced data: real
Kaltara villages, GPS inside the right kabupaten, mentors with 7 to 15 cooperatives, ids and
counters per device as laptops make them, and the situations the Dinas looks for."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import registry_query
from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.demo_rows import BOXES
from kopdes_desktop.province.models import ProvBatch, ProvDevice, ProvVersion
from kopdes_desktop.province.regions import village
from kopdes_desktop.province.registry_query import ListQuery
from kopdes_desktop.province.store import ProvinceStore

TODAY = date(2026, 11, 20)


def _records(store: ProvinceStore) -> dict[str, list[ProvVersion]]:
    by_table: dict[str, list[ProvVersion]] = defaultdict(list)
    with store.session() as session:
        for row in session.scalars(select(ProvVersion)):
            by_table[row.table_name].append(row)
    return by_table


def test_scale_one_is_kaltara_with_its_mentors_and_year(tmp_path, db_url):
    with ProvinceStore.init(tmp_path / "province", db_url) as store:
        stats = fill(store, 1, today=TODAY)
        tables = _records(store)
        with store.session() as session:
            devices = session.scalars(select(ProvDevice)).all()
            batches = {b.device_id: b for b in session.scalars(select(ProvBatch))}
        page = registry_query.screen(store, ListQuery(), None).page

    assert stats.cooperatives == len(tables["cooperative"]) == page.total == 411
    coops = {r.record_id: json.loads(r.data) for r in tables["cooperative"]}
    for values in coops.values():
        place = village(values["region_code"])
        assert place is not None, values["region_code"]
        south, north, west, east = BOXES[values["region_code"][:5]]
        assert south <= values["office_lat"] <= north and west <= values["office_lon"] <= east
    per_mentor = Counter(json.loads(r.data)["mentor_id"] for r in tables["assignment"])
    assert len(per_mentor) == stats.mentors == len(devices)
    assert all(7 <= n <= 15 for n in per_mentor.values())
    assert {d.status for d in devices} == {"enrolled"}
    assert {d.mentor_id for d in devices} == set(per_mentor)
    everything = [r for rows in tables.values() for r in rows]
    assert len({r.record_id for r in everything}) == len(everything) == stats.records
    by_device: dict[str, list[int]] = defaultdict(list)
    for row in everything:
        by_device[row.device_id].append(row.counter)
        assert row.is_current and not row.deleted
        assert row.batch_id == batches[row.device_id].batch_id
    for device_id, counters in by_device.items():
        assert sorted(counters) == list(range(1, len(counters) + 1))
        assert batches[device_id].counter_to == len(counters)
    silent = [b for b in batches.values() if b.received_at.date() < TODAY - timedelta(days=14)]
    assert 0 < len(silent) < len(batches) / 3


def test_the_year_has_what_the_dinas_looks_for(tmp_path):
    with ProvinceStore.init(tmp_path / "province") as store:
        fill(store, 1, today=TODAY)
        tables = _records(store)
    data = {t: [json.loads(r.data) for r in rows] for t, rows in tables.items()}
    finals: dict[str, list[dict]] = defaultdict(list)
    for a in data["assessment"]:
        if a["status"] == "FINAL" and a["instrument_id"] == "kesiapan-kdkmp":
            finals[a["cooperative_id"]].append(a)
    latest = {c: sorted(rows, key=lambda a: a["assessed_on"]) for c, rows in finals.items()}
    categories = Counter(rows[-1]["category"] for rows in latest.values())
    assert len(categories) >= 3 and max(categories.values()) < 411 * 0.7
    falling = [
        c
        for c, rows in latest.items()
        if len(rows) > 1 and rows[-1]["total"] < rows[-2]["total"] - 5
    ]
    assert len(falling) >= 20
    assert all(a["result"]["total"] == a["total"] for rows in latest.values() for a in rows)
    last_visit: dict[str, str] = {}
    for v in data["visit"]:
        if v["status"] == "DONE":
            last_visit[v["cooperative_id"]] = max(
                last_visit.get(v["cooperative_id"], ""), v["visit_date"]
            )
    stale = [c for c, d in last_visit.items() if d < (TODAY - timedelta(days=60)).isoformat()]
    assert 10 <= len(stale) <= 100
    overdue = [
        a
        for a in data["action_item"]
        if a["status"] in ("OPEN", "PROGRESS") and a["due_date"] < TODAY.isoformat()
    ]
    assert overdue
    assert any(a["status"] == "DRAFT" for a in data["assessment"])
    assert any(
        v["status"] == "PLANNED" and v["visit_date"] > TODAY.isoformat() for v in data["visit"]
    )
    assert sum(1 for c in data["cooperative"] if c["financing_arrears"]) > 0
    assert len(data["monthly_note"]) == 3 * len(data["mentor"])


def test_scale_multiplies_and_a_filled_store_is_refused(tmp_path, province_dir, capsys):
    assert province(["init", "--dir", str(province_dir)]) == 0
    capsys.readouterr()
    assert (
        province(
            [
                "demo",
                "--dir",
                str(province_dir),
                "--scale",
                "2",
                "--json",
                "--today",
                TODAY.isoformat(),
            ]
        )
        == 0
    )
    stats = json.loads(capsys.readouterr().out)
    assert stats["cooperatives"] == 822 and stats["scale"] == 2
    assert province(["demo", "--dir", str(province_dir)]) == 1
    assert "sudah berisi koperasi" in capsys.readouterr().err
    with ProvinceStore.open(province_dir) as store, pytest.raises(KopdesError):
        fill(store, 0)
