"""Applying a verified batch's records to the province store, in the caller's transaction.

Every device's latest change of a record is kept as its *head* (``prov_version``). A record
written by one replica only (the common case) is its head: a newer change of the same replica
replaces it in place, keeping which counter last wrote each field (``dots``), and an older one
is ignored (the newer one carried it). As soon as a second replica changes the record, its
merge state (:mod:`kopdes_desktop.province.merge`) lives on a head of the province's own
(``device_id = "province"``), which becomes the current row with the merged values; every later
change of the record is merged there. Reads and writes go to the driver in bulk, sorted by
primary key, and a record's values are stored as the JSON text the batch carried.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from kopdes_desktop.province import conflicts_store, merge
from kopdes_desktop.province.merge import Op, State
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.sync import versions
from kopdes_desktop.sync.payload import ALL_FIELDS, NO_CONTEXT, Incoming
from kopdes_desktop.sync.records import VALUE_COLUMNS

CHUNK = 500
PROVINCE_DEVICE = "province"
Key = tuple[str, str]
HEAD_COLUMNS = (
    "device_id",
    "counter",
    "base_rev",
    "covers",
    "deleted",
    "updated_at",
    "data",
    "changed",
    "clock",
    "dots",
    "merge_state",
    "is_current",
)
VERSION_KEY: tuple[str, ...] = ("table_name", "record_id", "device_id")
VERSION_SET = (
    "counter",
    "base_rev",
    "covers",
    "deleted",
    "updated_at",
    "data",
    "batch_id",
    "changed",
    "clock",
    "dots",
    "merge_state",
    "is_current",
    "in_conflict",
)


class Head(NamedTuple):
    """One device's latest change of one record, as stored (JSON columns as text)."""

    device_id: str
    counter: int
    base_rev: str | None
    covers: str | None
    deleted: bool
    updated_at: str
    data: str
    changed: str | None
    clock: str | None
    dots: str | None
    merge_state: str | None
    is_current: bool

    @property
    def rev(self) -> str:
        return f"{self.device_id}:{self.counter}"


def placeholder(connection: Connection) -> str:
    """The driver's parameter placeholder (SQLite ``?``, psycopg ``%s``)."""
    return "?" if connection.dialect.paramstyle == "qmark" else "%s"


