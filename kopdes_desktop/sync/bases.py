"""Each record's sync base on the laptop: what the province holds of it, and what changed since.

A batch record says which revision its change was made on (``b``), the version vector of that
base (``k``: everything the change had seen) and which fields changed since (``f``), so the
province can merge it field by field with other devices' changes (see
:mod:`kopdes_desktop.province.merge`). A change is made on the revision this laptop last sent
of the record (the province applies each device's batches in the order they were made, and a
batch goes again until a receipt acknowledges it), else on the one the province last
acknowledged or sent down in a reference package. Several edits between exports collapse into
one change, and a change never names fields changed by an earlier one of its own: another
device's edit made on top of that earlier change is not contradicted. If batches are given up
(counters stamped again after a restore), changes count again from the acknowledged base.
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
            for base in session.scalars(
                select(SyncBase).where(SyncBase.table_name == table, SyncBase.record_id.in_(chunk))
            ):
                found[(table, base.record_id)] = base
    return found


Change = tuple[int, str, dict[str, Any]]
Extras = tuple[str | None, dict[str, int], list[str], list[str] | None, list[Any] | None]


def _changes_since(
    session: Session, device_id: str, rows: list[Syncable], bases: dict[Key, SyncBase]
) -> dict[str, list[Change]]:
    """This device's changes of each record since its base (from the audit log): counter and
    changed columns; since the beginning for a record without a base."""
    found: dict[str, list[Change]] = {}
    for chunk in _chunks(rows):
        since = {row.id: _since(bases.get((type(row).__tablename__, row.id)), row) for row in chunk}
        for record_id, counter, action, changes in session.execute(
            select(
                AuditEntry.record_id, AuditEntry.counter, AuditEntry.action, AuditEntry.changes
            ).where(
                AuditEntry.device_id == device_id,
                AuditEntry.record_id.in_(list(since)),
                AuditEntry.counter > min(since.values()),
            )
        ):
            if counter > since[record_id] and isinstance(changes, dict):
                found.setdefault(record_id, []).append((counter, action, changes))
    return found


def _sent(base: SyncBase | None, row: Syncable) -> bool:
    """Whether a change is made on the revision last sent: one was sent, and it is not the
    row's own revision going out again (a refused batch packed anew)."""
    return base is not None and bool(base.sent_rev) and base.sent_rev != row.rev


def _since(base: SyncBase | None, row: Syncable) -> int:
    if _sent(base, row):
        return versions.split_rev(base.sent_rev)[1]  # type: ignore[union-attr, arg-type]  # see _sent
    return base.since if base is not None and base.rev else 0


def _effective(base: SyncBase | None, row: Syncable) -> tuple[str, str] | None:
    """The revision and vector a new change is made on: the last one sent (the province
    applies a device's batches in order, and they go again until acknowledged), else the last
    acknowledged or received; None for a record never sent nor received."""
    if base is None:
        return None
    if _sent(base, row):
        return base.sent_rev, base.sent_vv or "{}"  # type: ignore[return-value]  # see _sent
    return (base.rev, base.vv) if base.rev else None


def _restore_split(
    changes: list[Change], restore_point: int, columns: frozenset[str]
) -> tuple[list[str] | None, list[Any] | None]:
    """After a restore: the fields changed since it, and each change of the record before it
    as [counter, fields] (``["*"]`` for its creation), some of which the province may already
    hold from before the restore; (None, None) when nothing was changed before it."""
    before = sorted(
        [counter, [ALL_FIELDS] if action == "insert" else sorted(set(keys) & columns)]
        for counter, action, keys in changes
        if counter <= restore_point
    )
    if not before:
        return None, None
    recent = {f for counter, _, keys in changes if counter > restore_point for f in keys}
    return sorted(recent & columns), before


