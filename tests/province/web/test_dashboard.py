"""The province overview against a recomputation: every figure of the overview (per kabupaten
and per kecamatan) is computed again here in plain Python from the synced records in
``prov_version`` of a seeded province store, and compared; every figure's list counts what
the figure says; a kabupaten officer's pages stay in their kabupaten; board members' NIK only
for the roles allowed to see it; photos only for officers who may see their cooperative."""

from __future__ import annotations

import json
import math
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text
from sync.support import BACKENDS, province_store

from bench.fill_province import fill
from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province import dashboard, dashboard_lists, drilldown
from kopdes_desktop.province.dashboard_lists import ListQuery, list_page
from kopdes_desktop.province.dashboard_sync import SILENT_DAYS, sync_health
from kopdes_desktop.province.devices import device_statuses
from kopdes_desktop.province.models import ProvBatch
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import svg

from .dashboard_support import add_photo
from .dashboard_support import current_records as _records

TODAY = date(2026, 11, 20)
NUNUKAN = "65.03"


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory) -> Iterator[ProvinceStore]:
    with province_store(tmp_path_factory.mktemp("dashboard") / "province", request.param) as store:
        fill(store, 1, today=TODAY)
        dashboard_lists.ensure_indexes(store.engine)
        yield store


def _expected(store: ProvinceStore, area: str, level: int) -> dict[str, Any]:
    """The overview's figures recomputed from the records."""
    rec = _records(store)
    coops = {
        c["id"]: c
        for c in rec["cooperative"]
        if c["region_code"].startswith(area + ".") or area == "65"
    }
    child = {cid: c["region_code"][:level] for cid, c in coops.items()}
    history: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for a in rec["assessment"]:
        if (
            a["status"] == "FINAL"
            and a["instrument_id"] == dashboard.INSTRUMENT
            and a["cooperative_id"] in coops
        ):
            history[a["cooperative_id"]].append(a)
    for items in history.values():
        items.sort(key=lambda a: (a["assessed_on"], a.get("revision_no", 1)))
    per: dict[str, Counter] = defaultdict(Counter)
    falling_rows = []
    for cid, code in child.items():
        per[code]["cooperatives"] += 1
        items = history.get(cid)
        if not items:
            per[code]["unassessed"] += 1
            continue
        per[code]["cat:" + items[-1]["category"]] += 1
        if len(items) > 1 and items[-2]["total"] > items[-1]["total"]:
            per[code]["falling"] += 1
            falling_rows.append((items[-1]["total"] - items[-2]["total"], cid))
    cutoff = (TODAY - timedelta(days=dashboard.UNVISITED_DAYS)).isoformat()
    last: dict[str, str] = {}
    for v in rec["visit"]:
        if v["status"] == "DONE" and v["cooperative_id"] in coops:
            last[v["cooperative_id"]] = max(last.get(v["cooperative_id"], ""), v["visit_date"])
    for cid, code in child.items():
        if last.get(cid, "") < cutoff:
            per[code]["unvisited"] += 1
        c = coops[cid]
        for key in (
            "financing_ceiling",
            "financing_disbursed",
            "financing_outstanding",
            "financing_arrears",
        ):
            per[code][key] += c[key]
        per[code]["financed"] += c["financing_ceiling"] > 0
        per[code]["in_arrears"] += c["financing_arrears"] > 0
    for t in rec["action_item"]:
        if (
            t["cooperative_id"] in coops
            and t["status"] in ("OPEN", "PROGRESS")
            and t["due_date"] < TODAY.isoformat()
        ):
            per[child[t["cooperative_id"]]]["overdue"] += 1
    months = {}
    for label, end in dashboard.month_ends(TODAY):
        months[label] = Counter(
            [a for a in items if a["assessed_on"] <= end][-1]["category"]
            for items in history.values()
            if any(a["assessed_on"] <= end for a in items)
        )
    lowest = sorted((items[-1]["total"], coops[cid]["name"], cid) for cid, items in history.items())
    return {
        "per": per,
        "months": months,
        "lowest": [cid for *_, cid in lowest[:10]],
        "lowest_count": len(lowest),
        "falling_count": len(falling_rows),
        "falling_changes": sorted(round(d, 2) for d, _ in falling_rows)[:10],
    }


