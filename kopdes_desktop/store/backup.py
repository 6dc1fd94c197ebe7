"""Database copies with SQLite's online backup API, and the one restore that checks before it
replaces (complete backups are written and read by :mod:`kopdes_desktop.store.archive`)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kopdes_desktop.errors import StoreError, os_reason
from kopdes_desktop.paths import DataPaths, replacing, sync_folder
from kopdes_desktop.store import incarnation, sqlite, vault
from kopdes_desktop.store import schema_check as schema

if TYPE_CHECKING:
    from kopdes_desktop.store import archive as archive_module

Progress = Callable[[int, int], None] | None


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S")


_FOLDER_KEY = object()


def folder_key(database: Path) -> bytes | None:
    """The store key of the data folder holding ``database`` (None for a plaintext store)."""
    if sqlite.is_plaintext(database):
        return None
    record = vault.read_record(Path(database).parent / vault.FILENAME)
    return None if record is None else vault.unlock_record(record, Path(database).parent)


def open_source(database: Path, key: bytes | None) -> Any:
    """``database`` opened for reading only; from a read-only folder (a disk remounted
    read-only) it is opened as immutable, as SQLite cannot make its lock files there."""
    try:
        connection = sqlite.connect(database, key, mode="ro")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return connection
    except sqlite.sqlcipher.OperationalError as exc:
        if os.access(Path(database).parent, os.W_OK) and "readonly" not in str(exc).lower():
            raise
    connection = sqlite.connect(database, key, mode="ro", immutable=True)
    connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return connection


def backup_file(
    database: Path,
    out: Path,
    progress: Progress = None,
    *,
    key: bytes | None | object = _FOLDER_KEY,
) -> Path:
    """Copy ``database`` to ``out`` while it may be in use; written atomically, readable by
    this user only, encrypted with the same key (by default the key of its data folder).

    ``progress(done_pages, total_pages)`` is called as pages are copied.
    """
    database, out = Path(database), Path(out)
    secret = folder_key(database) if key is _FOLDER_KEY else key
    assert secret is None or isinstance(secret, bytes)
    try:
        source = open_source(database, secret)
    except (OSError, sqlite.sqlcipher.Error) as exc:
        raise StoreError(
            f"Basis data {database} tidak dapat dibaca untuk dicadangkan: {exc}",
            f"The database {database} cannot be read for the backup: {exc}",
        ) from exc
    try:
        with replacing(out) as tmp:
            sqlite.private_file(tmp)
            target = sqlite.connect(tmp, secret)
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
    except (OSError, sqlite.sqlcipher.Error) as exc:
        raise StoreError(
            f"Cadangan tidak dapat ditulis ke {out}: {exc}",
            f"The backup could not be written to {out}: {exc}",
        ) from exc
    finally:
        source.close()
    return out


def backup_before_upgrade(paths: DataPaths, revision: str) -> Path:
    private_folder(paths.backups)
    out = paths.backups / f"sebelum-upgrade-{revision}-{_stamp()}.sqlite3"
    return backup_file(paths.database, out)


private_folder = sqlite.private_folder


def key_of_copy(candidate: Path) -> tuple[bytes | None, dict[str, Any] | None]:
    """The key that opens the database copy ``candidate`` and its key file: none for a
    plaintext one, else the key file beside it or any key unlocked in this process."""
    if not candidate.is_file():
        raise StoreError(f"Berkas {candidate} tidak ada.", f"{candidate} does not exist.")
    if sqlite.is_plaintext(candidate):
        return None, None
    found: list[tuple[dict[str, Any], bytes]] = []
    for record_file in (
        candidate.with_name(candidate.name + ".kunci.json"),
        candidate.parent / vault.FILENAME,
    ):
        record = vault.read_record(record_file)
        if record is not None:
            found.append((record, vault.unlock_record(record, candidate.parent)))
    for record, key in [*found, *vault.known()]:
        try:
            connection = sqlite.connect(candidate, key, mode="ro")
            try:
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
                return key, record
            finally:
                connection.close()
        except sqlite.sqlcipher.DatabaseError:
            continue
    raise StoreError(
        f"{candidate.name} bukan berkas cadangan Kopdes, atau terenkripsi dengan kunci laptop "
        "lain (pulihkan cadangan lengkap .zip-nya). Data tidak diubah.",
        f"{candidate.name} is not a Kopdes backup, or it is encrypted with another laptop's "
        "key (restore its complete .zip backup). Nothing was changed.",
    )


def connect_copy(database: Path, mode: str = "rwc") -> Any:
    """A DB-API connection to a store or a copy of one, with whichever key opens it (for
    tools and checks that work on the file itself)."""
    return sqlite.connect(Path(database), key_of_copy(Path(database))[0], mode=mode)


def inspect_backup(candidate: Path, key: bytes | None | object = _FOLDER_KEY) -> str:
    """Check that ``candidate`` is an intact Kopdes database whose tables and columns are
    exactly those of a known schema revision; return that revision."""
    candidate = Path(candidate)
    not_ours = StoreError(
        f"{candidate.name} bukan berkas cadangan Kopdes. Data tidak diubah.",
        f"{candidate.name} is not a Kopdes backup. Nothing was changed.",
    )
    try:
        with candidate.open("rb") as handle:
            if len(handle.read(len(sqlite.SQLITE_MAGIC))) < len(sqlite.SQLITE_MAGIC):
                raise not_ours
        secret = key_of_copy(candidate)[0] if key is _FOLDER_KEY else key
        assert secret is None or isinstance(secret, bytes)
        connection = sqlite.connect(candidate, secret, mode="ro")
        try:
            (status,) = connection.execute("PRAGMA integrity_check").fetchone()
            if status != "ok":
                raise StoreError(
                    f"Berkas cadangan {candidate.name} rusak ({status}). Data tidak diubah.",
                    f"The backup {candidate.name} is damaged ({status}). Nothing was changed.",
                )
            found = schema.tables_of(connection)
            revision = (
                connection.execute("SELECT version_num FROM alembic_version").fetchone()
                if "alembic_version" in found
                else None
            )
        finally:
            connection.close()
    except OSError as exc:
        raise StoreError(
            f"Berkas cadangan tidak dapat dibaca: {os_reason(exc)}.",
            f"The backup cannot be read: {exc.strerror}.",
        ) from exc
    except sqlite.sqlcipher.DatabaseError as exc:
        if "malformed" in str(exc).lower():
            raise StoreError(
                f"Berkas cadangan {candidate.name} rusak. Data tidak diubah.",
                f"The backup {candidate.name} is damaged. Nothing was changed.",
            ) from exc
        raise not_ours from exc
    if revision is None:
        raise not_ours
    if not schema.known(revision[0]):
        raise StoreError(
            "Cadangan ini dibuat oleh versi Kopdes Desktop yang lebih baru. Data tidak diubah.",
            "This backup was made by a newer Kopdes Desktop. Nothing was changed.",
        )
    if found != schema.tables_at(revision[0]):
        raise StoreError(
            f"{candidate.name} bukan cadangan Kopdes yang utuh: tabel atau kolomnya tidak sama "
            f"dengan skema {revision[0]}. Data tidak diubah.",
            f"{candidate.name} is not an intact Kopdes backup: its tables or columns differ "
            f"from schema {revision[0]}. Nothing was changed.",
        )
    return revision[0]


def restore(paths: DataPaths, candidate: Path, progress: Progress = None) -> Path | None:
    """Bring the data of the backup ``candidate`` into the data folder; every restore (the
    Pengaturan page, ``kopdes restore``) goes through here.

    A complete backup (zip, see :mod:`kopdes_desktop.store.archive`) brings back the database,
    attachments, keys and instrument versions, and the key file that unlocks them (asking for
    the passphrase or recovery key when this laptop does not hold that key); an older plain
    ``.sqlite3`` backup brings back the database. Everything is checked before anything is
    replaced, and a failure leaves the folder as it was. The store must be closed. Returns
    where the replaced database was kept.
    """
    from kopdes_desktop.store import archive

    candidate = Path(candidate)
    if paths.database.exists():
        folder_key(paths.database)  # this laptop's key, so copies made with it open
    if not archive.is_archive(candidate):
        inspect_backup(candidate)
        key, record = key_of_copy(candidate)
        return _replace_database(paths, candidate, key, record)
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
        record = vault.read_record(staging / vault.FILENAME)
        key: bytes | None
        if record is not None:
            key = vault.unlock_record(record, paths.root)
            archive.unseal_private(staging, key)
        else:  # a backup from before encryption (or a database copied from this laptop)
            key, record = key_of_copy(staging / archive.DATABASE)
        inspect_backup(staging / archive.DATABASE, key)
        stamp = _stamp()
        undo = _FileSwap(paths.root, paths.backups / f"sebelum-pulihkan-{stamp}")
        try:
            for member in info.members:
                if member.name.split("/")[0] in archive.FOLDERS:
                    undo.put(staging, member.name)
            kept = _replace_database(paths, staging / archive.DATABASE, key, record, stamp)
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


def _replace_database(
    paths: DataPaths,
    candidate: Path,
    key: bytes | None,
    record: dict[str, Any] | None,
    stamp: str | None = None,
) -> Path | None:
    """Put the checked database ``candidate`` (opened with ``key``, whose key file is
    ``record``) in place; the old one is kept in ``backups/``, with its own key file when the
    key changes."""
    database = paths.database
    kept: Path | None = None
    private_folder(paths.backups)
    staged = database.with_name(database.name + ".restore.tmp")
    current = vault.read_record(vault.vault_file(paths))
    new_key = record is not None and (current is None or current["store_id"] != record["store_id"])
    try:
        backup_file(Path(candidate), staged, key=key)
        if database.exists():
            kept = backup_file(
                database, paths.backups / f"sebelum-pulihkan-{stamp or _stamp()}.sqlite3"
            )
            if new_key and current is not None:
                vault.write_record(kept.with_name(kept.name + ".kunci.json"), current)
        incarnation.note_restored(database)
        for suffix in ("-wal", "-shm"):
            Path(str(database) + suffix).unlink(missing_ok=True)
        if new_key:
            assert record is not None
            vault.write_record(vault.vault_file(paths), record)
        os.replace(staged, database)
        sync_folder(database.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            staged.unlink(missing_ok=True)
        if new_key and current is not None:
            with contextlib.suppress(OSError):
                vault.write_record(vault.vault_file(paths), current)
        raise StoreError(
            f"Pemulihan gagal, data lama tetap dipakai: {exc.strerror}.",
            f"Restore failed; the old data is kept: {exc.strerror}.",
        ) from exc
    return kept
