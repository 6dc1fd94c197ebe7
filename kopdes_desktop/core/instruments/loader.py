"""Reading a definition: JSON Schema first, then every semantic check, all problems at once.

Semantic checks: unique ids, expressions that parse and name known items, patterns that compile,
defaults that are valid answers, no cycles between relevance and computed values, band tables
without gaps or overlaps, weights that add up, categories that cover the range.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from kopdes_desktop import resources
from kopdes_desktop.core.instruments.answers import check_value
from kopdes_desktop.core.instruments.errors import InstrumentError
from kopdes_desktop.core.instruments.expressions import (
    Expression,
    ExpressionError,
    Scope,
    compile_expression,
)
from kopdes_desktop.core.instruments.formats import describable
from kopdes_desktop.core.instruments.model import (
    Checklist,
    ChecklistEntry,
    Choice,
    Constraint,
    Decision,
    Instrument,
    Item,
    Section,
    Text,
    Warning,
)
from kopdes_desktop.core.instruments.ordering import evaluation_order, expand_refs
from kopdes_desktop.core.instruments.scoring_loader import build_scoring, build_tables


@cache
def _validator() -> Any:  # jsonschema ships no types
    # Imported here: jsonschema costs a tenth of a second that start-up need not pay.
    from jsonschema import Draft202012Validator

    schema = json.loads(resources.read_text("instruments", "schema", "instrument.schema.json"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def schema_problems(data: Any) -> list[str]:
    """Every JSON Schema violation, as ``path: message``."""
    errors = sorted(_validator().iter_errors(data), key=lambda e: list(map(str, e.path)))
    return [f"{'/'.join(map(str, e.path)) or '(akar)'}: {e.message}" for e in errors]


def load_file(path: str | Path) -> Instrument:
    """Load and check a definition file; :class:`InstrumentError` lists every problem."""
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InstrumentError(
            f"Berkas {path} tidak dapat dibaca: {exc.strerror}.",
            f"Cannot read {path}: {exc.strerror}.",
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InstrumentError(
            f"Berkas {path.name} bukan JSON yang sah ({exc}).",
            f"{path.name} is not valid JSON ({exc}).",
        ) from exc
    return load_definition(data, str(path))


def load_definition(data: Any, source: str = "") -> Instrument:
    """Check and compile a definition dict; :class:`InstrumentError` lists every problem."""
    label = source or (data.get("id", "?") if isinstance(data, dict) else "?")
    problems = schema_problems(data)
    if not problems:
        builder = _Builder(data)
        instrument = builder.build()
        problems = builder.problems
        if not problems:
            instrument.source_path = source
            return instrument
    raise InstrumentError(
        f"Definisi instrumen {label} tidak sah",
        f"Instrument definition {label} is invalid",
        problems,
    )


class _Builder:
    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.problems: list[str] = []
        self.ids: set[str] = set()
        top, groups = set(), {}
        for section in data["sections"]:
            for item in section["items"]:
                top.add(item["id"])
                if item["type"] == "repeat":
                    groups[item["id"]] = frozenset(c["id"] for c in item.get("items", ()))
        self.scope = Scope(frozenset(top), groups)

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{where}: {message}")

    def expr(self, where: str, what: str, text: str, scope: Scope) -> Expression | None:
        try:
            return compile_expression(text, scope)
        except ExpressionError as exc:
            self.fail(where, f"ekspresi {what} tidak sah ({exc}): {text!r}")
            return None

    def build(self) -> Instrument:
        sections = tuple(self.section(s) for s in self.data["sections"])
        scoring = build_scoring(self, build_tables(self))
        decisions = tuple(Decision(d["id"], Text.of(d["text"])) for d in self.data["decisions"])
        top_items = [i for s in sections for i in s.items]
        order, cycle = evaluation_order(top_items, self.scope.names)
        if cycle:
            self.fail(cycle[0], "relevansi/perhitungan saling bergantung: " + " -> ".join(cycle))
        instrument = Instrument(self.data, sections, scoring, decisions, tuple(order))
        computed = {i.id: i for i in top_items if i.type == "computed"}
        for comp in instrument.components:
            instrument.component_refs[comp.id] = expand_refs(
                comp.expressions, computed, self.scope.names
            )
        return instrument

    def section(self, spec: dict[str, Any]) -> Section:
        cond = None
        if spec.get("relevant"):
            cond = self.expr(f"bagian {spec['id']}", "relevansi", spec["relevant"], self.scope)
        items = tuple(self.item(i, spec["id"], cond, None) for i in spec["items"])
        return Section(spec["id"], Text.of(spec["title"]), items, Text.of(spec.get("help")))

    def item(
        self, spec: dict[str, Any], section: str, cond: Expression | None, parent: str | None
    ) -> Item:
        item_id, kind = spec["id"], spec["type"]
        if item_id in self.ids:
            self.fail(item_id, "id dipakai lebih dari sekali")
        self.ids.add(item_id)
        scope = self.scope
        if parent:
            scope = Scope(scope.names, scope.groups, self.scope.groups[parent])
        relevant = self.relevance(item_id, spec.get("relevant"), cond, scope)
        children: tuple[Item, ...] = ()
        if kind == "repeat":
            children = tuple(self.item(c, section, None, item_id) for c in spec.get("items", ()))
            if not children:
                self.fail(item_id, "grup berulang tanpa pertanyaan anak")
        if parent and kind in ("repeat", "computed"):
            self.fail(item_id, f"tipe {kind} tidak boleh di dalam grup berulang")
        built = Item(
            id=item_id,
            type=kind,
            section=section,
            text=Text.of(spec["label"]),
            help_text=Text.of(spec.get("help")),
            required=spec.get("required", False),
            min=spec.get("min"),
            max=spec.get("max"),
            pattern=spec.get("pattern"),
            pattern_message=Text.of(spec.get("pattern_message")),
            warnings=self.warnings(item_id, spec.get("warnings", ()), scope),
            checklist=self.checklist(spec.get("checklist")),
            future=spec.get("future", False),
            unit=spec.get("unit"),
            default=spec.get("default"),
            choices=tuple(Choice(c["value"], Text.of(c["label"])) for c in spec.get("choices", ())),
            relevant=relevant.text if relevant else None,
            relevant_expr=relevant,
            constraints=self.constraints(item_id, spec.get("constraints", ()), scope),
            allow_negative=spec.get("allow_negative", False),
            items=children,
            expression=self.computed(item_id, kind, spec.get("expression"), scope),
            example=self.example(item_id, spec.get("example"), scope),
            verify=Text.of(spec.get("verify")),
            parent=parent,
            compiled_pattern=self.pattern(item_id, spec.get("pattern")),
        )
        self.check_item(built)
        return built

    def relevance(
        self, item_id: str, text: str | None, cond: Expression | None, scope: Scope
    ) -> Expression | None:
        own = self.expr(item_id, "relevansi", text, scope) if text else None
        if cond is None or own is None:
            return own or cond
        both = (cond.fn, own.fn)
        return Expression(
            f"({cond.text}) and ({own.text})",
            lambda a, r: both[0](a, r) and both[1](a, r),
            cond.refs | own.refs,
        )

    def constraints(self, item_id: str, specs: Any, scope: Scope) -> tuple[Constraint, ...]:
        out = []
        for spec in specs:
            compiled = self.expr(item_id, "batasan", spec["expr"], scope)
            if compiled:
                out.append(Constraint(compiled, Text.of(spec["message"])))
        return tuple(out)

    def warnings(self, item_id: str, specs: Any, scope: Scope) -> tuple[Warning, ...]:
        out = []
        for spec in specs:
            compiled = self.expr(item_id, "peringatan", spec["expr"], scope)
            if compiled:
                out.append(Warning(compiled, Text.of(spec["message"])))
        return tuple(out)

    @staticmethod
    def checklist(spec: dict[str, Any] | None) -> Checklist | None:
        if not spec:
            return None
        entries = tuple(ChecklistEntry(e["id"], Text.of(e["text"])) for e in spec["entries"])
        return Checklist(spec["source"], entries, Text.of(spec.get("verify")))

    def computed(
        self, item_id: str, kind: str, text: str | None, scope: Scope
    ) -> Expression | None:
        if kind != "computed":
            if text:
                self.fail(item_id, "hanya tipe computed yang memakai 'expression'")
            return None
        if not text:
            self.fail(item_id, "nilai terhitung tanpa 'expression'")
            return None
        return self.expr(item_id, "perhitungan", text, scope)

    def example(self, item_id: str, text: str | None, scope: Scope) -> Expression | None:
        if not text:
            return None
        example_scope = Scope(
            scope.names, scope.groups, scope.row, frozenset({"quality"}), examples=True
        )
        return self.expr(item_id, "contoh", text, example_scope)

    def pattern(self, item_id: str, text: str | None) -> re.Pattern[str] | None:
        if not text:
            return None
        try:
            return re.compile(text)
        except re.error as exc:
            self.fail(item_id, f"pola (pattern) tidak sah: {exc}")
            return None

    def check_checklist(self, item: Item) -> None:
        ids = item.checklist.entry_ids if item.checklist else ()
        if item.type != "integer":
            self.fail(item.id, "daftar periksa hanya untuk pertanyaan jumlah (integer)")
        if len(set(ids)) != len(ids):
            self.fail(item.id, "id butir daftar periksa ganda")
        if item.max is not None and item.max != len(ids):
            self.fail(
                item.id, f"max {item.max:g} tidak sama dengan {len(ids)} butir daftar periksa"
            )

    def check_item(self, item: Item) -> None:
        if item.type in ("single", "multi"):
            values = item.choice_values
            if not values:
                self.fail(item.id, "pilihan kosong")
            if len(set(values)) != len(values):
                self.fail(item.id, "nilai pilihan ganda")
        if item.pattern and item.pattern_message is None and not describable(item.pattern):
            self.fail(
                item.id,
                "pola (pattern) tanpa 'pattern_message': pesan salahnya harus "
                "kalimat yang dibaca pendamping, bukan pola",
            )
        if item.checklist is not None:
            self.check_checklist(item)
        if item.future and item.type != "date":
            self.fail(item.id, "'future' hanya untuk tipe date")
        if item.min is not None and item.max is not None and item.min > item.max:
            self.fail(item.id, "min lebih besar dari max")
        if item.default is not None and item.type not in ("repeat", "computed"):
            bad = check_value(item, item.default)
            if bad:
                self.fail(item.id, f"nilai bawaan tidak sah ({bad[0]})")
