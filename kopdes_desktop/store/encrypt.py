"""Encrypting a store made before encryption: the database, the database copies in
``backups/`` and the attachments.

The plaintext database is first copied aside (``backups/sebelum-enkripsi-*.sqlite3``, SQLite's
online backup API), then exported into a new SQLCipher file (``sqlcipher_export``), checked
(integrity and the row count of every table) and renamed into place. The copies in ``backups/``
(the one just made included) are then encrypted with the same key, and every attachment is
sealed: nothing readable is left in the data folder (blocks the file system freed may still
hold old bytes; see the README). A failure before the rename leaves the store as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths, replacing, write_atomic
from kopdes_desktop.store import sqlite, vault

log = logging.getLogger(__name__)


def _counts(connection: Any, schema: str = "main") -> dict[str, int]:  # sqlcipher3: untyped
    tables = [
        row[0]
        for row in connection.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        t: connection.execute(f'SELECT count(*) FROM {schema}."{t}"').fetchone()[0] for t in tables
    }


def export_encrypted(source: Path, target: Path, key: bytes) -> None:
    """Write the plaintext database ``source`` to ``target`` encrypted with ``key``, checked
    against the source before this returns; ``target`` is replaced only when whole."""
    with replacing(target) as tmp:
        sqlite.private_file(tmp)
        _export(source, tmp, key)


def _export(source: Path, tmp: Path, key: bytes) -> None:
    """The copy itself, checked; a check that fails raises StoreError (``tmp`` is removed by
    the caller's :func:`replacing`)."""
    connection = sqlite.connect(source, None)
    try:
        connection.execute(
            "ATTACH DATABASE ? AS encrypted KEY ?",
            (sqlite.sqlite_uri(tmp), vault.sqlcipher_key(key)),
        )
        connection.execute("SELECT sqlcipher_export('encrypted')")
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        before, after = _counts(connection), _counts(connection, "encrypted")
        connection.execute("DETACH DATABASE encrypted")
    finally:
        connection.close()
    check = sqlite.connect(tmp, key, mode="ro")
    try:
        (status,) = check.execute("PRAGMA integrity_check").fetchone()
    finally:
        check.close()
    if status != "ok" or before != after:
        raise StoreError(
            "Enkripsi basis data gagal diperiksa; basis data lama tetap dipakai.",
            "The encrypted database did not check out; the old database is kept.",
        )


def encrypt_store(paths: DataPaths, key: bytes) -> None:
    """Encrypt the plaintext store under ``paths`` with ``key`` (after a backup)."""
    from kopdes_desktop.store.backup import _stamp, backup_file, private_folder

    database = paths.database
    try:
        private_folder(paths.backups)
        saved = backup_file(
            database, paths.backups / f"sebelum-enkripsi-{_stamp()}.sqlite3", key=None
        )
        log.info("plaintext database copied to %s before encrypting it", saved.name)
        export_encrypted(database, database, key)
        for suffix in ("-wal", "-shm"):  # the plaintext database's, now stale
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    except (OSError, sqlite.sqlcipher.Error) as exc:
        raise StoreError(
            f"Basis data tidak dapat dienkripsi: {exc}. Data tidak diubah.",
            f"The database could not be encrypted: {exc}. Nothing was changed.",
        ) from exc
    encrypt_copies(paths, key)
    seal_attachments(paths, key)
    log.info("store encrypted")


def encrypt_copies(paths: DataPaths, key: bytes) -> None:
    """Encrypt every plaintext database copy in ``backups/`` in place."""
    if not paths.backups.is_dir():
        return
    for copy in sorted(paths.backups.rglob("*.sqlite3")):
        if not copy.is_file() or not sqlite.is_plaintext(copy):
            continue
        try:
            export_encrypted(copy, copy, key)
        except (OSError, sqlite.sqlcipher.Error, StoreError) as exc:
            log.warning("backup copy %s not encrypted: %s", copy.name, exc)


def seal_attachments(paths: DataPaths, key: bytes) -> int:
    """Seal every attachment still stored in plain; how many were sealed."""
    sealed = 0
    if not paths.attachments.is_dir():
        return sealed
    for file in sorted(paths.attachments.rglob("*")):
        if not file.is_file() or file.name.startswith(".") or file.name.endswith(".tmp"):
            continue
        data = file.read_bytes()
        if vault.is_sealed(data):
            continue
        write_atomic(file, vault.seal(key, data), private=True)
        sealed += 1
    return sealed
