"""The one scoring engine: components -> aspects -> total -> category.

Arithmetic is deterministic so a stored result can be recomputed identically years later:
ratios are computed as ``numerator x scale / denominator`` and rounded to 4 decimals before
the band lookup; skor, aspect scores and the total are kept as whole hundredths (2 decimals,
rounded half up) and summed as integers, so no float drift accumulates.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from kopdes_desktop.core.instruments.answers import FormState
from kopdes_desktop.core.instruments.bands import round_up
from kopdes_desktop.core.instruments.errors import AnswersInvalid
from kopdes_desktop.core.instruments.model import Aspect, Component, Instrument
from kopdes_desktop.core.instruments.results import AspectScore, ComponentScore, ScoreResult

_ONE = Decimal(1)


def hundredths(x: float) -> int:
    """A value already scaled to hundredths, as a whole number (rounded half up)."""
    if isinstance(x, int):
        return x
    nearest = round(x)
    if abs(x - nearest) < 1e-9:
        return int(nearest)
    return int(Decimal(repr(x)).quantize(_ONE, rounding=ROUND_HALF_UP))


class _Outcome:
    """A component's value, nilai and why it could not be computed (if so)."""

    __slots__ = ("ratio", "nilai", "why", "negative")

    def __init__(self, ratio: Any = None, nilai: Any = None, why: str | None = None,
                 negative: bool = False) -> None:
        self.ratio = ratio
        self.nilai = nilai
        self.why = why
        self.negative = negative


def _value(comp: Component, values: dict[str, Any]) -> _Outcome:
    if comp.kind == "ratio":
        num = comp.expressions[0].fn(values, None)
        den = comp.expressions[1].fn(values, None)
        if num is None or den is None:
            return _Outcome(why="missing")
        if den == 0:
            if comp.on_zero is not None:
                return _Outcome(nilai=comp.on_zero)
            return _Outcome(why="zero")
        if den < 0 and comp.on_negative is not None:
            return _Outcome(ratio=round(num * comp.scale / den, 4), nilai=comp.on_negative,
                            negative=True)
        return _Outcome(ratio=round(num * comp.scale / den, 4))
    if comp.kind == "value":
        value = comp.expressions[0].fn(values, None)
        if value is None:
            return _Outcome(why="missing")
        return _Outcome(ratio=round(value * comp.scale, 4))
    done = sum(1 for e in comp.expressions if e.fn(values, None))
    return _Outcome(ratio=round(done * 100 / len(comp.expressions), 4))


def _nilai(comp: Component, outcome: _Outcome) -> _Outcome:
    if outcome.why or outcome.nilai is not None:
        return outcome
    if comp.rule == "bands":
        outcome.nilai = comp.table.lookup(outcome.ratio)
        if outcome.nilai is None:
            outcome.why = "domain"
    elif comp.rule == "round_up":
        outcome.nilai = round_up(outcome.ratio, comp.step, comp.cap)
    else:
        outcome.nilai = outcome.ratio
    return outcome


_WHY = {
    "missing": ("data belum lengkap", "data incomplete"),
    "zero": ("penyebut bernilai nol", "the denominator is zero"),
    "domain": ("nilai di luar rentang tabel", "value outside the table's range"),
}


def _warning(comp: Component, why: str, complete: bool) -> tuple[str, str]:
    reason_id, reason_en = _WHY[why]
    if comp.not_applicable == "exclude":
        if complete and why == "missing":
            reason_id, reason_en = "tidak berlaku", "does not apply"
        return (f"{comp.text.id}: tidak dinilai ({reason_id}).",
                f"{comp.text.en}: not scored ({reason_en}).")
    return (f"{comp.text.id}: tidak dapat dihitung ({reason_id}); skor 0.",
            f"{comp.text.en}: cannot be computed ({reason_en}); score 0.")


def _missing_inputs(comp_refs: frozenset[str], state: FormState, instrument: Instrument) -> bool:
    for ref in comp_refs:
        if state.values.get(ref) is None and state.relevant.get(ref, True):
            if instrument.item(ref).required:
                return True
    return False


