"""Backups with SQLite's online backup API, and a restore that checks before it replaces."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import incarnation
from kopdes_desktop.store.db import SQLITE_MAGIC


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


def backup_file(database: Path, out: Path, progress=None) -> Path:  # type: ignore[no-untyped-def]
    """Copy ``database`` to ``out`` while it may be in use; written atomically.

    ``progress(done_pages, total_pages)`` is called as pages are copied.
    """
    out = Path(out)
    tmp = out.with_name(out.name + ".tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            target = sqlite3.connect(tmp)
            try:
                source.backup(
                    target,
                    pages=256,
                    progress=(lambda _s, remaining, total: progress(total - remaining, total))
                    if progress
                    else None,
                )
            finally:
                target.close()
        finally:
            source.close()
        os.replace(tmp, out)
    except (OSError, sqlite3.Error) as exc:
        with contextlib.suppress(OSError):  # the folder itself may be what failed
            tmp.unlink(missing_ok=True)
        raise StoreError(
            f"Cadangan tidak dapat ditulis ke {out}: {exc}",
            f"The backup could not be written to {out}: {exc}",
        ) from exc
    return out


def backup_before_upgrade(paths: DataPaths, revision: str) -> Path:
    out = paths.backups / f"sebelum-upgrade-{revision}-{_stamp()}.sqlite3"
    return backup_file(paths.database, out)


def inspect_backup(candidate: Path) -> str:
    """Check that ``candidate`` is an intact Kopdes database; return its schema revision."""
    from kopdes_desktop.store import migrate

    candidate = Path(candidate)
    not_ours = StoreError(
        f"{candidate.name} bukan berkas cadangan Kopdes. Data tidak diubah.",
        f"{candidate.name} is not a Kopdes backup. Nothing was changed.",
    )
    try:
        with candidate.open("rb") as handle:
            if handle.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                raise not_ours
        connection = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            (status,) = connection.execute("PRAGMA integrity_check").fetchone()
            if status != "ok":
                raise StoreError(
                    f"Berkas cadangan {candidate.name} rusak ({status}). Data tidak diubah.",
                    f"The backup {candidate.name} is damaged ({status}). Nothing was changed.",
                )
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "cooperative", "device"} <= tables:
                raise not_ours
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except OSError as exc:
        raise StoreError(
            f"Berkas cadangan tidak dapat dibaca: {exc.strerror}.",
            f"The backup cannot be read: {exc.strerror}.",
        ) from exc
    except sqlite3.DatabaseError as exc:
        if "malformed" in str(exc).lower():
            raise StoreError(
                f"Berkas cadangan {candidate.name} rusak. Data tidak diubah.",
                f"The backup {candidate.name} is damaged. Nothing was changed.",
            ) from exc
        raise not_ours from exc
    if revision is None:
        raise not_ours
    known = {rev.revision for rev in migrate.script().walk_revisions()}
    if revision[0] not in known:
        raise StoreError(
            "Cadangan ini dibuat oleh versi Kopdes Desktop yang lebih baru. Data tidak diubah.",
            "This backup was made by a newer Kopdes Desktop. Nothing was changed.",
        )
    return revision[0]


def restore(paths: DataPaths, candidate: Path) -> Path | None:
    """Replace the store with ``candidate`` after checking it; keep the old database aside.

    The store must be closed. Returns where the replaced database was kept (or None).
    """
    inspect_backup(candidate)
    database = paths.database
    kept: Path | None = None
    paths.backups.mkdir(parents=True, exist_ok=True)
    staged = database.with_name(database.name + ".restore.tmp")
    try:
        backup_file(Path(candidate), staged)
        if database.exists():
            kept = backup_file(database, paths.backups / f"sebelum-pulihkan-{_stamp()}.sqlite3")
        incarnation.note_restored(database)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        os.replace(staged, database)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        raise StoreError(
            f"Pemulihan gagal, data lama tetap dipakai: {exc.strerror}.",
            f"Restore failed; the old data is kept: {exc.strerror}.",
        ) from exc
    return kept


def copy_attachments(source: Path, target: Path) -> None:
    if source.is_dir():
        shutil.copytree(source, target, dirs_exist_ok=True)
