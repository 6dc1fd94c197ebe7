"""``kopdes backup``, ``kopdes restore``, ``kopdes info`` and the store key
(``kopdes kunci-pemulihan``, ``kopdes kata-sandi``): the store as a whole."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.cli.common import add_data_dir, data_paths, print_json
from kopdes_desktop.core import data_folder
from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import archive, backup_reminder, migrate, vault
from kopdes_desktop.store.db import Store, check_sqlite_file
from kopdes_desktop.store.schema import metadata

NEW_PASSPHRASE_ENV = "KOPDES_NEW_PASSPHRASE"
# Progress is worth printing only for a backup of some size.
LONG_BACKUP_BYTES = 40 * 1024 * 1024
log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the backup, restore and info commands."""
    parser = subparsers.add_parser(
        "backup",
        help="cadangan lengkap (basis data, lampiran, kunci) ke satu berkas zip",
        description="Tulis cadangan lengkap: basis data, lampiran, kunci perangkat dan versi "
        "instrumen dalam satu berkas zip. Aman saat aplikasi terbuka.",
    )
    parser.add_argument(
        "--out",
        type=Path,
        help="berkas atau folder tujuan (bawaan: flashdisk yang terpasang, "
        "atau folder Dokumen; bukan folder data)",
    )
    add_data_dir(parser)
    parser.set_defaults(func=cmd_backup)

    parser = subparsers.add_parser(
        "restore",
        help="pulihkan dari berkas cadangan (data lama disimpan di backups/)",
        description="Pulihkan basis data, lampiran dan kunci dari cadangan lengkap (.zip), "
        "atau basis data dari cadangan lama (.sqlite3). Boleh ke folder data baru.",
    )
    parser.add_argument("file", type=Path, help="berkas cadangan Kopdes (.zip atau .sqlite3)")
    add_data_dir(parser)
    parser.set_defaults(func=cmd_restore, store_optional=True)

    parser = subparsers.add_parser(
        "kunci-pemulihan",
        help="tampilkan kunci pemulihan data (simpan di tempat aman)",
        description="Tampilkan kunci pemulihan: membuka basis data terenkripsi dan cadangannya "
        "di laptop lain bila kata sandi lupa. Catat dan simpan di tempat aman.",
    )
    add_data_dir(parser)
    parser.set_defaults(func=cmd_recovery_key)

    parser = subparsers.add_parser(
        "kata-sandi",
        help="atur kata sandi data (membuka data dan cadangan di laptop lain)",
        description="Atur atau ganti kata sandi data. Kata sandi baru dibaca dari "
        f"{NEW_PASSPHRASE_ENV} atau ditanyakan di terminal.",
    )
    add_data_dir(parser)
    parser.set_defaults(func=cmd_passphrase)

    parser = subparsers.add_parser("info", help="folder data, skema, cadangan dan jumlah data")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(parser)
    parser.set_defaults(func=cmd_info, store_optional=True)


def _require_database(paths: DataPaths) -> None:
    if not paths.database.exists():
        raise StoreError(
            f"Belum ada basis data di {paths.root}.",
            f"There is no database in {paths.root} yet.",
        )
    check_sqlite_file(paths.database)


class _Progress:
    """Prints every tenth of a long backup on stderr; silent for a small one."""

    def __init__(self, verb: str) -> None:
        self.shown = -1
        self.verb = verb

    def __call__(self, done: int, total: int) -> None:
        if total < LONG_BACKUP_BYTES or total <= 0:
            return
        tenth = done * 10 // total
        if tenth > self.shown:
            self.shown = tenth
            print(f"kopdes: {self.verb}... {tenth * 10}%", file=sys.stderr, flush=True)