class _Scorer:
    def __init__(self, instrument: Instrument, state: FormState, complete: bool) -> None:
        self.inst = instrument
        self.state = state
        self.complete = complete
        self.warnings: list[str] = []
        self.warnings_en: list[str] = []
        self.components: list[ComponentScore] = []

    def outcome(self, comp: Component) -> _Outcome:
        if not self.complete and _missing_inputs(self.inst.component_refs[comp.id], self.state,
                                                 self.inst):
            return _Outcome(why="missing")
        return _nilai(comp, _value(comp, self.state.values))

    def warn(self, comp: Component, why: str) -> None:
        text_id, text_en = _warning(comp, why, self.complete)
        self.warnings.append(text_id)
        self.warnings_en.append(text_en)

    def summed(self, aspect: Aspect, nilai_max: float) -> int:
        total = 0
        for comp in aspect.components:
            out = self.outcome(comp)
            if out.negative:
                self.warnings.append(f"{comp.text.id}: penyebut negatif (rugi); diberi nilai "
                                     f"{out.nilai:g}.")
                self.warnings_en.append(f"{comp.text.en}: negative denominator (a loss); nilai "
                                        f"{out.nilai:g}.")
            if out.why:
                self.warn(comp, out.why)
                skor_h, nilai = 0, None if out.why == "missing" else 0
            elif comp.rule == "per_unit":
                cap_h = hundredths(comp.weight * 100)
                skor_h = min(hundredths(out.nilai * comp.points * 100), cap_h)
                nilai = hundredths(skor_h * nilai_max / comp.weight) / 100
            else:
                skor_h = hundredths(out.nilai * comp.weight * 100 / nilai_max)
                nilai = out.nilai
            total += skor_h
            self.add(comp, comp.weight, out.ratio, nilai, skor_h / 100, not out.why,
                     comp.weight)
        return total

    def leveled(self, aspect: Aspect, levels: int) -> int:
        outcomes = []
        for comp in aspect.components:
            out = self.outcome(comp)
            if out.why:
                self.warn(comp, out.why)
                if comp.not_applicable == "zero":
                    out.nilai = 0
            outcomes.append((comp, out))
        scored = [o for c, o in outcomes if o.nilai is not None]
        share = round(aspect.weight / len(scored), 2) if scored else 0
        for comp, out in outcomes:
            counted = out.nilai is not None
            self.add(comp, share if counted else 0, out.ratio, out.nilai if counted else None,
                     out.nilai if counted else 0, not out.why, levels)
        if not scored:
            return 0
        pct_h = hundredths(sum(o.nilai for o in scored) * 10000 / (len(scored) * levels))
        return hundredths(pct_h * aspect.weight / 100)

    def add(self, comp: Component, weight: float, ratio: Any, nilai: Any, skor: float,
            computable: bool, max_skor: float) -> None:
        self.components.append(ComponentScore(
            comp.id, comp.aspect, comp.text.id, comp.text.en, weight, ratio, nilai, skor,
            computable, comp.verify.id if comp.verify else None, max_skor,
        ))

    def result(self) -> ScoreResult:
        scoring = self.inst.scoring
        aspects = []
        total_h = 0
        for aspect in scoring.aspects:
            if aspect.method == "sum":
                score_h = self.summed(aspect, scoring.nilai_max)
            else:
                score_h = self.leveled(aspect, scoring.levels)
            total_h += score_h
            percent = hundredths(score_h * 100 / aspect.weight) / 100 if aspect.weight else 0.0
            aspects.append(AspectScore(aspect.id, aspect.text.id, aspect.text.en, score_h / 100,
                                       aspect.weight, percent))
        total = total_h / 100
        category = scoring.category_for(total)
        return ScoreResult(
            self.inst.id, self.inst.version, total, scoring.total_max, category.text.id,
            category.id, category.text.en, category.color, tuple(aspects),
            tuple(self.components), tuple(self.warnings), tuple(self.warnings_en),
            self.complete,
        )


def score(instrument: Instrument, answers: dict[str, Any]) -> ScoreResult:
    """Score valid, complete answers; :class:`AnswersInvalid` lists every problem otherwise."""
    state = instrument.evaluate(answers)
    if state.problems:
        raise AnswersInvalid(state.problems)
    return _Scorer(instrument, state, complete=True).result()


def preview(instrument: Instrument, answers: dict[str, Any]) -> ScoreResult:
    """Score what is answered so far; components missing inputs are marked not computable."""
    state = instrument.evaluate(answers if isinstance(answers, dict) else {})
    return _Scorer(instrument, state, complete=not state.problems).result()
