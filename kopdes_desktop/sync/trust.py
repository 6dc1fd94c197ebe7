"""Trust files (province -> laptop) and device files (laptop -> province).

Trusting a file of another province than the one trusted (another key) happens only when the
mentor agreed, after seeing both fingerprints: :func:`trust_file` raises
:class:`ProvinceChange` unless ``replace`` is given. On a change, every batch the old province
has not acknowledged is retired (its sealed bytes dropped, its records' sent revisions
forgotten), so its changes are packed and sealed again for the new province from the last
acknowledged change: nothing is stranded, and the new province sees no gap.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Device, Mentor
from kopdes_desktop.store.sync_models import SyncBase, SyncBatch, SyncTrust
from kopdes_desktop.sync import errors
from kopdes_desktop.sync.fileformat import canonical, read_sync_file
from kopdes_desktop.sync.keys import (
    ProvincePublic,
    b64,
    device_key,
    device_seal_public,
    ed25519_public,
    raw_public,
    verify,
    x25519_public,
)

TRUST_KIND = "kopdes-province-trust"
DEVICE_KIND = "kopdes-device"
MAX_SMALL_FILE = 64 * 1024


def _read_json(path: Path) -> dict[str, Any]:
    data = read_sync_file(path, MAX_SMALL_FILE)
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise errors.not_kopdes() from exc
    if not isinstance(value, dict):
        raise errors.not_kopdes()
    return value


def trust_document(name: str, province: ProvincePublic) -> dict[str, Any]:
    """The content of a province trust file."""
    return {
        "kind": TRUST_KIND,
        "format": 1,
        "name": name,
        "key_id": province.key_id,
        "seal_public_key": b64(raw_public(province.seal_key)),
        "sign_public_key": b64(raw_public(province.sign_key)),
        "fingerprint": province.fingerprint,
    }


def parse_trust(doc: dict[str, Any]) -> ProvincePublic:
    """The province described by a trust document; its key id must match its keys."""
    if doc.get("kind") != TRUST_KIND:
        raise errors.not_kopdes()
    try:
        province = ProvincePublic(
            name=str(doc.get("name", ""))[:200],
            seal_key=x25519_public(doc["seal_public_key"]),
            sign_key=ed25519_public(doc["sign_public_key"]),
        )
    except (KeyError, ValueError, TypeError) as exc:
        raise errors.damaged("kunci provinsi") from exc
    if doc.get("key_id") != province.key_id or doc.get("fingerprint") != province.fingerprint:
        raise errors.damaged("sidik jari tidak cocok dengan kunci")
    return province


@dataclass(frozen=True)
class TrustInfo:
    """The trusted province as shown to the mentor."""

    name: str
    key_id: str
    fingerprint: str


class ProvinceChange(KopdesError):
    """The trust file is another province's than the one trusted; ``old`` and ``new`` say
    which, so the mentor can compare both fingerprints before agreeing."""

    def __init__(self, old: TrustInfo, new: TrustInfo) -> None:
        super().__init__(
            f"Laptop ini sudah mempercayai provinsi lain: {old.name} (sidik jari "
            f"{old.fingerprint}). Berkas ini dari {new.name} (sidik jari {new.fingerprint}). "
            "Provinsi tidak diganti.",
            f"This laptop already trusts another province: {old.name} (fingerprint "
            f"{old.fingerprint}). This file is from {new.name} (fingerprint "
            f"{new.fingerprint}). The province was not changed.",
        )
        self.old = old
        self.new = new


def retire_unacknowledged(session: Session) -> int:
    """Retire the batches not acknowledged (sealed to a province no longer trusted): their
    bytes are dropped and their records' sent revisions forgotten, so the next export packs
    their changes again from the last acknowledged change. The number of batches retired."""
    stale = list(
        session.scalars(
            select(SyncBatch.batch_id).where(SyncBatch.state.in_(("exported", "rejected")))
        )
    )
    if stale:
        session.execute(
            update(SyncBatch)
            .where(SyncBatch.batch_id.in_(stale))
            .values(state="replaced", data=None, reason="provinsi diganti")
        )
        session.execute(
            update(SyncBase)
            .where(SyncBase.sent_batch.in_(stale))
            .values(sent_batch=None, sent_rev=None, sent_vv=None)
        )
    return len(stale)


def _info(province: ProvincePublic) -> TrustInfo:
    return TrustInfo(province.name, province.key_id, province.fingerprint)


def trust_file(store: Store, path: Path, *, replace: bool = False) -> TrustInfo:
    """Trust the province in the trust file at ``path``.

    The same province (same key) is simply trusted again. Another province replaces the one
    trusted only with ``replace`` (the mentor agreed); else :class:`ProvinceChange`.
    """
    province = parse_trust(_read_json(path))
    with store.session() as session:
        current = session.scalars(select(SyncTrust)).first()
        if current is not None and current.key_id != province.key_id:
            if not replace:
                raise ProvinceChange(
                    TrustInfo(current.name, current.key_id, current.fingerprint), _info(province)
                )
            retire_unacknowledged(session)
        session.execute(delete(SyncTrust))
        session.add(
            SyncTrust(
                key_id=province.key_id,
                name=province.name,
                seal_public_key=b64(raw_public(province.seal_key)),
                sign_public_key=b64(raw_public(province.sign_key)),
                fingerprint=province.fingerprint,
            )
        )
    return TrustInfo(province.name, province.key_id, province.fingerprint)


def trusted_province(store: Store) -> ProvincePublic | None:
    """The province this laptop trusts, or None before ``kopdes sync trust``."""
    with store.read() as session:
        row = session.scalars(select(SyncTrust)).first()
        if row is None:
            return None
        return ProvincePublic(
            row.name, x25519_public(row.seal_public_key), ed25519_public(row.sign_public_key)
        )


def require_province(store: Store) -> ProvincePublic:
    province = trusted_province(store)
    if province is None:
        raise KopdesError(
            "Provinsi belum dipercayai: impor berkas kepercayaan provinsi dulu "
            "(kopdes sync trust BERKAS).",
            "No province is trusted yet: import the province trust file first.",
        )
    return province


def device_signing_key(store: Store) -> Ed25519PrivateKey:
    """This laptop's key, made on first use; its public half is kept on the device row."""
    key = device_key(store.paths.keys)
    public = b64(raw_public(key.public_key()))
    with store.session() as session:
        device = session.get(Device, store.device_id)
        if device is not None and device.public_key != public:
            device.public_key = public
    return key


