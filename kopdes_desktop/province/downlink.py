"""What goes down to one device: its receipt and its reference package, sealed and partitioned.

Every document is signed by the province, then sealed to the device's X25519 key
(:mod:`kopdes_desktop.sync.sealed`). A device tells its X25519 key in its device file, in the
header of every batch it makes and in its signed requests; a laptop from before sealed downlinks
has not told one yet, and for this release gets its documents signed but not sealed.

A reference package carries personal data (:mod:`kopdes_desktop.sync.personal`) only for the
cooperatives assigned to the device's mentor, and that mentor's own record: everyone else's
records carry their public registry fields, and personal tables are left out entirely.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import CursorResult, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.province import revocation
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync.fileformat import sign_document
from kopdes_desktop.sync.keys import b64, x25519_public
from kopdes_desktop.sync.personal import PERSONAL_FIELDS, PERSONAL_TABLES, public_values
from kopdes_desktop.sync.sealed import seal_document

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Recipient:
    """A device as the downlink sees it: its mentor and, once told, its X25519 key."""

    device_id: str
    mentor_id: str | None
    seal_key: str | None


def checked_seal_key(text: Any) -> str | None:
    """A device X25519 key as base64 of 32 bytes, or None when the text is not one."""
    try:
        x25519_public(text)
    except (ValueError, TypeError):
        return None
    return text


def seal_key_from_hex(text: str | None) -> str | None:
    """The base64 form of a key given as 64 hex digits (in a request's query), or None."""
    if not text or len(text) != 64:
        return None
    try:
        return checked_seal_key(b64(bytes.fromhex(text)))
    except ValueError:
        return None


def learn_seal_key(session: Session, device_id: str, text: Any) -> bool:
    """Remember the X25519 key an enrolled device told in something it signed; True when it
    was new. A device may change it (a laptop whose key file was lost makes another)."""
    key = checked_seal_key(text)
    if key is None:
        return False
    changed = cast(
        "CursorResult[Any]",
        session.execute(  # an UPDATE's result has a rowcount
            update(ProvDevice)
            .where(
                ProvDevice.device_id == device_id,
                ProvDevice.status == "enrolled",
                (ProvDevice.seal_key.is_(None)) | (ProvDevice.seal_key != key),
            )
            .values(seal_key=key)
        ),
    ).rowcount
    if changed:
        log.info("device %s told its sealing key", device_id)
    return bool(changed)


def recipient(session: Session, device_id: str) -> Recipient:
    device = session.get(ProvDevice, device_id)
    if device is None:
        return Recipient(device_id, None, None)
    if device.status == "revoked":
        raise revocation.api_error()
    return Recipient(device_id, device.mentor_id, device.seal_key)


def enrolled_recipients(session: Session) -> list[Recipient]:
    """Every enrolled device, by id."""
    rows = session.execute(
        select(ProvDevice.device_id, ProvDevice.mentor_id, ProvDevice.seal_key)
        .where(ProvDevice.status == "enrolled")
        .order_by(ProvDevice.device_id)
    ).all()
    return [Recipient(*row) for row in rows]


def assigned_cooperatives(
    records: list[dict[str, Any]], mentor_id: str | None, today: date | None = None
) -> set[str]:
    """The cooperatives a mentor is assigned to today, from a package's assignment records."""
    if not mentor_id:
        return set()
    day = (today or utcnow().date()).isoformat()
    found = set()
    for record in records:
        values = record["v"]
        if record["t"] != "assignment" or record["x"] or values.get("mentor_id") != mentor_id:
            continue
        end = values.get("end")
        if end is None or str(end) >= day:
            found.add(str(values.get("cooperative_id")))
    return found


COOPERATIVE_TABLES = frozenset({"rat_meeting", "financing"})
FINANCING_TABLES = frozenset({"financing_payment", "financing_arrears"})
"""RAT and financing records go only to the devices of the cooperative's mentor."""


def _own_health(record: dict[str, Any], own: set[str], financings: set[str]) -> bool:
    if record["t"] in COOPERATIVE_TABLES:
        return record["v"].get("cooperative_id") in own
    return record["v"].get("financing_id") in financings


def partition(
    body: dict[str, Any],
    mentor_id: str | None,
    device_id: str | None = None,
    today: date | None = None,
) -> dict[str, Any]:
    """A reference package body for one mentor's device (``mentor_id`` None: for nobody in
    particular, public fields only): personal data, RAT and financing records only for that
    mentor's cooperatives."""
    own = assigned_cooperatives(body["records"], mentor_id, today)
    financings = {
        r["id"]
        for r in body["records"]
        if r["t"] == "financing" and r["v"].get("cooperative_id") in own
    }
    records = []
    for record in body["records"]:
        table = record["t"]
        if table in COOPERATIVE_TABLES or table in FINANCING_TABLES:
            if _own_health(record, own, financings):
                records.append(record)
            continue
        if table in PERSONAL_TABLES:
            if record["v"].get("cooperative_id") in own:
                records.append(record)
            continue
        if table in PERSONAL_FIELDS and not _own(record, own, mentor_id):
            record = {**record, "v": public_values(table, record["v"])}
        records.append(record)
    partitioned = {**body, "records": records}
    if device_id is not None:
        partitioned["device_id"] = device_id
    return partitioned


def _own(record: dict[str, Any], own: set[str], mentor_id: str | None) -> bool:
    if record["t"] == "cooperative":
        return record["id"] in own
    if record["t"] == "mentor":
        return mentor_id is not None and record["id"] == mentor_id
    return False


def package(store: ProvinceStore, device: Recipient, kind: bytes, body: dict[str, Any]) -> bytes:
    """A document for one device: signed, and sealed to it once its key is known."""
    signed = sign_document(kind, body, store.sign_key)
    if device.seal_key is None:
        log.info(
            "device %s has not told its sealing key: document signed, not sealed", device.device_id
        )
        return signed
    return seal_document(signed, kind, x25519_public(device.seal_key))
