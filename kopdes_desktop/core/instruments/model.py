"""The in-memory form of an instrument definition: sections, items, scoring."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any, overload

from kopdes_desktop.core.instruments import answers as answers_module
from kopdes_desktop.core.instruments import scoring
from kopdes_desktop.core.instruments.bands import BandTable
from kopdes_desktop.core.instruments.expressions import Expression

if TYPE_CHECKING:
    from kopdes_desktop.core.instruments.answers import FormState
    from kopdes_desktop.core.instruments.errors import AnswerProblem
    from kopdes_desktop.core.instruments.results import ScoreResult

ITEM_TYPES = (
    "yesno",
    "single",
    "multi",
    "integer",
    "decimal",
    "money",
    "percent",
    "date",
    "text",
    "longtext",
    "evidence",
    "gps",
    "repeat",
    "computed",
)
NUMERIC_TYPES = frozenset({"integer", "decimal", "money", "percent"})


@dataclass(frozen=True)
class Text:
    """A text in Indonesian and English."""

    id: str
    en: str

    @overload
    @classmethod
    def of(cls, spec: dict[str, str]) -> Text: ...

    @overload
    @classmethod
    def of(cls, spec: dict[str, str] | None) -> Text | None: ...

    @classmethod
    def of(cls, spec: dict[str, str] | None) -> Text | None:
        return cls(spec["id"], spec.get("en") or spec["id"]) if spec else None

    def get(self, lang: str = "id") -> str:
        return self.en if lang.startswith("en") else self.id


def _text(value: Text | None, lang: str) -> str:
    return value.get(lang) if value else ""


@dataclass(frozen=True)
class Choice:
    value: str
    text: Text

    @property
    def label_id(self) -> str:
        return self.text.id

    @property
    def label_en(self) -> str:
        return self.text.en

    def label(self, lang: str = "id") -> str:
        return self.text.get(lang)


@dataclass(frozen=True)
class Constraint:
    expression: Expression
    message: Text


@dataclass(frozen=True)
class Warning:
    """A plausibility check: when ``expression`` is false the answer is kept but flagged.

    ``message`` may hold ``{nilai}``, replaced by the item's value as the mentor reads it."""

    expression: Expression
    message: Text


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    text: Text


@dataclass(frozen=True)
class Checklist:
    """The items behind a count question ("jumlah Ya dari 12"), ticked one by one; the
    answer stays the count. ``source`` names where the item texts come from."""

    source: str
    entries: tuple[ChecklistEntry, ...]
    verify: Text | None = None

    @property
    def entry_ids(self) -> tuple[str, ...]:
        return tuple(e.id for e in self.entries)


@dataclass(frozen=True)
class Item:
    """One question (or a computed value, or a repeat group with child ``items``)."""

    id: str
    type: str
    section: str
    text: Text
    help_text: Text | None = None
    required: bool = False
    min: float | None = None
    max: float | None = None
    pattern: str | None = None
    pattern_message: Text | None = None
    unit: str | None = None
    choices: tuple[Choice, ...] = ()
    default: Any = None
    relevant: str | None = None
    relevant_expr: Expression | None = None
    constraints: tuple[Constraint, ...] = ()
    warnings: tuple[Warning, ...] = ()
    checklist: Checklist | None = None
    future: bool = False
    allow_negative: bool = False
    items: tuple[Item, ...] = ()
    expression: Expression | None = None
    example: Expression | None = None
    verify: Text | None = None
    parent: str | None = None
    compiled_pattern: re.Pattern[str] | None = field(default=None, compare=False)

    def label(self, lang: str = "id") -> str:
        return self.text.get(lang)

    def help(self, lang: str = "id") -> str:
        return _text(self.help_text, lang)

    @property
    def choice_values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)


@dataclass(frozen=True)
class Section:
    id: str
    text: Text
    items: tuple[Item, ...]
    help_text: Text | None = None

    def title(self, lang: str = "id") -> str:
        return self.text.get(lang)

    def help(self, lang: str = "id") -> str:
        return _text(self.help_text, lang)


@dataclass(frozen=True)
class Component:
    """A scored component: how its value is obtained and the rule that gives its nilai.

    ``kind`` is ``ratio`` (numerator / denominator x scale), ``value`` (one expression) or
    ``checklist`` (share of true expressions, as a percent). ``rule`` is ``bands``,
    ``round_up`` or ``per_unit`` (skor = value x points, capped at the weight).
    """

    id: str
    aspect: str
    text: Text
    weight: float
    kind: str
    expressions: tuple[Expression, ...]
    scale: float
    rule: str
    table: BandTable | None
    step: float = 10
    cap: float = 100
    points: float = 0
    on_zero: float | None = None
    on_negative: float | None = None
    not_applicable: str = "zero"
    verify: Text | None = None

    def title(self, lang: str = "id") -> str:
        return self.text.get(lang)

    @property
    def verify_note(self) -> str | None:
        return self.verify.id if self.verify else None


