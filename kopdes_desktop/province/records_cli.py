"""``kopdes-province record | conflicts | resolve``: one record's story, conflicts per field.

``record ID`` shows a record's current values, every device's latest change of it (its head:
device, counter, base, clock, changed fields), its conflicts and the divergences of the
devices that wrote it. ``conflicts`` lists open conflicts field by field with both values and
the value before; ``resolve ID --field F --keep DEVICE|REV|VALUE`` settles one.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from kopdes_desktop.cli.common import print_json
from kopdes_desktop.errors import NotFoundError
from kopdes_desktop.province import conflict_views, conflicts, workspace_cli
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.models import ProvDevice, ProvRejection, ProvVersion
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.pending import TYPE_LABELS

Opener = Callable[[argparse.Namespace], ProvinceStore]


@dataclass(frozen=True)
class RecordView:
    """Everything the province holds about one record, as plain data."""

    table: str
    record_id: str
    deleted: bool
    in_conflict: bool
    values: dict[str, Any]
    heads: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    divergences: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def record_view(store: ProvinceStore, record_id: str) -> RecordView:
    """The record with this id (in whichever table holds it)."""
    with store.session() as session:
        rows = session.scalars(
            select(ProvVersion)
            .where(ProvVersion.record_id == record_id)
            .order_by(ProvVersion.device_id)
        ).all()
        if not rows:
            raise NotFoundError(
                f"Data {record_id} tidak ada di provinsi.",
                f"Record {record_id} is not at the province.",
            )
        devices = [r.device_id for r in rows if r.device_id != PROVINCE_DEVICE]
        names = {
            row.device_id: row.mentor_name
            for row in session.execute(
                select(ProvDevice.device_id, ProvDevice.mentor_name).where(
                    ProvDevice.device_id.in_(devices)
                )
            )
        }
        diverged = session.scalars(
            select(ProvRejection)
            .where(
                ProvRejection.device_id.in_(devices),
                ProvRejection.code == "divergence",
            )
            .order_by(ProvRejection.id)
        ).all()
        current = next(r for r in rows if r.is_current)
        heads = [
            {
                "device_id": r.device_id,
                "mentor": names.get(r.device_id, ""),
                "counter": r.counter,
                "base_rev": r.base_rev,
                "clock": r.clock or r.updated_at,
                "changed": json.loads(r.changed) if r.changed else "*",
                "deleted": r.deleted,
                "current": r.is_current,
                "batch_id": r.batch_id,
            }
            for r in rows
        ]
        divergences = [
            {
                "device_id": d.device_id,
                "batch_id": d.batch_id,
                "reason": d.reason,
                "at": d.at.isoformat(),
            }
            for d in diverged
        ]
        view = RecordView(
            current.table_name,
            record_id,
            current.deleted,
            current.in_conflict,
            json.loads(current.data),
            heads,
            [],
            divergences,
        )
    found = conflicts.list_conflicts(store, include_closed=True, record_id=record_id)
    return RecordView(
        view.table,
        view.record_id,
        view.deleted,
        view.in_conflict,
        view.values,
        view.heads,
        [c.as_dict() for c in found],
        view.divergences,
    )


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _record(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        view = record_view(store, args.record_id)
    if args.json:
        print_json(view.as_dict())
        return 0
    state = "dihapus" if view.deleted else "aktif"
    flag = "; ada konflik" if view.in_conflict else ""
    print(f"{TYPE_LABELS.get(view.table, view.table)} {view.record_id} ({state}{flag})")
    for name in sorted(view.values):
        print(f"  {name}: {_show(view.values[name])}")
    print("Versi terakhir per perangkat:")
    for head in view.heads:
        mark = " (berlaku)" if head["current"] else ""
        who = head["mentor"] or ("provinsi" if head["device_id"] == PROVINCE_DEVICE else "-")
        changed = "semua" if head["changed"] == "*" else ", ".join(head["changed"]) or "-"
        print(
            f"  {head['device_id']} [{who}] nomor {head['counter']}, dasar "
            f"{head['base_rev'] or '-'}, waktu {head['clock']}, kolom diubah: {changed}{mark}"
        )
    for item in view.conflicts:
        print(
            f"Konflik #{item['id']} [{item['status']}] kolom {item['field'] or '(semua)'}: "
            + "; ".join(f"{v['device_id']} = {_show(v.get('value'))}" for v in item["versions"])
        )
    for item in view.divergences:
        print(
            f"Divergensi perangkat {item['device_id']} (paket {item['batch_id']}): {item['reason']}"
        )
    return 0


def _conflicts(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        if args.json and not args.all:
            print_json([row.as_dict() for row in conflict_views.conflict_rows(store)])
            return 0
        found = conflicts.list_conflicts(store, args.all)
    if args.json:
        print_json([c.as_dict() for c in found])
        return 0
    if not found:
        print("Tidak ada konflik terbuka.")
    for c in found:
        if c.field is None:
            sides = ", ".join(v["rev"] for v in c.versions)
            print(
                f"#{c.id} {c.table} {c.record_id} [{c.status}]: versi {sides}; "
                f"pemenang sementara {c.winner}"
            )
            continue
        sides = "; ".join(f"{v['device_id']} = {_show(v['value'])}" for v in c.versions)
        print(
            f"#{c.id} {c.table} {c.record_id} kolom {c.field} [{c.status}]: "
            f"sebelumnya {_show(c.base_value)}; {sides}; pemenang sementara {c.winner}"
        )
    return 0


def _resolve(open_store: Opener, args: argparse.Namespace) -> int:
    with open_store(args) as store:
        rev = conflicts.resolve_conflict(
            store, args.conflict_id, args.keep, args.field, actor=workspace_cli._actor()
        )
    if args.json:
        print_json({"id": args.conflict_id, "rev": rev})
        return 0
    print(f"Konflik #{args.conflict_id} diselesaikan (perubahan provinsi {rev}).")
    return 0


def register(add: Callable[..., argparse.ArgumentParser], open_store: Opener) -> None:
    """Add the record, conflicts and resolve commands through ``add(name, func, help)``."""
    record = add(
        "record",
        lambda a: _record(open_store, a),
        "tampilkan satu data: nilai, versi per perangkat, konflik, divergensi",
    )
    record.add_argument("record_id", help="id data (UUID)")
    record.add_argument("--json", action="store_true", help="keluaran JSON")
    listing = add(
        "conflicts",
        lambda a: _conflicts(open_store, a),
        "daftar konflik per kolom dengan kedua nilai",
    )
    listing.add_argument("--all", action="store_true", help="termasuk yang sudah selesai")
    listing.add_argument("--json", action="store_true", help="keluaran JSON")
    resolve = add("resolve", lambda a: _resolve(open_store, a), "selesaikan satu konflik")
    resolve.add_argument("conflict_id", type=int, help="nomor konflik (lihat 'conflicts')")
    resolve.add_argument("--field", help="kolom yang diselesaikan (pemeriksaan)")
    resolve.add_argument(
        "--keep",
        required=True,
        help="id perangkat atau revisi (perangkat:nomor) yang dipertahankan, "
        "atau nilai yang diketik (JSON atau teks)",
    )
    resolve.add_argument("--json", action="store_true", help="keluaran JSON")
