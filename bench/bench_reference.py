"""The province's reference packages at 1x and 10x Kaltara: the time to build the content for
the whole province, then one device's package from it (its mentor's personal data only, signed
and sealed to the device: what every device gets since issue 16), the package's size, and the
time per record at 10x against 1x in the same run (1.0x: linear in records).

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
from kopdes_desktop.province import downlink
from kopdes_desktop.province.apply import insert_tuples
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_files
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.outputs import REFERENCE_TABLES, reference_body, write_trust_file
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Device
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.fileformat import KIND_REFERENCE
from kopdes_desktop.sync.service import SyncService

COLUMNS = (
    "table_name",
    "record_id",
    "device_id",
    "counter",
    "base_rev",
    "covers",
    "deleted",
    "updated_at",
    "data",
    "batch_id",
    "is_current",
    "in_conflict",
)


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
        rows = session.execute(
            select(*(getattr(ProvVersion, c) for c in COLUMNS)).where(
                ProvVersion.table_name.in_(REFERENCE_TABLES), ProvVersion.is_current
            )
        ).all()
        copies = []
        for _ in range(1, times):
            ids = {row.record_id: str(uuid.uuid4()) for row in rows}
            for row in rows:
                values = json.loads(row.data)
                for key in ("mentor_id", "cooperative_id"):
                    if values.get(key) in ids:
                        values[key] = ids[values[key]]
                copies.append(
                    (
                        row.table_name,
                        ids[row.record_id],
                        *row[2:8],
                        json.dumps(values, sort_keys=True),
                        *row[9:],
                    )
                )
        insert_tuples(session.connection(), ProvVersion.__table__, COLUMNS, copies)


def _device(province: ProvinceStore) -> downlink.Recipient:
    with province.session() as session:
        [device] = downlink.enrolled_recipients(session)
    assert device.seal_key is not None and device.mentor_id is not None
    return device


def _build(province: ProvinceStore) -> tuple[float, float, int, int]:
    """Median seconds to build the content, then one device's package, its size and the
    number of records."""
    device = _device(province)
    body: dict[str, Any] = {}
    size = 0

    def content() -> None:
        nonlocal body
        body = reference_body(province)

    def package() -> None:
        nonlocal size
        size = len(
            downlink.package(
                province,
                device,
                KIND_REFERENCE,
                downlink.partition(body, device.mentor_id, device.device_id),
            )
        )

    return median_time(content, 3), median_time(package, 3), size, len(body["records"])


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
    per_one, per_many = (one[0] + one[1]) / one[3], (many[0] + many[1]) / many[3]
    return [
        result(f"reference content, 1x ({one[3]} records)", one[0], "s"),
        result("  one device's package (partitioned, signed, sealed)", one[1], "s"),
        result("  its size", one[2] / 1e6, "MB"),
        result(f"reference content, {scale}x ({many[3]} records)", many[0], "s"),
        result("  one device's package (partitioned, signed, sealed)", many[1], "s"),
        result("  its size", many[2] / 1e6, "MB", f"1x x {scale}", ratio(many[2], one[2] * scale)),
        result(
            f"  time per record at {scale}x",
            per_many * 1e6,
            "us",
            "time per record at 1x",
            ratio(per_many, per_one),
            "~1x (linear)",
        ),
    ]
