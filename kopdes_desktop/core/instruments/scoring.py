"""The one scoring engine: components -> aspects -> total -> category.

Arithmetic is deterministic so a stored result can be recomputed identically years later:
ratios are computed as ``numerator x scale / denominator`` and rounded to 4 decimals before
the band lookup; skor, aspect scores and the total are kept as whole hundredths (2 decimals,
rounded half up) and summed as integers, so no float drift accumulates.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.instruments.answers import FormState
from kopdes_desktop.core.instruments.bands import round_up
from kopdes_desktop.core.instruments.errors import AnswersInvalid
from kopdes_desktop.core.instruments.expressions import Expression
from kopdes_desktop.core.instruments.results import AspectScore, ComponentScore, ScoreResult

if TYPE_CHECKING:  # types only: model imports answers and scoring, not the other way
    from kopdes_desktop.core.instruments.model import Aspect, Component, Instrument

_ONE = Decimal(1)


def hundredths(x: float) -> int:
    """A value already scaled to hundredths, as a whole number (rounded half up)."""
    if isinstance(x, int):
        return x
    nearest = round(x)
    if abs(x - nearest) < 1e-9:
        return int(nearest)
    return int(Decimal(repr(x)).quantize(_ONE, rounding=ROUND_HALF_UP))


# A component's outcome: (ratio, nilai, why not computable or None, negative denominator)
Outcome = tuple[Any, Any, str | None, bool]


_MISSING: Outcome = (None, None, "missing", False)


def _rule_fn(comp: Component) -> Callable[[float], Any]:
    if comp.rule == "bands":
        assert comp.table is not None  # the loader gives every "bands" component its table
        return comp.table.lookup
    if comp.rule == "round_up":
        step, cap = comp.step, comp.cap
        return lambda ratio: round_up(ratio, step, cap)
    return lambda ratio: ratio


def _ruled(ratio: float, nilai: Any) -> Outcome:
    return (ratio, nilai, None, False) if nilai is not None else (ratio, None, "domain", False)


def _reader(expr: Expression) -> Callable[[dict[str, Any]], Any]:
    """A one-argument reader; a plain item id becomes a direct lookup (every top-level id is
    present in the evaluated values)."""
    if expr.name is not None:
        return itemgetter(expr.name)
    fn = expr.fn
    return lambda values: fn(values, None)


def compile_component(comp: Component) -> Callable[[dict[str, Any]], Outcome]:
    """``values -> (ratio, nilai, why, negative)`` for one component, built once."""
    scale, rule = comp.scale, _rule_fn(comp)
    if comp.kind == "ratio":
        num_fn, den_fn = _reader(comp.expressions[0]), _reader(comp.expressions[1])
        on_zero, on_negative = comp.on_zero, comp.on_negative

        def ratio_component(values: dict[str, Any]) -> Outcome:
            num, den = num_fn(values), den_fn(values)
            if num is None or den is None:
                return _MISSING
            if den == 0:
                return (
                    (None, on_zero, None, False)
                    if on_zero is not None
                    else (None, None, "zero", False)
                )
            ratio = round(num * scale / den, 4)
            if den < 0 and on_negative is not None:
                return ratio, on_negative, None, True
            return _ruled(ratio, rule(ratio))

        return ratio_component
    if comp.kind == "value":
        read = _reader(comp.expressions[0])

        def value_component(values: dict[str, Any]) -> Outcome:
            value = read(values)
            if value is None:
                return _MISSING
            ratio = round(value * scale, 4)
            return _ruled(ratio, rule(ratio))

        return value_component
    entries = tuple(e.fn for e in comp.expressions)
    count = len(entries)

    def checklist_component(values: dict[str, Any]) -> Outcome:
        ratio = round(sum(1 for entry in entries if entry(values, None)) * 100 / count, 4)
        return _ruled(ratio, rule(ratio))

    return checklist_component


def _summed_row(comp: Component, nilai_max: float) -> Callable[..., tuple[Any, int]]:
    """``(ratio, nilai, why) -> (ComponentScore, skor in hundredths)`` for a summed aspect."""
    make = ComponentScore._make
    head = (comp.id, comp.aspect, comp.text.id, comp.text.en, comp.weight)
    weight, verify = comp.weight, comp.verify_note
    exact = nilai_max == 100 and type(weight) is int
    cap_h = hundredths(weight * 100)

    def row(ratio: Any, nilai: Any, why: str | None) -> tuple[Any, int]:
        if why:
            skor_h, nilai = 0, None if why == "missing" else 0
        elif comp.rule == "per_unit":
            skor_h = min(hundredths(nilai * comp.points * 100), cap_h)
            nilai = hundredths(skor_h * nilai_max / weight) / 100
        elif exact and type(nilai) is int:
            skor_h = nilai * int(weight)  # exact: nilai x weight / 100, in hundredths
        else:
            skor_h = hundredths(nilai * weight * 100 / nilai_max)
        return make(head + (ratio, nilai, skor_h / 100, not why, verify, weight)), skor_h

    return row


def _compiled(instrument: Instrument) -> dict[str, tuple[Callable[..., Any], ...]]:
    """Per component: its outcome closure and, in summed aspects, its row builder."""
    compiled = instrument.engine.get("components")
    if compiled is None:
        nilai_max = instrument.scoring.nilai_max
        compiled = {
            c.id: (compile_component(c), _summed_row(c, nilai_max)) for c in instrument.components
        }
        instrument.engine["components"] = compiled
    return compiled


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
        return (
            f"{comp.text.id}: tidak dinilai ({reason_id}).",
            f"{comp.text.en}: not scored ({reason_en}).",
        )
    return (
        f"{comp.text.id}: tidak dapat dihitung ({reason_id}); skor 0.",
        f"{comp.text.en}: cannot be computed ({reason_en}); score 0.",
    )


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
        self.compiled = _compiled(instrument)
        self.warnings: list[str] = []
        self.warnings_en: list[str] = []
        self.components: list[ComponentScore] = []

    def outcome(self, comp: Component) -> Outcome:
        if not self.complete and _missing_inputs(
            self.inst.component_refs[comp.id], self.state, self.inst
        ):
            return None, None, "missing", False
        return self.compiled[comp.id][0](self.state.values)

    def warn(self, comp: Component, why: str) -> None:
        text_id, text_en = _warning(comp, why, self.complete)
        self.warnings.append(text_id)
        self.warnings_en.append(text_en)

    def summed(self, aspect: Aspect) -> int:
        total = 0
        complete, compiled, values = self.complete, self.compiled, self.state.values
        append = self.components.append
        for comp in aspect.components:
            outcome, row = compiled[comp.id]
            ratio, nilai, why, negative = outcome(values) if complete else self.outcome(comp)
            if negative:
                self.warnings.append(
                    f"{comp.text.id}: penyebut negatif (rugi); diberi nilai {nilai:g}."
                )
                self.warnings_en.append(
                    f"{comp.text.en}: negative denominator (a loss); nilai {nilai:g}."
                )
            if why:
                self.warn(comp, why)
            component, skor_h = row(ratio, nilai, why)
            append(component)
            total += skor_h
        return total

    def leveled(self, aspect: Aspect, levels: int) -> int:
        outcomes = []
        for comp in aspect.components:
            ratio, nilai, why, _ = self.outcome(comp)
            if why:
                self.warn(comp, why)
                if comp.not_applicable == "zero":
                    nilai = 0
            outcomes.append((comp, ratio, nilai, why))
        scored = [nilai for _, _, nilai, _ in outcomes if nilai is not None]
        share = round(aspect.weight / len(scored), 2) if scored else 0
        for comp, ratio, nilai, why in outcomes:
            counted = nilai is not None
            self.add(
                comp,
                share if counted else 0,
                ratio,
                nilai,
                nilai if counted else 0,
                not why,
                levels,
            )
        if not scored:
            return 0
        pct_h = hundredths(sum(scored) * 10000 / (len(scored) * levels))
        return hundredths(pct_h * aspect.weight / 100)

    def add(
        self,
        comp: Component,
        weight: float,
        ratio: Any,
        nilai: Any,
        skor: float,
        computable: bool,
        max_skor: float,
    ) -> None:
        self.components.append(
            ComponentScore(
                comp.id,
                comp.aspect,
                comp.text.id,
                comp.text.en,
                weight,
                ratio,
                nilai,
                skor,
                computable,
                comp.verify_note,
                max_skor,
            )
        )

    def result(self) -> ScoreResult:
        scoring = self.inst.scoring
        aspects = []
        total_h = 0
        for aspect in scoring.aspects:
            if aspect.method == "sum":
                score_h = self.summed(aspect)
            else:
                score_h = self.leveled(aspect, scoring.levels)
            total_h += score_h
            percent = hundredths(score_h * 100 / aspect.weight) / 100 if aspect.weight else 0.0
            aspects.append(
                AspectScore(
                    aspect.id, aspect.text.id, aspect.text.en, score_h / 100, aspect.weight, percent
                )
            )
        total = total_h / 100
        category = scoring.category_for(total)
        return ScoreResult(
            self.inst.id,
            self.inst.version,
            total,
            scoring.total_max,
            category.text.id,
            category.id,
            category.text.en,
            category.color,
            tuple(aspects),
            tuple(self.components),
            tuple(self.warnings),
            tuple(self.warnings_en),
            self.complete,
        )


def score(
    instrument: Instrument, answers: dict[str, Any], as_of: date | None = None
) -> ScoreResult:
    """Score valid, complete answers; :class:`AnswersInvalid` lists every problem otherwise
    (dates after ``as_of``, the day of the assessment, among them)."""
    state = instrument.evaluate(answers, as_of)
    if state.problems:
        raise AnswersInvalid(state.problems)
    return _Scorer(instrument, state, complete=True).result()


def preview(instrument: Instrument, answers: dict[str, Any]) -> ScoreResult:
    """Score what is answered so far; components missing inputs are marked not computable."""
    state = instrument.evaluate(answers if isinstance(answers, dict) else {})
    return _Scorer(instrument, state, complete=not state.problems).result()
