"""Revisions, replicas and version vectors: what a change had seen when it was made.

A revision is ``device:counter``. A device's counters are cut into *incarnations* of 2**32
(:mod:`kopdes_desktop.store.incarnation`): after a restore the device continues in a new one,
so a counter never names two different changes. Each incarnation of a device is a *replica*,
``device/n``, whose history is linear: a later counter of the same replica has seen every
earlier one.

A version vector maps each replica to the highest counter of it that a state includes. Vectors
travel as compact JSON objects (``{"<device>/0": 12}``); these functions take and return dicts.
"""

from __future__ import annotations

import json
import re
from typing import Any

from kopdes_desktop.store.incarnation import INCARNATION_BITS

VersionVector = dict[str, int]
REPLICA_RE = re.compile(r"^[0-9A-Za-z-]{1,36}/[0-9]{1,7}$")
MAX_REPLICAS = 64


def replica(device_id: str, counter: int) -> str:
    """The replica a change belongs to: its device and the incarnation of its counter."""
    return f"{device_id}/{counter >> INCARNATION_BITS}"


def split_rev(rev: str) -> tuple[str, int]:
    """``device:counter`` as its two parts."""
    device, _, counter = rev.rpartition(":")
    return device, int(counter)


def vector_of(device_id: str, counter: int) -> VersionVector:
    """The vector of one change alone."""
    return {replica(device_id, counter): counter}


def covers(vector: VersionVector, device_id: str, counter: int) -> bool:
    """Whether a state with ``vector`` includes the change ``device:counter``."""
    return vector.get(replica(device_id, counter), -1) >= counter


def join(*vectors: VersionVector) -> VersionVector:
    """The vector of a state that includes all of the given ones."""
    out: VersionVector = {}
    for vector in vectors:
        for key, value in vector.items():
            if value > out.get(key, -1):
                out[key] = value
    return out


def dumps(vector: VersionVector) -> str:
    """Canonical JSON text of a vector."""
    return json.dumps(vector, sort_keys=True, separators=(",", ":"))


def loads(text: str | None) -> VersionVector:
    """A vector from its JSON text (None or empty: the empty vector)."""
    if not text:
        return {}
    value = json.loads(text)
    if isinstance(value, list):  # an earlier release's list of covered revisions
        return join(*(vector_of(*split_rev(rev)) for rev in value))
    return {str(k): int(v) for k, v in value.items()}


def check_vector(value: Any, max_counter: int) -> VersionVector:
    """A vector from untrusted input, or ValueError: replica names and counters as written by
    an honest device, at most :data:`MAX_REPLICAS` entries."""
    if not isinstance(value, dict) or len(value) > MAX_REPLICAS:
        raise ValueError("vector")
    for key, counter in value.items():
        if not isinstance(key, str) or not REPLICA_RE.match(key):
            raise ValueError("replica")
        if (
            not isinstance(counter, int)
            or isinstance(counter, bool)
            or not 0 <= counter <= max_counter
            or counter >> INCARNATION_BITS != int(key.rpartition("/")[2])
        ):
            raise ValueError("counter")
    return value
