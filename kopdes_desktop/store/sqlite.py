"""SQLite below the store: engines with pragmas, bare SQLCipher connections for copies and
checks, whether a file is still plaintext, and owner-only modes for a database file and its
folder. The store (:mod:`.db`), its backups (:mod:`.backup`, :mod:`.archive`), the first
encryption (:mod:`.encrypt`) and the schema check all build on this module, which imports none
of them (so none of them needs an import cycle through :mod:`.db`).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any
from urllib.request import pathname2url

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from kopdes_desktop.store import vault

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"


def sqlite_engine(
    url: str | URL,
    pragmas: tuple[str, ...],
    begin: str = "BEGIN",
    *,
    module: Any = None,
    **connect_args: object,
) -> Engine:
    """An SQLite engine that sets ``pragmas`` on every connection and opens real transactions
    with ``begin`` (pysqlite's own implicit transactions would leave DDL outside them);
    ``module`` replaces the DB-API module (SQLCipher's, for a plaintext file)."""
    extra: dict[str, Any] = {"module": module} if module is not None else {}
    if str(url).startswith("sqlite+pysqlcipher") or module is not None:
        extra["poolclass"] = QueuePool
    engine = create_engine(url, connect_args={"isolation_level": None, **connect_args}, **extra)

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        for pragma in pragmas:
            dbapi_connection.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)

    return engine


def sqlite_uri(database: Path, **params: str) -> str:
    """A ``file:`` URI for ``database`` whatever characters its path holds (``#``, ``?``,
    ``%``, spaces): SQLite would otherwise read them as the URI's own parts."""
    query = "&".join(f"{name}={value}" for name, value in params.items())
    uri = "file:" + pathname2url(str(Path(database).absolute()))
    return f"{uri}?{query}" if query else uri


def connect(
    database: Path, key: bytes | None, *, mode: str = "rwc", immutable: bool = False
) -> Any:
    """A bare DB-API connection (SQLCipher's; plaintext when ``key`` is None) for copies and
    checks that work on the file rather than through the store's engine."""
    params = {"mode": mode, **({"immutable": "1"} if immutable else {})}
    _quiet_cipher_log()
    connection = sqlcipher.connect(
        sqlite_uri(database, **params), uri=True, isolation_level=None, check_same_thread=False
    )
    if key is not None:
        connection.execute(f'PRAGMA key="{vault.sqlcipher_key(key)}"')
    return connection


def _quiet_cipher_log() -> None:
    """SQLCipher logs every page a wrong key fails on to stderr; a wrong key is an answer here
    (a typed error), not a log line."""
    global _CIPHER_LOG_QUIET
    if not _CIPHER_LOG_QUIET:
        connection = sqlcipher.connect(":memory:")
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.close()
        _CIPHER_LOG_QUIET = True


_CIPHER_LOG_QUIET = False


def is_plaintext(database: Path) -> bool:
    """Whether ``database`` is an unencrypted SQLite file (a store from before encryption)."""
    try:
        with database.open("rb") as handle:
            return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def private_folder(folder: Path) -> None:
    """Make ``folder`` (created if needed) reachable by this user only."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if os.name == "posix" and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
    except OSError as exc:  # a read-only data folder is refused or read by what follows
        log.debug("folder %s not made private: %s", folder, exc)


def private_file(file: Path) -> None:
    """Make ``file`` readable by this user only, creating it empty when it does not exist
    (SQLite gives its WAL and shared-memory files the database file's mode)."""
    if os.name != "posix":
        return
    try:
        if not file.exists():
            os.close(os.open(file, os.O_WRONLY | os.O_CREAT, 0o600))
        for each in (file, Path(f"{file}-wal"), Path(f"{file}-shm")):
            with contextlib.suppress(FileNotFoundError):
                if each.stat().st_mode & 0o077:
                    each.chmod(0o600)
    except OSError as exc:  # a read-only folder: SQLite itself says what cannot be done
        log.debug("%s not made private: %s", file, exc)
