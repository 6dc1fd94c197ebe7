"""The small, safe expression language of instrument definitions.

Relevance (skip logic), constraints, computed values, scoring inputs and example hints are
written in a Python-like syntax that is parsed with :mod:`ast` and compiled, once at load time,
into plain closures. Nothing is ever passed to ``eval``; any syntax outside the whitelist below is
a load error.

Allowed:
- numbers, strings, ``True``/``False``/``None``, list literals ``['A', 'B']``;
- item ids as names; ``group.child`` gives the list of a repeat group's child values; a repeat
  group's own id gives its rows;
- ``+ - * / %``, unary ``-``, comparisons (chained), ``in``/``not in``, ``and``/``or``/``not``;
- if-then-else as ``A if CONDITION else B``;
- the functions in :data:`FUNCTIONS` (``sum``, ``count``, ``countif``, ``sumif``, ``min``, ``max``,
  ``abs``, ``round``, ``answered``, ``selected``, ``coalesce``, ``share``).

Missing values are ``None``: arithmetic with ``None`` gives ``None``, so does division by zero and
an ordering comparison with ``None``; ``None`` counts as false in conditions.
"""

from __future__ import annotations

import ast
import operator
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

Env = dict[str, Any]
Compiled = Callable[[Env, Env | None], Any]


class ExpressionError(Exception):
    """An expression in a definition is malformed or uses something not allowed."""


def _values(arg: Any) -> list[Any]:
    if arg is None:
        return []
    if isinstance(arg, list | tuple):
        return [v for v in arg if v is not None]
    return [arg]


def _sum(arg: Any) -> Any:
    return sum(v for v in _values(arg) if not isinstance(v, dict))


def _count(arg: Any) -> int:
    return len(_values(arg))


def _countif(values: Any, wanted: Any) -> int:
    return sum(1 for v in _values(values) if v == wanted)


def _sumif(values: Any, keys: Any, wanted: Any) -> Any:
    values = values or []
    keys = keys or []
    return sum(v for v, k in zip(values, keys, strict=False) if k == wanted and v is not None)


def _min(*args: Any) -> Any:
    flat = [v for a in args for v in _values(a)]
    return min(flat) if flat else None


def _max(*args: Any) -> Any:
    flat = [v for a in args for v in _values(a)]
    return max(flat) if flat else None


def _abs(x: Any) -> Any:
    return None if x is None else abs(x)


def _round(x: Any, digits: Any = 0) -> Any:
    if x is None:
        return None
    return round(x, int(digits)) if digits else int(round(x))


def _answered(x: Any) -> bool:
    return x is not None and x != "" and x != []


def _selected(multi: Any, value: Any) -> bool:
    return multi is not None and value in multi


def _coalesce(*args: Any) -> Any:
    for arg in args:
        if arg is not None:
            return arg
    return None


def _share(part: Any, whole: Any) -> Any:
    if part is None or not whole:
        return None
    return part * 100 / whole


# name -> (function, min args, max args)
FUNCTIONS: dict[str, tuple[Callable[..., Any], int, int]] = {
    "sum": (_sum, 1, 1),
    "count": (_count, 1, 1),
    "countif": (_countif, 2, 2),
    "sumif": (_sumif, 3, 3),
    "min": (_min, 1, 9),
    "max": (_max, 1, 9),
    "abs": (_abs, 1, 1),
    "round": (_round, 1, 2),
    "answered": (_answered, 1, 1),
    "selected": (_selected, 2, 2),
    "coalesce": (_coalesce, 1, 9),
    "share": (_share, 2, 2),
}

RNG_KEY = "__rng__"


def _uniform(rng: random.Random, low: float, high: float) -> float:
    return rng.uniform(low, high)


def _randint(rng: random.Random, low: float, high: float) -> int:
    return rng.randint(int(low), int(high))


