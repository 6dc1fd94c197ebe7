"""The order in which a form's items are evaluated: every item after what its relevance or
computed value reads, form order otherwise; a cycle is reported."""

from __future__ import annotations

from kopdes_desktop.core.instruments.expressions import Expression
from kopdes_desktop.core.instruments.model import Item


def _deps(item: Item, names: frozenset[str]) -> set[str]:
    refs: set[str] = set()
    for expr in (item.relevant_expr, item.expression):
        if expr is not None:
            refs |= expr.refs
    for child in item.items:
        if child.relevant_expr is not None:
            refs |= child.relevant_expr.refs
    return {r for r in refs if r in names and r != item.id}


def evaluation_order(items: list[Item], names: frozenset[str]) -> tuple[list[Item], list[str]]:
    """Items sorted so each comes after its dependencies; ``(order, cycle)``, the cycle empty
    when there is none."""
    items = list({item.id: item for item in items}.values())  # duplicates are reported elsewhere
    pending = {item.id: _deps(item, names) for item in items}
    by_id = {item.id: item for item in items}
    order: list[Item] = []
    done: set[str] = set()
    while pending:
        ready = [i.id for i in items if i.id in pending and pending[i.id] <= done]
        if not ready:
            return order, _cycle(pending)
        for item_id in ready:
            order.append(by_id[item_id])
            done.add(item_id)
            del pending[item_id]
    return order, []


def _cycle(pending: dict[str, set[str]]) -> list[str]:
    start = next(iter(pending))
    path = [start]
    while True:
        nxt = next(d for d in pending[path[-1]] if d in pending)
        if nxt in path:
            return path[path.index(nxt) :] + [nxt]
        path.append(nxt)


def expand_refs(
    expressions: tuple[Expression, ...], computed: dict[str, Item], names: frozenset[str]
) -> frozenset[str]:
    """The answered items the expressions read, looking through computed values."""
    seen: set[str] = set()
    out: set[str] = set()
    todo = [r for e in expressions for r in e.refs]
    while todo:
        ref = todo.pop()
        if ref in seen or ref not in names:
            continue
        seen.add(ref)
        expression = computed[ref].expression if ref in computed else None
        if expression is not None:
            todo.extend(expression.refs)
        else:
            out.add(ref)
    return frozenset(out)
