"""A fast yes for plainly valid records: one generated expression per synced table.

Nearly every record a province receives is valid, and calling one closure per value costs more
than the rest of an import's work on it. So for each table one boolean expression is compiled
from the same column rules (type, length, printable text, choices, range, format), inlined
side by side, much as :func:`collections.namedtuple` builds its class. It only ever says "plainly
valid" or "look closer": anything unusual (a line break in a note, an absent column, a value it
cannot judge in one step) is False, and the full per-column check then decides and names the
problems. A test holds that it never says yes where the full check finds a problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kopdes_desktop.sync import schema_rules as r


def _predicate(predicate: Callable[[str], bool], index: int, env: dict[str, Any]) -> str:
    """A call of ``predicate`` on ``v``, preceded by a look into what it already accepted."""
    env[f"p{index}"] = predicate
    if hasattr(predicate, "accepted"):
        env[f"m{index}"] = predicate.accepted
        return f"(v in m{index} or p{index}(v))"
    return f"p{index}(v)"


def _text(column: Any, index: int, env: dict[str, Any], *, strict: bool) -> str:
    """The expression accepting a plain text value ``v`` of ``column``."""
    if column.fmt is not None and strict:
        return _predicate(column.fmt[0], index, env)
    limit = column.length or r.TEXT_MAX
    parts = [f"len(v) <= {limit}", "v.isprintable()"]
    if column.nonblank:
        parts += ["v", "not v.isspace()"]
    if column.choices:
        env[f"c{index}"] = frozenset(column.choices)
        parts = [f"v in c{index}"]
    if column.fmt is not None:
        parts.append(_predicate(column.fmt[0], index, env))
    return " and ".join(parts)


def _value(
    column: Any,
    index: int,
    env: dict[str, Any],
    strict: bool,
    float_range: Callable[[Any], tuple[float, float]],
) -> str:
    """The expression accepting ``v``, the value of ``column``."""
    kind = column.kind
    if kind in ("string", "text"):
        return f"type(v) is str and {_text(column, index, env, strict=strict)}"
    if kind in ("int", "bigint"):
        low, high = r.INT32 if kind == "int" else r.INT64
        low = max(low, int(column.low)) if column.low is not None else low
        high = min(high, int(column.high)) if column.high is not None else high
        return f"type(v) is int and {low} <= v <= {high}"
    if kind == "float":
        env[f"r{index}"] = float_range(column)
        return f"(type(v) is float or type(v) is int) and r{index}[0] <= v <= r{index}[1]"
    if kind == "bool":
        return "type(v) is bool"
    if kind in ("date", "datetime"):
        predicate = r.is_datetime if kind == "datetime" else r.is_date
        return f"type(v) is str and {_predicate(predicate, index, env)}"
    if kind == "json":
        env["json_problem"] = r.json_problem
        return "type(v) is dict and json_problem(v) is None"
    raise ValueError(f"column {column.name}: unknown kind {kind}")


def compile_acceptor(
    table: str,
    columns: tuple[Any, ...],
    strict: tuple[Any, ...],
    float_range: Callable[[Any], tuple[float, float]],
) -> Callable[[dict[str, Any]], bool]:
    """``accept(values)``: True only when every column is present and plainly valid."""
    env: dict[str, Any] = {"keys": frozenset(c.name for c in columns)}
    lines = [
        f"def accept_{table}(d):",
        f"    if len(d) != {len(columns)} or not d.keys() <= keys:",
        "        return False",
    ]
    for index, column in enumerate(columns):
        test = _value(column, index, env, column.fmt in strict, float_range)
        if column.nullable:
            test = f"v is None or ({test})"
        lines += [f"    v = d[{column.name!r}]", f"    if not ({test}):", "        return False"]
    lines.append("    return True\n")
    exec(compile("\n".join(lines), f"<schema acceptor {table}>", "exec"), env)  # noqa: S102
    return env[f"accept_{table}"]