@pytest.mark.parametrize("area", ["65", NUNUKAN])
def test_every_overview_figure_matches_a_recomputation(store, area: str) -> None:
    view = dashboard.overview(store, area, today=TODAY)
    expected = _expected(store, area, dashboard.child_level(area))
    per = expected["per"]
    assert {r.code for r in view.rows if r.cooperatives} == set(per)
    for row in view.rows:
        want = per.get(row.code, Counter())
        assert row.cooperatives == want["cooperatives"], row.code
        assert row.unassessed == want["unassessed"]
        assert row.falling == want["falling"]
        assert row.unvisited == want["unvisited"]
        assert row.overdue == want["overdue"]
        assert row.categories == {k[4:]: n for k, n in want.items() if k.startswith("cat:")}
        f = row.financing
        assert (f.ceiling, f.disbursed, f.outstanding, f.arrears, f.financed, f.in_arrears) == (
            want["financing_ceiling"],
            want["financing_disbursed"],
            want["financing_outstanding"],
            want["financing_arrears"],
            want["financed"],
            want["in_arrears"],
        )
    assert view.total.cooperatives == sum(c["cooperatives"] for c in per.values()) > 0
    assert view.total.falling > 0 and view.total.overdue > 0 and view.total.unvisited > 0
    assert {m.label: dict(m.counts) for m in view.months} == {
        k: dict(v) for k, v in expected["months"].items()
    }
    assert [r.id for r in view.lowest] == expected["lowest"]
    assert view.lowest_count == expected["lowest_count"]
    assert view.falling_count == expected["falling_count"]
    assert [r.change for r in view.falling] == expected["falling_changes"]


@pytest.mark.parametrize(
    ("area", "category"), [("65", ""), (NUNUKAN, "Kritis"), ("65", "belum"), ("65.01", "")]
)
def test_the_map_groups_count_every_cooperative_in_its_square(
    store, area: str, category: str
) -> None:
    """The squares, categories and kecamatan the SQL counts (what the map draws beyond
    MAP_DOTS cooperatives) are those of each cooperative on the map, found one by one."""
    west, north, width, height = grid = svg.map_grid(10)
    expected: Counter[tuple[Any, ...]] = Counter()
    positions: dict[tuple[Any, ...], list[float]] = defaultdict(lambda: [0.0, 0.0])
    for p in dashboard_lists.map_points(store, area, category):
        cell = (math.floor((p.lon - west) / width), math.floor((north - p.lat) / height))
        key = (cell, p.category, (p.region or "")[:8])
        expected[key] += 1
        positions[key][0] += p.lat
        positions[key][1] += p.lon

    groups = dashboard_lists.map_groups(store, grid, area, category)

    assert {(g.cell, g.category, g.kecamatan): g.count for g in groups} == expected
    assert {
        (g.cell, g.category, g.kecamatan): pytest.approx([g.lat_sum, g.lon_sum]) for g in groups
    } == positions
    assert len(expected) > 0 or category == "belum"  # the 1x fill assessed every mapped one


def test_moves_count_category_changes(store) -> None:
    view = dashboard.overview(store, today=TODAY)
    rank = {c.label: n for n, c in enumerate(view.categories)}
    rec = _records(store)
    history = defaultdict(list)
    for a in rec["assessment"]:
        if a["status"] == "FINAL" and a["instrument_id"] == dashboard.INSTRUMENT:
            history[a["cooperative_id"]].append(a)
    up, down = Counter(), Counter()
    for items in history.values():
        items.sort(key=lambda a: a["assessed_on"])
        for before, after in zip(items, items[1:], strict=False):
            month = after["assessed_on"][:7]
            if rank[after["category"]] < rank[before["category"]]:
                up[month] += 1
            elif rank[after["category"]] > rank[before["category"]]:
                down[month] += 1
    assert {m.label: (m.up, m.down) for m in view.months} == {
        m.label: (up[m.label], down[m.label]) for m in view.months
    }
    assert sum(m.down for m in view.months) > 0


