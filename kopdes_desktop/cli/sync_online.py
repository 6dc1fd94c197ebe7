"""``kopdes sync now`` and ``kopdes sync enroll``: online sync from the command line."""

from __future__ import annotations

import argparse
import logging
import re
import sys
from typing import overload
from urllib.parse import urlsplit

from kopdes_desktop.cli.common import add_data_dir, data_paths, open_store
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.sync.http_client import SyncReport, enroll, sync_now
from kopdes_desktop.sync.http_transport import normalize_server
from kopdes_desktop.sync.online_errors import OnlineSyncError

log = logging.getLogger(__name__)
_HOST = re.compile(r"^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?)$")


@overload
def check_server(text: str) -> str: ...
@overload
def check_server(text: None) -> None: ...
def check_server(text: str | None) -> str | None:
    """A server address that can be reached at all (scheme, host, port in range, nothing
    else), or None to use the stored one; a malformed one is refused before any network use,
    so the mentor reads "Alamat server tidak sah" rather than "Tidak ada sinyal internet"."""
    if text is None:
        return None
    url = normalize_server(text)
    invalid = KopdesError(
        f"Alamat server tidak sah: {text.strip()!r}. Contoh: https://sinkron.contoh.id",
        f"The server address is not valid: {text.strip()!r}.",
    )
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise invalid from None
    host = parts.hostname or ""
    netloc_host = parts.netloc.rsplit("@", 1)[-1]
    if port is not None:
        netloc_host = netloc_host.rsplit(":", 1)[0]
    if (
        not _HOST.match(netloc_host)
        or not host
        or parts.query
        or parts.fragment
        or "@" in parts.netloc
        or any(c.isspace() for c in url)
    ):
        raise invalid
    return url


def register_sync_commands(sync_subparsers: argparse._SubParsersAction) -> None:
    """Add ``now`` and ``enroll`` under ``kopdes sync``."""
    now = sync_subparsers.add_parser("now", help="sinkronkan sekarang lewat internet")
    now.add_argument("--server", help="alamat server provinsi (bawaan: yang tersimpan)")
    now.add_argument(
        "--attachments-mb",
        type=float,
        default=0.0,
        metavar="MB",
        help="ambil juga lampiran riwayat koperasi yang diserahkan, paling banyak "
        "sebesar ini (bawaan 0: hanya datanya)",
    )
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
    server = check_server(args.server)
    store = open_store(args)
    try:
        report = sync_now(
            store,
            data_paths(args),
            server,
            progress=_progress,
            attachment_budget=_budget(args.attachments_mb),
        )
    except OnlineSyncError as exc:
        if exc.report is not None:
            _print_report(exc.report)
            _log_report(exc.report)
        log.warning("online sync failed: %s", exc.message_en)
        raise
    finally:
        store.close()
    _print_report(report)
    _log_report(report)
    return 0


def _budget(megabytes: float) -> int:
    """Bytes of a budget given in MB (0 to 256)."""
    if not 0 <= megabytes <= 256:
        raise KopdesError(
            "Batas lampiran harus antara 0 dan 256 MB.",
            "The attachment budget must be between 0 and 256 MB.",
        )
    return int(megabytes * 1024 * 1024)


def _log_report(report: SyncReport) -> None:
    log.info(
        "online sync: %d uploaded, %d applied, %d duplicates, %d quarantined, "
        "%d rejected, %d bytes, receipt %s, reference %s",
        report.uploaded,
        report.applied,
        report.duplicates,
        report.quarantined,
        len(report.rejected),
        report.bytes_sent,
        "yes" if report.receipt else "no",
        "yes" if report.reference else "no",
    )


def _enroll(args: argparse.Namespace) -> int:
    server = check_server(args.server)
    store = open_store(args)
    try:
        fingerprint = enroll(store, data_paths(args), server, args.code)
    finally:
        store.close()
    log.info("enrolled at the province server")
    print("Laptop terdaftar di server provinsi.")
    print(f"Sidik jari provinsi: {fingerprint}")
    print("Cocokkan sidik jari ini dengan yang dibacakan petugas provinsi.")
    return 0
