"""A fast yes for many records of one table at once, judged column by column.

The per-record acceptor (:mod:`.schema_fast`) still runs one line of Python per value. A batch
holds thousands of records of a few tables, so here each column's values are gathered in one
pass and judged together with operations that loop in C: their types as one set, lengths by
``max``, characters by one ``isprintable`` of the joined texts, choices by set inclusion,
ranges by ``min`` and ``max``, formats once per distinct value (ids and times of the form
every laptop writes by one regular expression over all of them). JSON columns (answers,
results) are still walked one object at a time. Like the acceptor it only says "every record is
plainly valid" or "look closer", and then each record goes through
:func:`.schema.check_record`, which decides and names the problems. Tests hold that it never
says yes where the full check finds a problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import partial
from operator import is_not, itemgetter
from typing import Any

from kopdes_desktop.sync import schema_rules as r
from kopdes_desktop.sync.schema import REGION, STRICT, TABLES, Column, float_range

_NONE = type(None)
_NOT_NONE = partial(is_not, None)
_DATE_PART = itemgetter(slice(0, 10))
# Whole lines of the forms every laptop writes; the count of line breaks proves that no value
# held one of its own.
_DATETIMES = re.compile(
    r"(?:[0-9]{4}-[0-9]{2}-[0-9]{2}T(?:[01][0-9]|2[0-3]):[0-5][0-9]:"
    r"[0-5][0-9](?:\.[0-9]{6})?\n)*"
)
_UUIDS = re.compile(
    r"(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
    r"[0-9a-fA-F]{12}\n)*"
)
# Distinct values above which a whole column is matched at once rather than one by one.
_BULK_FROM = 64


def _lines(pattern: re.Pattern[str], texts: Sequence[str]) -> bool:
    """Whether every text (all str) is one whole line of ``pattern``'s form."""
    joined = "\n".join(texts) + "\n"
    return joined.count("\n") == len(texts) and pattern.fullmatch(joined) is not None


def _formats(predicate: Callable[[str], bool], texts: set[str]) -> bool:
    """Whether ``predicate`` accepts every text, skipping those it already accepted."""
    accepted = getattr(predicate, "accepted", None)
    rest = texts - accepted if accepted else texts
    if len(rest) > _BULK_FROM:
        if predicate is r.is_uuid and _lines(_UUIDS, list(rest)):
            return True
        if predicate is r.is_datetime and plain_datetimes(list(rest)):
            return True
    return all(map(predicate, rest))


def plain_datetimes(texts: Sequence[str]) -> bool:
    """Whether every text is plainly a timestamp :func:`.schema_rules.is_datetime` accepts:
    the form checked all at once, then each distinct day."""
    if not _lines(_DATETIMES, texts):
        return False
    return all(map(r.is_date, set(map(_DATE_PART, texts))))


def plain_uuids(texts: Sequence[str]) -> bool:
    """Whether every text is a UUID in its 36-character form (:func:`.schema_rules.is_new_uuid`)."""
    return _lines(_UUIDS, texts)


def _texts(column: Column, values: list[str], strict: bool) -> bool:
    distinct = set(values)
    predicate = column.fmt[0] if column.fmt is not None else None
    if predicate is not None and strict:
        return _formats(predicate, distinct)
    if column.choices:
        if not distinct <= frozenset(column.choices):
            return False
    else:
        if (
            max(map(len, distinct)) > (column.length or r.TEXT_MAX)
            or not "".join(distinct).isprintable()
        ):
            return False
        if column.nonblank and ("" in distinct or any(map(str.isspace, distinct))):
            return False
    return predicate is None or all(map(predicate, distinct))


def _numbers(column: Column, values: list[Any], kinds: set[type]) -> bool:
    kind = column.kind
    if kind in ("int", "bigint"):
        low, high = r.INT32 if kind == "int" else r.INT64
        low = max(low, int(column.low)) if column.low is not None else low
        high = min(high, int(column.high)) if column.high is not None else high
        return kinds == {int} and low <= min(values) and max(values) <= high
    if not kinds <= {float, int}:
        return False
    try:
        total = sum(values)
    except OverflowError:
        return False
    low_f, high_f = float_range(column)
    # A finite sum means no NaN or infinity, so min and max compare every value.
    return total - total == 0 and low_f <= min(values) and max(values) <= high_f


def _column(column: Column, values: list[Any]) -> bool:
    """Whether every value of ``column`` is plainly valid."""
    kinds = set(map(type, values))
    if _NONE in kinds:
        if not column.nullable:
            return False
        kinds.discard(_NONE)
        values = list(filter(_NOT_NONE, values))
        if not values:
            return True
    kind = column.kind
    if kind in ("string", "text"):
        return kinds == {str} and _texts(column, values, column.fmt in STRICT)
    if kind in ("int", "bigint", "float"):
        return _numbers(column, values, kinds)
    if kind == "bool":
        return kinds == {bool}
    if kind in ("date", "datetime"):
        predicate = r.is_datetime if kind == "datetime" else r.is_date
        return kinds == {str} and _formats(predicate, set(values))
    if kind == "json":
        return kinds == {dict} and plain_json(values)
    return False


def plain_json(docs: list[dict[Any, Any]]) -> bool:
    """Whether every JSON object passes :func:`.schema_rules.json_problem`.

    Walking all objects of a column together, level by level, was measured slower than this:
    classifying each value by its type costs the same either way, and gathering the values
    costs more."""
    return not any(map(r.json_problem, docs))


def _compile(table: str, columns: tuple[Column, ...]) -> Callable[..., bool]:
    names = tuple(c.name for c in columns)
    getter = itemgetter(*names)
    regions = tuple(i for i, c in enumerate(columns) if c.fmt is REGION)

    def accept(docs: list[Any], region_prefix: str | None = None) -> bool:
        if not docs:
            return True
        if set(map(type, docs)) != {dict} or set(map(len, docs)) != {len(names)}:
            return False
        try:  # every name present and as many keys as names: exactly the table's columns
            rows = list(map(getter, docs))
        except KeyError:
            return False
        values = list(zip(*rows, strict=True))
        if not all(
            _column(column, list(column_values))
            for column, column_values in zip(columns, values, strict=True)
        ):
            return False
        return region_prefix is None or all(
            r.in_region(code, region_prefix)
            for index in regions
            for code in set(values[index])
            if code is not None
        )

    accept.__name__ = f"accept_all_{table}"
    return accept


_ACCEPT = {table: _compile(table, columns) for table, columns in TABLES.items()}


def accept_all(table: str, docs: list[Any], *, region_prefix: str | None = None) -> bool:
    """True only when every value dict of ``docs`` is plainly valid for ``table`` (no problem
    :func:`.schema.check_record` would find, region codes inside ``region_prefix`` too)."""
    accept = _ACCEPT.get(table) if type(table) is str else None
    return accept is not None and accept(docs, region_prefix)
