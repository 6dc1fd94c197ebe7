"""Devices: enrolment from device files, approval of unknown devices, per-device status."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.province import revocation
from kopdes_desktop.province.downlink import checked_seal_key
from kopdes_desktop.province.enrolment import check_claim, check_device_id
from kopdes_desktop.province.ingest import ImportOutcome, apply_quarantined
from kopdes_desktop.province.models import ProvBatch, ProvConflict, ProvDevice, ProvRejection
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.ranges import coverage
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import open_batch
from kopdes_desktop.sync.keys import ed25519_public, fingerprint
from kopdes_desktop.sync.payload import decode_batch
from kopdes_desktop.sync.trust import read_device_file

MENTOR_LOOKUPS = 3  # quarantined batches opened per key to find the mentor they name


class DeviceTaken(KopdesError):
    """The device id is enrolled already, with another key."""


Audited = tuple[str, str] | None
"""An officer's action to audit with the change: (officer, client), or None (the device's own
enrolment by code)."""


def _revoked() -> DeviceTaken:
    return DeviceTaken(
        "Kunci perangkat ini sudah dicabut; perangkat ini tidak dapat didaftarkan atau "
        "disetujui lagi. Laptop pengganti mendaftar dengan ID perangkatnya sendiri.",
        "This device's key was revoked; it cannot be enrolled or approved again. A replacement "
        "laptop enrols under its own device id.",
    )


def enroll(
    store: ProvinceStore, path: Path, audited: Audited = None
) -> tuple[dict[str, Any], list[ImportOutcome]]:
    """Enrol the device in a device file; its quarantined batches are applied."""
    return enroll_document(store, read_device_file(path), audited)


def enroll_document(
    store: ProvinceStore, body: dict[str, Any], audited: Audited = None
) -> tuple[dict[str, Any], list[ImportOutcome]]:
    """Enrol the device of a self-signed device document (its signature checked before).

    A device id enrolled with another key is refused, and so is a revoked one: enrolment never
    re-keys a device."""
    claim = check_claim(body)
    with store.session() as session:
        device = session.get(ProvDevice, claim.device_id)
        if device is not None and device.status == "revoked":
            raise _revoked()
        if (
            device is not None
            and device.status == "enrolled"
            and device.public_key != claim.public_key
        ):
            raise DeviceTaken(
                "Perangkat ini sudah terdaftar dengan kunci lain; pendaftaran ditolak.",
                "This device is already enrolled with another key; enrolment refused.",
            )
        if device is None:
            device = ProvDevice(device_id=claim.device_id)
            session.add(device)
        device.public_key = claim.public_key
        device.seal_key = checked_seal_key(body.get("seal_public_key")) or device.seal_key
        device.mentor_id = claim.mentor_id
        device.mentor_name = claim.mentor_name
        device.status, device.enrolled_at = "enrolled", utcnow()
        info = {
            "device_id": claim.device_id,
            "mentor": claim.mentor_name,
            "fingerprint": fingerprint(ed25519_public(claim.public_key)),
        }
        if audited is not None:
            audit(session, audited[0], "device.enroll", claim.device_id, None, info, audited[1])
    return info, apply_quarantined(store, claim.device_id)


@dataclass(frozen=True)
class KeyClaim:
    """One key that signed quarantined batches claiming a device id (or the key the device is
    enrolled with), as the officer sees it before approving."""

    fingerprint: str
    public_key: str
    batches: int
    mentors: tuple[str, ...]
    enrolled: bool = False


def _mentors_in(store: ProvinceStore, data: bytes) -> set[str]:
    """Names of the laptop's own mentor records in a quarantined batch (none if unreadable)."""
    try:
        opened = open_batch(data, store.seal_key, store.key_id)
        decoded = decode_batch(opened.payload, opened.header)
    except SyncRejected:
        return set()
    names = set()
    for record, values in zip(decoded.records, decoded.values or [], strict=False):
        if (
            record.table == "mentor"
            and isinstance(values, dict)
            and values.get("is_self")
            and isinstance(values.get("name"), str)
        ):
            names.add(values["name"][:120])
    return names