@pytest.mark.parametrize("area", ["65", NUNUKAN])
def test_each_figure_links_to_a_list_of_what_it_counts(store, area: str) -> None:
    view = dashboard.overview(store, area, today=TODAY)
    rows = [r for r in view.rows if r.cooperatives][: 5 if area == "65" else 3]
    for row in [*rows, view.total]:
        code = row.code or area
        checks = [
            ("semua", "", row.cooperatives),
            ("belum-dinilai", "", row.unassessed),
            ("menurun", "", row.falling),
            ("tak-dikunjungi", "", row.unvisited),
            ("terlambat", "", row.overdue),
            ("menunggak", "", row.financing.in_arrears),
            ("dibiayai", "", row.financing.financed),
            *(("kategori", cat, n) for cat, n in row.categories.items()),
        ]
        for kind, category, figure in checks:
            found = list_page(store, ListQuery(kind, code, category), TODAY)
            assert found.total == figure, (code, kind, category)
    found = list_page(store, ListQuery("terendah", area), TODAY)
    assert found.total == view.lowest_count
    assert [r.id for r in found.rows[:10]] == [r.id for r in view.lowest]
    month = view.months[-3]
    for category, count in month.counts.items():
        assert (
            list_page(store, ListQuery("bulan", area, category, month.label), TODAY).total == count
        )


def test_a_falling_list_names_the_mentors(store) -> None:
    found = list_page(store, ListQuery("menurun", NUNUKAN), TODAY)
    assert found.rows and all(r.mentors for r in found.rows)
    assert all(r.kabupaten == "Kabupaten Nunukan" for r in found.rows)
    assert all(r.change is not None and r.change < 0 for r in found.rows)
    changes = [r.change for r in found.rows]
    assert changes == sorted(changes)


def test_sync_health_is_what_status_computes(store) -> None:
    health = sync_health(store, today=TODAY)
    statuses = {s.device_id: s for s in device_statuses(store)}
    assert {d.status.device_id for d in health.devices} == set(statuses)
    assert health.count("celah") == sum(1 for s in statuses.values() if s.gaps) > 0
    assert health.count("divergensi") == sum(1 for s in statuses.values() if s.divergences) > 0
    assert health.count("karantina") == 1
    with store.session() as session:
        last = dict(
            session.execute(
                select(ProvBatch.device_id, ProvBatch.received_at).order_by(ProvBatch.received_at)
            ).all()
        )
    limit = datetime.combine(TODAY, time()) - timedelta(days=SILENT_DAYS)
    silent = {d for d, s in statuses.items() if s.status == "enrolled" and last[d] < limit}
    assert {d.status.device_id for d in health.only("diam")} == silent and silent
    nunukan = sync_health(store, NUNUKAN, TODAY)
    assert nunukan.devices and all(d.kabupaten == NUNUKAN for d in nunukan.devices)
    assert nunukan.count("karantina") == 0


def test_a_kabupaten_officer_stays_in_their_kabupaten(store) -> None:
    rec = _records(store)
    bulungan = next(c["id"] for c in rec["cooperative"] if c["region_code"].startswith("65.01."))
    mentor = next(m["id"] for m in rec["mentor"] if m["kabupaten_code"] == "65.01")
    with pytest.raises(OutOfScope):
        drilldown.cooperative(store, bulungan, NUNUKAN, True)
    with pytest.raises(OutOfScope):
        drilldown.mentor(store, mentor, NUNUKAN, True)
    assert drilldown.cooperative(store, bulungan, "65.01", True).coop.id == bulungan
    with pytest.raises(NotFoundError):
        drilldown.cooperative(store, str(uuid.uuid4()), None, True)


