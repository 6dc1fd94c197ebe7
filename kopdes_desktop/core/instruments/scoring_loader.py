"""Building and checking the ``scoring`` part of a definition.

Refused: a band table with a gap or overlap, a nilai outside the scale, aspect weights that do
not add up to the total, component weights that do not add up to their aspect, a level-scored
component whose table gives something other than levels 1..N, categories that do not reach 0.
"""

from __future__ import annotations

from typing import Any, Protocol

from kopdes_desktop.core.instruments.bands import BandError, BandTable
from kopdes_desktop.core.instruments.expressions import Expression, Scope
from kopdes_desktop.core.instruments.model import Aspect, Category, Component, Scoring, Text

_TOLERANCE = 1e-9


class _Builder(Protocol):
    data: dict[str, Any]
    scope: Scope

    def fail(self, where: str, message: str) -> None: ...

    def expr(self, where: str, what: str, text: str, scope: Scope) -> Expression | None: ...


def build_tables(builder: _Builder) -> dict[str, BandTable]:
    """Every named band table, checked for gaps and overlaps."""
    tables = {}
    for name, spec in builder.data["scoring"].get("tables", {}).items():
        try:
            tables[name] = BandTable.build(name, spec)
        except BandError as exc:
            builder.fail(f"tabel {name}", str(exc))
    return tables


def build_scoring(builder: _Builder, tables: dict[str, BandTable]) -> Scoring:
    spec = builder.data["scoring"]
    total_max = spec.get("total_max", 100)
    nilai_max = spec.get("nilai_max", 100)
    levels = spec.get("levels", 4)
    aspects = tuple(_aspect(builder, a, tables, nilai_max, levels) for a in spec["aspects"])
    weights = sum(a.weight for a in aspects)
    if abs(weights - total_max) > _TOLERANCE:
        builder.fail("scoring", f"jumlah bobot aspek {weights:g}, seharusnya {total_max:g}")
    seen: set[str] = set()
    for comp in (c for a in aspects for c in a.components):
        if comp.id in seen or comp.id in {a.id for a in aspects}:
            builder.fail(comp.id, "id komponen dipakai lebih dari sekali")
        seen.add(comp.id)
    categories = tuple(
        sorted(
            (
                Category(c["id"], Text.of(c["label"]), c["min"], c["color"])
                for c in spec["categories"]
            ),
            key=lambda c: -c.min,
        )
    )
    if categories[-1].min > 0:
        builder.fail("kategori", f"kategori terendah mulai di {categories[-1].min:g}, bukan 0")
    if len({c.min for c in categories}) != len(categories):
        builder.fail("kategori", "dua kategori memakai batas yang sama")
    return Scoring(total_max, nilai_max, levels, aspects, categories)


def _aspect(
    builder: _Builder,
    spec: dict[str, Any],
    tables: dict[str, BandTable],
    nilai_max: float,
    levels: int,
) -> Aspect:
    method = spec.get("method", "sum")
    comps = tuple(_component(builder, c, spec["id"], tables) for c in spec["components"])
    aspect = Aspect(spec["id"], Text.of(spec["title"]), spec["weight"], method, comps)
    if method == "sum":
        weights = sum(c.weight for c in comps)
        if abs(weights - aspect.weight) > _TOLERANCE:
            builder.fail(
                aspect.id, f"jumlah bobot komponen {weights:g}, seharusnya {aspect.weight:g}"
            )
        for comp in comps:
            if comp.weight <= 0:
                builder.fail(comp.id, "komponen tanpa bobot")
            if comp.table and not all(0 <= v <= nilai_max for v in comp.table.values):
                builder.fail(comp.id, f"nilai tabel harus 0..{nilai_max:g}")
    else:
        allowed = set(range(1, levels + 1))
        for comp in comps:
            if comp.rule != "bands" or not set(comp.table.values if comp.table else []) <= allowed:
                builder.fail(comp.id, f"komponen bertingkat perlu tabel bernilai 1..{levels}")
    return aspect


def _component(
    builder: _Builder, spec: dict[str, Any], aspect: str, tables: dict[str, BandTable]
) -> Component:
    cid = spec["id"]
    if "ratio" in spec:
        kind, texts = "ratio", [spec["ratio"]["numerator"], spec["ratio"]["denominator"]]
        scale = spec["ratio"].get("scale", 100)
    elif "value" in spec:
        kind, texts, scale = "value", [spec["value"]], spec.get("scale", 1)
    else:
        kind, texts, scale = "checklist", list(spec["checklist"]), 100
    compiled = [builder.expr(cid, "komponen", t, builder.scope) for t in texts]
    rule = spec["rule"]
    table = None
    if rule["type"] == "bands":
        table = _table(builder, cid, rule, tables)
    return Component(
        id=cid,
        aspect=aspect,
        text=Text.of(spec["title"]),
        weight=spec.get("weight", 0),
        kind=kind,
        expressions=tuple(e for e in compiled if e is not None),
        scale=scale,
        rule=rule["type"],
        table=table,
        step=rule.get("step", 10),
        cap=rule.get("cap", 100),
        points=rule.get("points", 0),
        on_zero=spec.get("on_zero_denominator"),
        on_negative=spec.get("on_negative_denominator"),
        not_applicable=spec.get("not_computable", "zero"),
        verify=Text.of(spec.get("verify")),
    )


def _table(
    builder: _Builder, cid: str, rule: dict[str, Any], tables: dict[str, BandTable]
) -> BandTable | None:
    if "table" in rule:
        table = tables.get(rule["table"])
        if table is None and rule["table"] not in builder.data["scoring"].get("tables", {}):
            builder.fail(cid, f"tabel tidak dikenal: {rule['table']}")
        return table
    try:
        return BandTable.build(
            cid, {"bands": rule.get("bands", []), "domain": rule.get("domain", "(-inf, inf)")}
        )
    except BandError as exc:
        builder.fail(cid, str(exc))
        return None
