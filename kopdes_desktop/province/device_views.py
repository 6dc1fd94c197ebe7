"""Devices as the devices page and ``kopdes-province device`` show them: the list limited to an
officer's kabupaten, and one device with its keys, recent batches and refused batches.

A device belongs to a kabupaten when the province can tell its mentor's: the mentor record the
laptop named at enrolment (its ``kabupaten_code``) or the cooperatives assigned to that mentor
now. A device whose mentor is unknown (approved from quarantine, or enrolled without a mentor)
belongs to no kabupaten and only province-wide officers see it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province import devices
from kopdes_desktop.province.models import ProvBatch, ProvRejection, ProvVersion
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.store import ProvinceStore

RECENT_BATCHES = 20
LISTED_REFUSALS = 100
STATUS_WORDS = {"enrolled": "aktif", "unknown": "dikarantina", "revoked": "dicabut"}


class DeviceOutOfScope(OutOfScope):
    """A device whose mentor is not of the officer's kabupaten/kota."""

    def __init__(self) -> None:
        # OutOfScope's own message speaks of a cooperative; the pages refuse both with 403.
        super(OutOfScope, self).__init__(
            "Perangkat ini bukan milik pendamping di kabupaten/kota Anda; Anda tidak berwenang "
            "melihat atau mengubahnya.",
            "This device is not a mentor's of your kabupaten; you may not see or change it.",
        )


def _live(session: Session, table: str, ids: set[str] | None = None) -> list[Any]:
    query = select(ProvVersion.record_id, ProvVersion.data).where(
        ProvVersion.table_name == table, ProvVersion.is_current, ~ProvVersion.deleted
    )
    if ids is not None:
        query = query.where(ProvVersion.record_id.in_(sorted(ids)))
    return [(row[0], json.loads(row[1])) for row in session.execute(query)]


def mentor_kabupaten(session: Session, mentor_ids: set[str]) -> dict[str, set[str]]:
    """Each mentor's kabupaten codes: their record's, and those of their assigned
    cooperatives."""
    found: dict[str, set[str]] = {m: set() for m in mentor_ids}
    if not mentor_ids:
        return found
    for record_id, values in _live(session, "mentor", mentor_ids):
        if isinstance(values.get("kabupaten_code"), str):
            found[record_id].add(values["kabupaten_code"])
    assigned: dict[str, set[str]] = {}
    for _, values in _live(session, "assignment"):
        if values.get("mentor_id") in mentor_ids and values.get("end") is None:
            assigned.setdefault(str(values.get("cooperative_id")), set()).add(values["mentor_id"])
    for record_id, values in _live(session, "cooperative", set(assigned)):
        region = values.get("region_code")
        if isinstance(region, str) and len(region) >= 5:
            for mentor in assigned[record_id]:
                found[mentor].add(region[:5])
    return found


@dataclass(frozen=True)
class DeviceRow:
    """One device of the list, with the kabupaten its mentor works in."""

    status: devices.DeviceStatus
    kabupaten: tuple[str, ...]

    @property
    def word(self) -> str:
        return STATUS_WORDS.get(self.status.status, self.status.status)

    def as_dict(self) -> dict[str, Any]:
        return {**self.status.as_dict(), "kabupaten": list(self.kabupaten)}


def list_devices(store: ProvinceStore, scope: str | None = None) -> list[DeviceRow]:
    """Every device the officer may see (``scope``: their kabupaten, None: all)."""
    statuses = devices.device_statuses(store)
    with store.session() as session:
        places = mentor_kabupaten(session, {s.mentor_id for s in statuses if s.mentor_id})
    rows = [DeviceRow(s, tuple(sorted(places.get(s.mentor_id or "", ())))) for s in statuses]
    return [row for row in rows if scope is None or scope in row.kabupaten]


@dataclass(frozen=True)
class DeviceDetail:
    """One device: its row, the keys claiming it, recent batches and refused batches."""

    row: DeviceRow
    claims: list[devices.KeyClaim]
    batches: list[dict[str, Any]]
    refusals: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.row.as_dict(),
            "claims": [c.__dict__ for c in self.claims],
            "batches": self.batches,
            "refusals": self.refusals,
        }


def device_detail(store: ProvinceStore, device_id: str, scope: str | None = None) -> DeviceDetail:
    """One device (NotFoundError if unknown, DeviceOutOfScope outside ``scope``)."""
    row = next((r for r in list_devices(store) if r.status.device_id == device_id), None)
    if row is None:
        raise NotFoundError(
            f"Perangkat {device_id} tidak dikenal.", f"Device {device_id} is unknown."
        )
    if scope is not None and scope not in row.kabupaten:
        raise DeviceOutOfScope()
    claims = devices.key_claims(store, device_id) if row.status.status == "unknown" else []
    with store.session() as session:
        batches = session.execute(
            select(
                ProvBatch.batch_id,
                ProvBatch.status,
                ProvBatch.counter_from,
                ProvBatch.counter_to,
                ProvBatch.received_at,
                ProvBatch.records,
                ProvBatch.conflicts,
            )
            .where(ProvBatch.device_id == device_id)
            .order_by(ProvBatch.received_at.desc())
            .limit(RECENT_BATCHES)
        ).all()
        refusals = session.execute(
            select(
                ProvRejection.batch_id,
                ProvRejection.code,
                ProvRejection.reason,
                ProvRejection.at,
            )
            .where(ProvRejection.device_id == device_id, ProvRejection.record_id.is_(None))
            .order_by(ProvRejection.id.desc())
            .limit(LISTED_REFUSALS)
        ).all()
    return DeviceDetail(
        row,
        claims,
        [
            {
                "batch_id": b.batch_id,
                "status": b.status,
                "counters": [b.counter_from, b.counter_to],
                "received_at": b.received_at.isoformat(timespec="seconds"),
                "records": b.records,
                "conflicts": b.conflicts,
            }
            for b in batches
        ],
        [
            {
                "batch_id": r.batch_id,
                "code": r.code or "",
                "reason": r.reason,
                "at": r.at.isoformat(timespec="seconds"),
            }
            for r in refusals
        ],
    )
