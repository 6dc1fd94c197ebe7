"""Shared test helpers for sync and province tests: real stores, real files, real crypto."""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, select

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import ImportOutcome, import_file
from kopdes_desktop.province.models import (
    ProvBatch,
    ProvConflict,
    ProvDevice,
    ProvVersion,
)
from kopdes_desktop.province.outputs import write_receipts, write_reference, write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assessment, Cooperative, Person, Region, Visit
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.service import SyncService
from kopdes_desktop.sync.trust import trust_file

PG_URL = os.environ.get("KOPDES_TEST_PG_URL")
REPO_ROOT = Path(__file__).resolve().parents[2]
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]
KABUPATEN = "65.01"


@contextmanager
def province_store(
    root: Path, backend: str = "sqlite", keys_from: ProvinceStore | None = None
) -> Iterator[ProvinceStore]:
    """A fresh province store; on PostgreSQL in its own schema, dropped afterwards.

    With ``keys_from`` the new store has that province's keys: the same province starting
    from an empty database (to import the same files in another order).
    """
    if keys_from is not None:
        shutil.copytree(keys_from.root / "keys", root / "keys")
    if backend == "sqlite":
        store = ProvinceStore.init(root)
        try:
            yield store
        finally:
            store.close()
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in PG_URL else "?"
    store = ProvinceStore.init(root, f"{PG_URL}{joiner}options=-csearch_path%3D{schema}")
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def make_laptop(root: Path, trust: Path | None) -> Store:
    """A laptop store (new or reopened) with one kabupaten, trusting ``trust``'s province."""
    store = Store.open(DataPaths(root))
    with store.session() as session:
        if session.get(Region, KABUPATEN) is None:
            session.add(
                Region(
                    code=KABUPATEN,
                    name="Kabupaten Bulungan",
                    level=2,
                    type="kabupaten",
                    source="test",
                )
            )
    if trust is not None:
        trust_file(store, trust)
    return store


def trust_of(province: ProvinceStore, folder: Path) -> Path:
    path = folder / "province-trust.json"
    write_trust_file(province, path)
    return path


def enroll_laptop(province: ProvinceStore, laptop: Store, folder: Path) -> list[ImportOutcome]:
    path = folder / f"device-{laptop.device_id[:8]}.json"
    SyncService(laptop).write_device_file(path)
    return enroll(province, path)[1]


def add_cooperative(store: Store, name: str = "KDMP Sungai Kayan", **values: Any) -> str:
    with store.session() as session:
        coop = Cooperative(name=name, region_code=KABUPATEN, **values)
        session.add(coop)
        session.flush()
        return coop.id


def add_person(store: Store, coop_id: str, name: str, phone: str, nik: str) -> str:
    with store.session() as session:
        person = Person(
            cooperative_id=coop_id, organ="PENGURUS", role="Ketua", name=name, phone=phone, nik=nik
        )
        session.add(person)
        session.flush()
        return person.id


def add_visits(store: Store, coop_id: str, count: int) -> list[str]:
    """``count`` visits, each with a scored assessment."""
    ids = []
    with store.session() as session:
        for i in range(count):
            visit = Visit(
                cooperative_id=coop_id,
                visit_date=date(2025, 3, 1 + i % 28),
                purpose=f"Pendampingan ke-{i}",
                status="DONE",
            )
            session.add(visit)
            session.flush()
            session.add(
                Assessment(
                    cooperative_id=coop_id,
                    visit_id=visit.id,
                    instrument_id="kesehatan-usp",
                    instrument_version="2016",
                    answers={"q1": i % 5, "q2": "ya"},
                    result={"total": 70 + i % 30},
                    total=70.0 + i % 30,
                    category="CUKUP SEHAT",
                    status="FINAL",
                    assessed_on=date(2025, 3, 1 + i % 28),
                )
            )
            ids.append(visit.id)
    return ids


def edit(store: Store, model: type, row_id: str, **values: Any) -> None:
    with store.session() as session:
        row = session.get(model, row_id)
        for key, value in values.items():
            setattr(row, key, value)


def export_files(store: Store, out: Path, max_bytes: int = 1_000_000) -> list[Path]:
    return [b.file for b in export(store, out, max_bytes=max_bytes).batches]


def import_all(province: ProvinceStore, files: list[Path]) -> list[ImportOutcome]:
    return [import_file(province, f) for f in files]


def snapshot(province: ProvinceStore) -> dict[str, Any]:
    """Everything that matters of a province store's state, comparable across stores; it also
    checks that every record has exactly one current head, and one conflict flag."""
    with province.session() as session:
        heads = session.scalars(select(ProvVersion)).all()
        current = [h for h in heads if h.is_current]
        keys = {(h.table_name, h.record_id) for h in heads}
        assert len(current) == len(keys) == len({(h.table_name, h.record_id) for h in current})
        flags = {(h.table_name, h.record_id, h.in_conflict) for h in heads}
        assert len(flags) == len(keys), "heads of one record disagree on its conflict flag"
        return {
            "records": sorted(
                (r.table_name, r.record_id, r.device_id, r.counter, r.deleted, r.in_conflict)
                for r in current
            ),
            "versions": sorted(
                (v.table_name, v.record_id, v.device_id, v.counter, v.deleted, v.data)
                for v in heads
            ),
            "batches": sorted(
                (b.batch_id, b.status, b.counter_from, b.counter_to)
                for b in session.scalars(select(ProvBatch))
            ),
            "conflicts": sorted(
                (c.table_name, c.record_id, c.status, c.winner, c.versions)
                for c in session.scalars(select(ProvConflict))
            ),
            "devices": sorted((d.device_id, d.status) for d in session.scalars(select(ProvDevice))),
        }


def current_data(province: ProvinceStore, table: str, record_id: str) -> dict[str, Any]:
    with province.session() as session:
        version = session.scalars(
            select(ProvVersion).where(
                ProvVersion.table_name == table,
                ProvVersion.record_id == record_id,
                ProvVersion.is_current,
            )
        ).one()
        return {
            "deleted": version.deleted,
            "conflict": version.in_conflict,
            "device_id": version.device_id,
            **json.loads(version.data),
        }


def subprocess_env() -> dict[str, str]:
    """The environment for a child Python that must import this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    return env


def two_laptops_editing_one_cooperative(
    tmp_path: Path, province: ProvinceStore, laptops: Any
) -> tuple[str, list[Path], list[Path], list[Path]]:
    """A creates the cooperative; B gets it by reference package; both then edit it."""
    a, b = laptops("a"), laptops("b")
    enroll_laptop(province, a, tmp_path)
    enroll_laptop(province, b, tmp_path)
    coop = add_cooperative(a)
    base = export_files(a, tmp_path / "a0")
    import_all(province, base)
    [receipt] = write_receipts(province, tmp_path / "r0")
    SyncService(a).import_files([receipt])
    write_reference(province, tmp_path / "ref0.kopdes-ref")
    assert SyncService(b).import_files([tmp_path / "ref0.kopdes-ref"])[0].status == "applied"
    edit(a, Cooperative, coop, name="KDMP Versi A", notes="dari A")
    edit(b, Cooperative, coop, name="KDMP Versi B")
    return coop, base, export_files(a, tmp_path / "a1"), export_files(b, tmp_path / "b1")
