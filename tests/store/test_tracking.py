"""Change tracking: stamps, per-device counters, base revisions, audit entries, tombstones."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import (
    AuditEntry,
    BusinessUnit,
    Cooperative,
    Device,
    Mentor,
)

from .helpers import KABUPATEN


def _add_cooperative(store: Store, name: str = "Koperasi Desa Merah Putih Long Loreh") -> str:
    with store.session() as session:
        cooperative = Cooperative(name=name, region_code=KABUPATEN)
        session.add(cooperative)
        session.flush()
        return cooperative.id


def _audit(store: Store, record_id: str) -> list[AuditEntry]:
    with store.read() as session:
        query = select(AuditEntry).where(AuditEntry.record_id == record_id)
        return list(session.scalars(query.order_by(AuditEntry.counter)))


def test_new_row_is_stamped_and_audited(store: Store) -> None:
    coop_id = _add_cooperative(store)
    with store.read() as session:
        coop = session.get(Cooperative, coop_id)
        assert coop is not None
        assert len(coop.id) == 36
        assert coop.device_id == store.device_id
        assert coop.counter >= 1
        assert coop.base_rev is None
        assert coop.created_at is not None and coop.updated_at is not None
        assert coop.deleted is False
        rev = coop.rev
    (entry,) = _audit(store, coop_id)
    assert entry.action == "insert"
    assert entry.table_name == "cooperative"
    assert f"{entry.device_id}:{entry.counter}" == rev
    assert entry.changes["name"] == "Koperasi Desa Merah Putih Long Loreh"
    assert "counter" not in entry.changes


def test_update_bases_on_previous_revision(store: Store) -> None:
    coop_id = _add_cooperative(store)
    with store.read() as session:
        first_rev = session.get(Cooperative, coop_id).rev
    with store.session() as session:
        session.get(Cooperative, coop_id).name = "Koperasi Merah Putih Malinau Kota"
    with store.read() as session:
        coop = session.get(Cooperative, coop_id)
        assert coop.base_rev == first_rev
        assert coop.rev != first_rev
    entries = _audit(store, coop_id)
    assert [e.action for e in entries] == ["insert", "update"]
    assert entries[1].changes == {
        "name": ["Koperasi Desa Merah Putih Long Loreh", "Koperasi Merah Putih Malinau Kota"]
    }


def test_unchanged_row_is_not_restamped(store: Store) -> None:
    coop_id = _add_cooperative(store)
    with store.session() as session:
        coop = session.get(Cooperative, coop_id)
        coop.name = coop.name
    assert len(_audit(store, coop_id)) == 1


def test_counters_are_monotonic_and_unique(store: Store) -> None:
    coop_id = _add_cooperative(store)
    seen: list[int] = []
    for turnover in range(1, 8):
        with store.session() as session:
            session.add(BusinessUnit(cooperative_id=coop_id, kind="SEMBAKO"))
            session.add(Mentor(name=f"Pendamping {turnover}"))
            session.get(Cooperative, coop_id).financing_ceiling = turnover * 1_000_000
    with store.read() as session:
        for model in (Cooperative, BusinessUnit, Mentor):
            seen.extend(session.scalars(select(model.counter)))
        audit = list(session.scalars(select(AuditEntry.counter).order_by(AuditEntry.id)))
        device_counter = session.scalar(select(Device.counter).where(Device.id == store.device_id))
    assert audit == sorted(audit)
    assert len(audit) == len(set(audit)) == 1 + 7 * 3
    assert device_counter == max(audit)
    assert set(seen) <= set(audit)


def test_tombstone_is_an_audited_delete(store: Store) -> None:
    coop_id = _add_cooperative(store)
    with store.session() as session:
        session.get(Cooperative, coop_id).deleted = True
    with store.read() as session:
        assert session.get(Cooperative, coop_id).deleted is True
    assert [e.action for e in _audit(store, coop_id)] == ["insert", "delete"]


def test_hard_delete_is_refused_and_row_kept(store: Store) -> None:
    coop_id = _add_cooperative(store)
    with pytest.raises(RuntimeError, match="deleted=True"):
        with store.session() as session:
            session.delete(session.get(Cooperative, coop_id))
    with store.read() as session:
        assert session.get(Cooperative, coop_id) is not None
    assert len(_audit(store, coop_id)) == 1


def test_tracking_off_keeps_incoming_stamps(store: Store) -> None:
    remote_device = "a3b1c2d4-0000-4000-8000-000000000001"
    with store.session() as session:
        session.info["tracking"] = False
        session.add(
            Cooperative(
                id="5f0c6a52-1111-4111-8111-111111111111",
                name="Koperasi Desa Merah Putih Sebuku",
                region_code=KABUPATEN,
                device_id=remote_device,
                counter=42,
                base_rev=f"{remote_device}:41",
            )
        )
    with store.read() as session:
        coop = session.get(Cooperative, "5f0c6a52-1111-4111-8111-111111111111")
        assert (coop.device_id, coop.counter, coop.base_rev) == (
            remote_device,
            42,
            f"{remote_device}:41",
        )
        assert session.scalar(select(func.count()).select_from(AuditEntry)) == 0


def test_counter_survives_reopening(store: Store) -> None:
    _add_cooperative(store)
    with store.read() as session:
        last = session.scalar(select(func.max(Cooperative.counter)))
    store.close()
    reopened = Store.open(store.paths)
    try:
        assert reopened.device_id == store.device_id
        coop_id = _add_cooperative(reopened, "Koperasi Desa Merah Putih Tanjung Palas")
        with reopened.read() as session:
            assert session.get(Cooperative, coop_id).counter > last
    finally:
        reopened.close()
