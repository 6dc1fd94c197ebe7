"""The merge rule: a record's state from the changes the province received, field by field.

Every change a device sends (an *op*) names what it had seen (its base's version vector, see
:mod:`kopdes_desktop.sync.versions`) and which fields it changed. A record's state keeps, per
field, the *live entries*: the values written by changes that no later change of that field has
seen. One live value (or several equal ones) is the field's value; different live values are a
conflict on that field, kept with both values. The deleted flag is a field every change writes,
so a delete and a concurrent edit conflict too.

The winner of a conflict is the entry with the latest *clock*, then the greater device id and
counter. The clock is the time the device stamped on its change, bounded by the batch's signed
creation time and the province's clock on receipt (:func:`clock_of`): a device cannot claim a
time after the province received its change. A base vector naming changes of other devices
that the province has not received for this record counts as no base for those devices
(:func:`apply`), so an unknown base revision makes a conflict, never a silent overwrite.

The state is a function of the set of changes received, in any order one province can receive
them (a device learns of other devices' changes from the province, so those arrive first; its
own may come in any order): each op either was already seen (its revision is in the state's
vector: a later change of the same replica carried it) or adds its entries, dropping exactly
the entries it had seen.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from kopdes_desktop.sync import versions
from kopdes_desktop.sync.batch import CREATED_RE

DELETED = "~x"
"""The pseudo-field of the deleted flag, written by every change."""

Entry = list[Any]
"""A live entry: ``[value, device_id, counter, clock]``."""


@dataclass(frozen=True)
class Op:
    """One received change of one record."""

    device_id: str
    counter: int
    context: dict[str, int]
    changed: tuple[str, ...] | None  # None: every field
    deleted: bool
    clock: str
    values: dict[str, Any]

    @property
    def replica(self) -> str:
        return versions.replica(self.device_id, self.counter)

    @property
    def rev(self) -> str:
        return f"{self.device_id}:{self.counter}"


def clock_of(updated_at: str, created_at: str, received_at: str) -> str:
    """A change's clock: its own time, never after its batch was made nor after the province
    received it; a malformed time counts as the batch's."""
    own = (
        updated_at
        if isinstance(updated_at, str) and CREATED_RE.fullmatch(updated_at)
        else created_at
    )
    return min(own, created_at, received_at)


_CREATED_LINES = re.compile(
    r"(?:20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:"
    r"[0-5][0-9](?:\.[0-9]{1,6})?\n)*"
)


def clocks_of(updated: list[str], created_at: str, received_at: str) -> list[str]:
    """:func:`clock_of` of each time of ``updated``, all well-formed times checked at once (the
    count of line breaks proves that no time held one of its own)."""
    joined = "\n".join(updated) + "\n"
    if joined.count("\n") == len(updated) and _CREATED_LINES.fullmatch(joined):
        bound = min(created_at, received_at)
        return [own if own < bound else bound for own in updated]
    return [clock_of(own, created_at, received_at) for own in updated]


