"""Which version of a record is current, decided from the heads alone (order-independent).

Each device contributes its latest version of a record (its *head*). A head has *seen* another
device's version when its base revision, or the revisions a province resolution covers, reach
that version's counter, directly or through the heads it saw. A head seen by another head is
superseded. One live head is the current state; several live heads are a conflict whose winner
is the latest ``updated_at``, then the greater device id and counter: deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Head:
    """One device's latest version of one record."""

    device_id: str
    counter: int
    base_rev: str | None
    covers: tuple[str, ...]
    deleted: bool
    updated_at: str
    data: str

    @property
    def rev(self) -> str:
        return f"{self.device_id}:{self.counter}"


def _split(rev: str) -> tuple[str, int]:
    device, _, counter = rev.rpartition(":")
    return device, int(counter)


def _seen(head: Head, heads: dict[str, Head]) -> dict[str, int]:
    """For each device, the highest counter of it that ``head`` had seen."""
    seen: dict[str, int] = {}
    stack = [head]
    visited = {head.device_id}
    while stack:
        current = stack.pop()
        revs = ([current.base_rev] if current.base_rev else []) + list(current.covers)
        for rev in revs:
            device, counter = _split(rev)
            seen[device] = max(seen.get(device, -1), counter)
            other = heads.get(device)
            if other is not None and device not in visited and counter >= other.counter:
                visited.add(device)
                stack.append(other)
    return seen


def resolve(heads: dict[str, Head]) -> tuple[Head, list[Head]]:
    """The winning head and the live (not superseded) heads, sorted by revision."""
    seen = {device: _seen(head, heads) for device, head in heads.items()}
    live = [
        head
        for head in heads.values()
        if not any(
            other != head.device_id and seen[other].get(head.device_id, -1) >= head.counter
            for other in heads
        )
    ] or list(heads.values())
    live.sort(key=lambda h: h.rev)
    winner = max(live, key=lambda h: (h.updated_at, h.device_id, h.counter))
    return winner, live
