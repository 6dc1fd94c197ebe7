"""Facts two instruments both ask, so that one visit asks each of them once.

A fact is read in each instrument from one item, or as the sum of several (the USP form asks
*kas* and *bank* apart, the KDKMP form asks *kas dan bank* together). Within one visit the fact
is typed in one form, its *owner*, and shown read-only in the others, its *mirrors*: the owner
is the form that reads the fact in most detail (a sum can give a single value, not the other
way round), else the form started first. A mirror is one item, so a fact read as a sum in two
forms would have no mirror; the mapping below has none such (a test holds it).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.core.instruments.answers import is_missing

USP = "kesehatan-usp-2016"
KDKMP = "kesiapan-kdkmp"


@dataclass(frozen=True)
class SharedFact:
    """One fact and the items that read it, per instrument id."""

    name: str
    reads: dict[str, tuple[str, ...]]


SHARED_FACTS: tuple[SharedFact, ...] = (
    SharedFact("total_aset", {USP: ("total_aset",), KDKMP: ("aset",)}),
    SharedFact("kas_dan_bank", {USP: ("kas", "bank"), KDKMP: ("kas",)}),
    SharedFact("simpanan_pokok", {USP: ("simpanan_pokok",), KDKMP: ("simpanan_pokok_terkumpul",)}),
    SharedFact("simpanan_wajib", {USP: ("simpanan_wajib",), KDKMP: ("simpanan_wajib_terkumpul",)}),
)


@dataclass(frozen=True)
class Link:
    """A fact in one visit: the form (by position) that asks it and the items it is read
    from there, and the forms that show it, each with its one item."""

    fact: str
    owner: int
    owner_items: tuple[str, ...]
    mirrors: tuple[tuple[int, str], ...]


def links(instrument_ids: Sequence[str]) -> list[Link]:
    """How the facts shared by the forms of one visit (in the order they were started) flow."""
    out = []
    for fact in SHARED_FACTS:
        present = [
            (i, fact.reads[iid]) for i, iid in enumerate(instrument_ids) if iid in fact.reads
        ]
        if len(present) < 2:
            continue
        owner, owner_items = max(present, key=lambda p: (len(p[1]), -p[0]))
        mirrors = tuple((i, items[0]) for i, items in present if i != owner and len(items) == 1)
        if mirrors:
            out.append(Link(fact.name, owner, owner_items, mirrors))
    return out


def value_of(answers: dict[str, Any], items: tuple[str, ...]) -> Any:
    """The fact read from ``answers``: the one item's answer, or the sum of several (None
    while any of them is unanswered or not a number)."""
    if len(items) == 1:
        value = answers.get(items[0])
        return None if is_missing(value) else value
    parts = [answers.get(item) for item in items]
    if any(isinstance(p, bool) or not isinstance(p, int | float) for p in parts):
        return None
    return sum(parts)


def mirrored_items(instrument_ids: Sequence[str], index: int) -> dict[str, tuple[int, str]]:
    """The items of form ``index`` shown from another form: item id -> (owner form, fact)."""
    return {
        item: (link.owner, link.fact)
        for link in links(instrument_ids)
        for mirror, item in link.mirrors
        if mirror == index
    }
