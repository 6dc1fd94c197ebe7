"""Counters that survive a restore: incarnations and the high-water mark kept outside the store.

Every change gets this device's next counter, and the province takes a (device, counter) to
name exactly one change. Restoring a backup, or finding an older copy of the database in
place, would hand out counters the province already holds for other changes. So:

- the highest counter this device ever sealed into a batch (or had at a clean close) is kept in
  ``sync-state.json`` beside the database, outside it, so a restore does not take it back;
- when the store opens with a counter below that mark, or after a restore, the device moves on
  to its next *incarnation*: the counter jumps to the next multiple of 2**32, and every change
  not yet acknowledged is stamped again with new counters, so none of them reuses a number;
- the province recognises a counter reused anyway (a whole data folder restored, mark
  included) and says so in its receipt; :func:`advance` is then called with the highest counter
  the province holds.
"""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import write_atomic
from kopdes_desktop.store.models import SYNCED_MODELS, Device, Meta, Syncable
from kopdes_desktop.store.sync_models import SyncBase, SyncBatch

log = logging.getLogger(__name__)

INCARNATION_BITS = 32
STATE_FILE = "sync-state.json"


def next_incarnation(counter: int) -> int:
    """The first counter of the incarnation after the one ``counter`` belongs to, minus one
    (the next change gets exactly the incarnation's first counter)."""
    return ((counter >> INCARNATION_BITS) + 1) << INCARNATION_BITS


def _state_path(database: Path) -> Path:
    return database.with_name(STATE_FILE)


def read_mark(database: Path) -> dict[str, int | bool]:
    """The mark kept beside ``database`` (empty when there is none or it is unreadable)."""
    try:
        value = json.loads(_state_path(database).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return value if isinstance(value, dict) else {}


def write_mark(database: Path, counter: int, *, restored: bool = False) -> None:
    """Raise the mark to ``counter`` (never lower it); ``restored`` asks the next open to move
    to a new incarnation whatever the counters say. Best effort: a folder that cannot be
    written loses only this safeguard, and the province still detects a reused counter."""
    state = read_mark(database)
    _write_mark(
        database,
        max(int(state.get("high_water", 0) or 0), counter),
        bool(restored or state.get("restored", False)),
    )


def _write_mark(database: Path, high: int, restored: bool) -> None:
    try:
        write_atomic(
            _state_path(database),
            json.dumps({"high_water": high, "restored": restored}).encode("utf-8"),
        )
    except OSError as exc:
        log.warning("sync state mark not written: %s", exc.strerror)


def note_restored(database: Path) -> None:
    """Before ``database`` is replaced by a backup: keep its counter as the mark and ask the
    next open to move to a new incarnation (a restore on a new laptop has no mark at all)."""
    counter = 0
    if database.exists():
        from kopdes_desktop.store.backup import folder_key, open_source
        from kopdes_desktop.store.sqlite import sqlcipher

        try:
            connection = open_source(database, folder_key(database))
            try:
                row = connection.execute("SELECT counter FROM device WHERE is_self = 1").fetchone()
            finally:
                connection.close()
            counter = int(row[0]) if row else 0
        except (sqlite3.Error, sqlcipher.Error, KopdesError) as exc:
            log.warning("counter of the replaced database not read: %s", exc)
    write_mark(database, counter, restored=True)


def clear_restored(database: Path, counter: int) -> None:
    state = read_mark(database)
    if state.get("restored"):
        _write_mark(database, max(int(state.get("high_water", 0) or 0), counter), False)


LINEAGE_KEY = "sync.lineage"


def lineage(session: Session) -> dict[str, int]:
    """What this database's state includes of the device's earlier incarnations: per replica
    (``device/n``), the counter up to which its changes are in this state. Every change made
    here has seen them, so they are part of its base (see :mod:`kopdes_desktop.sync.bases`)."""
    text = session.scalar(select(Meta.value).where(Meta.key == LINEAGE_KEY))
    return {str(k): int(v) for k, v in json.loads(text).items()} if text else {}


def _extend_lineage(session: Session, device_id: str, claim: int) -> None:
    if claim <= 0:
        return
    known = lineage(session)
    key = f"{device_id}/{claim >> INCARNATION_BITS}"
    known[key] = max(known.get(key, 0), claim)
    session.merge(Meta(key=LINEAGE_KEY, value=json.dumps(known, sort_keys=True)))


def advance(session: Session, device_id: str, above: int, claim: int) -> int:
    """Move this device to a new incarnation above ``above`` and stamp every unacknowledged
    change again with new counters (in counter order, so batches keep their order); the
    number of rows stamped again. Runs with change tracking off: the rows keep their values,
    their base and their audit entries.

    ``claim``: the counter up to which this database's changes are its own (not reused after
    a restore); the lineage keeps it, so later changes are known to have seen them."""
    device = session.scalars(select(Device).where(Device.id == device_id)).one()
    _extend_lineage(session, device_id, claim)
    start = next_incarnation(max(device.counter, above))
    pending: list[Syncable] = []
    for model in SYNCED_MODELS:
        pending.extend(
            session.scalars(
                select(model).where(
                    model.device_id == device_id, model.counter > device.acked_counter
                )
            )
        )
    pending.sort(key=lambda row: (row.counter, row.id))
    tracking = session.info.get("tracking")
    session.info["tracking"] = False
    try:
        counter = start - 1
        for row in pending:
            counter += 1
            row.counter = counter
        session.flush()
    finally:
        if tracking is None:
            session.info.pop("tracking", None)
        else:
            session.info["tracking"] = tracking
    session.execute(update(Device).where(Device.id == device_id).values(counter=counter))
    # Batches not yet acknowledged carried the old counters: they are never sent again, and
    # nothing of them becomes a base.
    stale = list(
        session.scalars(
            select(SyncBatch.batch_id).where(SyncBatch.state.in_(("exported", "rejected")))
        )
    )
    session.execute(
        update(SyncBatch).where(SyncBatch.batch_id.in_(stale)).values(state="restamped", data=None)
    )
    session.execute(
        update(SyncBase)
        .where(SyncBase.sent_batch.in_(stale))
        .values(sent_batch=None, sent_rev=None, sent_vv=None)
    )
    log.warning(
        "device moved to incarnation %d; %d pending change(s) stamped again",
        start >> INCARNATION_BITS,
        len(pending),
    )
    return len(pending)


def check_on_open(session: Session, device_id: str, database: Path) -> int | None:
    """At start-up: move to a new incarnation when this database is older than the mark or was
    just restored; the number of changes stamped again, or None when nothing was needed."""
    state = read_mark(database)
    counter = session.scalar(select(Device.counter).where(Device.id == device_id)) or 0
    high = int(state.get("high_water", 0) or 0)
    if not state.get("restored") and counter >= high:
        return None
    # Nothing was made since the database was put back: everything it holds is its own.
    return advance(session, device_id, high, counter)
