"""Every incoming value checked before anything of a batch is applied (SYNC.md property 15).

Each record of a verified batch is held to the schema of its table
(:mod:`kopdes_desktop.sync.schema`): types, lengths, ranges, choices, formats, region codes
inside the province's prefix, parents that the province holds or that arrive valid in the same
batch. A record that fails is refused on its own and its reason goes to the device's receipt;
the rest of the batch is applied (one bad record must not hold back a mentor's month of work),
and nothing invalid is stored.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy import Connection

from kopdes_desktop.province.check import known_in_store, region_prefix_of
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import schema, schema_batch
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
    """Each record's values checked where its batch is opened and decoded (a second process
    when several files are imported): the refused records with their problems, and for the
    others their references to parents. The id and time are checked while writing, which
    waits on this work otherwise."""
    values = decoded.values or []
    refused: dict[Key, list[Problem]] = {}
    parents = []
    prefix = _prefix(store)
    for record, parsed in zip(decoded.records, values, strict=True):
        found = schema.check_record(record.table, parsed, region_prefix=prefix)
        if found:
            refused[(record.table, record.record_id)] = found
        else:
            parents.append((record.table, record.record_id,
                            schema_batch.parent_refs(record.table, parsed, checked=True)))
    return replace(decoded, values=None, refused=refused, parents=parents)


def screen(store: ProvinceStore, connection: Connection, decoded: Decoded
           ) -> tuple[list[Incoming], dict[Key, list[Problem]]]:
    """The records to apply, and the problems of those refused (per table and record id): the
    record checks already made, region codes inside the province, and parents the province
    holds or that arrive valid in the same batch."""
    if decoded.parents is None:
        decoded = record_checks(store, decoded)
    refused = dict(decoded.refused or {})
    for record in decoded.records:
        stamps = schema.check_stamps(record.record_id, record.updated_at)
        if stamps:
            refused[(record.table, record.record_id)] = \
                refused.get((record.table, record.record_id), []) + stamps
    refused.update(schema_batch.settle(
        {(table, record_id): refs for table, record_id, refs in decoded.parents or []
         if (table, record_id) not in refused},
        {(r.table, r.record_id) for r in decoded.records}, known_in_store(connection),
        regions=schema_batch.known_regions))
    if not refused:
        return decoded.records, refused
    return [r for r in decoded.records if (r.table, r.record_id) not in refused], refused