def wire_extras(session: Session, device_id: str, rows: list[Syncable]) -> dict[Key, Extras]:
    """For each row about to be sent: its base revision, the base's version vector, the fields
    changed since (``["*"]``: every field, for a record the province has no base of), and
    after a restore the fields changed since it with the record's last change before it.
    The vector includes the device's earlier incarnations that this database holds."""
    keys = [(type(row).__tablename__, row.id) for row in rows]
    bases = load(session, keys)
    own = incarnation.lineage(session)
    restore_point = max(own.values(), default=0)
    # A record never sent nor received goes whole; its changes matter only after a restore.
    asked = (
        rows
        if own
        else [row for row in rows if _effective(bases.get((type(row).__tablename__, row.id)), row)]
    )
    changes = _changes_since(session, device_id, asked, bases) if asked else {}
    extras: dict[Key, Extras] = {}
    for key, row in zip(keys, rows, strict=True):
        base = bases.get(key)
        columns = VALUE_COLUMNS[key[0]]
        mine = changes.get(row.id, [])
        recent, restored = _restore_split(mine, restore_point, columns) if own else (None, None)
        effective = _effective(base, row)
        if effective is None:
            extras[key] = (None, dict(own), [ALL_FIELDS], recent, restored)
            continue
        fields = sorted({f for _, _, keys_ in mine for f in keys_} & columns)
        extras[key] = (
            effective[0],
            versions.join(versions.loads(effective[1]), own),
            fields,
            recent,
            restored,
        )
    return extras


def mark_sent(
    session: Session, device_id: str, batch_id: str, records: list[dict[str, Any]]
) -> None:
    """Remember which revision of each record went out in ``batch_id``."""
    keys = [(r["t"], r["id"]) for r in records]
    bases = load(session, keys)
    for record in records:
        key = (record["t"], record["id"])
        sent_vv = versions.dumps(
            versions.join(record["k"], versions.vector_of(device_id, record["c"]))
        )
        sent_rev = f"{device_id}:{record['c']}"
        base = bases.get(key)
        if base is None:
            # Never delivered before: no base yet; the receipt makes the sent revision one.
            session.add(
                SyncBase(
                    table_name=key[0],
                    record_id=key[1],
                    rev="",
                    vv="{}",
                    since=0,
                    sent_batch=batch_id,
                    sent_rev=sent_rev,
                    sent_vv=sent_vv,
                )
            )
        else:
            base.sent_batch, base.sent_rev, base.sent_vv = batch_id, sent_rev, sent_vv


def acknowledge(session: Session, batch_ids: list[str]) -> None:
    """The province holds these batches: their revisions become the records' bases."""
    for chunk in _chunks(batch_ids):
        for base in session.scalars(select(SyncBase).where(SyncBase.sent_batch.in_(chunk))):
            base.rev, base.vv = base.sent_rev or base.rev, base.sent_vv or base.vv
            base.since = versions.split_rev(base.rev)[1]
            base.sent_batch = base.sent_rev = base.sent_vv = None


def received(
    session: Session,
    table: str,
    record_id: str,
    rev: str,
    vector: dict[str, int],
    device_counter: int,
) -> None:
    """A reference package brought the province's revision of a record: the new base."""
    base = session.get(SyncBase, (table, record_id))
    text = versions.dumps(vector)
    if base is None:
        session.add(
            SyncBase(table_name=table, record_id=record_id, rev=rev, vv=text, since=device_counter)
        )
    else:
        base.rev, base.vv, base.since = rev, text, device_counter
        base.sent_batch = base.sent_rev = base.sent_vv = None


def batch_refused(session: Session, batch_id: str) -> None:
    """A whole batch the province refused: its revisions never became bases."""
    session.execute(
        update(SyncBase)
        .where(SyncBase.sent_batch == batch_id)
        .values(sent_batch=None, sent_rev=None, sent_vv=None)
    )


def refused(session: Session, keys: list[Key]) -> None:
    """Records the province refused: their sent revision never became a base."""
    for key in keys:
        base = session.get(SyncBase, key)
        if base is not None:
            base.sent_batch = base.sent_rev = base.sent_vv = None
