"""``kopdes-province check``: find stored records the schema refuses, and quarantine them.

A province database filled by earlier versions may hold records no laptop can import (a name
that is null, a region code of 30,000 characters, an ``updated_at`` of "~~~~"). ``check`` reads
every record's current version, checks its values, id and timestamp against the synced tables'
schema (:mod:`kopdes_desktop.sync.schema`) and its parents against the store, and lists what it
refuses. ``--fix`` moves every version of those records, and of the records that depend on them,
to ``prov_quarantine`` in one transaction, so the reference package never carries them;
``--quarantined`` lists what is there.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, delete, select, update

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.core.regions import KALTARA
from kopdes_desktop.province.models import ProvConflict, ProvVersion
from kopdes_desktop.province.quarantine import ProvQuarantine, ensure_table
from kopdes_desktop.province.store import ProvinceStore, resolve_dir
from kopdes_desktop.sync import schema, schema_batch
from kopdes_desktop.sync.schema import Problem

SCAN_CHUNK = 2000
LOOKUP_CHUNK = 500
Key = tuple[str, str]


@dataclass(frozen=True)
class InvalidRecord:
    """A record whose current version the schema refuses, and why."""

    table: str
    record_id: str
    device_id: str
    counter: int
    problems: tuple[Problem, ...]

    @property
    def reason(self) -> str:
        return schema.summary(self.problems)

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "record_id": self.record_id,
            "device_id": self.device_id,
            "counter": self.counter,
            "reason": self.reason,
            "problems": [p.as_dict() for p in self.problems],
        }


@dataclass(frozen=True)
class QuarantinedVersion:
    """One version in quarantine, as an officer reads it."""

    id: int
    table: str
    record_id: str
    device_id: str
    counter: int
    was_current: bool
    found_at: str
    data: str
    problems: list[dict[str, str]]

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def region_prefix_of(store: ProvinceStore) -> str:
    """The province's region code: ``region_prefix`` in its configuration, else Kaltara's."""
    try:
        config = json.loads((store.root / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        config = {}
    prefix = config.get("region_prefix") if isinstance(config, dict) else None
    return prefix if isinstance(prefix, str) and prefix else KALTARA


def _current_rows(store: ProvinceStore) -> Iterator[tuple[str, str, str, int, str, str]]:
    """(table, record id, device, counter, updated_at, data) of every current version."""
    columns = (
        ProvVersion.table_name,
        ProvVersion.record_id,
        ProvVersion.device_id,
        ProvVersion.counter,
        ProvVersion.updated_at,
        ProvVersion.data,
    )
    with store.engine.connect() as connection:
        result = connection.execution_options(yield_per=SCAN_CHUNK).execute(
            select(*columns).where(ProvVersion.is_current.is_(True))
        )
        for row in result:
            yield tuple(row)  # type: ignore[misc]  # a row of the six columns selected


def find_invalid(
    store: ProvinceStore, region_prefix: str | None = None
) -> tuple[int, list[InvalidRecord]]:
    """How many records were checked, and those refused (with the records whose parents are
    refused or missing), in table and id order."""
    prefix = region_prefix if region_prefix is not None else region_prefix_of(store)
    problems: dict[Key, list[Problem]] = {}
    heads: dict[Key, tuple[str, int]] = {}
    refs: dict[Key, list[schema_batch.Ref]] = {}
    for table, record_id, device_id, counter, updated_at, data in _current_rows(store):
        key = (table, record_id)
        heads[key] = (device_id, counter)
        found = schema.check_stamps(record_id, updated_at)
        try:
            values = schema.parse_values(data)
        except (ValueError, RecursionError, TypeError):
            found.append(schema.BAD_JSON)
        else:
            found += schema.check_record(table, values, region_prefix=prefix)
            if type(values) is dict:
                refs[key] = schema_batch.parent_refs(table, values)
        if found:
            problems[key] = found
    _check_parents(heads, refs, problems)
    invalid = [
        InvalidRecord(
            table, record_id, *heads[(table, record_id)], tuple(problems[(table, record_id)])
        )
        for table, record_id in sorted(problems)
    ]
    return len(heads), invalid


def _check_parents(
    heads: dict[Key, tuple[str, int]],
    refs: dict[Key, list[schema_batch.Ref]],
    problems: dict[Key, list[Problem]],
) -> None:
    """Add the problems of records whose parent is missing, then, until nothing changes, of
    those whose parent is refused (it leaves the store with them)."""
    codes = {pid for found in refs.values() for _col, (parent, pid) in found if parent == "region"}
    regions = schema_batch.known_regions(codes)
    for key, found in refs.items():
        for column, (parent, parent_id) in found:
            exists = parent_id in regions if parent == "region" else (parent, parent_id) in heads
            if not exists:
                problems.setdefault(key, []).append(
                    schema_batch.parent_problem(column, parent, parent_id)
                )
    changed = True
    while changed:
        changed = False
        for key, found in refs.items():
            if key in problems:
                continue
            refused = [(column, *pair) for column, pair in found if pair in problems]
            if refused:
                problems[key] = [
                    schema_batch.parent_problem(*ref, "quarantined") for ref in refused
                ]
                changed = True


def known_in_store(connection: Connection) -> Callable[[str, set[str]], set[str]]:
    """``known(table, ids)`` for :func:`schema_batch.check_parents`: the ids of ``ids`` that the
    province holds (any version, a tombstone too), looked up by primary key in chunks."""

    def known(table: str, ids: set[str]) -> set[str]:
        wanted, found = sorted(ids), set[str]()
        for start in range(0, len(wanted), LOOKUP_CHUNK):
            found.update(
                connection.scalars(
                    select(ProvVersion.record_id).where(
                        ProvVersion.table_name == table,
                        ProvVersion.record_id.in_(wanted[start : start + LOOKUP_CHUNK]),
                    )
                )
            )
        return found

    return known


def quarantine(store: ProvinceStore, invalid: list[InvalidRecord]) -> int:
    """Move every version of the ``invalid`` records to quarantine, in one transaction, and
    close their open conflicts; the number of versions moved."""
    ensure_table(store.engine)
    moved = 0
    with store.session() as session:
        for record in invalid:
            where = (
                ProvVersion.table_name == record.table,
                ProvVersion.record_id == record.record_id,
            )
            reasons = json.dumps([p.as_dict() for p in record.problems], ensure_ascii=False)
            for version in session.scalars(select(ProvVersion).where(*where)):
                session.add(
                    ProvQuarantine(
                        table_name=version.table_name,
                        record_id=version.record_id,
                        device_id=version.device_id,
                        counter=version.counter,
                        base_rev=version.base_rev,
                        deleted=version.deleted,
                        updated_at=version.updated_at,
                        data=version.data,
                        batch_id=version.batch_id,
                        was_current=version.is_current,
                        reasons=reasons,
                    )
                )
                moved += 1
            session.flush()
            session.execute(delete(ProvVersion).where(*where))
            session.execute(
                update(ProvConflict)
                .where(
                    ProvConflict.table_name == record.table,
                    ProvConflict.record_id == record.record_id,
                    ProvConflict.status == "open",
                )
                .values(status="quarantined")
            )
    return moved


def quarantined(store: ProvinceStore) -> list[QuarantinedVersion]:
    """Everything in quarantine, oldest first."""
    ensure_table(store.engine)
    with store.session() as session:
        return [
            QuarantinedVersion(
                q.id,
                q.table_name,
                q.record_id,
                q.device_id,
                q.counter,
                q.was_current,
                q.found_at.isoformat(),
                q.data,
                json.loads(q.reasons),
            )
            for q in session.scalars(select(ProvQuarantine).order_by(ProvQuarantine.id))
        ]


# --- the command ------------------------------------------------------------------------------


def _list_quarantined(store: ProvinceStore, as_json: bool) -> int:
    found = quarantined(store)
    if as_json:
        print_json([q.as_dict() for q in found])
        return 0
    if not found:
        print("Karantina kosong.")
    for q in found:
        line = "; ".join(
            f"{p['field']}: {p['reason']}" if p["field"] else p["reason"] for p in q.problems[:3]
        )
        state = "versi berlaku" if q.was_current else "versi lain"
        print(
            f"#{q.id} {q.table} {q.record_id} ({q.device_id}:{q.counter}, {state}, "
            f"{q.found_at}): {line}"
        )
    return 0


def _check(args: argparse.Namespace) -> int:
    with ProvinceStore.open(resolve_dir(args.dir)) as store:
        if args.quarantined:
            return _list_quarantined(store, args.json)
        checked, invalid = find_invalid(store, args.region_prefix)
        moved = quarantine(store, invalid) if args.fix and invalid else 0
    if args.json:
        print_json(
            {
                "checked": checked,
                "invalid": [r.as_dict() for r in invalid],
                "quarantined_versions": moved,
            }
        )
    else:
        for record in invalid:
            print(
                f"{record.table} {record.record_id} ({record.device_id}:{record.counter}): "
                f"{record.reason}"
            )
        if not invalid:
            print(f"Semua {checked} catatan sah.")
        elif args.fix:
            print(
                f"{len(invalid)} dari {checked} catatan tidak sah dipindahkan ke karantina "
                f"({moved} versi); lihat: kopdes-province check --quarantined"
            )
        else:
            print(
                f"{len(invalid)} dari {checked} catatan tidak sah; jalankan dengan --fix "
                "untuk memindahkannya ke karantina."
            )
    return 1 if invalid and not args.fix else 0


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``check`` to the ``kopdes-province`` command line."""
    command = subparsers.add_parser(
        "check", help="periksa catatan tersimpan terhadap skema; --fix: pindahkan ke karantina"
    )
    command.add_argument("--dir", help="folder provinsi (bawaan: KOPDES_PROVINCE_DIR)")
    command.add_argument(
        "--fix", action="store_true", help="pindahkan catatan yang tidak sah ke karantina"
    )
    command.add_argument("--quarantined", action="store_true", help="tampilkan isi karantina")
    command.add_argument(
        "--region-prefix",
        metavar="KODE",
        help="kode wilayah provinsi (bawaan: dari config.json, atau 65)",
    )
    command.add_argument("--json", action="store_true", help="keluaran JSON")
    command.set_defaults(func=_check)
