"""Database copies with SQLite's online backup API, and the one restore that checks before it
replaces (complete backups are written and read by :mod:`kopdes_desktop.store.archive`)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop.errors import StoreError, os_reason
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import incarnation
from kopdes_desktop.store.db import SQLITE_MAGIC

if TYPE_CHECKING:
    from kopdes_desktop.store import archive as archive_module

Progress = Callable[[int, int], None] | None


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
            f"Berkas cadangan tidak dapat dibaca: {os_reason(exc)}.",
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


def restore(paths: DataPaths, candidate: Path, progress: Progress = None) -> Path | None:
    """Bring the data of the backup ``candidate`` into the data folder; every restore (the
    Pengaturan page, ``kopdes restore``) goes through here.

    A complete backup (zip, see :mod:`kopdes_desktop.store.archive`) brings back the database,
    attachments, keys and instrument versions; an older plain ``.sqlite3`` backup brings back
    the database. Everything is checked before anything is replaced, and a failure leaves the
    folder as it was. The store must be closed. Returns where the replaced database was kept.
    """
    from kopdes_desktop.store import archive

    candidate = Path(candidate)
    if not archive.is_archive(candidate):
        inspect_backup(candidate)
        return _replace_database(paths, candidate)
    try:
        return _restore_archive(paths, candidate, progress)
    except (OSError, archive.WriteFailed) as exc:
        error = exc.error if isinstance(exc, archive.WriteFailed) else exc
        raise StoreError(
            f"Pemulihan gagal, data lama tetap dipakai: {os_reason(error)}.",
            f"Restore failed; the old data is kept: {error}.",
        ) from exc


def _restore_archive(paths: DataPaths, candidate: Path, progress: Progress) -> Path | None:
    """Unpack and check the complete backup beside the data, then swap it in (undone on any
    failure); the old database is kept in ``backups/``."""
    from kopdes_desktop.store import archive

    paths.root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".pulihkan-", dir=paths.root))
    try:
        info = _check_space(paths, archive.describe(candidate))
        archive.extract(candidate, staging, progress)
        inspect_backup(staging / archive.DATABASE)
        stamp = _stamp()
        undo = _FileSwap(paths.root, paths.backups / f"sebelum-pulihkan-{stamp}")
        try:
            for member in info.members:
                if member.name.split("/")[0] in archive.FOLDERS:
                    undo.put(staging, member.name)
            kept = _replace_database(paths, staging / archive.DATABASE, stamp)
        except BaseException:
            undo.roll_back()
            raise
        if (staging / archive.SETTINGS).exists():
            archive.merge_settings(paths, staging / archive.SETTINGS)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return kept


def _check_space(paths: DataPaths, info: archive_module.BackupInfo) -> archive_module.BackupInfo:
    free = shutil.disk_usage(paths.root).free
    if info.total_bytes * 2 > free:
        need = info.total_bytes * 2 // (1024 * 1024) + 1
        raise StoreError(
            f"Ruang disk tidak cukup untuk memulihkan cadangan ini (perlu sekitar {need} MB). "
            "Data tidak diubah.",
            f"Not enough disk space to restore this backup (about {need} MB needed). "
            "Nothing was changed.",
        )
    return info


class _FileSwap:
    """Moves checked files into the data folder, keeping any different file it replaces in
    ``kept``; :meth:`roll_back` puts everything back as it was."""

    def __init__(self, root: Path, kept: Path) -> None:
        self.root, self.kept = root, kept
        self.added: list[Path] = []
        self.replaced: list[tuple[Path, Path]] = []

    def put(self, staging: Path, name: str) -> None:
        parts = name.split("/")
        source, target = staging.joinpath(*parts), self.root.joinpath(*parts)
        if target.exists():
            if _same_file(source, target):
                return
            aside = self.kept.joinpath(*parts)
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.replace(target, aside)
            self.replaced.append((target, aside))
        else:
            self.added.append(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(source, target)

    def roll_back(self) -> None:
        for target in self.added:
            with contextlib.suppress(OSError):
                target.unlink()
        for target, aside in reversed(self.replaced):
            with contextlib.suppress(OSError):
                os.replace(aside, target)


def _same_file(one: Path, other: Path) -> bool:
    if one.stat().st_size != other.stat().st_size:
        return False
    return _sha256(one) == _sha256(other)


def _sha256(file: Path) -> str:
    digest = hashlib.sha256()
    with file.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


def _replace_database(paths: DataPaths, candidate: Path, stamp: str | None = None) -> Path | None:
    """Put the checked database ``candidate`` in place; the old one is kept in ``backups/``."""
    database = paths.database
    kept: Path | None = None
    paths.backups.mkdir(parents=True, exist_ok=True)
    staged = database.with_name(database.name + ".restore.tmp")
    try:
        backup_file(Path(candidate), staged)
        if database.exists():
            kept = backup_file(
                database, paths.backups / f"sebelum-pulihkan-{stamp or _stamp()}.sqlite3")
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
