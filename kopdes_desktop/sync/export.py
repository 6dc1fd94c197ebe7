"""Export: pending changes and unacknowledged attachments into sealed batch files.

New changes are cut into batches of at most ``max_bytes`` (before compression) and kept, sealed,
in the laptop store until a receipt acknowledges them; every export writes every batch that is
still unacknowledged. Because a sealed batch is reused rather than sealed again, exporting twice
without new changes writes the same files with the same ids and bytes.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.core import filenames
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import make_private, write_atomic
from kopdes_desktop.store import incarnation, vault
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Attachment, Mentor, Syncable, utcnow
from kopdes_desktop.store.sync_models import SyncAttachment, SyncBatch
from kopdes_desktop.sync import bases
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import canonical, seal_batch
from kopdes_desktop.sync.keys import ProvincePublic, b64, device_seal_public, raw_public
from kopdes_desktop.sync.payload import Blob, encode
from kopdes_desktop.sync.pending import pending_rows, self_device
from kopdes_desktop.sync.records import to_record
from kopdes_desktop.sync.trust import device_signing_key, require_province

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 1_000_000
FILE_SUFFIX = ".kopdes"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class SyncCancelled(KopdesError):
    """The mentor cancelled; files already finished stay finished, nothing is half-written."""

    def __init__(self) -> None:
        super().__init__("Dibatalkan.", "Cancelled.")


@dataclass(frozen=True)
class ExportedBatch:
    """One batch file written by an export."""

    batch_id: str
    file: Path
    counter_from: int
    counter_to: int
    records: int
    attachments: int
    size: int
    new: bool


@dataclass
class ExportResult:
    batches: list[ExportedBatch] = field(default_factory=list)

    @property
    def new_batches(self) -> int:
        return sum(1 for b in self.batches if b.new)

    @property
    def records(self) -> int:
        return sum(b.records for b in self.batches)


@dataclass
class _Group:
    records: list[dict] = field(default_factory=list)
    blobs: list[Blob] = field(default_factory=list)
    size: int = 0


def attachment_path(attachments_dir: Path, sha256: str) -> Path:
    """Where an attachment's bytes live: ``<attachments>/<sha[:2]>/<sha>``."""
    return attachments_dir / sha256[:2] / sha256


def _read_blob(store: Store, sha256: str) -> Blob | None:
    path = attachment_path(store.paths.attachments, sha256)
    try:
        data = vault.read_file(path)
    except (OSError, KopdesError):
        log.warning("attachment %s is missing from %s", sha256, path.parent)
        return None
    if hashlib.sha256(data).hexdigest() != sha256:
        log.warning("attachment %s is damaged on disk; not sent", sha256)
        return None
    return Blob(sha256, data)


def _groups(
    store: Store, session: Session, rows: list[Syncable], max_bytes: int, tick: Callable[[], None]
) -> list[_Group]:
    extras = bases.wire_extras(session, store.device_id, rows)
    # Bytes count as sent only while the batch that carried them is not refused or replaced.
    known = set(
        session.scalars(
            select(SyncAttachment.sha256)
            .join(SyncBatch, SyncBatch.batch_id == SyncAttachment.batch_id)
            .where(SyncBatch.state.in_(("exported", "acked")))
        )
    )
    groups = [_Group()]
    for row in rows:
        record = to_record(row, extras[(type(row).__tablename__, row.id)])
        blob = None
        if isinstance(row, Attachment) and row.sha256 not in known and not row.deleted:
            blob = _read_blob(store, row.sha256)
            if blob is not None:
                known.add(row.sha256)
        size = len(canonical(record)) + (len(blob.data) if blob else 0)
        if groups[-1].records and groups[-1].size + size > max_bytes:
            groups.append(_Group())
        groups[-1].records.append(record)
        if blob is not None:
            groups[-1].blobs.append(blob)
        groups[-1].size += size
        tick()
    return [g for g in groups if g.records]