@dataclass
class State:
    """A record's merge state: live entries per field, the version vector of everything merged,
    and per field the latest entry that a later change replaced (by clock, then device and
    counter: the same whatever the order), whose value conflict listings show as the base."""

    fields: dict[str, list[Entry]] = field(default_factory=dict)
    vector: dict[str, int] = field(default_factory=dict)
    base: dict[str, Any] = field(default_factory=dict)

    def dumps(self) -> str:
        return json.dumps(
            {"f": self.fields, "v": self.vector, "b": self.base},
            sort_keys=True,
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def loads(cls, text: str) -> State:
        doc = json.loads(text)
        return cls(doc["f"], {str(k): int(v) for k, v in doc["v"].items()}, doc.get("b", {}))


def _sees(op: Op, device_id: str, counter: int) -> bool:
    """Whether ``op`` had seen the change ``device:counter``. A device's later change has
    seen its earlier ones, across a restore too: the mentor changed the field again."""
    if device_id == op.device_id:
        return counter < op.counter
    return versions.covers(op.context, device_id, counter)


def _bounded(context: dict[str, int], state: State, own_device: str) -> dict[str, int]:
    """The op's base vector without claims about other devices that this record's state does
    not bear out: a base the province does not know is no base, so the change conflicts with
    what it claims to have seen instead of silently replacing it."""
    prefix = own_device + "/"
    return {
        key: value
        for key, value in context.items()
        if key.startswith(prefix) or value <= state.vector.get(key, -1)
    }


def apply(state: State, op: Op, columns: frozenset[str]) -> bool:
    """Merge ``op`` into ``state``; False when the state already included it."""
    if versions.covers(state.vector, op.device_id, op.counter):
        return False
    op = Op(
        op.device_id,
        op.counter,
        _bounded(op.context, state, op.device_id),
        op.changed,
        op.deleted,
        op.clock,
        op.values,
    )
    names = sorted(columns) if op.changed is None else [f for f in op.changed if f in columns]
    for name in [*names, DELETED]:
        value = op.deleted if name == DELETED else op.values.get(name)
        entries = state.fields.get(name, [])
        if any(e[1] == op.device_id and e[2] > op.counter for e in entries):
            continue  # the device changed the field again later (a batch from before a restore)
        keep = []
        for entry in entries:
            if _sees(op, entry[1], entry[2]):
                _replaced(state, name, entry)
            else:
                keep.append(entry)
        keep.append([value, op.device_id, op.counter, op.clock])
        keep.sort(key=_rank)
        state.fields[name] = keep
    state.vector = versions.join(
        state.vector, op.context, versions.vector_of(op.device_id, op.counter)
    )
    return True


def _rank(entry: Entry) -> tuple[str, str, int]:
    return entry[3], entry[1], entry[2]


def _replaced(state: State, name: str, entry: Entry) -> None:
    known = state.base.get(name)
    if known is None or _rank(entry) > _rank(known):
        state.base[name] = list(entry)


def base_value(state: State, name: str) -> Any:
    """The value a field had before its current entries, as far as the state knows."""
    entry = state.base.get(name)
    return entry[0] if entry else None


@dataclass(frozen=True)
class Merged:
    """A state's values as one record: the values, the deleted flag, the fields in conflict
    (with their live entries, winner last) and the winning entry of each."""

    values: dict[str, Any]
    deleted: bool
    conflicts: dict[str, list[Entry]]


def materialise(state: State) -> Merged:
    """The record a state stands for: each field's single live value, or its winner."""
    values: dict[str, Any] = {}
    conflicts: dict[str, list[Entry]] = {}
    deleted = False
    for name, entries in state.fields.items():
        winner = max(entries, key=_rank)
        if len({json.dumps(e[0], sort_keys=True) for e in entries}) > 1:
            conflicts[name] = sorted(entries, key=_rank)
        if name == DELETED:
            deleted = bool(winner[0])
        else:
            values[name] = winner[0]
    return Merged(values, deleted, conflicts)


def state_of_head(
    device_id: str,
    counter: int,
    clock: str,
    deleted: bool,
    values: dict[str, Any],
    dots: dict[str, Any] | None,
    context: dict[str, int],
) -> State:
    """The merge state of a record known by one device's head alone: each field written at the
    counter and clock in ``dots["d"]`` (the head's own when absent), with the values the
    replica's later changes replaced in ``dots["p"]``."""
    state = State()
    for name, (value, at_counter, at_clock) in ((dots or {}).get("p") or {}).items():
        state.base[name] = [value, device_id, at_counter, at_clock]
    dots = (dots or {}).get("d") or {}
    for name in [*values, DELETED]:
        at_counter, at_clock = dots.get(name, (counter, clock))
        value = deleted if name == DELETED else values[name]
        state.fields[name] = [[value, device_id, at_counter, at_clock]]
    state.vector = versions.join(context, versions.vector_of(device_id, counter))
    return state


def advance_dots(
    dots: dict[str, Any] | None,
    old_counter: int,
    old_clock: str,
    old_values: dict[str, Any],
    changed: list[str] | None,
    columns: frozenset[str],
) -> dict[str, Any]:
    """A one-replica head's field history after a newer change of the same replica that
    changed ``changed`` (None: every field): ``d``, the counter and clock that last wrote each
    field, where they differ from the new change's; ``p``, per field the value (with its
    counter and clock) that a change of the replica replaced last (``old_values`` holds the
    head's values and, under :data:`DELETED`, its deleted flag)."""
    old = (dots or {}).get("d") or {}
    prev = dict((dots or {}).get("p") or {})
    names = columns if changed is None else [name for name in changed if name in columns]
    for name in [*names, DELETED]:
        at_counter, at_clock = old.get(name, (old_counter, old_clock))
        prev[name] = [old_values.get(name), at_counter, at_clock]
    kept = (
        {}
        if changed is None
        else {
            name: list(old.get(name, (old_counter, old_clock)))
            for name in columns
            if name not in changed
        }
    )
    return {"d": kept, "p": prev}


def state_version(state: State) -> int:
    """A number naming this state among the record's states: grows with every change merged,
    the same whatever order they came in."""
    return sum(state.vector.values()) % (1 << 53) or 1