def key_claims(store: ProvinceStore, device_id: str) -> list[KeyClaim]:
    """Every key claiming ``device_id``: the enrolled one, and those of its quarantined
    batches, with the mentors those batches name."""
    with store.session() as session:
        device = session.get(ProvDevice, device_id)
        if device is None:
            raise NotFoundError(
                f"Perangkat {device_id} tidak dikenal.", f"Device {device_id} is unknown."
            )
        held = session.execute(
            select(ProvBatch.public_key, ProvBatch.data)
            .where(ProvBatch.device_id == device_id, ProvBatch.status == "quarantined")
            .order_by(ProvBatch.received_at)
        ).all()
        enrolled = device.public_key if device.status == "enrolled" else None
        mentor = device.mentor_name
    found: dict[str, tuple[int, set[str]]] = {}
    if enrolled is not None:
        found[enrolled] = (0, {mentor} if mentor else set())
    for key, data in held:
        count, names = found.get(key, (0, set()))
        if count < MENTOR_LOOKUPS and data is not None:
            names |= _mentors_in(store, data)
        found[key] = (count + 1, names)
    return [
        KeyClaim(_fingerprint_of(key), key, count, tuple(sorted(names)), key == enrolled)
        for key, (count, names) in found.items()
    ]


def _fingerprint_of(public_key: str) -> str:
    try:
        return fingerprint(ed25519_public(public_key))
    except (ValueError, TypeError):
        return "?"


def _plain_fingerprint(text: str) -> str:
    return "".join(ch for ch in text.upper() if ch.isalnum())


class SeveralKeys(KopdesError):
    """More than one key claims a device id: the officer chooses one by fingerprint."""

    def __init__(self, claims: list[KeyClaim]) -> None:
        super().__init__(
            "Lebih dari satu kunci mengaku sebagai perangkat ini; pilih satu dengan "
            "--key SIDIK_JARI (tanyakan sidik jari kepada pendampingnya).",
            "More than one key claims this device; choose one with --key FINGERPRINT.",
        )
        self.claims = claims


def approve(
    store: ProvinceStore,
    device_id: str,
    key_fingerprint: str | None = None,
    audited: Audited = None,
) -> list[ImportOutcome]:
    """Approve a device known from its quarantined batches, with the key chosen by its
    fingerprint (needed when several keys claim the id), and apply its batches of that key.
    A device enrolled already keeps its key: approval never re-keys it, nor a revoked one."""
    check_device_id(device_id)
    claims = key_claims(store, device_id)
    chosen = _choose(claims, key_fingerprint)
    with store.session() as session:
        device = session.get_one(ProvDevice, device_id)
        if device.status == "revoked":
            raise _revoked()
        if device.status != "enrolled":
            device.public_key = chosen.public_key
            device.status, device.enrolled_at = "enrolled", utcnow()
            if chosen.mentors and not device.mentor_name:
                device.mentor_name = chosen.mentors[0]
            if audited is not None:
                audit(
                    session,
                    audited[0],
                    "device.approve",
                    device_id,
                    {"status": "unknown"},
                    {
                        "status": "enrolled",
                        "fingerprint": chosen.fingerprint,
                        "mentor": device.mentor_name,
                    },
                    audited[1],
                )
    return apply_quarantined(store, device_id)


def _choose(claims: list[KeyClaim], key_fingerprint: str | None) -> KeyClaim:
    enrolled = next((c for c in claims if c.enrolled), None)
    wanted = None if key_fingerprint is None else _plain_fingerprint(key_fingerprint)
    if enrolled is not None:
        if wanted is not None and _plain_fingerprint(enrolled.fingerprint) != wanted:
            raise DeviceTaken(
                "Perangkat ini sudah terdaftar dengan kunci lain; kunci terdaftar tidak diganti.",
                "This device is enrolled with another key, which is kept.",
            )
        return enrolled
    if wanted is not None:
        chosen = next((c for c in claims if _plain_fingerprint(c.fingerprint) == wanted), None)
        if chosen is None:
            raise KopdesError(
                "Tidak ada kunci dengan sidik jari itu untuk perangkat ini.",
                "No key with that fingerprint claims this device.",
            )
        return chosen
    if not claims:
        raise KopdesError(
            "Perangkat ini tidak punya paket dalam karantina.",
            "This device has no quarantined batch.",
        )
    if len(claims) > 1:
        raise SeveralKeys(claims)
    return claims[0]


