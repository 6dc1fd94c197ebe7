"""Applying a verified batch's records to the province store, in the caller's transaction.

Per record: a newer counter from the same device replaces that device's head; an older one is
ignored; then the record's current state is recomputed from its heads (see ``merge``). Two
paths skip the merge: a record seen for the first time (two inserts), and a record whose only
head is this device's own (two updates). Reads and writes go to the driver in bulk, sorted by
primary key, and each record's values are stored as the JSON text the batch carried.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from kopdes_desktop.province.merge import Head, resolve
from kopdes_desktop.province.models import ProvConflict, ProvRecord, ProvVersion
from kopdes_desktop.store.models import utcnow

CHUNK = 500
Key = tuple[str, str]
HEAD_COLUMNS = ("device_id", "counter", "base_rev", "covers", "deleted", "updated_at", "data")
VERSION_KEY: tuple[str, ...] = ("table_name", "record_id", "device_id")
RECORD_KEY: tuple[str, ...] = ("table_name", "record_id")


def placeholder(connection: Connection) -> str:
    """The driver's parameter placeholder (SQLite ``?``, psycopg ``%s``)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def insert_tuples(connection: Connection, table: Table, columns: tuple[str, ...],
                  rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows, given as tuples in ``columns`` order, through executemany.

    Most of an import is new records; SQLAlchemy's per-row parameter processing would cost
    more than the writes themselves. The statement is built from the table's own column names,
    with the driver's placeholder style; values always travel as parameters.
    """
    mark = placeholder(connection)
    statement = (
        f"INSERT INTO {table.name} ({', '.join(table.c[c].name for c in columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    connection.exec_driver_sql(statement, rows)


def update_tuples(connection: Connection, table: Table, columns: tuple[str, ...],
                  key: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Update many rows through executemany; each tuple holds ``columns`` then ``key``."""
    mark = placeholder(connection)
    statement = (
        f"UPDATE {table.name} SET {', '.join(f'{table.c[c].name} = {mark}' for c in columns)} "
        f"WHERE {' AND '.join(f'{table.c[c].name} = {mark}' for c in key)}"
    )
    connection.exec_driver_sql(statement, rows)


def load_heads(connection: Connection, keys: list[Key]) -> dict[Key, dict[str, Head]]:
    """The heads of the given records, by record and device (looked up by primary key)."""
    by_table: dict[str, list[str]] = defaultdict(list)
    for table_name, record_id in keys:
        by_table[table_name].append(record_id)
    mark = placeholder(connection)
    heads: dict[Key, dict[str, Head]] = {}
    for table_name, ids in by_table.items():
        ids.sort()
        for start in range(0, len(ids), CHUNK):
            chunk = ids[start : start + CHUNK]
            rows = connection.exec_driver_sql(
                f"SELECT record_id, {', '.join(HEAD_COLUMNS)} FROM prov_version "
                f"WHERE table_name = {mark} AND record_id IN ({', '.join([mark] * len(chunk))})",
                (table_name, *chunk),
            )
            for row in rows:
                heads.setdefault((table_name, row[0]), {})[row[1]] = head_of_values(*row[1:])
    return heads


def head_of_values(device_id: str, counter: int, base_rev: str | None, covers: str | None,
                   deleted: Any, updated_at: str, data: str) -> Head:
    """A head from the columns of a ``prov_version`` row."""
    return Head(device_id, counter, base_rev, tuple(json.loads(covers)) if covers else (),
                bool(deleted), updated_at, data)


def head_of(row: Any) -> Head:
    """A head from a ``prov_version`` row (ORM object or Core row)."""
    return head_of_values(*(getattr(row, column) for column in HEAD_COLUMNS))


def version_row(table: str, record_id: str, head: Head, batch_id: str | None) -> dict[str, Any]:
    return {
        "table_name": table, "record_id": record_id, "device_id": head.device_id,
        "counter": head.counter, "base_rev": head.base_rev,
        "covers": json.dumps(list(head.covers)) if head.covers else None,
        "deleted": head.deleted, "updated_at": head.updated_at, "data": head.data,
        "batch_id": batch_id,
    }


def _latest(records: list[dict[str, Any]]) -> dict[Key, int]:
    """The index of each record's latest version in the batch."""
    latest = {(record["t"], record["id"]): index for index, record in enumerate(records)}
    if len(latest) == len(records):
        # Each record once, as an honest export writes them (edits of a row collapse).
        return latest
    latest = {}
    for index, record in enumerate(records):
        key = (record["t"], record["id"])
        seen = latest.setdefault(key, index)
        if seen != index and records[seen]["c"] < record["c"]:
            latest[key] = index
    return latest


VERSION_SET = ("counter", "base_rev", "covers", "deleted", "updated_at", "data", "batch_id")
RECORD_SET = ("device_id", "counter", "deleted", "conflict")


