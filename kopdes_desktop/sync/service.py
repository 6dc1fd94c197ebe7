"""The sync use cases as the GUI's Sinkronisasi page and the CLI call them (no Qt here).

Every method takes plain data and returns plain data, opens its own units of work on the
:class:`Store`, and may run in a worker thread; long ones take ``progress(done, total)`` and
``cancelled() -> bool`` callbacks.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import write_atomic
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.store.tracking import pending_counts
from kopdes_desktop.sync import inbox, reference
from kopdes_desktop.sync.export import (
    DEFAULT_MAX_BYTES,
    ExportResult,
    SyncCancelled,
    build_batches,
    export,
)
from kopdes_desktop.sync.inbox import ImportedFile
from kopdes_desktop.sync.pending import pending_rows, self_device
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.trust import (
    TrustInfo,
    device_document,
    read_trust_info,
    trust_file,
    trusted_province,
)

STATE_LABELS = {
    "pending": "Belum dikirim",
    "exported": "Sudah diekspor",
    "acked": "Diterima provinsi",
}


def state_label(state: str, reason: str | None = None) -> str:
    """The plain-language state of a batch as the mentor reads it."""
    if state == "rejected":
        return f"Ditolak: {reason or 'tanpa alasan'}"
    return STATE_LABELS.get(state, state)


@dataclass(frozen=True)
class TrustChange:
    """What trusting a file would do: ``old`` is the province it replaces (None when nothing
    or the same province is trusted); ``unacknowledged`` changes are then sealed again."""

    new: TrustInfo
    old: TrustInfo | None
    unacknowledged: int


@dataclass(frozen=True)
class BatchRow:
    """One line of the batch list; ``batch_id`` is None for changes not yet in a batch."""

    batch_id: str | None
    state: str  # pending | exported | acked | rejected
    label: str
    counter_from: int
    counter_to: int
    records: int
    attachments: int
    size: int
    created_at: datetime | None
    file_name: str

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class SyncService:
    """Sync for one open store."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def pending_summary(self) -> dict[str, int]:
        """Pending (unacknowledged) records per table name."""
        with self.store.read() as session:
            return pending_counts(session)

    def pending_total(self) -> int:
        """The number the status bar shows."""
        return sum(self.pending_summary().values())

    def batches(self) -> list[BatchRow]:
        """Unbatched changes first (if any), then batches newest first."""
        rows: list[BatchRow] = []
        with self.store.read() as session:
            device = self_device(session)
            covered = (
                session.scalar(
                    select(func.max(SyncBatch.counter_to)).where(
                        SyncBatch.state.in_(("exported", "acked", "rejected"))
                    )
                )
                or 0
            )
            start = max(covered, device.acked_counter)
            if device.counter > start and self._has_unbatched(start):
                rows.append(
                    BatchRow(
                        None,
                        "pending",
                        state_label("pending"),
                        start + 1,
                        device.counter,
                        0,
                        0,
                        0,
                        None,
                        "",
                    )
                )
            for batch in session.scalars(
                select(SyncBatch)
                .where(SyncBatch.state.not_in(("replaced", "restamped")))
                .order_by(SyncBatch.counter_from.desc())
            ):
                rows.append(
                    BatchRow(
                        batch.batch_id,
                        batch.state,
                        state_label(batch.state, batch.reason),
                        batch.counter_from,
                        batch.counter_to,
                        batch.records,
                        batch.attachments,
                        batch.size,
                        batch.created_at,
                        batch.file_name,
                    )
                )
        return rows

    def _has_unbatched(self, start: int) -> bool:
        with self.store.read() as session:
            return bool(pending_rows(session, start, self_device(session).counter))

    def export(
        self,
        folder: Path,
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> ExportResult:
        """Write every unacknowledged batch to ``folder`` (USB drive or any folder)."""
        return export(
            self.store, Path(folder), max_bytes=max_bytes, progress=progress, cancelled=cancelled
        )

    def import_files(
        self,
        files: list[Path],
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportedFile]:
        """Import receipts and reference packages, one outcome per file."""
        outcomes = []
        for done, path in enumerate(files, start=1):
            if cancelled and cancelled():
                raise SyncCancelled()
            outcomes.append(inbox.import_file(self.store, Path(path)))
            if progress:
                progress(done, len(files))
        return outcomes

    def check_trust(self, path: Path) -> TrustChange:
        """What trusting the file at ``path`` would change (nothing is trusted yet)."""
        new = read_trust_info(Path(path))
        current = self.province()
        old = current if current is not None and current.key_id != new.key_id else None
        return TrustChange(new, old, self.pending_total() if old is not None else 0)

    def trust(self, path: Path, *, replace: bool = False) -> TrustInfo:
        """Trust the province in a trust file; show the returned fingerprint to compare.

        Another province than the one trusted needs ``replace`` (the mentor agreed after
        comparing both fingerprints, see :meth:`check_trust`), else ProvinceChange; the
        changes the old province has not acknowledged are then sealed for the new one.
        """
        before = self.province()
        info = trust_file(self.store, Path(path), replace=replace)
        if before is not None and before.key_id != info.key_id:
            build_batches(self.store)
        return info

    def province(self) -> TrustInfo | None:
        """The trusted province (name, key id, fingerprint), or None."""
        province = trusted_province(self.store)
        if province is None:
            return None
        return TrustInfo(province.name, province.key_id, province.fingerprint)

    def last_receipt(self) -> dict[str, Any] | None:
        """When the last receipt came and up to which change it acknowledged."""
        return inbox.last_receipt(self.store)

    def conflicts(self, include_resolved: bool = False) -> list[LocalConflict]:
        """Reference changes held back because of pending local changes."""
        return reference.local_conflicts(self.store, include_resolved)

    def resolve(self, conflict_id: int, keep: str) -> None:
        """Keep ``"local"`` or take ``"reference"`` for one conflict."""
        reference.resolve_local_conflict(self.store, conflict_id, keep)

    def write_device_file(self, out: Path) -> Path:
        """Write the device file the province enrols this laptop with."""
        out = Path(out)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            text = json.dumps(device_document(self.store), indent=2, ensure_ascii=False)
            write_atomic(out, text.encode("utf-8"), private=True)
        except OSError as exc:
            raise KopdesError(
                f"Berkas {out} tidak dapat ditulis: {exc.strerror}.",
                f"{out} cannot be written: {exc.strerror}.",
            ) from exc
        return out

    def status(self) -> dict[str, Any]:
        """Everything the Sinkronisasi page shows, as plain data."""
        with self.store.read() as session:
            device = self_device(session)
            counters = {"counter": device.counter, "acked_counter": device.acked_counter}
        province = self.province()
        return {
            "device_id": self.store.device_id,
            **counters,
            "pending": self.pending_summary(),
            "pending_total": self.pending_total(),
            "province": asdict(province) if province else None,
            "last_receipt": self.last_receipt(),
            "batches": [b.as_dict() for b in self.batches()],
            "open_conflicts": len(self.conflicts()),
        }
