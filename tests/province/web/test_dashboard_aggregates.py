"""The overview's aggregates (per cooperative, latest assessment, per village and month) follow
every change the way a recomputation from scratch has them: after an import, a province
correction that moves a cooperative, a tombstone, and re-assessments that change a category;
and an existing store gets them, filled, when it is next opened."""

from __future__ import annotations

import json
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import text
from sync.support import BACKENDS, province_store

from bench.fill_province import fill
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import (
    dashboard,
    dashboard_aggregates,
    dashboard_lists,
    dashboard_store,
    registry,
)
from kopdes_desktop.province.dashboard_sync import sync_health
from kopdes_desktop.province.devices import device_statuses
from kopdes_desktop.province.store import ProvinceStore

from .support import laptop_sends
from .test_dashboard import NUNUKAN, TODAY, _records
from .test_dashboard import test_every_overview_figure_matches_a_recomputation as recomputed


@pytest.fixture(scope="module", params=BACKENDS)
def store(request, tmp_path_factory) -> Iterator[ProvinceStore]:
    with province_store(tmp_path_factory.mktemp("aggregates") / "province", request.param) as store:
        fill(store, 1, today=TODAY)
        dashboard_lists.ensure_indexes(store.engine)
        yield store


def _rows(store: ProvinceStore) -> dict[str, list[tuple[Any, ...]]]:
    with store.engine.connect() as c:
        return {
            t: sorted((tuple(r) for r in c.exec_driver_sql(f"SELECT * FROM {t}")), key=repr)
            for t in dashboard_aggregates.TABLES
        }


def _kept_equals_rebuilt(store: ProvinceStore) -> dict[str, list[tuple[Any, ...]]]:
    """The aggregates as kept (after the copy caught up) equal those rebuilt from scratch, and
    every overview figure matches the recomputation from the records."""
    dashboard_store.catch_up(store.engine)
    kept = _rows(store)
    with store.engine.begin() as c:
        dashboard_aggregates.rebuild(c)
    assert _rows(store) == kept
    assert all(kept.values())
    recomputed(store, "65")
    recomputed(store, NUNUKAN)
    return kept


def _latest_final(store: ProvinceStore, coop: str) -> dict[str, Any]:
    found = [
        a
        for a in _records(store)["assessment"]
        if a["cooperative_id"] == coop
        and a["status"] == "FINAL"
        and a["instrument_id"] == dashboard.INSTRUMENT
    ]
    return max(found, key=lambda a: (a["assessed_on"], a.get("revision_no", 1)))


def _category(store: ProvinceStore, coop: str) -> str | None:
    with store.engine.connect() as c:
        row = c.execute(
            text("SELECT category FROM prov_dash_latest WHERE coop = :c AND instrument = :i"),
            {"c": coop, "i": dashboard.INSTRUMENT},
        ).first()
    return row[0] if row else None


def _rewrite(store: ProvinceStore, record: dict[str, Any], **changes: Any) -> None:
    """Rewrite a record's current version in place (any writer: the triggers note it)."""
    values = {**{k: v for k, v in record.items() if k != "id"}, **changes}
    with store.session() as session:
        session.execute(
            text("UPDATE prov_version SET data = :d WHERE record_id = :id AND is_current"),
            {"d": json.dumps(values), "id": record["id"]},
        )


def test_the_aggregates_start_as_a_rebuild_has_them(store) -> None:
    kept = _kept_equals_rebuilt(store)
    assert len(kept["prov_dash_coop"]) == len(_records(store)["cooperative"])


def test_they_follow_an_import_a_correction_and_a_tombstone(store) -> None:
    """New assessment, visit and follow-up, a follow-up done, a renamed cooperative, one moved
    to another kabupaten and one tombstoned."""
    coops = [c for c in _records(store)["cooperative"] if c["region_code"].startswith("65.03.")]
    coop, gone = coops[0], coops[1]
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
            "total": 0.5,
            "assessed_on": (TODAY - timedelta(days=40)).isoformat(),
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
    laptop_sends(
        store,
        str(uuid.uuid4()),
        3,
        {
            "cooperative_id": coop["id"],
            "title": "Rapat anggota",
            "owner": "Ketua",
            "due_date": (TODAY - timedelta(days=5)).isoformat(),
            "status": "OPEN",
        },
        table="action_item",
    )
    _kept_equals_rebuilt(store)
    done = next(
        t
        for t in _records(store)["action_item"]
        if t["status"] == "OPEN" and t["due_date"] < TODAY.isoformat()
    )
    _rewrite(store, done, status="DONE")
    _kept_equals_rebuilt(store)
    registry.correct(store, coop["id"], {"name": "KDMP Nama Baru"}, actor="admin")
    kept = _kept_equals_rebuilt(store)
    assert (coop["id"], "KDMP Nama Baru") in {(r[0], r[2]) for r in kept["prov_dash_coop"]}
    # Another cooperative moved to a village of another kabupaten (written in place).
    moved = coops[2]
    elsewhere = next(
        c["region_code"]
        for c in _records(store)["cooperative"]
        if not c["region_code"].startswith("65.03.")
    )
    _rewrite(store, moved, region_code=elsewhere)
    kept = _kept_equals_rebuilt(store)
    assert (moved["id"], elsewhere) in {(r[0], r[1]) for r in kept["prov_dash_coop"]}
    if _category(store, moved["id"]):
        assert (moved["id"], elsewhere) in {(r[1], r[2]) for r in kept["prov_dash_latest"]}
    with store.session() as session:
        session.execute(
            text("UPDATE prov_version SET deleted = :yes WHERE record_id = :id"),
            {"yes": True, "id": gone["id"]},
        )
    kept = _kept_equals_rebuilt(store)
    assert gone["id"] not in {r[0] for r in kept["prov_dash_coop"]}
    assert _category(store, gone["id"]) is None