@dataclass(frozen=True)
class Aspect:
    """``method`` is ``sum`` (score = sum of component skor) or ``levels`` (score = weight x
    sum of levels / (n x top level))."""

    id: str
    text: Text
    weight: float
    method: str
    components: tuple[Component, ...]

    def title(self, lang: str = "id") -> str:
        return self.text.get(lang)


@dataclass(frozen=True)
class Category:
    id: str
    text: Text
    min: float
    color: str

    def label(self, lang: str = "id") -> str:
        return self.text.get(lang)


@dataclass(frozen=True)
class Scoring:
    total_max: float
    nilai_max: float
    levels: int
    aspects: tuple[Aspect, ...]
    categories: tuple[Category, ...]  # highest threshold first

    def category_for(self, total: float) -> Category:
        for category in self.categories:
            if total >= category.min:
                return category
        return self.categories[-1]


@dataclass(frozen=True)
class Decision:
    id: str
    text: Text


@dataclass(frozen=True)
class InstrumentInfo:
    id: str
    version: str
    status: str
    title_id: str
    title_en: str


class Instrument:
    """A loaded, checked instrument version. Build it with :mod:`.loader`."""

    def __init__(
        self,
        definition: dict[str, Any],
        sections: tuple[Section, ...],
        scoring: Scoring,
        decisions: tuple[Decision, ...],
        order: tuple[Item, ...],
        source_path: str = "",
    ) -> None:
        self.definition = definition
        self.id: str = definition["id"]
        self.version: str = definition["version"]
        self.status: str = definition["status"]
        self.source: dict[str, Any] = definition["source"]
        self.sections = sections
        self.scoring = scoring
        self._decisions = decisions
        self.order = order  # top-level items in evaluation (dependency) order
        self.source_path = source_path
        self._title = Text.of(definition["title"])
        self._description = Text.of(definition.get("description"))
        self._items: dict[str, Item] = {}
        for item in self.all_items():
            self._items[item.id] = item
        self.top_items = tuple(i for s in sections for i in s.items)
        self.components = tuple(c for a in scoring.aspects for c in a.components)
        # component id -> the answered (non-computed) items its value depends on
        self.component_refs: dict[str, frozenset[str]] = {}
        # plans the engine derives once from this definition (validation, scoring closures)
        self.engine: dict[str, Any] = {}

    def __repr__(self) -> str:
        return f"<Instrument {self.id}@{self.version}>"

    @property
    def info(self) -> InstrumentInfo:
        return InstrumentInfo(
            self.id, self.version, self.status, self.title("id"), self.title("en")
        )

    def title(self, lang: str = "id") -> str:
        return _text(self._title, lang)

    def description(self, lang: str = "id") -> str:
        return _text(self._description, lang)

    def item(self, item_id: str) -> Item:
        """The item (or repeat child) with this id; KeyError if unknown."""
        return self._items[item_id]

    def has_item(self, item_id: str) -> bool:
        return item_id in self._items

    def all_items(self) -> list[Item]:
        """Every item in form order, repeat children right after their group."""
        out: list[Item] = []
        for section in self.sections:
            for item in section.items:
                out.append(item)
                out.extend(item.items)
        return out

    @property
    def verify_flags(self) -> list[str]:
        """What the definition flags **[verify]**: ``"<id>: <note>"`` in Indonesian."""
        flags = [f"{i.id}: {i.verify.id}" for i in self.all_items() if i.verify]
        flags += [f"{c.id}: {c.verify.id}" for c in self.components if c.verify]
        return flags

    def decisions(self, lang: str = "id") -> list[str]:
        """The rules the project decided for this instrument, as readable sentences."""
        return [d.text.get(lang) for d in self._decisions]

    def evaluate(self, answers: dict[str, Any], as_of: date | None = None) -> FormState:
        """Live form state: relevance, computed values and problems (see :class:`FormState`).

        ``as_of`` is the day of the assessment: a date answer after it is a problem unless
        its item asks about the future (``future``)."""
        return answers_module.evaluate(self, answers, as_of)

    def validate(self, answers: dict[str, Any], as_of: date | None = None) -> list[AnswerProblem]:
        """Every problem with ``answers``; an empty list means they can be scored."""
        return self.evaluate(answers, as_of).problems

    def score(self, answers: dict[str, Any], as_of: date | None = None) -> ScoreResult:
        """Score complete answers; raises :class:`AnswersInvalid` listing every problem."""
        return scoring.score(self, answers, as_of)

    def preview(self, answers: dict[str, Any]) -> ScoreResult:
        """Score whatever is answered (never raises for incomplete answers)."""
        return scoring.preview(self, answers)
