"""Rows as wire records and back: full snapshots of synced rows, in plain JSON values.

A record is ``{"t": table, "id": uuid, "c": counter, "b": base_rev, "x": deleted,
"u": updated_at, "v": {column: value}, "k": base version vector, "f": [changed fields],
"g": [fields changed since a restore] or null, "r": counter of the last change before it or
null}`` (``k``, ``f``, ``g`` and ``r``, see :mod:`kopdes_desktop.sync.bases`, since batch
format 2); the device is named once, in the batch header.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, inspect

from kopdes_desktop.store.models import SYNCED_MODELS, Syncable

STAMP_COLUMNS = ("id", "device_id", "counter", "base_rev", "deleted", "updated_at")
MODELS_BY_TABLE: dict[str, type[Syncable]] = {m.__tablename__: m for m in SYNCED_MODELS}


def value_columns(model: type[Syncable]) -> list[str]:
    """The columns of ``model`` carried in a record's ``v`` (everything but the stamps)."""
    return [c.key for c in inspect(model).column_attrs if c.key not in STAMP_COLUMNS]


VALUE_COLUMNS: dict[str, frozenset[str]] = {
    table: frozenset(value_columns(model)) for table, model in MODELS_BY_TABLE.items()
}


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def to_record(row: Syncable, base: tuple[Any, ...] | None = None) -> dict[str, Any]:
    """The wire record of one row (its current, full state); with ``base`` (revision, version
    vector, changed fields, fields changed since a restore, last change before it) as a batch
    carries it."""
    columns = value_columns(type(row))
    record = {
        "t": type(row).__tablename__,
        "id": row.id,
        "c": int(row.counter),
        "b": row.base_rev,
        "x": bool(row.deleted),
        "u": _plain(row.updated_at),
        "v": {key: _plain(getattr(row, key)) for key in columns},
    }
    if base is not None:
        record["b"], record["k"], record["f"], record["g"], record["r"] = base
    return record


def column_values(model: type[Syncable], values: dict[str, Any]) -> dict[str, Any]:
    """Python values for ``model``'s columns from a record's plain JSON ``v``."""
    mapper = inspect(model)
    out: dict[str, Any] = {}
    for attr in mapper.column_attrs:
        key = attr.key
        if key not in values or key in STAMP_COLUMNS:
            continue
        value = values[key]
        column = attr.columns[0]
        if value is None and not column.nullable and column.server_default is not None:
            continue  # a field the sender's release did not have: the column's default
        column_type = column.type
        if value is not None and isinstance(column_type, DateTime):
            value = datetime.fromisoformat(value)
        elif value is not None and isinstance(column_type, Date):
            value = date.fromisoformat(value)
        out[key] = value
    return out


def parse_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None
