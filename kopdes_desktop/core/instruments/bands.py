"""Band tables and the rules that turn a component's value into a *nilai*.

A band is written in interval notation, exactly as the regulation tables read:
``"(0, 20]"`` excludes 0 and includes 20, ``"[4, 6)"`` includes 4 and excludes 6, ``"(-inf, 4)"``
and ``"[8, inf)"`` are open-ended, ``"[0, 0]"`` is the single point 0. A table declares the
domain it covers (the whole real line unless stated); at load the engine checks that its bands
cover that domain with no gap and no overlap, and refuses the definition otherwise.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

_INTERVAL = re.compile(
    r"^\s*([\[(])\s*(-?inf|-?\d+(?:\.\d+)?)\s*,\s*(-?inf|-?\d+(?:\.\d+)?)\s*([\])])\s*$"
)


class BandError(Exception):
    """A band table is malformed, leaves a gap or overlaps."""


@dataclass(frozen=True)
class Interval:
    low: float
    low_closed: bool
    high: float
    high_closed: bool

    def __str__(self) -> str:
        def num(x: float) -> str:
            if math.isinf(x):
                return "-inf" if x < 0 else "inf"
            return f"{x:g}"

        return (
            f"{'[' if self.low_closed else '('}{num(self.low)}, "
            f"{num(self.high)}{']' if self.high_closed else ')'}"
        )

    def contains(self, x: float) -> bool:
        above = x > self.low or (self.low_closed and x == self.low)
        below = x < self.high or (self.high_closed and x == self.high)
        return above and below


def parse_interval(text: str) -> Interval:
    """Parse ``"(a, b]"``-style notation; infinite ends must be open."""
    match = _INTERVAL.match(text) if isinstance(text, str) else None
    if not match:
        raise BandError(f'interval tidak sah: {text!r} (contoh: "(0, 20]", "[8, inf)")')
    left, low_text, high_text, right = match.groups()
    low, high = float(low_text), float(high_text)
    interval = Interval(low, left == "[", high, right == "]")
    if (math.isinf(low) and interval.low_closed) or (math.isinf(high) and interval.high_closed):
        raise BandError(f"ujung tak hingga harus terbuka: {text}")
    if low > high or (low == high and not (interval.low_closed and interval.high_closed)):
        raise BandError(f"interval kosong: {text}")
    return interval


@dataclass(frozen=True)
class BandTable:
    """Sorted, checked bands over a domain; :meth:`lookup` gives the nilai for a value."""

    name: str
    domain: Interval
    bands: tuple[tuple[Interval, float], ...]

    @classmethod
    def build(cls, name: str, spec: dict) -> BandTable:
        """Build and check a table from ``{"domain": "...", "bands": [{"interval", "nilai"}]}``."""
        domain = parse_interval(spec.get("domain", "(-inf, inf)"))
        bands = sorted(
            ((parse_interval(b["interval"]), b["nilai"]) for b in spec["bands"]),
            key=lambda band: (band[0].low, not band[0].low_closed),
        )
        if not bands:
            raise BandError(f"tabel {name} tidak punya pita")
        _check_cover(name, domain, [b[0] for b in bands])
        return cls(name, domain, tuple(bands))

    @property
    def values(self) -> list[float]:
        return [nilai for _, nilai in self.bands]

    def lookup(self, x: float) -> float | None:
        """The nilai of the band holding ``x``; None when ``x`` is outside the domain."""
        low = self.domain
        if x < low.low or (x == low.low and not low.low_closed):
            return None
        for interval, nilai in self.bands:
            if x < interval.high or (x == interval.high and interval.high_closed):
                return nilai
        return None


def _check_cover(name: str, domain: Interval, intervals: list[Interval]) -> None:
    first, last = intervals[0], intervals[-1]
    if (first.low, first.low_closed) != (domain.low, domain.low_closed):
        raise BandError(f"tabel {name}: pita pertama {first} tidak mulai di awal domain {domain}")
    if (last.high, last.high_closed) != (domain.high, domain.high_closed):
        raise BandError(f"tabel {name}: pita terakhir {last} tidak sampai akhir domain {domain}")
    for before, after in zip(intervals, intervals[1:], strict=False):
        if before.high < after.low or (
            before.high == after.low and not before.high_closed and not after.low_closed
        ):
            raise BandError(f"tabel {name}: ada celah antara {before} dan {after}")
        if before.high > after.low or (before.high_closed and after.low_closed):
            raise BandError(f"tabel {name}: {before} dan {after} tumpang tindih")


def round_up(value: float, step: float, cap: float, floor: float = 0) -> float:
    """Round ``value`` up to the next multiple of ``step``, then keep it in [floor, cap]."""
    rounded = math.ceil(value / step) * step
    return min(max(rounded, floor), cap)
