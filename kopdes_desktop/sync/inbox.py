"""Importing what the province sends back: receipts and reference packages.

A receipt acknowledges everything up to the device's highest contiguous counter; only then do
pending changes stop being pending. A reference package updates regions, the cooperative
registry, mentors, assignments and instruments, but never overwrites a row with a pending local
change: such a row becomes a conflict the mentor sees and resolves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.store.sync_models import SyncAttachment, SyncBatch, SyncReceipt
from kopdes_desktop.sync import errors
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import (
    KIND_RECEIPT,
    KIND_REFERENCE,
    MAGIC_BATCH,
    MAX_FILE_BYTES,
    document_kind,
    open_document,
)
from kopdes_desktop.sync.keys import ProvincePublic
from kopdes_desktop.sync.pending import self_device
from kopdes_desktop.sync.reference import apply_reference, check_province, plain_int
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
        return {"file": self.file, "kind": self.kind, "status": self.status,
                "message": self.message, "details": self.details}


def import_files(store: Store, files: list[Path]) -> list[ImportedFile]:
    """Import each file independently; a bad file never stops the others."""
    return [import_file(store, Path(f)) for f in files]


def import_file(store: Store, path: Path) -> ImportedFile:
    """Import one receipt or reference package."""
    province = require_province(store)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise errors.too_large(MAX_FILE_BYTES)
        data = path.read_bytes()
    except OSError as exc:
        return ImportedFile(path.name, "unknown", "rejected",
                            f"Berkas tidak dapat dibaca: {exc.strerror}.")
    except SyncRejected as exc:
        return ImportedFile(path.name, "unknown", "rejected", exc.message)
    kind = document_kind(data)
    try:
        if kind == KIND_RECEIPT:
            body = open_document(data, KIND_RECEIPT, province.sign_key)
            status, message, details = apply_receipt(store, body, province)
            return ImportedFile(path.name, "receipt", status, message, details)
        if kind == KIND_REFERENCE:
            body = open_document(data, KIND_REFERENCE, province.sign_key)
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
        name = {KIND_RECEIPT: "receipt", KIND_REFERENCE: "reference"}.get(kind, "unknown")
        return ImportedFile(path.name, name, "rejected", exc.message)


def apply_receipt(store: Store, body: dict[str, Any], province: ProvincePublic
                  ) -> tuple[str, str, dict[str, Any]]:
    """Mark everything up to the receipt's contiguous counter acknowledged."""
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
    rejected = body.get("rejected") or []
    conflicts = body.get("conflicts") or []
    if not isinstance(rejected, list) or not isinstance(conflicts, list):
        raise errors.damaged("isi")
    with store.session() as session:
        device = self_device(session)
        before = device.acked_counter
        device.acked_counter = max(before, min(contiguous, device.counter))
        now = utcnow()
        acked = session.scalars(select(SyncBatch.batch_id).where(
            SyncBatch.state == "exported", SyncBatch.counter_to <= device.acked_counter)).all()
        session.execute(update(SyncBatch).where(SyncBatch.batch_id.in_(acked)).values(
            state="acked", acked_at=now, data=None))
        session.execute(update(SyncAttachment).where(SyncAttachment.batch_id.in_(acked)).values(
            state="acked"))
        refused = 0
        for item in rejected:
            if not isinstance(item, dict):
                continue
            batch = session.get(SyncBatch, str(item.get("batch_id")))
            if batch is not None and batch.state == "exported":
                batch.state, batch.reason = "rejected", str(item.get("reason", ""))[:500]
                refused += 1
        session.add(SyncReceipt(
            issued_at=str(body.get("issued_at", ""))[:40], contiguous_counter=contiguous,
            batches=len(acked), conflicts=len(conflicts), body=body,
        ))
        details = {"acked_counter": device.acked_counter, "batches_acknowledged": len(acked),
                   "batches_rejected": refused, "conflicts": len(conflicts)}
    changed = device.acked_counter != before or acked or refused
    if changed:
        return "applied", (f"Tanda terima diterapkan: {len(acked)} paket diterima provinsi."), \
            details
    return "unchanged", "Tanda terima ini tidak membawa hal baru.", details


def last_receipt(store: Store) -> dict[str, Any] | None:
    """The most recent receipt imported, or None."""
    with store.read() as session:
        row = session.scalars(select(SyncReceipt).order_by(SyncReceipt.id.desc())).first()
        if row is None:
            return None
        return {"received_at": row.received_at, "issued_at": row.issued_at,
                "contiguous_counter": row.contiguous_counter, "batches": row.batches,
                "conflicts": row.conflicts}

