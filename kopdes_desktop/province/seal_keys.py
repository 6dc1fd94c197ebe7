"""The keys the province vouches for: its signed device registry (sent down in every reference
package, so laptops can check each other's reports) and the keyring it checks seals with."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.reports.seal import KeySigner, province_signer
from kopdes_desktop.reports.seal_check import Keyring, KnownKey, device_label
from kopdes_desktop.sync.device_registry import STATUSES, signed_registry
from kopdes_desktop.sync.keys import ed25519_public


def report_signer(store: ProvinceStore) -> KeySigner:
    """The signer of the province's own reports: its signing key, passed to the report
    renderers (``assessment.render(data, options, report_signer(store))``)."""
    return province_signer(store.key_id, store.sign_key)


def registry_devices(session: Session) -> list[dict[str, Any]]:
    """Every enrolled or revoked device with its key and mentor, by id."""
    rows = session.scalars(
        select(ProvDevice).where(ProvDevice.status.in_(STATUSES)).order_by(ProvDevice.device_id)
    ).all()
    return [
        {
            "device_id": d.device_id,
            "public_key": d.public_key,
            "mentor_id": d.mentor_id,
            "mentor_name": d.mentor_name,
            "status": d.status,
        }
        for d in rows
    ]


def registry_document(store: ProvinceStore, session: Session) -> dict[str, Any]:
    """The device registry signed by the province's key."""
    return signed_registry(registry_devices(session), store.key_id, store.sign_key)


def province_keyring(store: ProvinceStore) -> Keyring:
    """The province's own key and every device it enrolled (revoked ones marked)."""
    ring = Keyring()
    ring.add(KnownKey(f"P{store.key_id}", store.sign_key.public_key(), store.name))
    with store.session() as session:
        devices = registry_devices(session)
    for device in devices:
        try:
            public = ed25519_public(device["public_key"])
        except ValueError:
            continue
        ring.add(
            KnownKey(
                device["device_id"],
                public,
                device_label(device["device_id"], device["mentor_name"]),
                revoked=device["status"] == "revoked",
            )
        )
    return ring