class _Changes:
    """The rows one batch inserts and updates (tuples in column order, for executemany), and
    the records whose merge must be recorded."""

    def __init__(self, device_id: str, batch_id: str) -> None:
        self.device_id, self.batch_id = device_id, batch_id
        self.new_versions: list[tuple[Any, ...]] = []
        self.changed_versions: list[tuple[Any, ...]] = []
        self.new_records: list[tuple[Any, ...]] = []
        self.changed_records: list[tuple[Any, ...]] = []
        self.touched: list[tuple[Key, Head, list[Head]]] = []

    def version(self, key: Key, head: Head, new: bool) -> None:
        values = (head.counter, head.base_rev, None, head.deleted, head.updated_at, head.data,
                  self.batch_id)
        if new:
            self.new_versions.append((*key, self.device_id, *values))
        else:
            self.changed_versions.append((*values, *key, self.device_id))

    def record(self, key: Key, winner: Head, conflict: bool) -> None:
        self.changed_records.append(
            (winner.device_id, winner.counter, winner.deleted, conflict, *key))

    def known(self, key: Key, head: Head, existing: dict[str, Head]) -> None:
        """A new version of a record the province has heads of."""
        mine = existing.get(self.device_id)
        if mine is not None and mine.counter >= head.counter:
            return
        self.version(key, head, new=mine is None)
        if len(existing) == 1 and mine is not None:
            # Its only head was this device's: the newer one supersedes it, no merge, and no
            # conflict can be open (one needs two heads, and heads are never removed).
            self.record(key, head, conflict=False)
            return
        existing[self.device_id] = head
        winner, live = resolve(existing)
        self.record(key, winner, conflict=len(live) > 1)
        self.touched.append((key, winner, live))

    def write(self, connection: Connection) -> None:
        """Send the rows to the database, each list in primary-key order (fewer page visits)."""
        versions, records = ProvVersion.__table__, ProvRecord.__table__
        if self.new_versions:
            self.new_versions.sort()
            insert_tuples(connection, versions, VERSION_KEY + VERSION_SET, self.new_versions)
        if self.changed_versions:
            self.changed_versions.sort(key=lambda row: row[-3:])
            update_tuples(connection, versions, VERSION_SET, VERSION_KEY, self.changed_versions)
        if self.new_records:
            self.new_records.sort()
            insert_tuples(connection, records, RECORD_KEY + RECORD_SET, self.new_records)
        if self.changed_records:
            self.changed_records.sort(key=lambda row: row[-2:])
            update_tuples(connection, records, RECORD_SET, RECORD_KEY, self.changed_records)


def apply_records(session: Session, device_id: str, batch_id: str,
                  records: list[dict[str, Any]], texts: list[str]) -> int:
    """Apply one batch's records; the number of records left in conflict.

    ``texts`` are the records' values as JSON text in the batch (see
    :func:`kopdes_desktop.sync.payload.decode_batch`), stored as they are.
    """
    latest = _latest(records)
    # Primary-key order once: the rows below are then made in the order they are written.
    keys = sorted(latest)
    connection = session.connection()
    heads = load_heads(connection, keys)
    changes = _Changes(device_id, batch_id)
    new_versions, new_records = changes.new_versions, changes.new_records
    for key in keys:
        index = latest[key]
        record = records[index]
        existing = heads.get(key)
        if existing is None:
            # Seen for the first time: the fast path, two inserts.
            new_versions.append((*key, device_id, record["c"], record["b"], None, record["x"],
                                 record["u"], texts[index], batch_id))
            new_records.append((*key, device_id, record["c"], record["x"], False))
            continue
        changes.known(key, Head(device_id, record["c"], record["b"], (), record["x"],
                                record["u"], texts[index]), existing)
    changes.write(connection)
    return record_conflicts(session, changes.touched, batch_id)


def current_row(key: Key, winner: Head, live: list[Head]) -> dict[str, Any]:
    return {"table_name": key[0], "record_id": key[1], "device_id": winner.device_id,
            "counter": winner.counter, "deleted": winner.deleted, "conflict": len(live) > 1}


def _versions_json(live: list[Head]) -> str:
    return json.dumps([
        {"device_id": h.device_id, "counter": h.counter, "rev": h.rev, "deleted": h.deleted,
         "updated_at": h.updated_at, "data": json.loads(h.data)}
        for h in live
    ], sort_keys=True, ensure_ascii=False)


def record_conflicts(session: Session, touched: list[tuple[Key, Head, list[Head]]],
                     batch_id: str | None) -> int:
    """Open, update or close the conflict rows of the records just recomputed."""
    if not touched:
        return 0
    ids = [key[1] for key, _, _ in touched]
    open_rows: dict[Key, ProvConflict] = {}
    for start in range(0, len(ids), CHUNK):
        for row in session.scalars(select(ProvConflict).where(
                ProvConflict.record_id.in_(ids[start : start + CHUNK]),
                ProvConflict.status == "open")):
            open_rows[(row.table_name, row.record_id)] = row
    raised = 0
    for key, winner, live in touched:
        row = open_rows.get(key)
        if len(live) > 1:
            raised += 1
            if row is None:
                session.add(ProvConflict(table_name=key[0], record_id=key[1],
                                         versions=_versions_json(live), winner=winner.rev,
                                         status="open", raised_batch=batch_id))
            else:
                row.versions, row.winner = _versions_json(live), winner.rev
        elif row is not None:
            row.status, row.resolved_at, row.resolution = "superseded", utcnow(), winner.rev
    return raised
