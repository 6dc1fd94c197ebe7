"""Stores for the online tests: a province (SQLite, or PostgreSQL in its own schema) and laptops."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import create_engine, func, select

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.models import ProvBatch, ProvVersion
from kopdes_desktop.province.outputs import write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative, Region, Visit
from kopdes_desktop.sync.http_transport import RetryPolicy
from kopdes_desktop.sync.trust import trust_file

PG_URL = os.environ.get("KOPDES_TEST_PG_URL")
MAX_BODY = 256 * 1024
FAST = RetryPolicy(
    attempts=4, base_delay=0.05, max_delay=0.2, connect_timeout=5, read_timeout=20, write_timeout=20
)
"""Retries as the app does them, with short waits so tests stay quick."""
BACKENDS = ["sqlite", *(["postgresql"] if PG_URL else [])]
KABUPATEN = "65.01"


@contextmanager
def province_store(root: Path, backend: str = "sqlite") -> Iterator[ProvinceStore]:
    """A fresh province store; on PostgreSQL in a schema of its own, dropped afterwards."""
    if backend == "sqlite":
        with ProvinceStore.init(root) as store:
            yield store
        return
    schema = "online_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in PG_URL else "?"
    try:
        with ProvinceStore.init(root, f"{PG_URL}{joiner}options=-csearch_path%3D{schema}") as store:
            yield store
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def trust_path(province: ProvinceStore, folder: Path) -> Path:
    path = folder / "province-trust.json"
    write_trust_file(province, path)
    return path


def make_laptop(root: Path, trust: Path | None) -> Store:
    """A laptop store with one kabupaten, trusting the province in ``trust`` if given."""
    store = Store.open(DataPaths(root))
    with store.session() as session:
        session.add(
            Region(
                code=KABUPATEN, name="Kabupaten Bulungan", level=2, type="kabupaten", source="test"
            )
        )
    if trust is not None:
        trust_file(store, trust)
    return store


def add_work(store: Store, name: str = "KDMP Sungai Kayan", visits: int = 3) -> str:
    """A cooperative with some visits: changes to send."""
    with store.session() as session:
        coop = Cooperative(name=name, region_code=KABUPATEN)
        session.add(coop)
        session.flush()
        for i in range(visits):
            day = date(2025, 3, 1) + timedelta(days=i)
            session.add(
                Visit(
                    cooperative_id=coop.id,
                    visit_date=day,
                    purpose=f"Pendampingan ke-{i}",
                    status="DONE",
                )
            )
        return coop.id


def batch_counts(province: ProvinceStore) -> dict[str, int]:
    """Batches by status, and current records, at the province."""
    with province.session() as session:
        rows = session.execute(
            select(ProvBatch.status, func.count()).group_by(ProvBatch.status)
        ).all()
        records = session.scalar(select(func.count()).where(ProvVersion.is_current))
    return {**{status: count for status, count in rows}, "records": int(records or 0)}