def _seal_group(
    group: _Group,
    low: int,
    high: int,
    acked: int,
    device_id: str,
    key,
    province,
    seal: str | None = None,
) -> SyncBatch:
    payload = encode(group.records, group.blobs)
    created = utcnow()
    header = make_header(
        device_id=device_id,
        device_public_key=b64(raw_public(key.public_key())),
        province_key_id=province.key_id,
        counter_from=low,
        counter_to=high,
        created_at=created.isoformat(),
        payload=payload,
        records=len(group.records),
        attachments=len(group.blobs),
        acked_counter=min(acked, low - 1),
        device_seal_key=seal,
    )
    data = seal_batch(header, payload, key, province.seal_key, province.key_id)
    name = f"kopdes-{device_id[:8]}-{low:07d}-{high:07d}-{created:%Y%m%d}{FILE_SUFFIX}"
    return SyncBatch(
        batch_id=header["batch_id"],
        counter_from=low,
        counter_to=high,
        records=len(group.records),
        attachments=len(group.blobs),
        size=len(data),
        file_name=name,
        payload_sha256=header["payload_sha256"],
        created_at=created,
        state="exported",
        data=data,
    )


def _record_batch(session: Session, batch: SyncBatch, blobs: list[Blob]) -> None:
    existing = session.get(SyncBatch, batch.batch_id)
    if existing is not None:
        # Same id means same content: keep the bytes already sealed (and perhaps sent).
        existing.state, existing.reason = "exported", None
        existing.data = existing.data or batch.data
    else:
        session.add(batch)
    for blob in blobs:
        session.merge(SyncAttachment(sha256=blob.sha256, batch_id=batch.batch_id, state="sent"))


def _replace_rejected(session: Session, low: int, high: int) -> None:
    for batch in session.scalars(
        select(SyncBatch).where(
            SyncBatch.state == "rejected",
            SyncBatch.counter_from == low,
            SyncBatch.counter_to == high,
        )
    ):
        batch.state = "replaced"
    session.flush()


def _ranges(session: Session) -> list[tuple[int, int, bool]]:
    """Counter ranges to (re)pack: rejected batches' ranges, then everything new."""
    device = self_device(session)
    # A restamped batch's changes went out again under new counters, from its first one; a
    # replaced one's range is covered by the batch that replaced it, or (sealed to a province
    # no longer trusted) goes again.
    covered = session.scalar(
        select(func.max(SyncBatch.counter_to)).where(
            SyncBatch.state.not_in(("rejected", "restamped", "replaced"))
        )
    )
    start = max(device.acked_counter, covered or 0)
    rejected = session.execute(
        select(SyncBatch.counter_from, SyncBatch.counter_to)
        .where(SyncBatch.state == "rejected", SyncBatch.counter_from > device.acked_counter)
        .order_by(SyncBatch.counter_from)
    ).all()
    ranges = [(low - 1, high, False) for low, high in rejected if high <= start]
    if device.counter > start:
        ranges.append((start, device.counter, True))
    return ranges


