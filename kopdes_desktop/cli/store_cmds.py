"""``kopdes backup``, ``kopdes restore`` and ``kopdes info``: the store as a whole."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from kopdes_desktop.cli.common import add_data_dir, data_paths, print_json
from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, migrate
from kopdes_desktop.store.db import Store, check_sqlite_file
from kopdes_desktop.store.schema import metadata

# Progress is worth printing only for a database of some size (pages of 4 KiB: about 40 MB).
LONG_BACKUP_PAGES = 10_000


def register(subparsers: argparse._SubParsersAction) -> None:
    """Add the backup, restore and info commands."""
    parser = subparsers.add_parser(
        "backup", help="cadangkan basis data ke satu berkas (aman saat aplikasi terbuka)"
    )
    parser.add_argument("--out", required=True, type=Path, help="berkas cadangan yang ditulis")
    add_data_dir(parser)
    parser.set_defaults(func=cmd_backup)

    parser = subparsers.add_parser(
        "restore", help="pulihkan basis data dari berkas cadangan (yang lama disimpan)"
    )
    parser.add_argument("file", type=Path, help="berkas cadangan Kopdes")
    add_data_dir(parser)
    parser.set_defaults(func=cmd_restore)

    parser = subparsers.add_parser("info", help="folder data, skema dan jumlah data")
    parser.add_argument("--json", action="store_true", help="keluaran JSON")
    add_data_dir(parser)
    parser.set_defaults(func=cmd_info)


def _require_database(paths: DataPaths) -> None:
    if not paths.database.exists():
        raise StoreError(
            f"Belum ada basis data di {paths.root}.",
            f"There is no database in {paths.root} yet.",
        )
    check_sqlite_file(paths.database)


class _Progress:
    """Prints every tenth of a long backup on stderr; silent for a small one."""

    def __init__(self) -> None:
        self.shown = -1

    def __call__(self, done: int, total: int) -> None:
        if total < LONG_BACKUP_PAGES or total <= 0:
            return
        tenth = done * 10 // total
        if tenth > self.shown:
            self.shown = tenth
            print(f"kopdes: mencadangkan... {tenth * 10}%", file=sys.stderr, flush=True)


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the live database to ``--out`` and check that the copy is a sound Kopdes backup."""
    paths = data_paths(args)
    _require_database(paths)
    out: Path = args.out.expanduser().resolve()
    if out == paths.database:
        raise StoreError(
            "Berkas cadangan tidak boleh sama dengan basis data.",
            "The backup file cannot be the database itself.",
        )
    backup.backup_file(paths.database, out, progress=_Progress())
    try:
        revision = backup.inspect_backup(out)
    except StoreError:
        out.unlink(missing_ok=True)
        raise
    print(f"Cadangan ditulis: {out} ({_size(out.stat().st_size)}, skema {revision})")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replace the database with a checked backup; the replaced one is kept in ``backups/``."""
    paths = data_paths(args)
    candidate: Path = args.file.expanduser().resolve()
    revision = backup.inspect_backup(candidate)
    kept = backup.restore(paths, candidate)
    Store.open(paths).close()
    print(f"Dipulihkan dari {candidate} (skema {revision}).")
    if kept is not None:
        print(f"Basis data sebelumnya disimpan di: {kept}")
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
        "counts": {},
    }
    if not paths.database.exists():
        return info
    with Store.open(paths) as store:
        info["schema_revision"] = migrate.current_revision(store.engine)
        info["device_id"] = store.device_id
        info["counts"] = record_counts(store)
    info["database_bytes"] = paths.database.stat().st_size
    return info


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
    print("Jumlah baris  :")
    width = max(len(name) for name in info["counts"])
    for name, count in info["counts"].items():
        print(f"  {name:<{width}}  {count:>9,}".replace(",", "."))
    return 0


def _size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
