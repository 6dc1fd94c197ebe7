"""Each record's sync base on the laptop: what the province holds of it, and what changed since.

A batch record says which revision its change was made on (``b``), the version vector of that
base (``k``: everything the change had seen) and which fields changed since (``f``), so the
province can merge it field by field with other devices' changes (see
:mod:`kopdes_desktop.province.merge`). The base moves only when the province is known to hold
a revision: when a receipt acknowledges the batch that carried it, or when a reference package
brings the province's state. Until then later edits count from the same base, so several edits
between exports, or exports the province has not seen yet, never look like someone else's
history.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.store import incarnation
from kopdes_desktop.store.models import AuditEntry, Syncable
from kopdes_desktop.store.sync_models import SyncBase
from kopdes_desktop.sync import versions
from kopdes_desktop.sync.records import VALUE_COLUMNS

CHUNK = 500
ALL_FIELDS = "*"
Key = tuple[str, str]


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def load(session: Session, keys: list[Key]) -> dict[Key, SyncBase]:
    """The sync bases of the given records (those that have one)."""
    found: dict[Key, SyncBase] = {}
    by_table: dict[str, list[str]] = {}
    for table, record_id in keys:
        by_table.setdefault(table, []).append(record_id)
    for table, ids in by_table.items():
        for chunk in _chunks(ids):
            for base in session.scalars(select(SyncBase).where(
                    SyncBase.table_name == table, SyncBase.record_id.in_(chunk))):
                found[(table, base.record_id)] = base
    return found


def _changed_since(session: Session, device_id: str, rows: list[Syncable],
                   bases: dict[Key, SyncBase]) -> dict[str, set[str]]:
    """The columns this device changed in each record since its base (from the audit log)."""
    wanted = [row for row in rows if (type(row).__tablename__, row.id) in bases]
    changed: dict[str, set[str]] = {}
    for chunk in _chunks(wanted):
        since = {row.id: bases[(type(row).__tablename__, row.id)].since for row in chunk}
        for record_id, counter, changes in session.execute(
                select(AuditEntry.record_id, AuditEntry.counter, AuditEntry.changes).where(
                    AuditEntry.device_id == device_id,
                    AuditEntry.record_id.in_(list(since)),
                    AuditEntry.counter > min(since.values()))):
            if counter > since[record_id] and isinstance(changes, dict):
                changed.setdefault(record_id, set()).update(changes)
    return changed


def wire_extras(session: Session, device_id: str, rows: list[Syncable]
                ) -> dict[Key, tuple[str | None, dict[str, int], list[str]]]:
    """For each row about to be sent: its base revision, the base's version vector and the
    fields changed since (``["*"]``: every field, for a record the province has no base of).
    The vector includes the device's earlier incarnations that this database holds."""
    keys = [(type(row).__tablename__, row.id) for row in rows]
    bases = load(session, keys)
    changed = _changed_since(session, device_id, rows, bases)
    own = incarnation.lineage(session)
    extras: dict[Key, tuple[str | None, dict[str, int], list[str]]] = {}
    for key, row in zip(keys, rows, strict=True):
        base = bases.get(key)
        if base is None or not base.rev:
            extras[key] = (None, dict(own), [ALL_FIELDS])
            continue
        columns = VALUE_COLUMNS[key[0]]
        fields = sorted(f for f in changed.get(row.id, ()) if f in columns)
        extras[key] = (base.rev, versions.join(versions.loads(base.vv), own), fields)
    return extras


def mark_sent(session: Session, device_id: str, batch_id: str,
              records: list[dict[str, Any]]) -> None:
    """Remember which revision of each record went out in ``batch_id``."""
    keys = [(r["t"], r["id"]) for r in records]
    bases = load(session, keys)
    for record in records:
        key = (record["t"], record["id"])
        sent_vv = versions.dumps(versions.join(record["k"], versions.vector_of(
            device_id, record["c"])))
        sent_rev = f"{device_id}:{record['c']}"
        base = bases.get(key)
        if base is None:
            # Never delivered before: no base yet; the receipt makes the sent revision one.
            session.add(SyncBase(table_name=key[0], record_id=key[1], rev="", vv="{}",
                                 since=0, sent_batch=batch_id, sent_rev=sent_rev,
                                 sent_vv=sent_vv))
        else:
            base.sent_batch, base.sent_rev, base.sent_vv = batch_id, sent_rev, sent_vv


def acknowledge(session: Session, batch_ids: list[str]) -> None:
    """The province holds these batches: their revisions become the records' bases."""
    for chunk in _chunks(batch_ids):
        for base in session.scalars(select(SyncBase).where(SyncBase.sent_batch.in_(chunk))):
            base.rev, base.vv = base.sent_rev or base.rev, base.sent_vv or base.vv
            base.since = versions.split_rev(base.rev)[1]
            base.sent_batch = base.sent_rev = base.sent_vv = None


def received(session: Session, table: str, record_id: str, rev: str,
             vector: dict[str, int], device_counter: int) -> None:
    """A reference package brought the province's revision of a record: the new base."""
    base = session.get(SyncBase, (table, record_id))
    text = versions.dumps(vector)
    if base is None:
        session.add(SyncBase(table_name=table, record_id=record_id, rev=rev, vv=text,
                             since=device_counter))
    else:
        base.rev, base.vv, base.since = rev, text, device_counter
        base.sent_batch = base.sent_rev = base.sent_vv = None


def forget_unsent(session: Session, batch_ids: list[str]) -> None:
    """Batches that will never be delivered (stamped again): nothing of them becomes a base."""
    for chunk in _chunks(batch_ids):
        session.execute(update(SyncBase).where(SyncBase.sent_batch.in_(chunk)).values(
            sent_batch=None, sent_rev=None, sent_vv=None))
