"""What the province did with the mentor's values, kept for the mentor to read and act on.

Three kinds of notice, one per record field (rows of ``sync_conflict``):

- ``overridden``: another device changed the same field at the same time and its value won by
  the province's rule (from the receipt's conflicts);
- ``merged``: a reference package brought other values into a record this laptop had changed
  (someone else's change to other fields, or a later change made after seeing the mentor's);
- ``refused``: the province refused the record; the reason stands in ``theirs``.

The mentor can keep their own value (it is written again, as a new change made after seeing
the province's) or accept the province's.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.store.sync_models import SyncConflict
from kopdes_desktop.sync.records import VALUE_COLUMNS

KIND_LABELS = {
    "overridden": "Nilai Anda kalah",
    "merged": "Digabung dengan perubahan lain",
    "refused": "Ditolak provinsi",
}


def _text(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _known(session: Session, record_id: str, field: str | None, incoming_rev: str) -> bool:
    return (
        session.scalars(
            select(SyncConflict.id).where(
                SyncConflict.record_id == record_id,
                SyncConflict.field.is_(None) if field is None else SyncConflict.field == field,
                SyncConflict.incoming_rev == incoming_rev,
            )
        ).first()
        is not None
    )


def add(
    session: Session,
    *,
    table: str,
    record_id: str,
    field: str | None,
    kind: str,
    local_rev: str,
    incoming_rev: str,
    mine: Any,
    theirs: Any,
    winner_device: str | None = None,
) -> bool:
    """Add one notice unless the same one is already there; whether it was added."""
    if _known(session, record_id, field, incoming_rev):
        return False
    session.add(
        SyncConflict(
            table_name=table,
            record_id=record_id,
            local_rev=local_rev[:60],
            incoming_rev=incoming_rev[:60],
            incoming={},
            reference_version=0,
            field=field,
            kind=kind,
            mine=_text(mine),
            theirs=_text(theirs),
            winner_device=(winner_device or "")[:36] or None,
        )
    )
    return True


def from_conflicts(session: Session, device_id: str, conflicts: list[Any]) -> int:
    """Notices for the receipt's field conflicts in which this device's value did not win."""
    added = 0
    for item in conflicts:
        if not isinstance(item, dict) or not isinstance(item.get("values"), list):
            continue
        table, field = item.get("table"), item.get("field")
        if (
            table not in VALUE_COLUMNS
            or not isinstance(field, str)
            or not isinstance(item.get("record_id"), str)
        ):
            continue
        sides = [s for s in item["values"] if isinstance(s, dict)]
        mine = next((s for s in sides if s.get("device_id") == device_id), None)
        winner = next((s for s in sides if s.get("rev") == item.get("winner")), None)
        if mine is None or winner is None or winner.get("device_id") == device_id:
            continue
        added += add(
            session,
            table=table,
            record_id=item["record_id"],
            field=field,
            kind="overridden",
            local_rev=str(mine.get("rev")),
            incoming_rev=str(winner.get("rev")),
            mine=mine.get("value"),
            theirs=winner.get("value"),
            winner_device=str(winner.get("device_id")),
        )
    return added


def refused_records(session: Session, items: list[Any]) -> int:
    """Notices for records the province refused one by one, with its reason."""
    added = 0
    for item in items:
        if (
            not isinstance(item, dict)
            or item.get("table") not in VALUE_COLUMNS
            or not isinstance(item.get("record_id"), str)
        ):
            continue
        rev = f"{item.get('batch_id')}:{item.get('counter')}"
        added += add(
            session,
            table=item["table"],
            record_id=item["record_id"],
            field=None,
            kind="refused",
            local_rev=rev,
            incoming_rev=rev,
            mine=None,
            theirs=str(item.get("reason", ""))[:500],
        )
    return added


def merged(
    session: Session,
    table: str,
    record_id: str,
    local: dict[str, Any],
    incoming: dict[str, Any],
    local_rev: str,
    incoming_rev: str,
    incoming_device: str,
) -> int:
    """Notices for the fields a reference package changed in a record this laptop had
    changed itself, except those already told as overridden."""
    added = 0
    overridden = set(
        session.scalars(
            select(SyncConflict.field).where(
                SyncConflict.record_id == record_id,
                SyncConflict.kind == "overridden",
                SyncConflict.resolved_at.is_(None),
            )
        )
    )
    for field in sorted(incoming):
        if field in overridden or field not in local or local[field] == incoming[field]:
            continue
        added += add(
            session,
            table=table,
            record_id=record_id,
            field=field,
            kind="merged",
            local_rev=local_rev,
            incoming_rev=incoming_rev,
            mine=local[field],
            theirs=incoming[field],
            winner_device=incoming_device,
        )
    return added
