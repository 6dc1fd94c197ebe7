"""Applying a verified batch's records to the province store, in the caller's transaction.

Per record: a newer counter from the same device replaces that device's head; an older one is
ignored; then which head is current is recomputed from the heads (see ``merge``). Two paths
skip the merge: a record seen for the first time (one insert, its head current), and a record
whose only head is this device's own (one update). Reads and writes go to the driver in bulk,
sorted by primary key, and each record's values are stored as the JSON text the batch carried.
"""

from __future__ import annotations

import json
from collections import defaultdict
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.orm import Session

from kopdes_desktop.province.merge import Head, resolve
from kopdes_desktop.province.models import ProvConflict, ProvVersion
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync.payload import Incoming

CHUNK = 500
Key = tuple[str, str]
HEAD_COLUMNS = ("device_id", "counter", "base_rev", "covers", "deleted", "updated_at", "data")
VERSION_KEY: tuple[str, ...] = ("table_name", "record_id", "device_id")
VERSION_SET = ("counter", "base_rev", "covers", "deleted", "updated_at", "data", "batch_id",
               "is_current", "in_conflict")


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


def mark_current(connection: Connection, rows: list[tuple[str, bool, str, str]]) -> None:
    """Mark each record's winning head current and the others not, with its conflict flag;
    each row is (winning device, in conflict, table, record id)."""
    mark = placeholder(connection)
    connection.exec_driver_sql(
        f"UPDATE prov_version SET is_current = (device_id = {mark}), in_conflict = {mark} "
        f"WHERE table_name = {mark} AND record_id = {mark}", rows)


def _latest(records: list[Incoming]) -> list[Incoming]:
    """Each record's latest version in the batch, in primary-key order."""
    ordered = sorted(records, key=itemgetter(0, 1, 2))
    # Sorted by key then counter, so the last of a key is its latest. An honest export writes
    # each record once (edits of a row collapse), and then this keeps them all.
    return list({record[:2]: record for record in ordered}.values())


class _Changes:
    """The rows one batch inserts and updates (tuples in column order, for executemany), and
    the records whose merge must be recorded."""

    def __init__(self, device_id: str, batch_id: str) -> None:
        self.device_id, self.batch_id = device_id, batch_id
        self.new_versions: list[tuple[Any, ...]] = []
        self.changed_versions: list[tuple[Any, ...]] = []
        self.currents: list[tuple[str, bool, str, str]] = []
        self.touched: list[tuple[Key, Head, list[Head]]] = []

    def known(self, key: Key, head: Head, existing: dict[str, Head]) -> None:
        """A new version of a record the province has heads of."""
        mine = existing.get(self.device_id)
        if mine is not None and mine.counter >= head.counter:
            return
        values = (head.counter, head.base_rev, None, head.deleted, head.updated_at, head.data,
                  self.batch_id)
        if len(existing) == 1 and mine is not None:
            # Its only head was this device's: the newer one supersedes it and stays current,
            # no merge, and no conflict can be open (one needs two heads, and heads are never
            # removed).
            self.changed_versions.append((*values, True, False, *key, self.device_id))
            return
        existing[self.device_id] = head
        winner, live = resolve(existing)
        if mine is None:
            self.new_versions.append((*key, self.device_id, *values, False, False))
        else:
            self.changed_versions.append((*values, False, False, *key, self.device_id))
        self.currents.append((winner.device_id, len(live) > 1, *key))
        self.touched.append((key, winner, live))

    def write(self, connection: Connection) -> None:
        """Send the rows to the database; records were visited in primary-key order, so each
        list is in that order (fewer page visits)."""
        versions = ProvVersion.__table__
        if self.new_versions:
            insert_tuples(connection, versions, VERSION_KEY + VERSION_SET, self.new_versions)
        if self.changed_versions:
            update_tuples(connection, versions, VERSION_SET, VERSION_KEY, self.changed_versions)
        if self.currents:
            mark_current(connection, self.currents)


def apply_records(session: Session, device_id: str, batch_id: str,
                  records: list[Incoming]) -> int:
    """Apply one batch's records (see :func:`kopdes_desktop.sync.payload.decode_batch`); the
    number of records left in conflict."""
    latest = _latest(records)
    connection = session.connection()
    heads = load_heads(connection, [record[:2] for record in latest])
    changes = _Changes(device_id, batch_id)
    new_versions = changes.new_versions
    for table, record_id, counter, base_rev, deleted, updated_at, values in latest:
        existing = heads.get((table, record_id))
        if existing is None:
            # Seen for the first time: the fast path, one insert of a current head.
            new_versions.append((table, record_id, device_id, counter, base_rev, None, deleted,
                                 updated_at, values, batch_id, True, False))
            continue
        changes.known((table, record_id),
                      Head(device_id, counter, base_rev, (), deleted, updated_at, values),
                      existing)
    changes.write(connection)
    return record_conflicts(session, changes.touched, batch_id)


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
