"""Conflicts and divergences as the conflicts page and the CLI list them: each open conflict
with its record (cooperative name, table, id), the field, the value before and every side's
value with its device and mentor; and each device's divergences (a counter reused with other
content after a laptop was restored from a backup).

A conflict belongs to a kabupaten through its cooperative (the record itself, or the
cooperative it is about) or, for a mentor record, the mentor's kabupaten; a kabupaten officer
sees and resolves only those of their own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province import conflicts
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.models import ProvDevice, ProvRejection, ProvVersion
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.pending import TYPE_LABELS

PROVINCE_NAME = "Dinas (provinsi)"
LISTED_DIVERGENCES = 200


@dataclass(frozen=True)
class ConflictRow:
    """One open conflict with what an officer needs to decide it."""

    conflict: conflicts.ConflictView
    table_label: str
    cooperative: str
    cooperative_id: str | None
    kabupaten: str | None
    sides: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {
            **self.conflict.as_dict(),
            "table_label": self.table_label,
            "cooperative": self.cooperative,
            "cooperative_id": self.cooperative_id,
            "kabupaten": self.kabupaten,
            "sides": self.sides,
        }


def _current(session: Session, keys: set[tuple[str, str]]) -> dict[tuple[str, str], dict]:
    ids = sorted({record_id for _, record_id in keys})
    found = {}
    for start in range(0, len(ids), 500):
        for row in session.execute(
            select(ProvVersion.table_name, ProvVersion.record_id, ProvVersion.data).where(
                ProvVersion.record_id.in_(ids[start : start + 500]), ProvVersion.is_current
            )
        ):
            found[(row[0], row[1])] = json.loads(row[2])
    return found


def _mentors(session: Session, device_ids: set[str]) -> dict[str, str]:
    names = {PROVINCE_DEVICE: PROVINCE_NAME}
    names.update(
        session.execute(
            select(ProvDevice.device_id, ProvDevice.mentor_name).where(
                ProvDevice.device_id.in_(sorted(device_ids))
            )
        ).all()
    )
    return names


def _place(
    table: str, record_id: str, values: dict, coops: dict
) -> tuple[str | None, str, str | None]:
    """The cooperative id, its name and the kabupaten code of a record."""
    if table == "mentor":
        return None, "", values.get("kabupaten_code")
    coop_id = record_id if table == "cooperative" else values.get("cooperative_id")
    coop = coops.get(("cooperative", coop_id), {}) if isinstance(coop_id, str) else {}
    region = coop.get("region_code")
    return coop_id, str(coop.get("name") or ""), region[:5] if isinstance(region, str) else None


def conflict_rows(store: ProvinceStore, scope: str | None = None) -> list[ConflictRow]:
    """The open conflicts the officer may see (``scope``: their kabupaten, None: all)."""
    found = conflicts.list_conflicts(store)
    with store.session() as session:
        records = _current(session, {(c.table, c.record_id) for c in found})
        coop_ids = {
            (c.table == "cooperative" and c.record_id)
            or records.get((c.table, c.record_id), {}).get("cooperative_id")
            for c in found
        }
        coops = _current(session, {("cooperative", i) for i in coop_ids if isinstance(i, str)})
        mentors = _mentors(session, {v["device_id"] for c in found for v in c.versions})
    rows = []
    for c in found:
        coop_id, name, kabupaten = _place(
            c.table, c.record_id, records.get((c.table, c.record_id), {}), coops
        )
        if scope is not None and kabupaten != scope:
            continue
        sides = [
            {
                "device_id": v["device_id"],
                "mentor": mentors.get(v["device_id"], ""),
                "value": v.get("value", v.get("data")),
                "rev": v["rev"],
                "clock": v.get("clock"),
                "winner": v["rev"] == c.winner,
            }
            for v in c.versions
        ]
        rows.append(
            ConflictRow(c, TYPE_LABELS.get(c.table, c.table), name, coop_id, kabupaten, sides)
        )
    return rows


def resolve(
    store: ProvinceStore,
    conflict_id: int,
    keep: str,
    *,
    typed: bool,
    scope: str | None,
    actor: str,
    client: str = "",
) -> str:
    """Resolve a conflict the officer may see (else NotFoundError/OutOfScope); see
    :func:`~kopdes_desktop.province.conflicts.resolve_conflict`."""
    row = next((r for r in conflict_rows(store) if r.conflict.id == conflict_id), None)
    if row is None:
        raise NotFoundError(
            f"Konflik {conflict_id} tidak ada atau sudah selesai.",
            f"Conflict {conflict_id} does not exist or is closed.",
        )
    if scope is not None and row.kabupaten != scope:
        raise OutOfScope()
    return conflicts.resolve_conflict(
        store, conflict_id, keep, row.conflict.field, typed=typed, actor=actor, client=client
    )


def divergences(
    store: ProvinceStore, scope: str | None = None, visible: set[str] | None = None
) -> list[dict[str, Any]]:
    """The latest divergences, newest first, of the devices the officer may see (``visible``:
    their device ids when ``scope`` is set)."""
    with store.session() as session:
        rows = session.execute(
            select(
                ProvRejection.device_id,
                ProvRejection.batch_id,
                ProvRejection.reason,
                ProvRejection.at,
                ProvDevice.mentor_name,
            )
            .join(ProvDevice, ProvDevice.device_id == ProvRejection.device_id, isouter=True)
            .where(ProvRejection.code == "divergence")
            .order_by(ProvRejection.id.desc())
            .limit(LISTED_DIVERGENCES)
        ).all()
    return [
        {
            "device_id": r.device_id,
            "mentor": r.mentor_name or "",
            "batch_id": r.batch_id,
            "reason": r.reason,
            "at": r.at.isoformat(timespec="seconds"),
        }
        for r in rows
        if scope is None or r.device_id in (visible or set())
    ]
