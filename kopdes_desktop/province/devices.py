"""Devices: enrolment from device files, approval of unknown devices, per-device status."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.province.downlink import checked_seal_key
from kopdes_desktop.province.ingest import ImportOutcome, apply_quarantined
from kopdes_desktop.province.models import ProvBatch, ProvConflict, ProvDevice, ProvRejection
from kopdes_desktop.province.ranges import coverage
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync.keys import ed25519_public, fingerprint
from kopdes_desktop.sync.trust import read_device_file


def enroll(store: ProvinceStore, path: Path) -> tuple[dict[str, Any], list[ImportOutcome]]:
    """Enrol the device in a device file; its quarantined batches are applied."""
    body = read_device_file(path)
    device_id = body["device_id"]
    mentor = body.get("mentor") or {}
    with store.session() as session:
        device = session.get(ProvDevice, device_id)
        if device is not None and device.status == "enrolled" and \
                device.public_key != body["public_key"]:
            raise KopdesError(
                "Perangkat ini sudah terdaftar dengan kunci lain; pendaftaran ditolak.",
                "This device is already enrolled with another key; enrolment refused.",
            )
        if device is None:
            device = ProvDevice(device_id=device_id)
            session.add(device)
        device.public_key = body["public_key"]
        device.seal_key = checked_seal_key(body.get("seal_public_key")) or device.seal_key
        device.mentor_id = mentor.get("id")
        device.mentor_name = str(mentor.get("name") or "")[:120]
        device.status, device.enrolled_at = "enrolled", utcnow()
    info = {"device_id": device_id, "mentor": device.mentor_name,
            "fingerprint": fingerprint(ed25519_public(body["public_key"]))}
    return info, apply_quarantined(store, device_id)


def approve(store: ProvinceStore, device_id: str) -> list[ImportOutcome]:
    """Approve a device known only from its quarantined batches, and apply them."""
    with store.session() as session:
        device = session.get(ProvDevice, device_id)
        if device is None:
            raise NotFoundError(f"Perangkat {device_id} tidak dikenal.",
                                f"Device {device_id} is unknown.")
        keys = set(session.scalars(select(ProvBatch.public_key).where(
            ProvBatch.device_id == device_id, ProvBatch.status == "quarantined")))
        if len(keys) > 1:
            raise KopdesError(
                "Paket perangkat ini ditandatangani dengan lebih dari satu kunci; daftarkan "
                "perangkat dengan berkas perangkatnya.",
                "This device's batches carry more than one key; enrol it with its device file.",
            )
        if device.status != "enrolled":
            device.status, device.enrolled_at = "enrolled", utcnow()
    return apply_quarantined(store, device_id)


@dataclass
class DeviceStatus:
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

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def device_statuses(store: ProvinceStore) -> list[DeviceStatus]:
    """Every known device with its counters, gaps, quarantine, waiting batches, divergences and
    open conflicts (one pass over each table)."""
    with store.session() as session:
        devices = session.scalars(select(ProvDevice).order_by(ProvDevice.device_id)).all()
        batches = session.execute(select(
            ProvBatch.device_id, ProvBatch.status, ProvBatch.counter_from, ProvBatch.counter_to,
            ProvBatch.acked_floor,
        )).all()
        conflicts = session.scalars(select(ProvConflict.versions).where(
            ProvConflict.status == "open")).all()
        diverged = session.execute(select(ProvRejection.device_id, func.count()).where(
            ProvRejection.code == "divergence").group_by(ProvRejection.device_id)).all()
    involved: dict[str, int] = {}
    for versions in conflicts:
        for device_id in {v["device_id"] for v in json.loads(versions)}:
            involved[device_id] = involved.get(device_id, 0) + 1
    by_device: dict[str, list[Any]] = {}
    for batch in batches:
        by_device.setdefault(batch.device_id, []).append(batch)
    divergences = dict(diverged)
    result = []
    for device in devices:
        mine = by_device.get(device.device_id, [])
        applied = [(b.counter_from, b.counter_to) for b in mine if b.status == "applied"]
        waiting = [(b.counter_from, b.counter_to) for b in mine if b.status == "waiting"]
        floor = max((b.acked_floor for b in mine if b.status == "applied"), default=0)
        contiguous = coverage(applied, floor)[0]
        gaps = coverage(applied + waiting, floor)[1]
        result.append(DeviceStatus(
            device.device_id, device.mentor_name, device.status,
            fingerprint(ed25519_public(device.public_key)), contiguous, gaps, len(applied),
            sum(1 for b in mine if b.status == "quarantined"),
            involved.get(device.device_id, 0), len(waiting),
            divergences.get(device.device_id, 0),
        ))
    return result
