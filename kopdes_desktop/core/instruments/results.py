"""Score results and their comparison. Results are plain, frozen and JSON-safe.

A result is stored with its assessment (``Assessment.result = result.to_dict()``) and can be
recomputed from the stored answers with the pinned instrument version; the two are equal.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any, NamedTuple

from kopdes_desktop.core.instruments.errors import InstrumentError

RESULT_FORMAT = 1


class AspectScore(NamedTuple):
    """One aspect's score out of its maximum (its weight), and the percentage."""

    id: str
    title_id: str
    title_en: str
    score: float
    max: float
    percent: float


class ComponentScore(NamedTuple):
    """One component, immutable like every part of a result.

    ``weight`` is its share of the total (bobot); ``ratio`` the computed value (a percentage
    for ratios and checklists); ``nilai`` the value its rule gives (0..100 nilai kredit, or the
    1..4 level); ``skor`` what it adds (bobot-scaled skor, or the level in level-scored
    aspects) and ``max_skor`` the most it can add; ``computable`` is False when its inputs are
    missing or a denominator is zero; ``verify`` holds the [verify] note.
    """

    id: str
    aspect: str
    title_id: str
    title_en: str
    weight: float
    ratio: float | None
    nilai: float | None
    skor: float
    computable: bool
    verify: str | None = None
    max_skor: float = 0.0


@dataclass(frozen=True)
class ScoreResult:
    instrument: str
    version: str
    total: float
    max_total: float
    category: str
    category_id: str
    category_en: str
    category_color: str
    aspects: tuple[AspectScore, ...]
    components: tuple[ComponentScore, ...]
    warnings: tuple[str, ...] = ()
    warnings_en: tuple[str, ...] = ()
    complete: bool = True

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe dict (the form stored in ``Assessment.result``)."""
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["aspects"] = [a._asdict() for a in self.aspects]
        data["components"] = [c._asdict() for c in self.components]
        data["warnings"] = list(self.warnings)
        data["warnings_en"] = list(self.warnings_en)
        data["format"] = RESULT_FORMAT
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ScoreResult:
        """The result stored by :meth:`to_dict`."""
        fields = {k: v for k, v in data.items() if k != "format"}
        fields["aspects"] = tuple(AspectScore(**a) for a in data["aspects"])
        fields["components"] = tuple(ComponentScore(**c) for c in data["components"])
        fields["warnings"] = tuple(data.get("warnings", ()))
        fields["warnings_en"] = tuple(data.get("warnings_en", ()))
        return cls(**fields)

    def aspect(self, aspect_id: str) -> AspectScore:
        return next(a for a in self.aspects if a.id == aspect_id)

    def component(self, component_id: str) -> ComponentScore:
        return next(c for c in self.components if c.id == component_id)


@dataclass(frozen=True)
class AspectDelta:
    id: str
    title_id: str
    title_en: str
    old: float
    new: float
    delta: float


@dataclass(frozen=True)
class Comparison:
    instrument: str
    old_version: str
    new_version: str
    old_total: float
    new_total: float
    total_delta: float
    old_category: str
    new_category: str
    aspects: tuple[AspectDelta, ...]


def compare(old: ScoreResult, new: ScoreResult) -> Comparison:
    """Deltas per aspect and total between two results of the same instrument."""
    if old.instrument != new.instrument:
        raise InstrumentError(
            f"Hasil instrumen berbeda tidak dapat dibandingkan ({old.instrument} dan "
            f"{new.instrument}).",
            f"Results of different instruments cannot be compared ({old.instrument} and "
            f"{new.instrument}).",
        )
    old_by_id = {a.id: a for a in old.aspects}
    deltas = []
    for aspect in new.aspects:
        before = old_by_id.get(aspect.id)
        old_score = before.score if before else 0.0
        deltas.append(
            AspectDelta(
                aspect.id,
                aspect.title_id,
                aspect.title_en,
                old_score,
                aspect.score,
                round(aspect.score - old_score, 2),
            )
        )
    return Comparison(
        old.instrument,
        old.version,
        new.version,
        old.total,
        new.total,
        round(new.total - old.total, 2),
        old.category,
        new.category,
        tuple(deltas),
    )