def insert_tuples(
    connection: Connection, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
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


def update_tuples(
    connection: Connection,
    table: Table,
    columns: tuple[str, ...],
    key: tuple[str, ...],
    rows: list[tuple[Any, ...]],
) -> None:
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
                head = Head(
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    bool(row[5]),
                    row[6],
                    row[7],
                    row[8],
                    row[9],
                    row[10],
                    row[11],
                    bool(row[12]),
                )
                heads.setdefault((table_name, row[0]), {})[head.device_id] = head
    return heads


def mark_current(connection: Connection, rows: list[tuple[str, bool, str, str]]) -> None:
    """Mark each record's current head and the others not, with its conflict flag; each row
    is (current device, in conflict, table, record id)."""
    mark = placeholder(connection)
    connection.exec_driver_sql(
        f"UPDATE prov_version SET is_current = (device_id = {mark}), in_conflict = {mark} "
        f"WHERE table_name = {mark} AND record_id = {mark}",
        rows,
    )


def op_of(device_id: str, record: Incoming, created_at: str, received_at: str) -> Op:
    """The merge op of one incoming record."""
    changed = None if record.changed == ALL_FIELDS else tuple(json.loads(record.changed))
    context = {} if record.context == NO_CONTEXT else json.loads(record.context)
    return Op(
        device_id,
        record.counter,
        context,
        changed,
        record.deleted,
        merge.clock_of(record.updated_at, created_at, received_at),
        json.loads(record.values),
    )


def state_of(heads: dict[str, Head], columns: frozenset[str]) -> State:
    """The merge state of a record from its stored heads."""
    province = heads.get(PROVINCE_DEVICE)
    if province is not None and province.merge_state:
        return State.loads(province.merge_state)
    current = next((h for h in heads.values() if h.is_current), None) or max(
        heads.values(), key=lambda h: (h.updated_at, h.device_id, h.counter)
    )
    state = _head_state(current)
    # A record from an earlier layout with several heads: merge the others in as changes.
    for head in sorted(heads.values(), key=lambda h: h.rev):
        if head is not current:
            merge.apply(
                state,
                Op(
                    head.device_id,
                    head.counter,
                    versions.loads(head.covers),
                    None,
                    head.deleted,
                    head.clock or head.updated_at,
                    json.loads(head.data),
                ),
                columns,
            )
    return state


def _head_state(head: Head) -> State:
    return merge.state_of_head(
        head.device_id,
        head.counter,
        head.clock or head.updated_at,
        head.deleted,
        json.loads(head.data),
        json.loads(head.dots) if head.dots else None,
        versions.loads(head.covers),
    )


def _after_restore(record: Incoming, state: State, device_id: str) -> tuple[str, ...] | None:
    """The fields a change made after a restore brings that the province does not hold: those
    changed since the restore, and those of the changes before it that never reached the
    province (None: every field, its creation never did)."""
    fields = set(json.loads(record.recent or "[]"))
    for counter, names in json.loads(record.restored or "[]"):
        if versions.covers(state.vector, device_id, counter):
            continue
        if "*" in names:
            return None
        fields.update(names)
    return tuple(sorted(fields))


def _latest(records: list[Incoming]) -> list[Incoming]:
    """Each record's latest version in the batch, in primary-key order."""
    ordered = sorted(records, key=itemgetter(0, 1, 2))
    # Sorted by key then counter, so the last of a key is its latest. An honest export writes
    # each record once (edits of a row collapse), and then this keeps them all.
    return list({record[:2]: record for record in ordered}.values())


@dataclass
class _Changes:
    """The rows one batch inserts and updates (tuples in column order, for executemany), and
    the merged records whose conflicts must be recorded."""

    device_id: str
    batch_id: str

    def __post_init__(self) -> None:
        self.new_versions: list[tuple[Any, ...]] = []
        self.changed_versions: list[tuple[Any, ...]] = []
        self.currents: list[tuple[str, bool, str, str]] = []
        self.merged: list[tuple[Key, merge.Merged, State]] = []

    def head_values(
        self,
        clock: str,
        record: Incoming,
        dots: str | None,
        merge_text: str | None,
        current: bool,
        in_conflict: bool = False,
        data: str | None = None,
    ) -> tuple[Any, ...]:
        context = None if record.context == NO_CONTEXT else record.context
        changed = None if record.changed == ALL_FIELDS else record.changed
        return (
            record.counter,
            record.base_rev,
            context,
            record.deleted,
            record.updated_at,
            data or record.values,
            self.batch_id,
            changed,
            clock,
            dots,
            merge_text,
            current,
            in_conflict,
        )

    def known(
        self,
        key: Key,
        record: Incoming,
        clock: str,
        heads: dict[str, Head],
        created_at: str,
        received_at: str,
    ) -> None:
        """A change of a record the province has heads of."""
        mine = heads.get(self.device_id)
        columns = VALUE_COLUMNS[key[0]]
        if (
            len(heads) == 1
            and mine is not None
            and not mine.merge_state
            and versions.replica(mine.device_id, mine.counter)
            == versions.replica(self.device_id, record.counter)
        ):
            if mine.counter >= record.counter:
                return  # the newer change of this replica already carried it
            changed = None if record.changed == ALL_FIELDS else json.loads(record.changed)
            old = json.loads(mine.data)
            dots = merge.advance_dots(
                json.loads(mine.dots) if mine.dots else None,
                mine.counter,
                mine.clock or mine.updated_at,
                {**old, merge.DELETED: mine.deleted},
                changed,
                columns,
            )
            # Only the fields the change names are taken from it: the rest of its snapshot
            # may be older than what the province holds (a laptop given an old package).
            data = (
                None
                if changed is None
                else _dumps_values(
                    {**old, **{f: v for f, v in json.loads(record.values).items() if f in changed}}
                )
            )
            values = self.head_values(clock, record, _dumps(dots), None, True, data=data)
            self.changed_versions.append((*values, *key, self.device_id))
            return
        op = op_of(self.device_id, record, created_at, received_at)
        state = state_of(heads, columns)
        if record.restored is not None:
            op = replace(op, changed=_after_restore(record, state, self.device_id))
        if not merge.apply(state, op, columns):
            return
        if mine is None:
            self.new_versions.append(
                (*key, self.device_id, *self.head_values(op.clock, record, None, None, False))
            )
        elif mine.counter < op.counter:
            values = self.head_values(op.clock, record, None, None, False)
            self.changed_versions.append((*values, *key, self.device_id))
        self.write_merged(key, state, heads)

    def write_merged(self, key: Key, state: State, heads: dict[str, Head]) -> None:
        merged = merge.materialise(state)
        clock = max((e[3] for entries in state.fields.values() for e in entries), default="")
        data = _dumps_values(merged.values)
        row = (
            merge.state_version(state),
            None,
            versions.dumps(state.vector),
            merged.deleted,
            clock,
            data,
            None,
            None,
            clock,
            None,
            state.dumps(),
            True,
            bool(merged.conflicts),
        )
        if PROVINCE_DEVICE in heads:
            self.changed_versions.append((*row, *key, PROVINCE_DEVICE))
        else:
            self.new_versions.append((*key, PROVINCE_DEVICE, *row))
            heads[PROVINCE_DEVICE] = Head(
                PROVINCE_DEVICE,
                row[0],
                None,
                row[2],
                merged.deleted,
                clock,
                data,
                None,
                clock,
                None,
                row[10],
                True,
            )
        self.currents.append((PROVINCE_DEVICE, bool(merged.conflicts), *key))
        self.merged.append((key, merged, state))

    def write(self, connection: Connection) -> None:
        """Send the rows to the database; records were visited in primary-key order, so each
        list is in that order (fewer page visits)."""
        versions_table = ProvVersion.__table__
        if self.new_versions:
            insert_tuples(connection, versions_table, VERSION_KEY + VERSION_SET, self.new_versions)
        if self.changed_versions:
            update_tuples(
                connection, versions_table, VERSION_SET, VERSION_KEY, self.changed_versions
            )
        if self.currents:
            mark_current(connection, self.currents)


def _dumps_values(values: dict[str, Any]) -> str:
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, sort_keys=True, separators=(",", ":"))


