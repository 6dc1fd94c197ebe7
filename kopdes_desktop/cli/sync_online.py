"""``kopdes sync now`` and ``kopdes sync enroll``: online sync from the command line."""

from __future__ import annotations

import argparse
import sys

from kopdes_desktop.cli.common import add_data_dir, data_paths, open_store
from kopdes_desktop.sync.http_client import SyncReport, enroll, sync_now
from kopdes_desktop.sync.online_errors import OnlineSyncError


def register_sync_commands(sync_subparsers: argparse._SubParsersAction) -> None:
    """Add ``now`` and ``enroll`` under ``kopdes sync``."""
    now = sync_subparsers.add_parser("now", help="sinkronkan sekarang lewat internet")
    now.add_argument("--server", help="alamat server provinsi (bawaan: yang tersimpan)")
    now.set_defaults(func=_now)

    enrol = sync_subparsers.add_parser("enroll", help="daftarkan laptop ke server provinsi")
    enrol.add_argument("--server", required=True, help="alamat server, mis. https://sinkron.contoh")
    enrol.add_argument("--code", required=True, help="kode pendaftaran dari petugas provinsi")
    enrol.set_defaults(func=_enroll)

    for parser in (now, enrol):
        add_data_dir(parser)


def _progress(_done: int, _total: int, message: str) -> None:
    print(f"  {message}", file=sys.stderr, flush=True)


def _print_report(report: SyncReport) -> None:
    print(report.summary())
    for batch_id, reason in report.rejected:
        print(f"  paket {batch_id[:8]} ditolak: {reason}")


def _now(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        report = sync_now(store, data_paths(args), args.server, progress=_progress)
    except OnlineSyncError as exc:
        if exc.report is not None:
            _print_report(exc.report)
        raise
    finally:
        store.close()
    _print_report(report)
    return 0


def _enroll(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        fingerprint = enroll(store, data_paths(args), args.server, args.code)
    finally:
        store.close()
    print("Laptop terdaftar di server provinsi.")
    print(f"Sidik jari provinsi: {fingerprint}")
    print("Cocokkan sidik jari ini dengan yang dibacakan petugas provinsi.")
    return 0
