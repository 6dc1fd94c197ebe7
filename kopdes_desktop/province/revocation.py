"""Revoking a lost laptop's key: the device's later batches are refused and listed.

Revocation is final: the device keeps its id and key at the province with the status
``revoked``, and every batch it signs afterwards, by file import or HTTP upload, is refused with
:data:`REVOKED` and listed (``prov_rejection``, code ``revoked``) on the device's page; the
service answers its receipt and reference requests with 403. A replacement laptop enrols under
its own new device id. What the device sent before it was revoked stays applied.

The service also keeps the enrolled devices' keys in memory; it drops revoked ones within a
few seconds (:class:`~kopdes_desktop.province.service_auth.Authenticator`), and until then the
checks here, which read the database, refuse them anyway.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Engine, String, func, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.models import ProvDevice, ProvinceBase, ProvRejection
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.keys import ed25519_public, fingerprint

CODE = "revoked"
REVOKED = (
    "Kunci perangkat ini sudah dicabut oleh petugas provinsi; paket ditolak. Laptop "
    "pengganti perlu didaftarkan ulang.",
    "This device's key was revoked by the province; the batch is refused. A replacement "
    "laptop must be enrolled again.",
)
MAX_LISTED = 500
"""Refused batches listed per revoked device: a stolen laptop cannot fill the store."""
MAX_REASON = 200


class ProvRevocation(ProvinceBase):
    """Who revoked a device's key, when, why, and the fingerprint of the key revoked."""

    __tablename__ = "prov_revocation"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    revoked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    revoked_by: Mapped[str] = mapped_column(String(60))
    reason: Mapped[str] = mapped_column(String(MAX_REASON), default="")
    fingerprint: Mapped[str] = mapped_column(String(60))


def ensure_table(engine: Engine) -> None:
    """Create the revocation table when it is missing (idempotent)."""
    ProvinceBase.metadata.create_all(engine, tables=[ProvRevocation.__table__])


@dataclass(frozen=True)
class Revocation:
    """A revoked device as the page and the CLI show it."""

    device_id: str
    revoked_at: str
    revoked_by: str
    reason: str
    fingerprint: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def rejection() -> SyncRejected:
    """The refusal of a batch signed by a revoked device."""
    return SyncRejected("device_revoked", *REVOKED)


def api_error() -> ApiError:
    """The service's refusal of a request from a revoked device."""
    return ApiError(403, "device_revoked", *REVOKED)


def _checked_reason(reason: str) -> str:
    reason = reason.strip()
    if len(reason) > MAX_REASON or any(
        unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in reason
    ):
        raise KopdesError(
            f"Alasan pencabutan paling banyak {MAX_REASON} karakter biasa.",
            f"The reason may have at most {MAX_REASON} plain characters.",
        )
    return reason


def revoke(
    store: ProvinceStore, device_id: str, reason: str = "", *, actor: str = "cli", client: str = ""
) -> Revocation:
    """Revoke an enrolled device's key, audited in the same transaction."""
    reason = _checked_reason(reason)
    ensure_table(store.engine)
    with store.session() as session:
        device = session.get(ProvDevice, device_id)
        if device is None:
            raise NotFoundError(
                f"Perangkat {device_id} tidak dikenal.", f"Device {device_id} is unknown."
            )
        if device.status == "revoked":
            raise KopdesError(
                "Kunci perangkat ini sudah dicabut.", "This device's key is already revoked."
            )
        if device.status != "enrolled":
            raise KopdesError(
                "Hanya perangkat terdaftar yang dapat dicabut; perangkat yang "
                "belum disetujui cukup tidak disetujui.",
                "Only an enrolled device can be revoked; leave an unapproved one unapproved.",
            )
        key = fingerprint(ed25519_public(device.public_key))
        device.status = "revoked"
        row = ProvRevocation(
            device_id=device_id,
            revoked_by=actor[:60],
            reason=reason,
            fingerprint=key,
            revoked_at=utcnow(),
        )
        session.add(row)
        audit(
            session,
            actor,
            "device.revoke",
            device_id,
            {"status": "enrolled"},
            {"status": "revoked", "fingerprint": key, "reason": reason},
            client,
        )
        return _plain(row)


def _plain(row: ProvRevocation) -> Revocation:
    return Revocation(
        row.device_id,
        row.revoked_at.isoformat(timespec="seconds"),
        row.revoked_by,
        row.reason,
        row.fingerprint,
    )


def revocations(session: Session, device_ids: list[str] | None = None) -> dict[str, Revocation]:
    """The revocations of these devices (all when None), by device id (the table exists:
    see :func:`ensure_table`)."""
    query = select(ProvRevocation)
    if device_ids is not None:
        query = query.where(ProvRevocation.device_id.in_(device_ids))
    return {row.device_id: _plain(row) for row in session.scalars(query)}


def remember_refusal(
    session: Session, device_id: str, batch_id: str, reason: str = REVOKED[0]
) -> None:
    """List a batch a revoked device sent after its revocation (once per batch id, and at
    most :data:`MAX_LISTED` per device)."""
    listed = session.execute(
        select(func.count())
        .select_from(ProvRejection)
        .where(ProvRejection.device_id == device_id, ProvRejection.code == CODE)
    ).scalar_one()
    if listed >= MAX_LISTED:
        return
    if (
        session.scalar(
            select(ProvRejection.id)
            .where(
                ProvRejection.device_id == device_id,
                ProvRejection.batch_id == batch_id,
                ProvRejection.code == CODE,
            )
            .limit(1)
        )
        is not None
    ):
        return
    session.add(
        ProvRejection(batch_id=batch_id, device_id=device_id, reason=reason[:500], code=CODE)
    )
