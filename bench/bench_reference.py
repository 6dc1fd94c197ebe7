"""The province's reference package for the whole province at 1x and 10x Kaltara: build time and
size, and the time per record at 10x against 1x in the same run (1.0x: linear in records).

The province store holds the demo dataset's registry (cooperatives, mentors, assignments), sent
by a laptop at 1x; the 10x store holds ten copies of each record under new ids, written
directly as the import writes them.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bench.common import median_time, ratio, result, scratch_dir
from kopdes_desktop.core.demo import generate
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.apply import insert_tuples
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_files
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.outputs import REFERENCE_TABLES, reference_body, write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Device
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.fileformat import KIND_REFERENCE, sign_document
from kopdes_desktop.sync.service import SyncService

COLUMNS = ("table_name", "record_id", "device_id", "counter", "base_rev", "covers", "deleted",
           "updated_at", "data", "batch_id", "is_current", "in_conflict")


def _registry(folder: Path) -> ProvinceStore:
    """A province store holding the demo registry (1x), sent by a real laptop."""
    province = ProvinceStore.init(folder / "province")
    write_trust_file(province, folder / "trust.json")
    laptop = Store.open(DataPaths(folder / "laptop"))
    generate(laptop, scale=1)
    with laptop.session() as session:  # the demo marks its history as sent: send it all
        session.execute(update(Device).where(Device.is_self.is_(True)).values(acked_counter=0))
    service = SyncService(laptop)
    service.trust(folder / "trust.json")
    service.write_device_file(folder / "device.json")
    enroll(province, folder / "device.json")
    files = [b.file for b in export(laptop, folder / "out").batches]
    laptop.close()
    import_files(province, files)
    return province


def _copies(province: ProvinceStore, times: int) -> None:
    """``times - 1`` more copies of every registry record, under new ids."""
    with province.session() as session:
        rows = session.execute(select(*(getattr(ProvVersion, c) for c in COLUMNS)).where(
            ProvVersion.table_name.in_(REFERENCE_TABLES), ProvVersion.is_current)).all()
        copies = []
        for _ in range(1, times):
            ids = {row.record_id: str(uuid.uuid4()) for row in rows}
            for row in rows:
                values = json.loads(row.data)
                for key in ("mentor_id", "cooperative_id"):
                    if values.get(key) in ids:
                        values[key] = ids[values[key]]
                copies.append((row.table_name, ids[row.record_id], *row[2:8],
                               json.dumps(values, sort_keys=True), *row[9:]))
        insert_tuples(session.connection(), ProvVersion.__table__, COLUMNS, copies)


def _build(province: ProvinceStore) -> tuple[float, int, int]:
    """Median seconds to build and sign the whole package, its size and its record count."""
    size = records = 0

    def build() -> None:
        nonlocal size, records
        body = reference_body(province)
        size, records = len(sign_document(KIND_REFERENCE, body, province.sign_key)), len(
            body["records"])

    return median_time(build, 3), size, records


def run(quick: bool) -> list[dict[str, Any]]:
    scale = 3 if quick else 10
    with scratch_dir("reference") as folder:
        province = _registry(folder)
        try:
            one = _build(province)
            _copies(province, scale)
            many = _build(province)
        finally:
            province.close()
    per_one, per_many = one[0] / one[2], many[0] / many[2]
    return [
        result(f"reference package, 1x ({one[2]} records)", one[0], "s"),
        result("  its size", one[1] / 1e6, "MB"),
        result(f"reference package, {scale}x ({many[2]} records)", many[0], "s"),
        result("  its size", many[1] / 1e6, "MB", f"1x x {scale}",
               ratio(many[1], one[1] * scale)),
        result(f"  time per record at {scale}x", per_many * 1e6, "us", "time per record at 1x",
               ratio(per_many, per_one), "~1x (linear)"),
    ]
