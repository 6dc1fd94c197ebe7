"""Importing what the province sends back: receipts and reference packages.

Both come sealed to this laptop's X25519 key and signed by the province (a province that does
not know the key yet sends them signed only, for one release). A receipt acknowledges the
batches the province applied; only then do their changes stop being pending. A reference
package updates regions, the cooperative registry, mentors, assignments and instruments, but
never overwrites a row with a pending local change: such a row becomes a conflict the mentor
sees and resolves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.store import incarnation
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.store.sync_models import SyncAttachment, SyncBatch, SyncReceipt
from kopdes_desktop.sync import bases, errors, notices
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import (
    KIND_RECEIPT,
    KIND_REFERENCE,
    MAGIC_BATCH,
    MAX_FILE_BYTES,
    read_sync_file,
)
from kopdes_desktop.sync.keys import ProvincePublic, device_seal_key
from kopdes_desktop.sync.pending import self_device
from kopdes_desktop.sync.reference import apply_reference, check_province, plain_int
from kopdes_desktop.sync.sealed import downlink_kind, open_downlink
from kopdes_desktop.sync.trust import require_province


@dataclass(frozen=True)
class ImportedFile:
    """The outcome of importing one file on the laptop."""

    file: str
    kind: str  # receipt | reference | unknown
    status: str  # applied | unchanged | rejected
    message: str
    details: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "kind": self.kind,
            "status": self.status,
            "message": self.message,
            "details": self.details,
        }


def import_files(store: Store, files: list[Path]) -> list[ImportedFile]:
    """Import each file independently; a bad file never stops the others."""
    return [import_file(store, Path(f)) for f in files]


def import_file(store: Store, path: Path) -> ImportedFile:
    """Import one receipt or reference package."""
    province = require_province(store)
    try:
        data = read_sync_file(path, MAX_FILE_BYTES)
    except SyncRejected as exc:
        return ImportedFile(path.name, "unknown", "rejected", exc.message)
    kind = downlink_kind(data)
    try:
        if kind == KIND_RECEIPT:
            body = open_from_province(store, data, KIND_RECEIPT, province)
            status, message, details = apply_receipt(store, body, province)
            return ImportedFile(path.name, "receipt", status, message, details)
        if kind == KIND_REFERENCE:
            body = open_from_province(store, data, KIND_REFERENCE, province)
            status, message, details = apply_reference(store, body, province)
            return ImportedFile(path.name, "reference", status, message, details)
        if data.startswith(MAGIC_BATCH):
            raise SyncRejected(
                "wrong_kind",
                "Ini berkas paket untuk provinsi, bukan tanda terima atau paket referensi.",
                "This is a batch for the province, not a receipt or reference package.",
            )
        raise errors.not_kopdes()
    except SyncRejected as exc:
        name = {KIND_RECEIPT: "receipt", KIND_REFERENCE: "reference"}.get(kind or b"", "unknown")
        return ImportedFile(path.name, name, "rejected", exc.message)


def open_from_province(
    store: Store, data: bytes, kind: bytes, province: ProvincePublic
) -> dict[str, Any]:
    """Open a receipt or reference package: sealed to this laptop (or, from a province that
    does not know its X25519 key yet, only signed), signed by the trusted province, and, when
    it names a device, meant for this one."""
    body, _sealed = open_downlink(data, kind, device_seal_key(store.paths.keys), province.sign_key)
    if "device_id" in body and body["device_id"] != store.device_id:
        raise SyncRejected(
            "wrong_device",
            "Berkas ini untuk perangkat lain.",
            "This file is for another device.",
        )
    return body


def apply_receipt(
    store: Store, body: dict[str, Any], province: ProvincePublic
) -> tuple[str, str, dict[str, Any]]:
    """Acknowledge the batches the province applied, and act on what it refused.

    Only batches the receipt lists as applied are acknowledged, and the device's acknowledged
    counter moves only across its own batches in order, so nothing the province did not apply
    stops being pending. A batch refused as a divergence (its counters were used before, after
    a restore), or a receipt showing counters this laptop never made, moves the device to a new
    incarnation: everything pending is stamped again under new counters and sent anew.
    """
    check_province(body, province)
    if body.get("kind") != "receipt":
        raise errors.damaged("jenis berkas")
    if body.get("device_id") != store.device_id:
        raise SyncRejected(
            "wrong_device",
            "Tanda terima ini untuk perangkat lain.",
            "This receipt is for another device.",
        )
    contiguous = plain_int(body.get("contiguous_counter"))
    highest = plain_int(body.get("max_counter", 0))
    rejected, conflicts, listed, refused_records = (
        body.get(k) or [] for k in ("rejected", "conflicts", "batches", "refused_records")
    )
    if not all(isinstance(x, list) for x in (rejected, conflicts, listed, refused_records)):
        raise errors.damaged("isi")
    applied = {
        str(b.get("batch_id"))
        for b in listed
        if isinstance(b, dict) and b.get("status") == "applied"
    }
    with store.session() as session:
        device = self_device(session)
        before = device.acked_counter
        # A divergence not yet acted on: one of this laptop's batches still waiting for an answer.
        diverged = [
            r
            for r in rejected
            if isinstance(r, dict)
            and r.get("code") == "divergence"
            and _unanswered(session, str(r.get("batch_id")))
        ]
        refused = _mark_rejected(session, rejected)
        notices.refused_records(session, refused_records)
        restamped = 0
        if highest > device.counter or diverged:
            # Only what the province acknowledged is surely this database's own: the counters
            # after it may be the reused ones.
            restamped = incarnation.advance(
                session, device.id, max(highest, device.counter), device.acked_counter
            )
            session.refresh(device)
        bases.refused(
            session,
            [
                (str(r.get("table")), str(r.get("record_id")))
                for r in refused_records
                if isinstance(r, dict)
            ],
        )
        acked = _acknowledge(session, device, applied, contiguous)
        bases.acknowledge(session, acked)
        notices.from_conflicts(session, store.device_id, conflicts)
        session.add(
            SyncReceipt(
                issued_at=str(body.get("issued_at", ""))[:40],
                contiguous_counter=contiguous,
                batches=len(acked),
                conflicts=len(conflicts),
                body=body,
            )
        )
        details = {
            "acked_counter": device.acked_counter,
            "batches_acknowledged": len(acked),
            "batches_rejected": refused,
            "conflicts": len(conflicts),
            "restamped": restamped,
            "records_refused": len(refused_records),
        }
    changed = device.acked_counter != before or acked or refused or restamped
    if not changed:
        return "unchanged", "Tanda terima ini tidak membawa hal baru.", details
    message = f"Tanda terima diterapkan: {len(acked)} paket diterima provinsi."
    if restamped:
        message += (
            f" Nomor urut perangkat ini sudah dipakai sebelumnya (sesudah pemulihan "
            f"cadangan); {restamped} perubahan diberi nomor baru dan akan dikirim ulang."
        )
    if refused_records:
        message += f" {len(refused_records)} data ditolak provinsi; lihat Bentrok."
    return "applied", message, details


def _unanswered(session: Session, batch_id: str) -> bool:
    batch = session.get(SyncBatch, batch_id)
    return batch is not None and batch.state == "exported"


def _mark_rejected(session: Session, rejected: list[Any]) -> int:
    refused = 0
    for item in rejected:
        if not isinstance(item, dict):
            continue
        batch = session.get(SyncBatch, str(item.get("batch_id")))
        if batch is not None and batch.state == "exported":
            batch.state, batch.reason = "rejected", str(item.get("reason", ""))[:500]
            bases.batch_refused(session, batch.batch_id)
            refused += 1
    return refused


def _acknowledge(session: Session, device: Any, applied: set[str], contiguous: int) -> list[str]:
    """Mark the applied batches acknowledged and move the acknowledged counter across this
    device's batches in order, up to the province's contiguous counter; the batches acked."""
    now = utcnow()
    batches = session.scalars(select(SyncBatch).order_by(SyncBatch.counter_from)).all()
    acked = []
    for batch in batches:
        if batch.state in ("exported", "rejected") and batch.batch_id in applied:
            batch.state, batch.acked_at, batch.data, batch.reason = "acked", now, None, None
            acked.append(batch.batch_id)
    reach = device.acked_counter
    for batch in batches:
        if batch.counter_to <= reach or batch.state == "replaced":
            continue  # behind us, or its range went out again in the batch that replaced it
        if batch.state not in ("acked", "restamped") or batch.counter_from > reach + 1:
            break  # a batch the province has not applied holds the counter back
        reach = batch.counter_to
    device.acked_counter = max(device.acked_counter, min(reach, contiguous, device.counter))
    if acked:
        session.execute(
            update(SyncAttachment).where(SyncAttachment.batch_id.in_(acked)).values(state="acked")
        )
    return acked


def last_receipt(store: Store) -> dict[str, Any] | None:
    """The most recent receipt imported, or None."""
    with store.read() as session:
        row = session.scalars(select(SyncReceipt).order_by(SyncReceipt.id.desc())).first()
        if row is None:
            return None
        return {
            "received_at": row.received_at,
            "issued_at": row.issued_at,
            "contiguous_counter": row.contiguous_counter,
            "batches": row.batches,
            "conflicts": row.conflicts,
        }
