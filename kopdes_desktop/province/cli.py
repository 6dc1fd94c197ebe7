"""``kopdes-province``: the province side over files (verify, consolidate, receipts, reference).

Every command takes ``--dir DIR`` (else ``KOPDES_PROVINCE_DIR``, else the platform data dir).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import make_url

from kopdes_desktop import __version__, logging_setup
from kopdes_desktop.cli.argparse_id import Parser
from kopdes_desktop.cli.common import os_error_message, print_json
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province import check as check_command
from kopdes_desktop.province import (
    conflicts,
    dashboard_cli,
    devices,
    devices_cli,
    ingest,
    instrument_cli,
    mentors_cli,
    outputs,
    records_cli,
    scale_cli,
    serve_cli,
    workspace_cli,
)
from kopdes_desktop.province import verify as seal_verify
from kopdes_desktop.province.store import DB_PASSWORD_ENV, ProvinceStore, resolve_dir

log = logging.getLogger("kopdes_desktop.province.cli")

STATUS_WORDS = {
    "applied": "diterapkan",
    "duplicate": "sudah diterima",
    "quarantined": "dikarantina",
    "waiting": "menunggu paket sebelumnya",
    "rejected": "ditolak",
}


def _open(args: argparse.Namespace) -> ProvinceStore:
    return ProvinceStore.open(resolve_dir(args.dir))


def _init(args: argparse.Namespace) -> int:
    store = serve_cli.init_store(resolve_dir(args.dir), args.db_url)
    print(f"Folder provinsi siap: {store.root}")
    print(f"Sidik jari provinsi: {store.public.fingerprint}")
    store.close()
    if args.db_url and make_url(args.db_url).password:
        print(
            "Kata sandi basis data tersimpan di config.json (hanya dapat dibaca pemiliknya). "
            f"Lebih baik: alamat tanpa kata sandi, dan kata sandinya di {DB_PASSWORD_ENV} "
            "atau berkas pgpass."
        )
    return 0


def _trust_file(args: argparse.Namespace) -> int:
    with _open(args) as store:
        fingerprint = outputs.write_trust_file(store, args.out)
    print(f"Berkas kepercayaan ditulis: {args.out}")
    print(f"Sidik jari (bacakan kepada pendamping): {fingerprint}")
    return 0


def _print_outcomes(outcomes: list[ingest.ImportOutcome], as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {
                    "file": o.file,
                    "batch_id": o.batch_id,
                    "device_id": o.device_id,
                    "status": o.status,
                    "reason": o.reason,
                    "records": o.records,
                    "conflicts": o.conflicts,
                }
                for o in outcomes
            ]
        )
        return
    for o in outcomes:
        line = f"{o.file}: {STATUS_WORDS[o.status]}"
        if o.status == "applied":
            line += f", {o.records} catatan, {o.conflicts} konflik"
        elif o.reason:
            line += f": {o.reason}"
        print(line)


def _enroll(args: argparse.Namespace) -> int:
    with _open(args) as store:
        info, outcomes = devices.enroll(store, args.device_file, (workspace_cli._actor(), "cli"))
    if args.json:
        print_json({**info, "batches": [o.as_dict() for o in outcomes]})
        return 0
    print(f"Perangkat terdaftar: {info['device_id']} ({info['mentor'] or 'tanpa nama'})")
    print(f"Sidik jari perangkat: {info['fingerprint']}")
    _print_outcomes(outcomes, False)
    return 0


def _devices(args: argparse.Namespace) -> int:
    with _open(args) as store:
        statuses = devices.device_statuses(store)
    if args.json:
        print_json([s.as_dict() for s in statuses])
        return 0
    words = {"enrolled": "terdaftar", "revoked": "DICABUT"}
    for s in statuses:
        word = words.get(s.status, "BELUM DISETUJUI")
        print(
            f"{s.device_id} {s.mentor or '-'}: {word}, sampai {s.contiguous_counter}, "
            f"karantina {s.quarantined_batches}, sidik jari {s.fingerprint}"
        )
    return 0


def _approve(args: argparse.Namespace) -> int:
    with _open(args) as store:
        claims = devices.key_claims(store, args.device_id)
        if not args.json:
            print(f"Perangkat {args.device_id}:")
        for claim in [] if args.json else claims:
            mentors = ", ".join(claim.mentors) or "tidak disebut"
            state = "terdaftar" if claim.enrolled else f"{claim.batches} paket dalam karantina"
            print(f"  kunci {claim.fingerprint}: {state}; pendamping: {mentors}")
        outcomes = devices.approve(store, args.device_id, args.key, (workspace_cli._actor(), "cli"))
    if args.json:
        print_json(
            {
                "device_id": args.device_id,
                "claims": [c.__dict__ for c in claims],
                "batches": [o.as_dict() for o in outcomes],
            }
        )
        return 0
    print(f"Perangkat {args.device_id} disetujui.")
    _print_outcomes(outcomes, False)
    return 0


def _import(args: argparse.Namespace) -> int:
    with _open(args) as store:
        outcomes = ingest.import_files(store, [Path(f) for f in args.files])
    _print_outcomes(outcomes, args.json)
    return 1 if any(o.status == "rejected" for o in outcomes) else 0


def _receipts(args: argparse.Namespace) -> int:
    with _open(args) as store:
        written = outputs.write_receipts(store, args.out)
    for path in written:
        print(f"Tanda terima: {path}")
    if not written:
        print("Belum ada perangkat terdaftar yang mengirim paket.")
    return 0


def _status(args: argparse.Namespace) -> int:
    with _open(args) as store:
        statuses = devices.device_statuses(store)
        open_conflicts = len(conflicts.list_conflicts(store))
    if args.json:
        print_json({"devices": [s.as_dict() for s in statuses], "open_conflicts": open_conflicts})
        return 0
    for s in statuses:
        gaps = ", ".join(f"{a}-{b}" for a, b in s.gaps) or "tidak ada"
        print(
            f"{s.device_id} {s.mentor or '-'}: sampai {s.contiguous_counter}; celah: {gaps}; "
            f"karantina: {s.quarantined_batches}; menunggu: {s.waiting_batches}; "
            f"divergensi: {s.divergences}; konflik terbuka: {s.open_conflicts}"
        )
    print(f"Konflik terbuka: {open_conflicts}")
    return 0


def _reference(args: argparse.Namespace) -> int:
    if not 0 <= args.attachments_mb <= 256:
        raise KopdesError(
            "Batas lampiran harus antara 0 dan 256 MB.",
            "The attachment budget must be between 0 and 256 MB.",
        )
    budget = int(args.attachments_mb * 1024 * 1024)
    with _open(args) as store:
        if args.device:
            path = args.out / f"kopdes-ref-{args.device[:8]}{outputs.REFERENCE_SUFFIX}"
            summary = outputs.write_reference(store, path, args.device, budget)
            written = [path]
        else:
            summary, written = outputs.write_references(store, args.out, budget)
    for path in written:
        print(f"Paket referensi: {path}")
    print(
        f"Paket referensi versi {summary['version']}: {len(written)} berkas "
        f"({summary['records']} data, {summary['regions']} wilayah, "
        f"{summary['instruments']} instrumen)"
    )
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="kopdes-province",
        description="Kopdes provinsi: terima paket pendamping, tanda terima, data referensi.",
    )
    parser.add_argument("--version", action="version", version=f"kopdes-province {__version__}")
    common = Parser(add_help=False)
    common.add_argument("--dir", help="folder provinsi (bawaan: KOPDES_PROVINCE_DIR)")
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH", required=True)

    def add(
        name: str, func: Callable[[argparse.Namespace], int | None], help_text: str
    ) -> argparse.ArgumentParser:
        command = sub.add_parser(name, parents=[common], help=help_text)
        command.set_defaults(func=func)
        return command

    json_help = "keluaran JSON"
    add("init", _init, "siapkan kunci dan basis data").add_argument(
        "--db-url",
        help="basis data (bawaan: SQLite di folder provinsi; PostgreSQL: "
        "postgresql+psycopg://..., perlu pip install 'kopdes-desktop[postgres]')",
    )
    add("trust-file", _trust_file, "tulis berkas kepercayaan untuk pendamping").add_argument(
        "--out", type=Path, required=True, help="berkas kepercayaan yang ditulis"
    )
    enroll = add("enroll", _enroll, "daftarkan perangkat dari berkas perangkat")
    enroll.add_argument("device_file", type=Path, help="berkas perangkat dari laptop pendamping")
    enroll.add_argument("--json", action="store_true", help=json_help)
    add("devices", _devices, "daftar perangkat").add_argument(
        "--json", action="store_true", help=json_help
    )
    approve = add("approve", _approve, "setujui perangkat yang dikarantina")
    approve.add_argument("device_id", help="ID perangkat (lihat devices)")
    approve.add_argument(
        "--key",
        metavar="SIDIK_JARI",
        help="sidik jari kunci yang disetujui (wajib bila lebih dari satu)",
    )
    approve.add_argument("--json", action="store_true", help=json_help)
    imp = add("import", _import, "impor berkas paket")
    imp.add_argument("files", nargs="+", metavar="BERKAS", help="berkas paket dari pendamping")
    imp.add_argument("--json", action="store_true", help=json_help)
    add("receipts", _receipts, "tulis tanda terima per perangkat").add_argument(
        "--out", type=Path, required=True, help="folder tujuan tanda terima"
    )
    add("status", _status, "status per perangkat").add_argument(
        "--json", action="store_true", help=json_help
    )
    records_cli.register(add, _open)
    workspace_cli.register(add, _open)
    instrument_cli.register(add, _open)
    seal_verify.register(add, _open)
    dashboard_cli.register(add, _open)
    devices_cli.register(add, _open)
    mentors_cli.register(add, _open)
    ref = add(
        "reference", _reference, "tulis paket referensi per perangkat, disegel untuk perangkatnya"
    )
    ref.add_argument("--out", type=Path, required=True, help="folder tujuan paket referensi")
    ref.add_argument("--device", help="hanya untuk perangkat ini (ID perangkat)")
    ref.add_argument(
        "--attachments-mb",
        type=float,
        default=0.0,
        metavar="MB",
        help="sertakan lampiran riwayat koperasi yang diserahkan sampai sebesar "
        "ini per perangkat (bawaan 0: hanya datanya)",
    )
    scale_cli.register(add, _open)
    serve_cli.register(sub)
    check_command.register(sub)
    return parser


def _start_log(args: argparse.Namespace) -> None:
    """Log to the province folder's ``logs/`` once it is initialised (commands, errors)."""
    root = resolve_dir(getattr(args, "dir", None))
    if (root / "config.json").is_file():
        logging_setup.configure(DataPaths(root), also_stderr=args.command == "serve")
        logging_setup.log_start("kopdes-province")
    else:
        logging_setup.discard()


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        _start_log(args)
        log.info("command: %s", args.command)
        code = int(args.func(args) or 0)
        log.info("command %s ended: exit %d", args.command, code)
        return code
    except KopdesError as exc:
        log.warning("command %s failed: %s", args.command, exc.message_en)
        print(f"kopdes-province: {exc.message}", file=sys.stderr)
        return 1
    except OSError as exc:
        log.warning("command %s failed: %s", args.command, exc)
        print(f"kopdes-province: {os_error_message(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kopdes-province: dibatalkan", file=sys.stderr)
        return 130
    finally:
        logging_setup.close()
