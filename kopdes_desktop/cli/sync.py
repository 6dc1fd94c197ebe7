"""``kopdes sync ...``: trust the province, make the device file, export, import, status."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections import Counter
from pathlib import Path

from kopdes_desktop.cli.common import add_data_dir, open_store, print_json
from kopdes_desktop.cli.sync_online import register_sync_commands
from kopdes_desktop.reports import localtime
from kopdes_desktop.sync.export import DEFAULT_MAX_BYTES
from kopdes_desktop.sync.pending import TYPE_LABELS
from kopdes_desktop.sync.reference import LocalConflict
from kopdes_desktop.sync.service import SyncService, TrustChange

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add ``sync`` and its sub-commands."""
    parser = subparsers.add_parser("sync", help="sinkronisasi berkas dengan provinsi")
    commands = parser.add_subparsers(dest="sync_command", metavar="PERINTAH", required=True)

    trust = commands.add_parser("trust", help="percayai provinsi dari berkas kepercayaannya")
    trust.add_argument("file", type=Path, help="berkas kepercayaan dari petugas provinsi")
    trust.add_argument(
        "--yes",
        action="store_true",
        help="ganti provinsi yang sudah dipercayai tanpa bertanya (untuk skrip)",
    )
    trust.set_defaults(func=_trust)

    device = commands.add_parser("device-file", help="tulis berkas perangkat untuk provinsi")
    device.add_argument(
        "--out",
        type=Path,
        required=True,
        help="berkas perangkat yang ditulis (serahkan ke provinsi)",
    )
    device.set_defaults(func=_device_file)

    export = commands.add_parser("export", help="ekspor perubahan ke berkas sinkron")
    export.add_argument("--out", type=Path, required=True, help="folder tujuan (mis. USB)")
    export.add_argument("--json", action="store_true", help="keluaran JSON")
    export.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help="ukuran paket paling besar (bawaan 1 MB)",
    )
    export.set_defaults(func=_export)

    imp = commands.add_parser("import", help="impor tanda terima / paket referensi")
    imp.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="BERKAS",
        help="tanda terima atau paket referensi dari provinsi",
    )
    imp.add_argument("--json", action="store_true", help="keluaran JSON")
    imp.set_defaults(func=_import)

    status = commands.add_parser("status", help="perubahan tertunda, paket, tanda terima")
    status.add_argument("--json", action="store_true", help="keluaran JSON")
    status.set_defaults(func=_status)

    conflicts = commands.add_parser("conflicts", help="bentrok dengan data referensi")
    conflicts.add_argument("--json", action="store_true", help="keluaran JSON")
    conflicts.set_defaults(func=_conflicts)

    resolve = commands.add_parser("resolve", help="selesaikan bentrok")
    resolve.add_argument(
        "conflict_id", type=int, metavar="NOMOR", help="nomor bentrok (lihat sync conflicts)"
    )
    resolve.add_argument(
        "--keep",
        choices=("local", "reference"),
        required=True,
        help="local: pakai data laptop ini; reference: pakai data provinsi",
    )
    resolve.set_defaults(func=_resolve)

    for sub in (trust, device, export, imp, status, conflicts, resolve):
        add_data_dir(sub)
    register_sync_commands(commands)


def _service(args: argparse.Namespace) -> SyncService:
    return SyncService(open_store(args))


def _agreed_to_change(change: TrustChange, yes: bool) -> bool:
    """Show both provinces and ask before replacing the trusted one (``--yes``: agreed)."""
    assert change.old is not None
    print("PERHATIAN: laptop ini sudah mempercayai provinsi lain.")
    print(f"  Sekarang: {change.old.name}, sidik jari {change.old.fingerprint}")
    print(f"  Berkas ini: {change.new.name}, sidik jari {change.new.fingerprint}")
    print(
        f"{change.unacknowledged} perubahan yang belum diakui provinsi lama akan disegel "
        "ulang untuk provinsi baru."
    )
    if yes:
        return True
    try:
        answer = input("Ganti provinsi? Ketik 'ya' untuk mengganti: ")
    except EOFError:
        answer = ""
    return answer.strip().lower() in ("ya", "y", "yes")


