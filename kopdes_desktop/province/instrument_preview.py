"""What an officer sees of an instrument before publishing it: its form (sections, questions,
answer types, ranges, choices, skip logic), its scoring (aspects, weights, components and their
rules, categories) and its score on example answers, typed by the officer or generated.

Everything here is plain data for the page and the CLI; scoring is the laptop's own engine.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import asdict, dataclass, field
from typing import Any

from kopdes_desktop.core.instruments import AnswerProblem, Instrument, ScoreResult
from kopdes_desktop.core.instruments import example_answers as generated_answers
from kopdes_desktop.core.instruments.bands import Interval
from kopdes_desktop.core.instruments.model import Component, Item

TYPE_LABELS = {
    "yesno": "Ya/Tidak",
    "single": "Pilih satu",
    "multi": "Pilih beberapa",
    "integer": "Bilangan bulat",
    "decimal": "Angka desimal",
    "money": "Rupiah",
    "percent": "Persen",
    "date": "Tanggal",
    "text": "Teks",
    "longtext": "Teks panjang",
    "evidence": "Bukti (lampiran)",
    "gps": "Titik GPS",
    "repeat": "Grup berulang",
    "computed": "Dihitung otomatis",
}
FILLABLE = frozenset(TYPE_LABELS) - {"evidence", "computed", "repeat"}
PREFIX = "a."
MAX_ROWS = 12


@dataclass(frozen=True)
class Question:
    """One question as the form shows it."""

    id: str
    name: str
    label: str
    type: str
    type_label: str
    required: bool
    range: str
    unit: str
    choices: list[tuple[str, str]]
    relevant: str
    expression: str
    help: str
    children: list[Question] = field(default_factory=list)


@dataclass(frozen=True)
class SectionView:
    id: str
    title: str
    relevant: str
    questions: list[Question]


@dataclass(frozen=True)
class ComponentView:
    id: str
    title: str
    weight: float
    value: str
    rule: str


@dataclass(frozen=True)
class AspectView:
    id: str
    title: str
    weight: float
    method: str
    components: list[ComponentView]


@dataclass(frozen=True)
class Outline:
    """An instrument's form and scoring, as an officer reads them."""

    id: str
    version: str
    status: str
    title: str
    description: str
    sections: list[SectionView]
    aspects: list[AspectView]
    categories: list[tuple[str, float, str]]
    total_max: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _num(x: float | None) -> str:
    """A number as Indonesians write it: 1.250.000 and 12,5."""
    if x is None:
        return ""
    return f"{x:,.10g}".replace(",", "\0").replace(".", ",").replace("\0", ".")


def _range(item: Item) -> str:
    low, high = item.min, item.max
    if item.type == "percent":
        low, high = (0 if low is None else low), (100 if high is None else high)
    if low is None and high is None:
        return ""
    what = {
        "text": " karakter",
        "longtext": " karakter",
        "multi": " pilihan",
        "repeat": " baris",
    }.get(item.type, "")
    if low is not None and high is not None:
        return f"{_num(low)} sampai {_num(high)}{what}"
    return f"minimal {_num(low)}{what}" if low is not None else f"maksimal {_num(high)}{what}"


def _question(item: Item, lang: str, name: str) -> Question:
    children = [_question(c, lang, f"{name}.{{row}}.{c.id}") for c in item.items]
    return Question(
        item.id,
        name,
        item.label(lang),
        item.type,
        TYPE_LABELS[item.type],
        item.required,
        _range(item),
        item.unit or "",
        [(c.value, c.label(lang)) for c in item.choices],
        item.relevant or "",
        item.expression.text if item.expression else "",
        item.help(lang),
        children,
    )


def _interval(band: Interval) -> str:
    """A band as written in the definition, its numbers as an officer reads them."""
    low = "-inf" if math.isinf(band.low) else _num(band.low)
    high = "inf" if math.isinf(band.high) else _num(band.high)
    return f"{'[' if band.low_closed else '('}{low} .. {high}{']' if band.high_closed else ')'}"


def _component(comp: Component, lang: str) -> ComponentView:
    texts = [e.text for e in comp.expressions]
    if comp.kind == "ratio" and len(texts) == 2:
        value = f"rasio ({texts[0]}) / ({texts[1]}) x {_num(comp.scale)}"
    elif comp.kind == "value" and texts:
        value = f"nilai {texts[0]}" + (f" x {_num(comp.scale)}" if comp.scale != 1 else "")
    else:
        value = f"daftar periksa: bagian yang benar dari {len(texts)} syarat (%)"
    if comp.rule == "bands" and comp.table is not None:
        rule = "; ".join(f"{_interval(band)} -> {_num(nilai)}" for band, nilai in comp.table.bands)
    elif comp.rule == "round_up":
        rule = f"dibulatkan ke atas kelipatan {_num(comp.step)}, paling tinggi {_num(comp.cap)}"
    else:
        rule = f"{_num(comp.points)} poin per satuan, paling tinggi bobotnya"
    return ComponentView(comp.id, comp.title(lang), comp.weight, value, rule)


def outline(instrument: Instrument, lang: str = "id") -> Outline:
    """The form and the scoring of ``instrument``."""
    sections = [
        SectionView(
            s.id,
            s.title(lang),
            _section_relevance(instrument, s.id),
            [_question(i, lang, PREFIX + i.id) for i in s.items],
        )
        for s in instrument.sections
    ]
    method = {
        "sum": "jumlah skor komponen",
        "levels": f"tingkat 1 sampai {instrument.scoring.levels} per komponen",
    }
    aspects = [
        AspectView(
            a.id,
            a.title(lang),
            a.weight,
            method.get(a.method, a.method),
            [_component(c, lang) for c in a.components],
        )
        for a in instrument.scoring.aspects
    ]
    categories = [(c.label(lang), c.min, c.color) for c in instrument.scoring.categories]
    return Outline(
        instrument.id,
        instrument.version,
        instrument.status,
        instrument.title(lang),
        instrument.description(lang),
        sections,
        aspects,
        categories,
        instrument.scoring.total_max,
    )


