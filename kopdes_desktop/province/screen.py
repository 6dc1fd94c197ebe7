"""Every incoming value checked before anything of a batch is applied (SYNC.md property 15).

Each record of a verified batch is held to the schema of its table
(:mod:`kopdes_desktop.sync.schema`): types, lengths, ranges, choices, formats, region codes
inside the province's prefix, parents that the province holds or that arrive valid in the same
batch. A record that fails is refused on its own and its reason goes to the device's receipt;
the rest of the batch is applied (one bad record must not hold back a mentor's month of work),
and nothing invalid is stored.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from sqlalchemy import Connection

from kopdes_desktop.province.check import known_in_store, region_prefix_of
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import schema, schema_batch, schema_bulk
from kopdes_desktop.sync.payload import Decoded, Incoming
from kopdes_desktop.sync.schema import Problem

Key = tuple[str, str]
_PREFIXES: dict[Path, str] = {}


def _prefix(store: ProvinceStore) -> str:
    prefix = _PREFIXES.get(store.root)
    if prefix is None:
        prefix = _PREFIXES[store.root] = region_prefix_of(store)
    return prefix


def record_checks(store: ProvinceStore, decoded: Decoded) -> Decoded:
    """Each record's values, id and time checked where its batch is opened and decoded (a
    second process when several files are imported): the refused records with their problems,
    and the parents that the others name outside the batch, which only the store can answer.

    The records of each table are first judged all together
    (:func:`~kopdes_desktop.sync.schema_bulk.accept_all`); a table whose records are not all
    plainly valid has each of them checked on its own, which names the problems."""
    values = decoded.values or []
    records = decoded.records
    prefix = _prefix(store)
    refused: dict[Key, list[Problem]] = {}
    groups: dict[str, list[int]] = {}
    for index, record in enumerate(records):
        groups.setdefault(record.table, []).append(index)
    for table, indexes in groups.items():
        docs = [values[i] for i in indexes]
        if schema_bulk.accept_all(table, docs, region_prefix=prefix):
            continue
        for index, parsed in zip(indexes, docs, strict=True):
            found = schema.check_record(table, parsed, region_prefix=prefix)
            if found:
                refused[(table, records[index].record_id)] = found
    if not (
        schema_bulk.plain_uuids([r.record_id for r in records])
        and schema_bulk.plain_datetimes([r.updated_at for r in records])
    ):
        for record in records:
            stamps = schema.check_stamps(record.record_id, record.updated_at)
            if stamps:
                key = (record.table, record.record_id)
                refused[key] = refused.get(key, []) + stamps
    inside = {(r.table, r.record_id) for r in records}.difference(refused)
    named: set[Key] = set()
    for table, indexes in groups.items():
        named |= schema_batch.named_parents(
            table,
            (values[i] for i in indexes if not refused or (table, records[i].record_id) in inside),
        )
    return replace(decoded, values=None, refused=refused, outside=frozenset(named - inside))


def screen(
    store: ProvinceStore, connection: Connection, decoded: Decoded
) -> tuple[list[Incoming], dict[Key, list[Problem]]]:
    """The records to apply, and the problems of those refused (per table and record id): the
    record checks already made, and parents the province holds or that arrive valid in the
    same batch. The store is asked once for the parents outside the batch; only when one is
    missing are the references of every record worked out again, to refuse its children too."""
    if decoded.outside is None:
        decoded = record_checks(store, decoded)
    refused = dict(decoded.refused or {})
    known = known_in_store(connection)
    if schema_batch.lost_parents(
        set(decoded.outside or ()), known, regions=schema_batch.known_regions
    ):
        refs = {
            (r.table, r.record_id): schema_batch.parent_refs(
                r.table, json.loads(r.values), checked=True
            )
            for r in decoded.records
            if (r.table, r.record_id) not in refused
        }
        refused.update(
            schema_batch.settle(
                refs,
                {(r.table, r.record_id) for r in decoded.records},
                known,
                regions=schema_batch.known_regions,
            )
        )
    if not refused:
        return decoded.records, refused
    return [r for r in decoded.records if (r.table, r.record_id) not in refused], refused
