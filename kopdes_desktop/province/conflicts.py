"""Conflicts at the province: listing them per field and an officer's resolution.

An officer resolves one field of one record by keeping one device's value or typing the value
to keep. The resolution is a change of the province's own (device ``province``) that has seen
every value of the field, merged like any other change, so it reaches every laptop in the next
reference package and no later arrival undoes it silently.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.regions import KALTARA
from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.province import conflicts_store, merge
from kopdes_desktop.province.apply import (
    PROVINCE_DEVICE,
    _Changes,
    load_heads,
    state_of,
)
from kopdes_desktop.province.models import ProvConflict
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow
from kopdes_desktop.sync import schema
from kopdes_desktop.sync.records import VALUE_COLUMNS


@dataclass(frozen=True)
class ConflictView:
    """One conflict as an officer sees it: the field, its value before, each side's value with
    its device and time, and the winner the merge rule shows until someone decides."""

    id: int
    table: str
    record_id: str
    field: str | None
    status: str
    winner: str
    base_value: Any
    versions: list[dict[str, Any]]
    resolution: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def _view(row: ProvConflict) -> ConflictView:
    field = "deleted" if row.field == merge.DELETED else row.field
    return ConflictView(
        row.id,
        row.table_name,
        row.record_id,
        field,
        row.status,
        row.winner,
        json.loads(row.base_value) if row.base_value else None,
        json.loads(row.versions),
        row.resolution,
    )


def list_conflicts(
    store: ProvinceStore, include_closed: bool = False, record_id: str | None = None
) -> list[ConflictView]:
    with store.session() as session:
        query = select(ProvConflict).order_by(ProvConflict.id)
        if not include_closed:
            query = query.where(ProvConflict.status == "open")
        if record_id is not None:
            query = query.where(ProvConflict.record_id == record_id)
        return [_view(c) for c in session.scalars(query)]


def _chosen(conflict: ProvConflict, keep: str) -> Any:
    """The value an officer chose: a side's device id or revision, else the typed value (JSON
    if it parses as JSON, else the text itself). A conflict of an earlier release (a whole
    record) gives the chosen side's values and deleted flag."""
    sides = json.loads(conflict.versions)
    for side in sides:
        if keep in (side["device_id"], side["rev"]):
            return side["value"] if conflict.field is not None else side
    if conflict.field is None:
        raise KopdesError(
            f"Versi {keep} tidak ada dalam konflik ini.",
            f"Version {keep} is not part of this conflict.",
        )
    try:
        return json.loads(keep)
    except ValueError:
        return keep


def typed_value(sides: list[dict[str, Any]], text: str) -> Any:
    """The value an officer typed as text, of the type the sides' values have (blank: none)."""
    text = text.strip()
    kinds = {type(side.get("value")) for side in sides} - {type(None)}
    if text == "":
        return None
    if bool in kinds:
        if text.lower() in ("true", "ya", "1"):
            return True
        if text.lower() in ("false", "tidak", "0"):
            return False
        raise ValidationError({"value": "Ketik ya atau tidak."}, {"value": "Type yes or no."})
    if kinds and kinds <= {int, float}:
        try:
            return int(text) if kinds == {int} else float(text.replace(",", "."))
        except ValueError:
            raise ValidationError(
                {"value": "Ketik sebuah angka."}, {"value": "Type a number."}
            ) from None
    return text


def resolve_conflict(
    store: ProvinceStore,
    conflict_id: int,
    keep: str,
    field: str | None = None,
    *,
    typed: bool = False,
    actor: str | None = None,
    client: str = "",
) -> str:
    """Settle one conflict by keeping ``keep`` (a device id, a revision, or a value; with
    ``typed`` the text an officer typed, checked like any incoming value); returns the
    revision of the province's resolution. With ``actor`` it is audited with the change."""
    with store.session() as session:
        conflict = session.get(ProvConflict, conflict_id)
        if conflict is None or conflict.status != "open":
            raise NotFoundError(
                f"Konflik {conflict_id} tidak ada atau sudah selesai.",
                f"Conflict {conflict_id} does not exist or is closed.",
            )
        name = conflict.field or merge.DELETED
        shown = "deleted" if name == merge.DELETED else name
        if field is not None and field != shown:
            raise KopdesError(
                f"Konflik {conflict_id} tentang kolom {shown}, bukan {field}.",
                f"Conflict {conflict_id} is about {shown}, not {field}.",
            )
        sides = json.loads(conflict.versions)
        value = typed_value(sides, keep) if typed else _chosen(conflict, keep)
        if actor is not None:
            audit(
                session,
                actor,
                "conflict.resolve",
                f"{conflict.table_name}/{conflict.record_id}",
                {"field": shown, "values": sides},
                {"field": shown, "value": value},
                client,
            )
        if conflict.field is None:
            return _resolve_record(store, session, conflict, value)
        if name == merge.DELETED and not isinstance(value, bool):
            raise KopdesError(
                "Untuk kolom 'deleted' pilih true atau false.",
                "For the 'deleted' field choose true or false.",
            )
        key = (conflict.table_name, conflict.record_id)
        state, heads = _state(session, key)
        current = merge.materialise(state)
        values = dict(current.values)
        if name != merge.DELETED:
            values[name] = value
            _check(key[0], name, values)
        deleted = value if name == merge.DELETED else current.deleted
        changed = (name,) if name != merge.DELETED else ()
        return _settle(store, session, conflict, key, state, heads, changed, deleted, values)


def _check(table: str, name: str, values: dict[str, Any]) -> None:
    """Refuse a value the schema every batch is checked with refuses (for this field)."""
    problems = [
        p for p in schema.check_record(table, values, region_prefix=KALTARA) if p.field == name
    ]
    if problems:
        raise ValidationError({"value": problems[0].reason}, {"value": problems[0].reason_en})


def _state(session: Session, key: tuple[str, str]) -> tuple[merge.State, dict[str, Any]]:
    heads = load_heads(session.connection(), [key])[key]
    return state_of(heads, VALUE_COLUMNS[key[0]]), heads


def _resolve_record(
    store: ProvinceStore, session: Session, conflict: ProvConflict, side: dict[str, Any]
) -> str:
    """A whole-record conflict of an earlier release: every field takes the chosen side's."""
    key = (conflict.table_name, conflict.record_id)
    state, heads = _state(session, key)
    return _settle(
        store, session, conflict, key, state, heads, None, bool(side["deleted"]), dict(side["data"])
    )


def _settle(
    store: ProvinceStore,
    session: Session,
    conflict: ProvConflict,
    key: tuple[str, str],
    state: merge.State,
    heads: dict[str, Any],
    changed: tuple[str, ...] | None,
    deleted: bool,
    values: dict[str, Any],
) -> str:
    """Merge the province's resolving change and close the conflict."""
    counter = store.next_counter(session, "province_counter")
    op = merge.Op(
        PROVINCE_DEVICE, counter, dict(state.vector), changed, deleted, utcnow().isoformat(), values
    )
    merge.apply(state, op, VALUE_COLUMNS[key[0]])
    changes = _Changes(PROVINCE_DEVICE, "")
    changes.write_merged(key, state, heads)
    changes.write(session.connection())
    session.flush()
    conflicts_store.record(session, changes.merged, None)
    conflict.status, conflict.resolved_at, conflict.resolution = "resolved", utcnow(), op.rev
    return op.rev