def _section_relevance(instrument: Instrument, section_id: str) -> str:
    spec = next(s for s in instrument.definition["sections"] if s["id"] == section_id)
    return spec.get("relevant", "")


@dataclass(frozen=True)
class ExampleScore:
    """Example answers, their score (scored as far as they go when incomplete) and every
    problem with them."""

    answers: dict[str, Any]
    result: ScoreResult
    problems: list[AnswerProblem]
    generated: bool

    def as_dict(self, lang: str = "id") -> dict[str, Any]:
        return {
            "answers": self.answers,
            "result": self.result.to_dict(),
            "problems": [{"item": p.item_id, "message": p.localized(lang)} for p in self.problems],
            "generated": self.generated,
        }


def score_example(
    instrument: Instrument,
    answers: dict[str, Any] | None = None,
    seed: int = 1,
    quality: float = 0.6,
) -> ExampleScore:
    """Score ``answers``, or answers generated from the definition when None."""
    generated = answers is None
    if answers is None:
        answers = generated_answers(instrument, random.Random(seed), quality)
    problems = instrument.validate(answers)
    result = instrument.preview(answers) if problems else instrument.score(answers)
    return ExampleScore(answers, result, problems, generated)


_THOUSANDS = re.compile(r"^-?\d{1,3}(\.\d{3})+$")


def _typed(item: Item, text: str) -> Any:
    """A typed answer from what was typed in the form (kept as text when it is not one, so
    the engine names the problem)."""
    text = text.strip()
    if item.type == "yesno":
        return {"ya": True, "tidak": False}.get(text, text)
    if item.type in ("integer", "money", "decimal", "percent"):
        value = _number(text)
        if isinstance(value, float) and item.type in ("integer", "money") and value.is_integer():
            return int(value)
        return value
    return text


def _number(text: str) -> float | str:
    """A number typed the Indonesian way (``1.250.000``, ``12,5``) or plainly; the text
    itself when it is none."""
    number = text.strip().replace(" ", "")
    number = number.replace(".", "") if _THOUSANDS.match(number) else number
    try:
        return float(number.replace(",", "."))
    except ValueError:
        return text


def answers_from_form(instrument: Instrument, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Answers from the example form's fields (``a.<item>``, ``a.<group>.<row>.<child>``,
    ``a.<gps>.lat``/``.lon``); blank fields and blank rows are left out."""
    values: dict[str, list[str]] = {}
    for name, value in pairs:
        if name.startswith(PREFIX) and value.strip():
            values.setdefault(name, []).append(value)
    answers: dict[str, Any] = {}
    for item in instrument.top_items:
        name = PREFIX + item.id
        if item.type == "repeat":
            rows = [_row(item, values, f"{name}.{n}") for n in range(MAX_ROWS)]
            if any(rows):
                answers[item.id] = [r for r in rows if r]
        elif item.type == "multi" and name in values:
            answers[item.id] = values[name]
        elif item.type == "gps" and f"{name}.lat" in values and f"{name}.lon" in values:
            lat, lon = (_number(values[f"{name}.{k}"][0]) for k in ("lat", "lon"))
            answers[item.id] = {"lat": lat, "lon": lon}
        elif item.type in FILLABLE and name in values:
            answers[item.id] = _typed(item, values[name][0])
    return answers


def _row(group: Item, values: dict[str, list[str]], prefix: str) -> dict[str, Any]:
    row = {}
    for child in group.items:
        name = f"{prefix}.{child.id}"
        if child.type == "multi" and name in values:
            row[child.id] = values[name]
        elif child.type in FILLABLE and name in values:
            row[child.id] = _typed(child, values[name][0])
    return row


def form_values(instrument: Instrument, answers: dict[str, Any]) -> dict[str, Any]:
    """The example form's field values for ``answers`` (the reverse of
    :func:`answers_from_form`): text, or a list of chosen values for a multiple choice."""
    out: dict[str, Any] = {}

    def put(item: Item, name: str, value: Any) -> None:
        if isinstance(value, bool):
            out[name] = "ya" if value else "tidak"
        elif item.type == "gps" and isinstance(value, dict):
            out[f"{name}.lat"], out[f"{name}.lon"] = str(value.get("lat")), str(value.get("lon"))
        elif isinstance(value, list):
            out[name] = [str(v) for v in value]
        elif value is not None:
            out[name] = str(value).replace(".", ",") if isinstance(value, float) else str(value)

    for item in instrument.top_items:
        value = answers.get(item.id)
        if item.type == "repeat" and isinstance(value, list):
            for n, row in enumerate(value[:MAX_ROWS]):
                for child in item.items:
                    put(child, f"{PREFIX}{item.id}.{n}.{child.id}", row.get(child.id))
        else:
            put(item, PREFIX + item.id, value)
    return out


def rows_shown(instrument: Instrument, answers: dict[str, Any]) -> dict[str, int]:
    """How many rows the form shows per repeat group: those answered and one blank."""
    shown = {}
    for item in instrument.top_items:
        if item.type == "repeat":
            rows = answers.get(item.id)
            count = len(rows) if isinstance(rows, list) else 0
            shown[item.id] = min(
                max(count + 1, int(item.min or 1)), int(item.max or MAX_ROWS), MAX_ROWS
            )
    return shown
