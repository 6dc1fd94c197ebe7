"""Change tracking: every write to a synced row is stamped and audited.

On each flush, every new, changed or tombstoned :class:`Syncable` row gets this device's id and
the next value of its per-device counter, remembers the revision it was based on, and leaves
an :class:`AuditEntry` with the fields that changed. Hard deletes of synced rows are refused:
set ``deleted = True`` instead.

Rows written while applying data from the province keep the stamps they arrived with; a
session opts out with ``session.info["tracking"] = False``.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import event, func, inspect, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.store.models import (
    SYNCED_MODELS,
    AuditEntry,
    Device,
    Syncable,
    new_id,
    utcnow,
)

_STAMP_FIELDS = {"created_at", "updated_at", "device_id", "counter", "base_rev"}


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _diff(old: Any, new: Any) -> Any:
    """``[old, new]``, or for JSON objects only the keys that changed (drafts save often)."""
    if isinstance(old, dict) and isinstance(new, dict):
        keys = sorted(set(old) | set(new), key=str)
        return {k: [old.get(k), new.get(k)] for k in keys if old.get(k) != new.get(k)}
    return [_plain(old), _plain(new)]


def _changes(obj: Syncable, new: bool) -> dict[str, Any]:
    """What an insert set (JSON documents left out: the row holds them) or an update changed."""
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        key = attr.key
        if key in _STAMP_FIELDS:
            continue
        if new:
            value = getattr(obj, key)
            if value is not None and not isinstance(value, (dict, list)):
                changes[key] = _plain(value)
            continue
        history = state.attrs[key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            changes[key] = _diff(old, history.added[0] if history.added else None)
    return changes


def self_device_id(session: Session) -> str:
    """The id of this laptop's device row (made when the store is first opened)."""
    cached = session.info.get("device_id")
    if cached:
        return cached
    device_id = session.scalar(select(Device.id).where(Device.is_self.is_(True)))
    if device_id is None:
        raise RuntimeError("store has no device row; open it through Store.open()")
    session.info["device_id"] = device_id
    return device_id


@event.listens_for(Session, "before_flush")
def _stamp_changes(session: Session, _flush_context: Any, _instances: Any) -> None:
    if session.info.get("tracking") is False:
        return
    dirty = [o for o in session.dirty if isinstance(o, Syncable) and session.is_modified(o)]
    new = [o for o in session.new if isinstance(o, Syncable)]
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            raise RuntimeError(
                f"{type(obj).__name__} is synced: set deleted=True instead of deleting it"
            )
    if not dirty and not new:
        return
    device_id = self_device_id(session)
    last = session.execute(
        update(Device)
        .where(Device.id == device_id)
        .values(counter=Device.counter + len(dirty) + len(new))
        .returning(Device.counter)
    ).scalar_one()
    counter = last - len(dirty) - len(new)
    now = utcnow()
    for obj, is_new in [(o, True) for o in new] + [(o, False) for o in dirty]:
        counter += 1
        changes = _changes(obj, is_new)
        if is_new:
            obj.created_at = obj.created_at or now
            obj.base_rev = None
            action = "insert"
        else:
            obj.base_rev = obj.rev
            action = "delete" if changes.get("deleted", [None, False])[1] is True else "update"
        obj.updated_at = now
        obj.device_id = device_id
        obj.counter = counter
        if obj.id is None:
            obj.id = new_id()
        session.add(
            AuditEntry(
                at=now,
                device_id=device_id,
                counter=counter,
                table_name=type(obj).__tablename__,
                record_id=obj.id,
                action=action,
                changes=changes,
            )
        )


def pending_counts(session: Session) -> dict[str, int]:
    """This device's rows no receipt has acknowledged yet, per table (non-zero only)."""
    device = session.scalars(select(Device).where(Device.is_self.is_(True))).one()
    counts: dict[str, int] = {}
    for model in SYNCED_MODELS:
        count = session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.device_id == device.id, model.counter > device.acked_counter)
        )
        if count:
            counts[model.__tablename__] = int(count)
    return counts