def _chance(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def _pick(rng: random.Random, values: list[Any], weights: list[float] | None = None) -> Any:
    if weights is not None:
        weights = [max(float(w), 0.0) for w in weights]
        if not any(weights):
            weights = None
    return rng.choices(values, weights=weights)[0]


# Functions only example hints may use; they draw from the random generator in the scope.
EXAMPLE_FUNCTIONS: dict[str, tuple[Callable[..., Any], int, int]] = {
    "uniform": (_uniform, 2, 2),
    "randint": (_randint, 2, 2),
    "chance": (_chance, 1, 1),
    "pick": (_pick, 1, 2),
}


@dataclass(frozen=True)
class Scope:
    """The names an expression may use: top-level ids, repeat groups, and the current row."""

    names: frozenset[str]
    groups: dict[str, frozenset[str]] = field(default_factory=dict)
    row: frozenset[str] = frozenset()
    extra: frozenset[str] = frozenset()
    examples: bool = False


@dataclass(frozen=True)
class Expression:
    """A compiled expression: its text, the closure, and the ids it reads."""

    text: str
    fn: Compiled
    refs: frozenset[str]
    name: str | None = None  # set when the whole expression is one top-level item id

    def __call__(self, answers: Env, row: Env | None = None) -> Any:
        return self.fn(answers, row)


_ARITH = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
}
_NUMBERS = (int, float)
MAX_LENGTH = 2000
_ORDER = {ast.Lt: operator.lt, ast.LtE: operator.le, ast.Gt: operator.gt, ast.GtE: operator.ge}


def compile_expression(text: str, scope: Scope) -> Expression:
    """Parse and compile ``text``; raises :class:`ExpressionError` on anything not allowed."""
    if not isinstance(text, str) or not text.strip():
        raise ExpressionError("ekspresi kosong")
    if len(text) > MAX_LENGTH:
        raise ExpressionError(f"ekspresi lebih dari {MAX_LENGTH} karakter")
    refs: set[str] = set()
    try:
        tree = ast.parse(text.strip(), mode="eval")
        fn = _Compiler(scope, refs).node(tree.body)
    except SyntaxError as exc:
        raise ExpressionError(f"sintaks salah: {exc.msg}") from exc
    except (RecursionError, MemoryError) as exc:
        raise ExpressionError("ekspresi terlalu bersarang") from exc
    body = tree.body
    name = body.id if isinstance(body, ast.Name) and body.id not in scope.row else None
    return Expression(text, fn, frozenset(refs), name)


