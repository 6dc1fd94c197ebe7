"""Every incoming value checked before anything of a batch is applied (SYNC.md property 15).

Each record of a verified batch is held to the schema of its table
(:mod:`kopdes_desktop.sync.schema`): types, lengths, ranges, choices, formats, region codes
inside the province's prefix, parents that the province holds or that arrive valid in the same
batch. A record that fails is refused on its own and its reason goes to the device's receipt;
the rest of the batch is applied (one bad record must not hold back a mentor's month of work),
and nothing invalid is stored.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Connection

from kopdes_desktop.province.check import known_in_store, region_prefix_of
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import schema, schema_batch
from kopdes_desktop.sync.payload import Incoming
from kopdes_desktop.sync.schema import Problem

Key = tuple[str, str]
_PREFIXES: dict[Path, str] = {}


def _prefix(store: ProvinceStore) -> str:
    prefix = _PREFIXES.get(store.root)
    if prefix is None:
        prefix = _PREFIXES[store.root] = region_prefix_of(store)
    return prefix


def screen(store: ProvinceStore, connection: Connection, records: list[Incoming]
           ) -> tuple[list[Incoming], dict[Key, list[Problem]]]:
    """The records to apply, and the problems of those refused (per table and record id)."""
    parsed = []
    refused: dict[Key, list[Problem]] = {}
    for record in records:
        try:
            values = schema.parse_values(record.values)
        except (ValueError, RecursionError, TypeError):
            refused[(record.table, record.record_id)] = [schema.BAD_JSON]
            continue
        parsed.append((record.table, record.record_id, record.updated_at, values))
    refused.update(schema_batch.check_batch(
        parsed, known_in_store(connection), region_prefix=_prefix(store),
        regions=schema_batch.known_regions))
    if not refused:
        return records, refused
    return [r for r in records if (r.table, r.record_id) not in refused], refused