def build_batches(
    store: Store,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Seal new batches for pending changes; the number of batches made."""
    province: ProvincePublic = require_province(store)
    key = device_signing_key(store)
    seal = device_seal_public(store.paths.keys)
    sealed: list[tuple[SyncBatch, list[Blob]]] = []
    sent_records: list[list[dict]] = []
    with store.session() as session:
        ranges = _ranges(session)
        acked = self_device(session).acked_counter
        row_sets = [(lo, hi, pending_rows(session, lo, hi)) for lo, hi, _ in ranges]
        total = sum(len(rows) for _, _, rows in row_sets)
        done = 0

        def tick() -> None:
            nonlocal done
            done += 1
            if progress and done % 200 == 0:
                progress(done, total)
            if cancelled and done % 200 == 0 and cancelled():
                raise SyncCancelled()

        for (low, high, rows), (_, _, is_new) in zip(row_sets, ranges, strict=True):
            if not is_new:
                _replace_rejected(session, low + 1, high)
            groups = _groups(store, session, rows, max_bytes, tick)
            if not is_new:
                # A refused range is sent again, even empty, so the province sees no gap.
                groups = groups or [_Group()]
            edge = low
            for index, group in enumerate(groups):
                top = high if index == len(groups) - 1 else group.records[-1]["c"]
                sealed.append(
                    (
                        _seal_group(
                            group, edge + 1, top, acked, store.device_id, key, province, seal
                        ),
                        group.blobs,
                    )
                )
                sent_records.append(group.records)
                edge = top
        if cancelled and cancelled():
            raise SyncCancelled()
        # Recorded only now, so the store is locked for writing briefly, not while sealing.
        for (batch, blobs), records in zip(sealed, sent_records, strict=True):
            _record_batch(session, batch, blobs)
            bases.mark_sent(session, store.device_id, batch.batch_id, records)
        if sealed:
            incarnation.write_mark(store.paths.database, max(b.counter_to for b, _ in sealed))
        session.execute(update(SyncBatch).where(SyncBatch.state == "replaced").values(data=None))
    return len(sealed)


def _write_atomic(path: Path, data: bytes) -> None:
    """Write a batch file readable by its owner only, unless the same bytes are there."""
    if path.is_file() and path.stat().st_size == len(data) and path.read_bytes() == data:
        make_private(path)
        return
    write_atomic(path, data, private=True)


def _sender(session: Session, device_id: str) -> str:
    """Who the files come from, as a person reads it: the mentor of this laptop."""
    name = session.scalar(
        select(Mentor.name).where(Mentor.is_self.is_(True), Mentor.deleted.is_(False))
    )
    return name or f"Perangkat {device_id[:8]}"


def _rename(store: Store, names: dict[str, str]) -> None:
    """Remember the name each batch was last written under (the sync page lists it)."""
    with store.session() as session:
        for batch_id, name in names.items():
            session.execute(
                update(SyncBatch).where(SyncBatch.batch_id == batch_id).values(file_name=name)
            )


def export(
    store: Store,
    out_dir: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    today: date | None = None,
) -> ExportResult:
    """Write every unacknowledged batch (sealing new ones first) into ``out_dir``.

    The files are named for a person: ``Sinkron - <mentor> - <today> - 1 dari 3.kopdes``
    (readers go by the content, so files named the older way still import).
    ``progress(done, total)`` runs first over the records being sealed, then over the files
    being written; ``cancelled()`` stops either phase (sealing leaves nothing recorded).
    """
    if max_bytes < 1024:
        raise KopdesError("Ukuran paket minimal 1 KB.", "The batch size must be at least 1 KB.")
    with store.read() as session:
        before = set(
            session.scalars(select(SyncBatch.batch_id).where(SyncBatch.state == "exported"))
        )
    build_batches(store, max_bytes, progress, cancelled)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KopdesError(
            f"Folder {out_dir} tidak dapat dibuat: {exc.strerror}.",
            f"Folder {out_dir} cannot be created: {exc.strerror}.",
        ) from exc
    result = ExportResult()
    names: dict[str, str] = {}
    with store.read() as session:
        ids = list(
            session.scalars(
                select(SyncBatch.batch_id)
                .where(SyncBatch.state == "exported")
                .order_by(SyncBatch.counter_from)
            )
        )
        sender = _sender(session, store.device_id)
        for done, batch_id in enumerate(ids, start=1):
            if cancelled and cancelled():
                raise SyncCancelled()
            batch = session.get_one(SyncBatch, batch_id)
            assert batch.data is not None  # an exported batch keeps its bytes until replaced
            path = out_dir / filenames.sync_file(
                sender, today or date.today(), done, len(ids), FILE_SUFFIX
            )
            names[batch_id] = path.name
            try:
                _write_atomic(path, batch.data)
            except OSError as exc:
                raise KopdesError(
                    f"Berkas {path.name} tidak dapat ditulis: {exc.strerror}.",
                    f"{path.name} cannot be written: {exc.strerror}.",
                ) from exc
            result.batches.append(
                ExportedBatch(
                    batch.batch_id,
                    path,
                    batch.counter_from,
                    batch.counter_to,
                    batch.records,
                    batch.attachments,
                    batch.size,
                    batch.batch_id not in before,
                )
            )
            session.expunge(batch)
            if progress:
                progress(done, len(ids))
    _rename(store, names)
    return result