def _contents(info: archive.BackupInfo) -> str:
    return (
        f"basis data, {info.count('attachments')} lampiran, {info.count('keys')} kunci, "
        f"{info.count('instruments')} versi instrumen"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    """Write a complete backup to ``--out`` (or the suggested folder) and check it."""
    paths = data_paths(args)
    _require_database(paths)
    out: Path = (args.out or data_folder.suggested_backup_folder(paths)).expanduser().resolve()
    if out == paths.database:
        raise StoreError(
            "Berkas cadangan tidak boleh sama dengan basis data.",
            "The backup file cannot be the database itself.",
        )
    info = data_folder.write_backup(paths, out, progress=_Progress("mencadangkan"))
    log.info("backup written: %d members, %d bytes", len(info.members), info.file.stat().st_size)
    print(
        f"Cadangan ditulis: {info.file} ({_size(info.file.stat().st_size)}; "
        f"{_contents(info)}; skema {info.schema_revision})"
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the data with a checked backup; what it replaced is kept in ``backups/``."""
    paths = data_paths(args)
    candidate: Path = args.file.expanduser().resolve()
    complete = data_folder.is_complete_backup(candidate)
    kept = data_folder.restore(paths, candidate, progress=_Progress("memulihkan"))
    with Store.open(paths) as store:
        revision = migrate.current_revision(store.engine)
    if complete:
        info = data_folder.describe_backup(candidate)
        print(f"Dipulihkan dari {candidate}: {_contents(info)} (skema {revision}).")
    else:
        print(f"Dipulihkan dari {candidate}: basis data saja, cadangan lama (skema {revision}).")
    log.info("restored from a %s backup", "complete" if complete else "database-only")
    if kept is not None:
        print(f"Basis data sebelumnya disimpan di: {kept}")
    return 0


def terminal_prompt(request: vault.Request) -> str | None:
    """Ask for the data passphrase on the terminal (nothing when there is no terminal)."""
    if not sys.stdin.isatty():
        return None
    if request.kind == "new":
        return _new_passphrase()
    if request.retry:
        print("kopdes: kata sandi atau kunci pemulihan salah.", file=sys.stderr)
    return getpass.getpass(f"Kata sandi data atau kunci pemulihan ({request.data_dir}): ") or None


def _new_passphrase() -> str | None:
    print(
        "kopdes: komputer ini tidak punya keyring; data dikunci dengan kata sandi "
        f"(minimal {vault.MIN_PASSPHRASE} karakter).",
        file=sys.stderr,
    )
    for _ in range(3):
        first = getpass.getpass("Kata sandi data baru: ")
        if not first:
            return None
        if getpass.getpass("Ulangi kata sandi: ") == first:
            return first
        print("kopdes: kedua kata sandi tidak sama.", file=sys.stderr)
    return None


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """Print the recovery key of the data folder's store."""
    paths = data_paths(args)
    with Store.open(paths) as store:
        assert store.key is not None
        code = vault.recovery_code(paths, store.key)
    vault.mark_recovery_shown(paths)
    print(f"Kunci pemulihan: {code}")
    print(
        "Catat dan simpan di tempat aman, terpisah dari laptop. Dengan kunci ini cadangan "
        "dapat dipulihkan di laptop lain bila kata sandi lupa."
    )
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    """Set or change the passphrase that unlocks the store (and its backups) anywhere."""
    paths = data_paths(args)
    passphrase = os.environ.get(NEW_PASSPHRASE_ENV) or (
        _new_passphrase() if sys.stdin.isatty() else None
    )
    if not passphrase:
        raise StoreError(
            f"Kata sandi baru tidak diberikan ({NEW_PASSPHRASE_ENV}).",
            f"No new passphrase given ({NEW_PASSPHRASE_ENV}).",
        )
    with Store.open(paths) as store:
        assert store.key is not None
        vault.set_passphrase(paths, store.key, passphrase)
    print("Kata sandi data diatur. Cadangan berikutnya dapat dibuka dengan kata sandi ini.")
    return 0


def record_counts(store: Store) -> dict[str, int]:
    """Rows per table (tombstoned rows included), in the schema's dependency order."""
    counts: dict[str, int] = {}
    with store.read() as session:
        for table in metadata.sorted_tables:
            counts[table.name] = session.scalar(select(func.count()).select_from(table)) or 0
    return counts


def store_info(paths: DataPaths) -> dict[str, Any]:
    """What ``kopdes info`` reports. Opening the store applies pending migrations, as the app
    does; a folder without a database is described without creating one."""
    info: dict[str, Any] = {
        "data_dir": str(paths.root),
        "database": str(paths.database),
        "database_bytes": None,
        "schema_revision": None,
        "schema_head": migrate.head(),
        "device_id": None,
        "last_backup": None,
        "backup_overdue_days": None,
        "counts": {},
    }
    if not paths.database.exists():
        return info
    last = backup_reminder.last_backup(paths)
    if last is not None:
        info["last_backup"] = {
            "at": last.at.isoformat(),
            "file": str(last.file),
            "bytes": last.size,
        }
    info["backup_overdue_days"] = backup_reminder.backup_overdue(paths)
    with Store.open(paths) as store:
        info["schema_revision"] = migrate.current_revision(store.engine)
        info["device_id"] = store.device_id
        info["counts"] = record_counts(store)
    info["database_bytes"] = paths.database.stat().st_size
    return info


def _backup_time(stamp: str) -> str:
    """A backup's time (the laptop's clock) as people read it, in the laptop's zone."""
    from kopdes_desktop.reports import localtime

    return localtime.shown(datetime.fromisoformat(stamp).astimezone())


def cmd_info(args: argparse.Namespace) -> int:
    """Print the data folder, database, schema revision, device id and row counts."""
    info = store_info(data_paths(args))
    if args.json:
        print_json(info)
        return 0
    size = info["database_bytes"]
    print(f"Folder data   : {info['data_dir']}")
    if size is None:
        print(f"Basis data    : {info['database']} (belum ada)")
        return 0
    print(f"Basis data    : {info['database']} ({_size(size)})")
    latest = " (terbaru)" if info["schema_revision"] == info["schema_head"] else ""
    print(f"Revisi skema  : {info['schema_revision']}{latest}")
    print(f"ID perangkat  : {info['device_id']}")
    last = info["last_backup"]
    overdue = info["backup_overdue_days"]
    print(
        f"Cadangan      : {_backup_time(last['at'])} ({last['file']})"
        if last
        else "Cadangan      : belum pernah"
    )
    if overdue is not None:
        print(f"                sudah {overdue} hari: buat cadangan baru (kopdes backup)")
    print("Jumlah baris  :")
    width = max(len(name) for name in info["counts"])
    for name, count in info["counts"].items():
        print(f"  {name:<{width}}  {count:>9,}".replace(",", "."))
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