def device_document(store: Store) -> dict[str, Any]:
    """The signed device file content: device id, public key and the mentor using it."""
    key = device_signing_key(store)
    with store.read() as session:
        mentor = session.scalars(
            select(Mentor).where(Mentor.is_self.is_(True), Mentor.deleted.is_(False))
        ).first()
        mentor_info = {"id": mentor.id, "name": mentor.name} if mentor else None
    body = {
        "kind": DEVICE_KIND,
        "format": 1,
        "device_id": store.device_id,
        "public_key": b64(raw_public(key.public_key())),
        "seal_public_key": device_seal_public(store.paths.keys),
        "mentor": mentor_info,
    }
    return {**body, "signature": b64(key.sign(canonical(body)))}


def parse_device(doc: dict[str, Any]) -> dict[str, Any]:
    """Check a device file's self-signature; the body without the signature."""
    if doc.get("kind") != DEVICE_KIND:
        raise errors.not_kopdes()
    body = {k: v for k, v in doc.items() if k != "signature"}
    try:
        public = ed25519_public(doc["public_key"])
        signature = base64.b64decode(doc["signature"], validate=True)
    except (KeyError, ValueError, TypeError) as exc:
        raise errors.damaged("berkas perangkat") from exc
    if not verify(public, signature, canonical(body)) or not isinstance(body.get("device_id"), str):
        raise errors.damaged("tanda tangan berkas perangkat")
    return body


def read_device_file(path: Path) -> dict[str, Any]:
    return parse_device(_read_json(path))


def read_trust_file(path: Path) -> ProvincePublic:
    return parse_trust(_read_json(path))


def read_trust_info(path: Path) -> TrustInfo:
    """The province a trust file names, as shown to the mentor (nothing is trusted)."""
    return _info(read_trust_file(path))
