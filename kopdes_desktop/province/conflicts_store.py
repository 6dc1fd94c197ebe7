"""Conflict rows kept in step with merged records: one open row per field in conflict.

After a batch merges records (:mod:`kopdes_desktop.province.apply`), each field whose live
values differ has an open ``prov_conflict`` row listing them with their devices and clocks;
a row whose field no longer conflicts is closed as ``superseded`` (a later change or an
officer's resolution settled it).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.province import merge
from kopdes_desktop.province.merge import Entry, Merged, State
from kopdes_desktop.province.models import ProvConflict
from kopdes_desktop.store.models import utcnow

CHUNK = 500
Key = tuple[str, str]


def entries_json(entries: list[Entry]) -> str:
    """The live entries of a field as the conflict row lists them, winner last."""
    return json.dumps(
        [
            {
                "device_id": device,
                "counter": counter,
                "rev": f"{device}:{counter}",
                "value": value,
                "clock": clock,
            }
            for value, device, counter, clock in entries
        ],
        sort_keys=True,
        ensure_ascii=False,
    )


def _open_rows(session: Session, ids: list[str]) -> dict[Key, list[ProvConflict]]:
    rows: dict[Key, list[ProvConflict]] = {}
    for start in range(0, len(ids), CHUNK):
        for row in session.scalars(
            select(ProvConflict).where(
                ProvConflict.record_id.in_(ids[start : start + CHUNK]),
                ProvConflict.status == "open",
            )
        ):
            rows.setdefault((row.table_name, row.record_id), []).append(row)
    return rows


def record(
    session: Session, merged: Iterable[tuple[Key, Merged, State]], batch_id: str | None
) -> int:
    """Open, update or close the conflict rows of the records just merged; the number of
    those records left with a field in conflict."""
    merged = list(merged)
    if not merged:
        return 0
    open_rows = _open_rows(session, sorted({key[1] for key, _, _ in merged}))
    in_conflict = 0
    for key, result, state in merged:
        existing = {row.field: row for row in open_rows.get(key, [])}
        in_conflict += bool(result.conflicts)
        for name, entries in result.conflicts.items():
            row = existing.pop(name, None)
            winner = entries[-1]
            versions, rev = entries_json(entries), f"{winner[1]}:{winner[2]}"
            if row is None:
                session.add(
                    ProvConflict(
                        table_name=key[0],
                        record_id=key[1],
                        field=name,
                        versions=versions,
                        winner=rev,
                        status="open",
                        raised_batch=batch_id,
                        base_value=_json(merge.base_value(state, name)),
                    )
                )
            else:
                row.versions, row.winner = versions, rev
        for row in existing.values():
            row.status, row.resolved_at = "superseded", utcnow()
            row.resolution = _settled(state, row.field)
    return in_conflict


def _settled(state: State, field: str | None) -> str | None:
    """The revision whose value the field has now."""
    entries = state.fields.get(field or "", [])
    return f"{entries[-1][1]}:{entries[-1][2]}" if entries else None


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, ensure_ascii=False)