@dataclass
class DeviceStatus:
    """A device as ``devices``, ``status`` and the devices page show it. ``status``:
    ``enrolled``, ``unknown`` (its batches wait in quarantine) or ``revoked``."""

    device_id: str
    mentor: str
    status: str
    fingerprint: str
    contiguous_counter: int
    gaps: list[tuple[int, int]] = field(default_factory=list)
    applied_batches: int = 0
    quarantined_batches: int = 0
    open_conflicts: int = 0
    waiting_batches: int = 0
    divergences: int = 0
    mentor_id: str | None = None
    last_batch_at: str | None = None
    refused_batches: int = 0
    revocation: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def device_statuses(store: ProvinceStore) -> list[DeviceStatus]:
    """Every known device with its counters, gaps, quarantine, waiting batches, divergences,
    refused batches, open conflicts and revocation (one pass over each table)."""
    revocation.ensure_table(store.engine)
    with store.session() as session:
        devices = session.scalars(select(ProvDevice).order_by(ProvDevice.device_id)).all()
        batches = session.execute(
            select(
                ProvBatch.device_id,
                ProvBatch.status,
                ProvBatch.counter_from,
                ProvBatch.counter_to,
                ProvBatch.acked_floor,
                ProvBatch.received_at,
            )
        ).all()
        conflicts = session.scalars(
            select(ProvConflict.versions).where(ProvConflict.status == "open")
        ).all()
        refusals = session.execute(
            select(
                ProvRejection.device_id,
                ProvRejection.code,
                func.count(),
                func.count(func.distinct(ProvRejection.batch_id)),
            ).group_by(ProvRejection.device_id, ProvRejection.code)
        ).all()
        revoked = revocation.revocations(session)
    involved: dict[str, int] = {}
    for versions in conflicts:
        for device_id in {v["device_id"] for v in json.loads(versions)}:
            involved[device_id] = involved.get(device_id, 0) + 1
    by_device: dict[str, list[Any]] = {}
    for batch in batches:
        by_device.setdefault(batch.device_id, []).append(batch)
    divergences = {d: n for d, code, n, _ in refusals if code == "divergence"}
    refused: dict[str, int] = {}
    for device_id, code, _, distinct in refusals:
        if code != "record":
            refused[device_id] = refused.get(device_id, 0) + distinct
    return [
        _status(
            device, by_device.get(device.device_id, []), involved, divergences, refused, revoked
        )
        for device in devices
    ]


def _status(
    device: ProvDevice,
    mine: list[Any],
    involved: dict[str, int],
    divergences: dict[str, int],
    refused: dict[str, int],
    revoked: dict[str, revocation.Revocation],
) -> DeviceStatus:
    applied = [(b.counter_from, b.counter_to) for b in mine if b.status == "applied"]
    waiting = [(b.counter_from, b.counter_to) for b in mine if b.status == "waiting"]
    floor = max((b.acked_floor for b in mine if b.status == "applied"), default=0)
    last = max((b.received_at for b in mine), default=None)
    gone = revoked.get(device.device_id)
    return DeviceStatus(
        device.device_id,
        device.mentor_name,
        device.status,
        _fingerprint_of(device.public_key),
        coverage(applied, floor)[0],
        coverage(applied + waiting, floor)[1],
        len(applied),
        sum(1 for b in mine if b.status == "quarantined"),
        involved.get(device.device_id, 0),
        len(waiting),
        divergences.get(device.device_id, 0),
        device.mentor_id,
        last.isoformat(timespec="seconds") if last else None,
        refused.get(device.device_id, 0),
        gone.as_dict() if gone else None,
    )
