"""A bounded quarantine for batches from devices the province has not enrolled.

Any holder of the public trust file can make a key and upload batches signed by it; they wait
in quarantine (``prov_batch`` rows with status ``quarantined`` and their bytes) until an
officer approves the device. So the quarantine is bounded, in batches and in bytes, per
device key and overall: when a new batch makes it overflow, the oldest quarantined batches
(of that key first, then of anyone) are dropped, each with a log line. A laptop whose batch
was dropped loses nothing: nothing is marked done on a laptop until a receipt acknowledges
it, and it sends the batch again. Devices known only from dropped batches are forgotten.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.province.models import ProvBatch, ProvDevice
from kopdes_desktop.sync.keys import ed25519_public, fingerprint

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class QuarantineLimits:
    """How many quarantined batches, and bytes, are kept per device key and overall."""

    per_key_batches: int = 50
    per_key_bytes: int = 64 * 1024 * 1024
    total_batches: int = 2_000
    total_bytes: int = 512 * 1024 * 1024


@dataclass
class _Held:
    batch_id: str
    device_id: str
    public_key: str
    size: int


def _held(session: Session) -> list[_Held]:
    """Every quarantined batch, oldest first."""
    rows = session.execute(
        select(
            ProvBatch.batch_id,
            ProvBatch.device_id,
            ProvBatch.public_key,
            func.coalesce(func.length(ProvBatch.data), 0),
        )
        .where(ProvBatch.status == "quarantined")
        .order_by(ProvBatch.received_at, ProvBatch.batch_id)
    ).all()
    return [_Held(*row) for row in rows]


def _over(batches: list[_Held], count: int, size: int) -> bool:
    return len(batches) > count or sum(b.size for b in batches) > size


def make_room(
    session: Session, batch_id: str, public_key: str, limits: QuarantineLimits
) -> list[str]:
    """Drop the oldest quarantined batches until the quarantine is within ``limits`` (the
    batches of ``public_key``, which just added ``batch_id``, first). Returns the dropped
    batch ids. The new batch's arrival is stamped to the microsecond, so batches arriving in
    the same second are dropped in the order they came."""
    session.flush()
    session.execute(
        update(ProvBatch)
        .where(ProvBatch.batch_id == batch_id)
        .values(received_at=datetime.now(UTC).replace(tzinfo=None))
    )
    held = _held(session)
    dropped: list[_Held] = []
    mine = [b for b in held if b.public_key == public_key]
    while len(mine) > 1 and _over(mine, limits.per_key_batches, limits.per_key_bytes):
        dropped.append(mine.pop(0))
    gone = {b.batch_id for b in dropped}
    kept = [b for b in held if b.batch_id not in gone]
    while len(kept) > 1 and _over(kept, limits.total_batches, limits.total_bytes):
        dropped.append(kept.pop(0))
    if not dropped:
        return []
    ids = [b.batch_id for b in dropped]
    session.execute(delete(ProvBatch).where(ProvBatch.batch_id.in_(ids)))
    for batch in dropped:
        log.warning(
            "quarantine full: dropped batch %s of unenrolled device %s (key %s, %d bytes)",
            batch.batch_id,
            batch.device_id,
            _fingerprint(batch.public_key),
            batch.size,
        )
    _forget_devices(session, {b.device_id for b in dropped})
    return ids


def _forget_devices(session: Session, device_ids: set[str]) -> None:
    """Remove devices that are not enrolled and have no batch left."""
    remaining = set(
        session.scalars(
            select(ProvBatch.device_id).where(ProvBatch.device_id.in_(device_ids)).distinct()
        )
    )
    gone = device_ids - remaining
    if gone:
        session.execute(
            delete(ProvDevice).where(
                ProvDevice.device_id.in_(gone), ProvDevice.status != "enrolled"
            )
        )


def _fingerprint(public_key: str) -> str:
    try:
        return fingerprint(ed25519_public(public_key))
    except (ValueError, TypeError):
        return "?"
