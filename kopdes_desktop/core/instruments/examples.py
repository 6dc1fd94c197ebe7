"""Plausible example answers, generated from a definition (demo data, tests, benchmarks).

An item may carry an ``example`` expression: it can read earlier answers, ``quality`` (0..1)
and the example functions ``uniform``, ``randint``, ``chance`` and ``pick``; on a repeat group
it gives the number of rows. Items without one get a generic value for their type, better
(more "Ya", higher numbers) as quality rises. Higher quality therefore tends to score higher.
"""

from __future__ import annotations

import random
from typing import Any

from kopdes_desktop.core.instruments.errors import InstrumentError
from kopdes_desktop.core.instruments.expressions import RNG_KEY
from kopdes_desktop.core.instruments.model import Instrument, Item

_ATTEMPTS = 25
# A box around Kalimantan Utara, for GPS points.
_LAT = (2.5, 4.3)
_LON = (115.5, 117.9)


def example_answers(instrument: Instrument, rng: random.Random, quality: float) -> dict:
    """Complete, valid answers; ``quality`` 0..1 steers the score from the lowest category
    towards the highest."""
    quality = min(max(float(quality), 0.0), 1.0)
    for _ in range(_ATTEMPTS):
        answers = _Generator(instrument, rng, quality).answers()
        if not instrument.validate(answers):
            return answers
    raise InstrumentError(
        f"Contoh jawaban yang sah untuk {instrument.id} tidak dapat dibuat.",
        f"Could not generate valid example answers for {instrument.id}.",
    )


class _Generator:
    def __init__(self, instrument: Instrument, rng: random.Random, quality: float) -> None:
        self.instrument = instrument
        self.rng = rng
        self.quality = quality
        self.scope: dict[str, Any] = {RNG_KEY: rng, "quality": quality}

    def answers(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for item in self.instrument.top_items:
            if item.relevant_expr is not None and not item.relevant_expr.fn(self.scope, None):
                self.scope[item.id] = None
                continue
            if item.type == "computed":
                assert item.expression is not None  # the loader compiles every computed item
                self.scope[item.id] = item.expression.fn(self.scope, None)
                continue
            value = self.rows(item) if item.type == "repeat" else self.value(item, None)
            self.scope[item.id] = value
            if value is not None:
                out[item.id] = value
        return out

    def rows(self, group: Item) -> list[dict[str, Any]]:
        low = int(group.min or (1 if group.required else 0))
        high = int(group.max or max(low, 4))
        count = self.number(group.example, None) if group.example else self.rng.randint(low, high)
        rows = []
        for _ in range(min(max(int(count), low), high)):
            row: dict[str, Any] = {}
            for child in group.items:
                if child.relevant_expr is not None and not child.relevant_expr.fn(self.scope, row):
                    continue
                value = self.value(child, row)
                if value is not None:
                    row[child.id] = value
            rows.append(row)
        return rows

    def number(self, expr: Any, row: dict | None) -> Any:
        return expr.fn(self.scope, row)

    def value(self, item: Item, row: dict | None) -> Any:
        if item.example is not None:
            return self.coerce(item, item.example.fn(self.scope, row))
        if not item.required and self.rng.random() > 0.6:
            return None
        return self.generic(item)

    def coerce(self, item: Item, value: Any) -> Any:
        if value is None:
            return None
        if item.type in ("integer", "money"):
            value = int(round(value))
        elif item.type in ("decimal", "percent"):
            value = round(float(value), 2)
        if item.type in ("integer", "money", "decimal", "percent"):
            floor = item.type in ("money", "percent") and not item.allow_negative
            low: float | None = 0 if floor else None
            low = item.min if item.min is not None else low
            high = 100 if item.type == "percent" else item.max
            if low is not None:
                value = max(value, low)
            if high is not None:
                value = min(value, high)
        return value

    def generic(self, item: Item) -> Any:
        rng, q = self.rng, self.quality
        share = min(max(q + rng.uniform(-0.25, 0.25), 0.0), 1.0)
        kind = item.type
        if kind == "yesno":
            return rng.random() < 0.2 + 0.75 * q
        if kind == "single":
            return rng.choice(item.choice_values)
        if kind == "multi":
            size = max(int(item.min or 0), round(share * len(item.choices)))
            return rng.sample(list(item.choice_values), min(size, len(item.choices)))
        if kind in ("integer", "decimal", "money", "percent"):
            low = item.min if item.min is not None else 0
            high = item.max if item.max is not None else (100 if kind == "percent" else low + 100)
            return self.coerce(item, low + (high - low) * share)
        if kind == "date":
            return f"2025-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}"
        if kind == "text" and item.pattern is None:
            return f"Contoh {item.label('id')}"[: int(item.max or 200)]
        if kind == "longtext":
            return "Catatan contoh dari kunjungan pendampingan."
        if kind == "gps":
            return {"lat": round(rng.uniform(*_LAT), 5), "lon": round(rng.uniform(*_LON), 5)}
        return None
