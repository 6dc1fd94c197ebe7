"""The province's signed device registry, as the laptop receives and keeps it.

The province lists every device it has enrolled or revoked (device id, Ed25519 public key, the
mentor using it, status) in a document signed by its signing key, carried in every reference
package. The laptop keeps the document as received, signature included, in its key-value table
(``meta``), so every later read checks the signature again: the registry is believed only as far
as the province's key vouches for it. It lets the laptop check reports other laptops sealed.
"""

from __future__ import annotations

import base64
import json
import logging
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.store.db import Store
from kopdes_desktop.sync.fileformat import canonical
from kopdes_desktop.sync.keys import ProvincePublic, b64, ed25519_public, verify

log = logging.getLogger(__name__)

KIND = "kopdes-device-registry"
META_KEY = "sync.device_registry"
STATUSES = ("enrolled", "revoked")


@dataclass(frozen=True)
class RegisteredDevice:
    """One device of the registry."""

    device_id: str
    public_key: str
    mentor_name: str
    status: str


def signed_registry(
    devices: list[dict[str, Any]], province_key_id: str, sign_key: Ed25519PrivateKey
) -> dict[str, Any]:
    """The registry document the province sends: ``devices`` signed by its key. It carries
    no time of its own, so an unchanged registry leaves the reference package unchanged (a
    repeat sync downloads nothing); which registry is newest is the package's version."""
    body = {"kind": KIND, "format": 1, "province_key_id": province_key_id, "devices": devices}
    return {"body": body, "signature": b64(sign_key.sign(canonical(body)))}


def parse_registry(doc: Any, province: ProvincePublic) -> list[RegisteredDevice] | None:
    """The devices of a registry document signed by ``province``; None when it is not one."""
    try:
        body, signature = doc["body"], base64.b64decode(doc["signature"], validate=True)
        if body.get("kind") != KIND or body.get("province_key_id") != province.key_id:
            return None
        if not verify(province.sign_key, signature, canonical(body)):
            return None
        devices = [
            RegisteredDevice(
                str(d["device_id"]),
                str(d["public_key"]),
                str(d.get("mentor_name") or "")[:120],
                str(d["status"]),
            )
            for d in body["devices"]
        ]
    except (KeyError, TypeError, ValueError, AttributeError):
        return None
    return [d for d in devices if d.status in STATUSES]


def keep(store: Store, doc: Any, province: ProvincePublic) -> str | None:
    """Keep the registry of a reference package being applied (so newer than the last one
    applied) when it is signed by the province; a problem to report when it does not check
    out, else None."""
    if doc is None:
        return None
    if parse_registry(doc, province) is None:
        return "Daftar perangkat provinsi dalam paket ini tidak sah dan tidak disimpan."
    store.set_meta(META_KEY, json.dumps(doc, ensure_ascii=False, sort_keys=True))
    return None


def kept_document(store: Store) -> dict[str, Any] | None:
    text = store.get_meta(META_KEY)
    if not text:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        log.warning("the kept device registry is not JSON; ignored")
        return None
    return value if isinstance(value, dict) and isinstance(value.get("body"), dict) else None


def kept_devices(store: Store, province: ProvincePublic | None) -> list[RegisteredDevice]:
    """The devices of the kept registry, if its signature still checks out."""
    doc = kept_document(store)
    if doc is None or province is None:
        return []
    return parse_registry(doc, province) or []


def public_key_of(device: RegisteredDevice) -> Any:
    return ed25519_public(device.public_key)


def laptop_keyring(store: Store) -> Any:
    """The keys this laptop checks report seals with: its own device key, the trusted
    province's key and the devices of the province's registry it keeps."""
    from sqlalchemy import select

    from kopdes_desktop.reports.seal_check import Keyring, KnownKey, device_label
    from kopdes_desktop.store.models import Mentor
    from kopdes_desktop.sync.keys import device_key
    from kopdes_desktop.sync.trust import trusted_province

    ring = Keyring()
    province = trusted_province(store)
    for device in kept_devices(store, province):
        try:
            public = public_key_of(device)
        except ValueError:
            continue
        ring.add(
            KnownKey(
                device.device_id,
                public,
                device_label(device.device_id, device.mentor_name),
                revoked=device.status == "revoked",
            )
        )
    if province is not None:
        ring.add(KnownKey(f"P{province.key_id}", province.sign_key, province.name))
    with store.read() as session:
        me = session.scalars(
            select(Mentor.name).where(Mentor.is_self.is_(True), Mentor.deleted.is_(False))
        ).first()
    own = ring.keys.get(store.device_id)
    if own is None or not own.revoked:
        ring.add(
            KnownKey(
                store.device_id,
                device_key(store.paths.keys).public_key(),
                device_label(store.device_id, me) + " (laptop ini)",
            )
        )
    return ring