def test_they_follow_re_assessments_that_change_a_category(store) -> None:
    coop = next(
        c
        for c in _records(store)["cooperative"]
        if c["region_code"].startswith("65.03.") and _category(store, c["id"])
    )
    latest = _latest_final(store, coop["id"])
    other = "Kritis" if latest["category"] != "Kritis" else "Siap"
    # A new revision the same day: it replaces the latest one.
    laptop_sends(
        store,
        str(uuid.uuid4()),
        5,
        {
            **{k: v for k, v in latest.items() if k != "id"},
            "category": other,
            "total": 0.25,
            "revision_no": int(latest.get("revision_no") or 1) + 1,
        },
        table="assessment",
    )
    _kept_equals_rebuilt(store)
    assert _category(store, coop["id"]) == other
    # The same assessment rewritten in place (whoever writes: the triggers note it).
    latest = _latest_final(store, coop["id"])
    _rewrite(store, latest, category=latest["category"] + " (dikoreksi)")
    _kept_equals_rebuilt(store)
    assert _category(store, coop["id"]) == latest["category"] + " (dikoreksi)"


def test_an_existing_store_gets_them_when_opened(store) -> None:
    """A store made before the aggregates: the schema upgrade on open makes and fills them."""
    before = _kept_equals_rebuilt(store)
    with store.engine.begin() as c:
        for table in (
            "prov_dash_area",
            "prov_dash_month",
            "prov_dash_latest",
            "prov_dash_coop",
            "prov_dash_touched",
            "prov_dash_touched_region",
        ):
            c.exec_driver_sql(f"DROP TABLE {table}")
    laptop_sends(
        store,
        str(uuid.uuid4()),
        9,
        {
            "cooperative_id": before["prov_dash_coop"][0][0],
            "visit_date": TODAY.isoformat(),
            "status": "DONE",
        },
        table="visit",
    )
    dashboard_lists.ensure_indexes(store.engine)
    after = _kept_equals_rebuilt(store)
    assert after["prov_dash_latest"] == before["prov_dash_latest"]
    assert after["prov_dash_month"] == before["prov_dash_month"]
    assert TODAY.isoformat() in {r[-1] for r in after["prov_dash_coop"]}


def test_sync_health_is_kept_until_the_sync_tables_change(store) -> None:
    """The card's figures are computed again after any write to the tables they read (here a
    batch put in quarantine by hand), and only then."""
    first = sync_health(store, None, TODAY)
    assert sync_health(store, None, TODAY) is first
    with store.engine.connect() as c:
        batch = (
            c.execute(
                text("SELECT batch_id FROM prov_batch WHERE status = 'applied' ORDER BY batch_id")
            )
            .scalars()
            .first()
        )
    with store.session() as session:
        session.execute(
            text("UPDATE prov_batch SET status = 'quarantined' WHERE batch_id = :b"), {"b": batch}
        )
    after = sync_health(store, None, TODAY)
    assert after is not first
    assert (
        sum(d.status.quarantined_batches for d in after.devices)
        == sum(d.status.quarantined_batches for d in first.devices) + 1
    )
    assert [d.status for d in after.devices] == device_statuses(store)
    assert sync_health(store, None, TODAY) is after


def test_a_village_overview_is_refused(store) -> None:
    """Its figures are kept per kecamatan: a clear message rather than empty figures."""
    with pytest.raises(KopdesError, match="kecamatan"):
        dashboard.overview(store, "65.03.01.2001", today=TODAY)
    sizes = Counter(
        c["region_code"][:8]
        for c in _records(store)["cooperative"]
        if c["region_code"].startswith(NUNUKAN + ".")
    )
    recomputed(store, sizes.most_common(1)[0][0])  # a kecamatan's overview, as kept


def test_a_mentor_page_shows_what_just_arrived(store) -> None:
    """The mentor page's cooperatives carry their latest category and last visit as they are
    after the newest import, without waiting for an overview to bring the aggregates up."""
    from kopdes_desktop.province import drilldown

    assignment = next(a for a in _records(store)["assignment"] if a.get("end") is None)
    coop, mentor = assignment["cooperative_id"], assignment["mentor_id"]
    laptop_sends(
        store,
        str(uuid.uuid4()),
        11,
        {
            "cooperative_id": coop,
            "instrument_id": dashboard.INSTRUMENT,
            "instrument_version": "1.0",
            "status": "FINAL",
            "category": "Baru Saja",
            "total": 42.0,
            "assessed_on": TODAY.isoformat(),
            "revision_no": 9,
        },
        table="assessment",
    )
    laptop_sends(
        store,
        str(uuid.uuid4()),
        12,
        {"cooperative_id": coop, "visit_date": TODAY.isoformat(), "status": "DONE"},
        table="visit",
    )
    page = drilldown.mentor(store, mentor, None, True, today=TODAY)
    row = next(r for r in page.cooperatives if r.id == coop)
    assert (row.category, row.total, row.last_visit) == ("Baru Saja", 42.0, TODAY.isoformat())
