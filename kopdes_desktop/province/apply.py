"""Applying a verified batch's records to the province store, in the caller's transaction.

Per record: a newer counter from the same device replaces that device's head; an older one is
ignored; then the record's current state is recomputed from its heads (see ``merge``). A record
seen for the first time takes the fast path: two inserts. Reads and writes are done in bulk.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, Table, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.province.merge import Head, resolve
from kopdes_desktop.province.models import ProvConflict, ProvRecord, ProvVersion
from kopdes_desktop.store.models import utcnow

CHUNK = 500
Key = tuple[str, str]


def bulk_insert(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows through the driver's executemany.

    Most of an import is new records; SQLAlchemy's per-row parameter processing would cost
    more than the writes themselves. The statement is built from the table's own column names,
    with the driver's placeholder style; values always travel as parameters.
    """
    columns = list(rows[0])
    mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
    statement = (
        f"INSERT INTO {table.name} ({', '.join(table.c[c].name for c in columns)}) "
        f"VALUES ({', '.join(mark for _ in columns)})"
    )
    connection.exec_driver_sql(statement, [tuple(row[c] for c in columns) for row in rows])


def dumps(values: dict[str, Any]) -> str:
    """A record's values as stored: compact JSON in the (canonical) order they arrived in."""
    return json.dumps(values, separators=(",", ":"), ensure_ascii=False)


def load_heads(session: Session, keys: list[Key]) -> dict[Key, dict[str, Head]]:
    """The heads of the given records, by record and device."""
    wanted = set(keys)
    ids = sorted({record_id for _, record_id in keys})
    heads: dict[Key, dict[str, Head]] = {}
    table = ProvVersion.__table__
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(table).where(table.c.record_id.in_(ids[start : start + CHUNK]))
        )
        for row in rows:
            key = (row.table_name, row.record_id)
            if key in wanted:
                heads.setdefault(key, {})[row.device_id] = head_of(row)
    return heads


def head_of(row: Any) -> Head:
    """A head from a ``prov_version`` row (ORM object or Core row)."""
    covers = tuple(json.loads(row.covers)) if row.covers else ()
    return Head(row.device_id, row.counter, row.base_rev, covers, row.deleted, row.updated_at,
                row.data)


def version_row(table: str, record_id: str, head: Head, batch_id: str | None) -> dict[str, Any]:
    return {
        "table_name": table, "record_id": record_id, "device_id": head.device_id,
        "counter": head.counter, "base_rev": head.base_rev,
        "covers": json.dumps(list(head.covers)) if head.covers else None,
        "deleted": head.deleted, "updated_at": head.updated_at, "data": head.data,
        "batch_id": batch_id,
    }


def apply_records(session: Session, device_id: str, batch_id: str,
                  records: list[dict[str, Any]]) -> int:
    """Apply one batch's records; the number of records left in conflict."""
    latest: dict[Key, dict[str, Any]] = {}
    for record in records:
        key = (record["t"], record["id"])
        if key not in latest or latest[key]["c"] < record["c"]:
            latest[key] = record
    heads = load_heads(session, list(latest))
    new_versions, changed_versions, new_records, changed_records = [], [], [], []
    touched: list[tuple[Key, Head, list[Head]]] = []
    for key, record in latest.items():
        head = Head(device_id, record["c"], record["b"], (), record["x"], record["u"],
                    dumps(record["v"]))
        existing = heads.get(key)
        row = version_row(key[0], key[1], head, batch_id)
        if not existing:
            new_versions.append(row)
            new_records.append({"table_name": key[0], "record_id": key[1],
                                "device_id": device_id, "counter": head.counter,
                                "deleted": head.deleted, "conflict": False})
            continue
        mine = existing.get(device_id)
        if mine is not None and mine.counter >= head.counter:
            continue
        (changed_versions if mine is not None else new_versions).append(row)
        existing[device_id] = head
        winner, live = resolve(existing)
        changed_records.append(current_row(key, winner, live))
        touched.append((key, winner, live))
    connection = session.connection()
    if new_versions:
        bulk_insert(connection, ProvVersion.__table__, new_versions)
    if changed_versions:
        session.execute(update(ProvVersion), changed_versions)
    if new_records:
        bulk_insert(connection, ProvRecord.__table__, new_records)
    if changed_records:
        session.execute(update(ProvRecord), changed_records)
    return record_conflicts(session, touched, batch_id)


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
