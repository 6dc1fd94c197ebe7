"""Checking answers against a definition and computing the live state of a form.

Answers are a JSON object of item id to value: money an integer number of Rupiah, percent a
number 0..100, date ``"YYYY-MM-DD"``, yesno a bool, multi a list of choice values, gps
``{"lat": .., "lon": ..}``, evidence a list of attachment ids, a repeat group a list of objects
(child id to value). Missing is ``None``, an absent key, ``""`` or ``[]``.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.instruments import checks
from kopdes_desktop.core.instruments.errors import AnswerProblem
from kopdes_desktop.core.instruments.formats import mismatch

if TYPE_CHECKING:  # types only: model imports answers and scoring, not the other way
    from kopdes_desktop.core.instruments.model import Instrument, Item


@dataclass
class FormState:
    """What a form shows for the current answers.

    ``relevant`` maps every top-level item id to whether it is asked (skip logic); for a repeat
    group it also holds one key per row and child, ``"<group>[<row>].<child>"`` with a 0-based
    row index (``"unit_usaha[2].status"`` is the third unit's status). ``computed`` maps computed
    item ids to their value (None when not computable yet). ``problems`` lists every
    :class:`AnswerProblem`; problems inside a repeat group use the same row-qualified ids.
    ``warnings`` lists answers that are kept but look implausible (members growing fivefold),
    each with its reason; they never stop a finalization. ``values`` holds the effective
    answers the expressions and the scoring see: skipped and invalid answers are None there.
    """

    relevant: dict[str, bool] = field(default_factory=dict)
    computed: dict[str, Any] = field(default_factory=dict)
    problems: list[AnswerProblem] = field(default_factory=list)
    warnings: list[AnswerProblem] = field(default_factory=list)
    values: dict[str, Any] = field(default_factory=dict)


def is_missing(value: Any) -> bool:
    return value is None or value == "" or value == []


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _fmt(x: float) -> str:
    return f"{x:,.0f}".replace(",", ".") if float(x).is_integer() else f"{x:g}"


def check_value(item: Item, value: Any) -> tuple[str, str] | None:
    """Why ``value`` is not acceptable for ``item`` (Indonesian, English), or None."""
    kind = item.type
    if kind in ("integer", "decimal", "money", "percent"):
        return _check_number(item, value)
    if kind == "yesno":
        return None if isinstance(value, bool) else ("harus Ya atau Tidak", "must be yes or no")
    if kind == "single":
        if value in item.choice_values:
            return None
        return (f"pilihan tidak dikenal: {value!r}", f"unknown choice: {value!r}")
    if kind == "multi":
        return _check_multi(item, value)
    if kind in ("text", "longtext"):
        return _check_text(item, value)
    if kind == "date":
        return _check_date(value)
    if kind == "evidence":
        if isinstance(value, list) and all(isinstance(v, str) and v for v in value):
            return None
        return ("harus daftar nomor lampiran", "must be a list of attachment ids")
    if kind == "gps":
        return _check_gps(value)
    return None


def _check_number(item: Item, value: Any) -> tuple[str, str] | None:
    if not _is_number(value):
        if item.type == "money":
            return ("harus angka Rupiah (bilangan bulat)", "must be a Rupiah amount (integer)")
        return ("harus angka", "must be a number")
    if item.type in ("integer", "money") and not float(value).is_integer():
        if item.type == "money":
            return ("harus Rupiah utuh tanpa sen", "must be whole Rupiah")
        return ("harus bilangan bulat", "must be a whole number")
    if item.type == "money" and value < 0 and not item.allow_negative:
        return ("tidak boleh negatif", "must not be negative")
    if item.type == "percent" and not 0 <= value <= 100:
        return ("persentase harus 0 sampai 100", "a percentage must be 0 to 100")
    if item.min is not None and value < item.min:
        return (f"minimal {_fmt(item.min)}", f"at least {_fmt(item.min)}")
    if item.max is not None and value > item.max:
        return (f"maksimal {_fmt(item.max)}", f"at most {_fmt(item.max)}")
    return None


def _check_multi(item: Item, value: Any) -> tuple[str, str] | None:
    if not isinstance(value, list) or len(set(map(repr, value))) != len(value):
        return ("harus daftar pilihan tanpa ulangan", "must be a list of distinct choices")
    unknown = [v for v in value if v not in item.choice_values]
    if unknown:
        return (f"pilihan tidak dikenal: {unknown}", f"unknown choices: {unknown}")
    if item.min is not None and len(value) < item.min:
        return (f"pilih minimal {_fmt(item.min)}", f"choose at least {_fmt(item.min)}")
    if item.max is not None and len(value) > item.max:
        return (f"pilih maksimal {_fmt(item.max)}", f"choose at most {_fmt(item.max)}")
    return None


def _check_text(item: Item, value: Any) -> tuple[str, str] | None:
    if not isinstance(value, str):
        return ("harus teks", "must be text")
    if item.min is not None and len(value) < item.min:
        return (f"minimal {_fmt(item.min)} karakter", f"at least {_fmt(item.min)} characters")
    if item.max is not None and len(value) > item.max:
        return (f"maksimal {_fmt(item.max)} karakter", f"at most {_fmt(item.max)} characters")
    if item.compiled_pattern is not None and not item.compiled_pattern.fullmatch(value):
        return mismatch(item, value)
    return None


def _check_date(value: Any) -> tuple[str, str] | None:
    try:
        if isinstance(value, str) and len(value) == 10:
            date.fromisoformat(value)
            return None
    except ValueError:
        pass
    return ("harus tanggal TTTT-BB-HH", "must be a date YYYY-MM-DD")


def _check_gps(value: Any) -> tuple[str, str] | None:
    if isinstance(value, dict) and set(value) == {"lat", "lon"}:
        lat, lon = value["lat"], value["lon"]
        if _is_number(lat) and _is_number(lon) and -90 <= lat <= 90 and -180 <= lon <= 180:
            return None
    return ("harus titik GPS {lat, lon} yang sah", "must be a valid GPS point {lat, lon}")


def _acceptor(item: Item) -> Callable[[Any], bool] | None:
    """A quick test that a value is present and certainly valid; None when only the full
    check can tell. Anything it does not accept goes through :func:`check_value`."""
    low, high, kind = item.min, item.max, item.type
    if kind == "money" and low is None and not item.allow_negative:
        low = 0
    if kind == "percent":
        low = 0 if low is None else max(low, 0)
        high = 100 if high is None else min(high, 100)
    if kind in ("money", "integer"):
        if high is None and low is not None:
            return lambda v: type(v) is int and v >= low
        return lambda v: (
            type(v) is int and (low is None or v >= low) and (high is None or v <= high)
        )
    if kind in ("decimal", "percent"):
        return lambda v: (
            (type(v) is int or (type(v) is float and math.isfinite(v)))
            and (low is None or v >= low)
            and (high is None or v <= high)
        )
    if kind == "yesno":
        return lambda v: type(v) is bool
    if kind == "single":
        choices = frozenset(item.choice_values)
        return lambda v: type(v) is str and v in choices
    return None


def _plan(inst: Instrument) -> tuple[tuple, frozenset[str], tuple[Item, ...]]:
    """(item id, item, relevance closure, acceptor) in evaluation order, the top-level ids,
    and the items with constraints; built once per instrument."""
    plan = inst.engine.get("answers")
    if plan is None:
        steps = tuple(
            (item.id, item, item.relevant_expr.fn if item.relevant_expr else None, _acceptor(item))
            for item in inst.order
        )
        known = frozenset(i.id for i in inst.top_items)
        constrained = tuple(i for i in inst.order if i.constraints)
        plan = inst.engine["answers"] = (steps, known, constrained)
    return plan


class _Run:
    """One pass over the answers, filling a FormState."""

    def __init__(
        self, instrument: Instrument, answers: dict[str, Any], as_of: date | None = None
    ) -> None:
        self.instrument = instrument
        self.answers = answers
        self.as_of = as_of.isoformat() if as_of else None
        self.state = FormState()
        # ids whose answer was rejected: items they switch off are not blamed for being answered
        self.invalid: set[str] = set()

    def problem(self, item_id: str, message: str, message_en: str) -> None:
        self.state.problems.append(AnswerProblem(item_id, message, message_en))

    def run(self) -> FormState:
        inst, answers, state = self.instrument, self.answers, self.state
        values, relevant = state.values, state.relevant
        plan, known, constrained = _plan(inst)
        if not answers.keys() <= known:
            for key in answers:
                if key not in known and key != checks.TICKS_KEY:
                    self.problem(
                        key,
                        "pertanyaan tidak dikenal di instrumen ini",
                        "unknown question for this instrument",
                    )
        for item_id, item, rel_fn, accept in plan:
            rel = rel_fn is None or bool(rel_fn(values, None))
            relevant[item_id] = rel
            if item.type == "computed":
                if item_id in answers:
                    self.problem(
                        item_id,
                        "nilai ini dihitung otomatis, jangan diisi",
                        "this value is computed; do not supply it",
                    )
                value = item.expression.fn(values, None) if rel else None
                state.computed[item_id] = values[item_id] = value
                continue
            value = answers.get(item_id)
            if rel and accept is not None and accept(value):
                values[item_id] = value
            else:
                values[item_id] = self.take(item, value, rel, item_id, None)
        for item in constrained:
            if values.get(item.id) is not None:
                self.constraints(item, item.id, None)
        if checks.TICKS_KEY in answers:
            state.problems.extend(checks.tick_problems(inst, answers))
        state.warnings.extend(checks.warnings(inst, values))
        return state

    def take(self, item: Item, value: Any, rel: bool, path: str, row: dict | None) -> Any:
        """The effective value of one answer, recording its problems."""
        if not rel:
            blamed = item.relevant_expr is None or not (item.relevant_expr.refs & self.invalid)
            if not is_missing(value) and blamed:
                self.problem(
                    path,
                    "pertanyaan ini dilewati (tidak relevan) tetapi diisi",
                    "this question is skipped (not relevant) but was answered",
                )
            return None
        if is_missing(value):
            if item.required:
                self.problem(path, "wajib diisi", "required")
            return None
        if item.type == "repeat":
            return self.rows(item, value, path)
        bad = check_value(item, value)
        if (
            bad is None
            and item.type == "date"
            and self.as_of
            and not item.future
            and value > self.as_of
        ):
            bad = checks.after_visit(self.as_of)
        if bad:
            self.problem(path, *bad)
            self.invalid.add(item.id)
            return None
        return value

    def rows(self, group: Item, value: Any, path: str) -> list[dict] | None:
        if not isinstance(value, list) or not all(isinstance(r, dict) for r in value):
            self.problem(path, "harus daftar baris", "must be a list of rows")
            return None
        if group.min is not None and len(value) < group.min:
            self.problem(path, f"minimal {_fmt(group.min)} baris", f"at least {group.min:g} rows")
        if group.max is not None and len(value) > group.max:
            self.problem(path, f"maksimal {_fmt(group.max)} baris", f"at most {group.max:g} rows")
        children = {c.id for c in group.items}
        out: list[dict] = []
        for index, raw in enumerate(value):
            self.invalid -= children
            prefix = f"{path}[{index}]"
            for key in raw:
                if key not in children:
                    self.problem(
                        f"{prefix}.{key}",
                        "isian tidak dikenal di baris ini",
                        "unknown field in this row",
                    )
            row: dict[str, Any] = {}
            for child in group.items:
                rel = child.relevant_expr is None or bool(
                    child.relevant_expr.fn(self.state.values, row)
                )
                self.state.relevant[f"{prefix}.{child.id}"] = rel
                row[child.id] = self.take(
                    child, raw.get(child.id), rel, f"{prefix}.{child.id}", row
                )
            for child in group.items:
                if child.constraints and row.get(child.id) is not None:
                    self.constraints(child, f"{prefix}.{child.id}", row)
            out.append(row)
        return out

    def constraints(self, item: Item, path: str, row: dict | None) -> None:
        for constraint in item.constraints:
            outcome = constraint.expression.fn(self.state.values, row)
            if outcome is not None and not outcome:
                self.problem(path, constraint.message.id, constraint.message.en)


def evaluate(
    instrument: Instrument, answers: dict[str, Any], as_of: date | None = None
) -> FormState:
    """Relevance, computed values, effective values, every problem and every warning for
    ``answers`` of an assessment made on ``as_of`` (dates after it are problems)."""
    if not isinstance(answers, dict):
        state = FormState()
        state.problems.append(
            AnswerProblem(
                "",
                "jawaban harus objek JSON (id -> nilai)",
                "answers must be a JSON object (id -> value)",
            )
        )
        return state
    return _Run(instrument, answers, as_of).run()
