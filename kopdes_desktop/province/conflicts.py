"""Conflicts at the province: listing them and an officer's resolution."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update

from kopdes_desktop.errors import KopdesError, NotFoundError
from kopdes_desktop.province.apply import head_of, mark_current, version_row
from kopdes_desktop.province.ingest import PROVINCE_DEVICE
from kopdes_desktop.province.merge import Head, resolve
from kopdes_desktop.province.models import ProvConflict, ProvVersion
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow


@dataclass(frozen=True)
class ConflictView:
    id: int
    table: str
    record_id: str
    status: str
    winner: str
    versions: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def list_conflicts(store: ProvinceStore, include_closed: bool = False) -> list[ConflictView]:
    with store.session() as session:
        query = select(ProvConflict).order_by(ProvConflict.id)
        if not include_closed:
            query = query.where(ProvConflict.status == "open")
        return [
            ConflictView(c.id, c.table_name, c.record_id, c.status, c.winner,
                         json.loads(c.versions))
            for c in session.scalars(query)
        ]


def resolve_conflict(store: ProvinceStore, conflict_id: int, choice: str) -> str:
    """Keep the version ``choice`` (a revision ``device:counter`` or a device id); its rev."""
    with store.session() as session:
        conflict = session.get(ProvConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise NotFoundError(f"Konflik {conflict_id} tidak ada atau sudah selesai.",
                                f"Conflict {conflict_id} does not exist or is closed.")
        key = (conflict.table_name, conflict.record_id)
        heads = {row.device_id: head_of(row) for row in session.scalars(select(ProvVersion).where(
            ProvVersion.table_name == key[0], ProvVersion.record_id == key[1]))}
        _, live = resolve(heads)
        chosen = next((h for h in live if choice in (h.rev, h.device_id)), None)
        if chosen is None:
            raise KopdesError(
                f"Versi {choice} tidak ada dalam konflik ini.",
                f"Version {choice} is not part of this conflict.",
            )
        counter = store.next_counter(session, "province_counter")
        head = Head(PROVINCE_DEVICE, counter, None, tuple(h.rev for h in live), chosen.deleted,
                    utcnow().isoformat(), chosen.data)
        row = version_row(key[0], key[1], head, None)
        if PROVINCE_DEVICE in heads:
            session.execute(update(ProvVersion), [row])
        else:
            session.add(ProvVersion(**row))
        heads[PROVINCE_DEVICE] = head
        winner, live = resolve(heads)
        session.flush()
        mark_current(session.connection(), [(winner.device_id, len(live) > 1, *key)])
        conflict.status, conflict.resolved_at, conflict.resolution = (
            "resolved", utcnow(), chosen.rev)
        return chosen.rev