def _trust(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        change = service.check_trust(args.file)
        if change.old is not None and not _agreed_to_change(change, args.yes):
            print("Provinsi tidak diganti (ulangi dengan --yes untuk mengganti).", file=sys.stderr)
            return 1
        info = service.trust(args.file, replace=change.old is not None)
    finally:
        service.store.close()
    if change.old is not None:
        log.warning("sync trust: province %s replaced by %s", change.old.key_id, info.key_id)
        print(
            f"Provinsi diganti; {change.unacknowledged} perubahan disegel ulang. "
            "Ekspor lagi dan kirim ke provinsi baru."
        )
    print(f"Provinsi dipercayai: {info.name}")
    print(f"Sidik jari: {info.fingerprint}")
    print("Cocokkan sidik jari ini dengan yang dibacakan petugas provinsi.")
    return 0


def _device_file(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        path = service.write_device_file(args.out)
    finally:
        service.store.close()
    print(f"Berkas perangkat ditulis: {path}")
    return 0


def _export(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        result = service.export(args.out, max_bytes=args.max_bytes)
    finally:
        service.store.close()
    log.info(
        "sync export: %d batches (%d new), %d records, %d attachments",
        len(result.batches),
        sum(b.new for b in result.batches),
        sum(b.records for b in result.batches),
        sum(b.attachments for b in result.batches),
    )
    if args.json:
        print_json(
            [
                {
                    "batch_id": b.batch_id,
                    "file": str(b.file),
                    "counter_from": b.counter_from,
                    "counter_to": b.counter_to,
                    "records": b.records,
                    "attachments": b.attachments,
                    "size": b.size,
                    "new": b.new,
                }
                for b in result.batches
            ]
        )
        return 0
    if not result.batches:
        print("Tidak ada perubahan untuk dikirim.")
    for b in result.batches:
        mark = "baru" if b.new else "ulang"
        print(
            f"{b.file.name}: {b.records} catatan, {b.attachments} lampiran, {b.size} bita ({mark})"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        outcomes = service.import_files(args.files)
    finally:
        service.store.close()
    statuses = Counter(o.status for o in outcomes)
    log.info("sync import: %s", ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())))
    if args.json:
        print_json([o.as_dict() for o in outcomes])
    else:
        for outcome in outcomes:
            print(f"{outcome.file}: {outcome.message}")
    return 1 if any(o.status == "rejected" for o in outcomes) else 0


def _status(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        status = service.status()
    finally:
        service.store.close()
    if args.json:
        print_json(status)
        return 0
    province = status["province"]
    print(
        f"Provinsi: {province['name']} ({province['fingerprint']})"
        if province
        else "Provinsi: belum dipercayai"
    )
    print(f"Perubahan tertunda: {status['pending_total']}")
    for table, count in status["pending"].items():
        print(f"  {TYPE_LABELS.get(table, table)}: {count}")
    receipt = status["last_receipt"]
    print(
        f"Tanda terima terakhir: {localtime.shown(receipt['received_at'])} (sampai perubahan "
        f"{receipt['contiguous_counter']})"
        if receipt
        else "Tanda terima terakhir: belum ada"
    )
    for batch in status["batches"]:
        print(
            f"  {batch['counter_from']}-{batch['counter_to']}: {batch['label']}"
            + (f" ({batch['file_name']})" if batch["file_name"] else "")
        )
    if status["open_conflicts"]:
        print(
            f"Bentrok menunggu keputusan Anda: {status['open_conflicts']} (kopdes sync conflicts)"
        )
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        conflicts = service.conflicts()
    finally:
        service.store.close()
    if args.json:
        print_json([c.__dict__ for c in conflicts])
        return 0
    if not conflicts:
        print("Tidak ada bentrok.")
    for c in conflicts:
        print(_conflict_line(c))
    return 0


def _conflict_line(c: LocalConflict) -> str:
    """One notice as a line: what happened, the field, the mentor's value and the one that
    stands (or the province's reason)."""
    title = f"#{c.id} {c.type_label} {c.name or c.record_id}"
    if c.kind == "refused":
        return f"{title}: {c.kind_label}: {c.incoming.get('alasan', '')}"
    if c.field is not None:
        mine, theirs = c.local.get(c.field), c.incoming.get(c.field)
        who = f" (dari perangkat {c.winner_device})" if c.winner_device else ""
        return (
            f"{title}: {c.kind_label} pada {c.field}: nilai Anda {_shown(mine)}, "
            f"yang berlaku {_shown(theirs)}{who}"
        )
    changed = sorted(k for k in c.incoming if c.incoming.get(k) != c.local.get(k))
    return f"{title}: berbeda pada {', '.join(changed) or '-'}"


def _shown(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _resolve(args: argparse.Namespace) -> int:
    service = _service(args)
    try:
        service.resolve(args.conflict_id, args.keep)
    finally:
        service.store.close()
    log.info("sync conflict resolved: keep %s", args.keep)
    print("Bentrok diselesaikan.")
    return 0