class _Compiler:
    def __init__(self, scope: Scope, refs: set[str]) -> None:
        self.scope = scope
        self.refs = refs

    def node(self, node: ast.AST) -> Compiled:
        method = getattr(self, "_" + type(node).__name__, None)
        if method is None:
            raise ExpressionError(f"bentuk tidak diizinkan: {type(node).__name__}")
        return method(node)

    def _Constant(self, node: ast.Constant) -> Compiled:
        value = node.value
        if not isinstance(value, int | float | str | type(None)):
            raise ExpressionError(f"nilai tidak diizinkan: {value!r}")
        return lambda a, r: value

    def _List(self, node: ast.List) -> Compiled:
        parts = [self.node(e) for e in node.elts]
        return lambda a, r: [p(a, r) for p in parts]

    _Tuple = _List

    def _Name(self, node: ast.Name) -> Compiled:
        name = node.id
        self.refs.add(name)
        if name in self.scope.row:
            return lambda a, r: r.get(name) if r is not None else None
        if name in self.scope.names or name in self.scope.groups or name in self.scope.extra:
            return lambda a, r: a.get(name)
        raise ExpressionError(f"nama tidak dikenal: {name}")

    def _Attribute(self, node: ast.Attribute) -> Compiled:
        if not isinstance(node.value, ast.Name) or node.value.id not in self.scope.groups:
            raise ExpressionError("titik hanya untuk grup berulang: grup.anak")
        group, child = node.value.id, node.attr
        if child not in self.scope.groups[group]:
            raise ExpressionError(f"{group} tidak punya anak {child}")
        self.refs.add(group)
        return lambda a, r: [row.get(child) for row in a.get(group) or ()]

    def _BinOp(self, node: ast.BinOp) -> Compiled:
        op = _ARITH.get(type(node.op))
        if op is None:
            raise ExpressionError(f"operator tidak diizinkan: {type(node.op).__name__}")
        left, right = self.node(node.left), self.node(node.right)

        def arith(a: Env, r: Env | None) -> Any:
            x, y = left(a, r), right(a, r)
            # numbers only: no string or list repetition, so no runaway memory
            if not (isinstance(x, _NUMBERS) and isinstance(y, _NUMBERS)):
                return None
            try:
                return op(x, y)
            except (ZeroDivisionError, TypeError):
                return None

        return arith

    def _UnaryOp(self, node: ast.UnaryOp) -> Compiled:
        operand = self.node(node.operand)
        if isinstance(node.op, ast.Not):
            return lambda a, r: not operand(a, r)
        if isinstance(node.op, ast.USub):

            def negate(a: Env, r: Env | None) -> Any:
                x = operand(a, r)
                return -x if isinstance(x, _NUMBERS) else None

            return negate
        if isinstance(node.op, ast.UAdd):
            return operand
        raise ExpressionError(f"operator tidak diizinkan: {type(node.op).__name__}")

    def _BoolOp(self, node: ast.BoolOp) -> Compiled:
        parts = [self.node(v) for v in node.values]
        if isinstance(node.op, ast.And):

            def all_of(a: Env, r: Env | None) -> Any:
                value: Any = True
                for part in parts:
                    value = part(a, r)
                    if not value:
                        return value
                return value

            return all_of

        def any_of(a: Env, r: Env | None) -> Any:
            value: Any = False
            for part in parts:
                value = part(a, r)
                if value:
                    return value
            return value

        return any_of

    def _Compare(self, node: ast.Compare) -> Compiled:
        operands = [self.node(node.left)] + [self.node(c) for c in node.comparators]
        tests = [self._comparison(op) for op in node.ops]

        def compare(a: Env, r: Env | None) -> Any:
            left = operands[0](a, r)
            for test, right_fn in zip(tests, operands[1:], strict=True):
                right = right_fn(a, r)
                outcome = test(left, right)
                if not outcome:
                    return outcome
                left = right
            return True

        return compare

    @staticmethod
    def _comparison(op: ast.cmpop) -> Callable[[Any, Any], Any]:
        if isinstance(op, ast.Eq):
            return operator.eq
        if isinstance(op, ast.NotEq):
            return operator.ne
        if isinstance(op, ast.In | ast.NotIn):
            negate = isinstance(op, ast.NotIn)

            def contains(x: Any, y: Any) -> Any:
                if y is None or not isinstance(y, Iterable):
                    return None
                return (x in y) != negate

            return contains
        order = _ORDER.get(type(op))
        if order is None:
            raise ExpressionError(f"perbandingan tidak diizinkan: {type(op).__name__}")

        def ordered(x: Any, y: Any) -> Any:
            if x is None or y is None:
                return None
            try:
                return order(x, y)
            except TypeError:
                return None

        return ordered

    def _IfExp(self, node: ast.IfExp) -> Compiled:
        test, body, orelse = self.node(node.test), self.node(node.body), self.node(node.orelse)
        return lambda a, r: body(a, r) if test(a, r) else orelse(a, r)

    def _Call(self, node: ast.Call) -> Compiled:
        if not isinstance(node.func, ast.Name) or node.keywords:
            raise ExpressionError("hanya fungsi bernama tanpa argumen kata kunci")
        name = node.func.id
        args = [self.node(arg) for arg in node.args]
        if self.scope.examples and name in EXAMPLE_FUNCTIONS:
            func, low, high = EXAMPLE_FUNCTIONS[name]
            self._arity(name, len(args), low, high)
            return lambda a, r: func(a[RNG_KEY], *[arg(a, r) for arg in args])
        if name not in FUNCTIONS:
            raise ExpressionError(f"fungsi tidak dikenal: {name}")
        func, low, high = FUNCTIONS[name]
        self._arity(name, len(args), low, high)

        def call(a: Env, r: Env | None) -> Any:
            try:
                return func(*[arg(a, r) for arg in args])
            except (TypeError, ValueError):
                return None  # e.g. sum over text: no value rather than a crash in the form

        return call

    @staticmethod
    def _arity(name: str, count: int, low: int, high: int) -> None:
        if not low <= count <= high:
            raise ExpressionError(f"fungsi {name} menerima {low}..{high} argumen, diberi {count}")