def apply_records(
    session: Session,
    device_id: str,
    batch_id: str,
    records: list[Incoming],
    created_at: str,
    received_at: str,
) -> int:
    """Apply one batch's records (see :func:`kopdes_desktop.sync.payload.decode_batch`); the
    number of records left with a field in conflict."""
    latest = _latest(records)
    connection = session.connection()
    heads = load_heads(connection, [record[:2] for record in latest])
    changes = _Changes(device_id, batch_id)
    new_versions = changes.new_versions
    clocks = merge.clocks_of([record.updated_at for record in latest], created_at, received_at)
    for record, clock in zip(latest, clocks, strict=True):
        table, record_id = record[0], record[1]
        existing = heads.get((table, record_id))
        if existing is None:
            # Seen for the first time: the fast path, one insert of a current head.
            context = None if record.context == NO_CONTEXT else record.context
            changed = None if record.changed == ALL_FIELDS else record.changed
            new_versions.append(
                (
                    table,
                    record_id,
                    device_id,
                    record.counter,
                    record.base_rev,
                    context,
                    record.deleted,
                    record.updated_at,
                    record.values,
                    batch_id,
                    changed,
                    clock,
                    None,
                    None,
                    True,
                    False,
                )
            )
            continue
        changes.known((table, record_id), record, clock, existing, created_at, received_at)
    changes.write(connection)
    return conflicts_store.record(session, changes.merged, batch_id)