def test_nik_and_phone_only_for_roles_that_may_see_them(store) -> None:
    coop = _records(store)["cooperative"][0]["id"]
    full = drilldown.cooperative(store, coop, None, drilldown.may_see_personal("admin"))
    assert full.board and all(p["nik"] for p in full.board)
    bare = drilldown.cooperative(store, coop, None, drilldown.may_see_personal("viewer"))
    assert bare.board and all("nik" not in p and "phone" not in p for p in bare.board)
    assert drilldown.may_see_personal("kabupaten")


def test_a_photo_is_served_only_within_scope(store) -> None:
    rec = _records(store)
    visit = next(
        v
        for v in rec["visit"]
        if v["cooperative_id"]
        in {c["id"] for c in rec["cooperative"] if c["region_code"].startswith("65.03.")}
    )
    photo = add_photo(store, visit["id"])
    found = drilldown.attachment(store, photo, NUNUKAN)
    assert found.path.read_bytes().startswith(b"\xff\xd8") and found.mime == "image/jpeg"
    with pytest.raises(OutOfScope):
        drilldown.attachment(store, photo, "65.01")
    detail = drilldown.cooperative(store, visit["cooperative_id"], None, True)
    assert [p["id"] for p in detail.photos] == [photo]


def test_the_overview_on_the_command_line(store, capsys) -> None:
    from kopdes_desktop.province.cli import main

    assert main(["ringkasan", "--dir", str(store.root), "--wilayah", NUNUKAN, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    view = dashboard.overview(store, NUNUKAN)
    assert shown["total"]["falling"] == view.total.falling > 0
    assert [r["code"] for r in shown["rows"]] == [r.code for r in view.rows]


def test_the_figures_follow_what_arrives(store) -> None:
    """(Last: it changes the store.) A laptop's new assessment and visit, applied as an import
    applies them, a province correction and a tombstone show at once, and every figure still
    matches the recomputation."""
    from kopdes_desktop.province import registry

    from .support import coop_values, laptop_sends

    rec = _records(store)
    coop = next(c for c in rec["cooperative"] if c["region_code"].startswith("65.03."))
    before = dashboard.overview(store, NUNUKAN, today=TODAY)
    laptop_sends(
        store,
        str(uuid.uuid4()),
        1,
        {
            "cooperative_id": coop["id"],
            "instrument_id": dashboard.INSTRUMENT,
            "instrument_version": "1.0",
            "status": "FINAL",
            "category": "Kritis",
            "total": 1.5,
            "assessed_on": (TODAY - timedelta(days=1)).isoformat(),
            "revision_no": 1,
        },
        table="assessment",
    )
    laptop_sends(
        store,
        str(uuid.uuid4()),
        2,
        {"cooperative_id": coop["id"], "visit_date": TODAY.isoformat(), "status": "DONE"},
        table="visit",
    )
    registry.correct(store, coop["id"], {"name": "KDMP Nama Baru"}, actor="admin")
    gone = next(
        c
        for c in rec["cooperative"]
        if c["region_code"].startswith("65.03.") and c["id"] != coop["id"]
    )
    laptop_sends(store, gone["id"], 3, {**coop_values(gone["name"], gone["region_code"])})
    with store.session() as session:
        session.execute(
            text("UPDATE prov_version SET deleted = :yes WHERE record_id = :id"),
            {"yes": True, "id": gone["id"]},
        )
    after = dashboard.overview(store, NUNUKAN, today=TODAY)
    assert after.lowest[0].id == coop["id"] and after.lowest[0].name == "KDMP Nama Baru"
    assert after.total.cooperatives == before.total.cooperatives - 1
    test_every_overview_figure_matches_a_recomputation(store, NUNUKAN)
    test_every_overview_figure_matches_a_recomputation(store, "65")
