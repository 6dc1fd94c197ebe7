"""Opening the local SQLite store: pragmas, migrations, the device row, units of work."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import URL, Engine, create_engine, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import handover_guard as _guard  # noqa: F401  (registers its hook)
from kopdes_desktop.store import incarnation, migrate, vault
from kopdes_desktop.store import schema as _schema  # noqa: F401  (every table)
from kopdes_desktop.store import tracking as _tracking  # noqa: F401  (registers the flush hook)
from kopdes_desktop.store.models import Device, Meta
from kopdes_desktop.store.sqlite import (  # noqa: F401  (db.connect and the rest, as before)
    SQLITE_MAGIC,
    _quiet_cipher_log,
    connect,
    is_plaintext,
    private_file,
    private_folder,
    sqlcipher,
    sqlite_engine,
    sqlite_uri,
)

log = logging.getLogger(__name__)

LAPTOP_PRAGMAS = (
    "PRAGMA busy_timeout=5000",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # laptops lose power
    "PRAGMA foreign_keys=ON",
)


def make_engine(database: Path, key: bytes | None) -> Engine:
    """The laptop store's engine: SQLCipher with the store key (the dialect sets it first on
    every connection), and the pragmas a laptop that loses power needs. ``key`` None makes
    the plaintext database of a release before encryption (upgrade tests and fixtures)."""
    if key is None:
        return sqlite_engine(
            URL.create("sqlite+pysqlite", database=str(database)),
            LAPTOP_PRAGMAS,
            check_same_thread=False,
        )
    _quiet_cipher_log()
    url = URL.create(
        "sqlite+pysqlcipher", password=vault.sqlcipher_key(key), database=str(database)
    )
    return sqlite_engine(url, LAPTOP_PRAGMAS, check_same_thread=False)


def translate_db_error(exc: BaseException) -> StoreError:
    """A StoreError a mentor can read for an SQLite failure."""
    text = str(exc).lower()
    if "disk is full" in text or "disk i/o" in text:
        return StoreError(
            "Penyimpanan penuh atau rusak: perubahan tidak disimpan. Kosongkan ruang disk lalu "
            "coba lagi.",
            "The disk is full or failing: the change was not saved. Free some space and retry.",
        )
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return StoreError(
            "Folder data tidak dapat ditulis: perubahan tidak disimpan.",
            "The data folder cannot be written: the change was not saved.",
        )
    if "not a database" in text or "malformed" in text:
        return StoreError(
            "Berkas basis data rusak atau bukan basis data Kopdes.",
            "The database file is damaged or not a Kopdes database.",
        )
    if "locked" in text or "busy" in text:
        return StoreError(
            "Basis data sedang dipakai program lain. Tutup program itu lalu coba lagi.",
            "The database is in use by another program. Close it and retry.",
        )
    return StoreError(f"Kesalahan basis data: {exc}", f"Database error: {exc}")


def check_sqlite_file(database: Path) -> None:
    """Refuse a file that is neither a Kopdes store nor a plaintext SQLite database, before
    touching it: an encrypted store has its key file beside it."""
    if not database.exists() or database.stat().st_size == 0 or is_plaintext(database):
        return
    if not (database.parent / vault.FILENAME).exists():
        raise StoreError(
            f"Berkas {database.name} bukan basis data Kopdes (mungkin rusak), atau kunci "
            f"basisnya ({vault.FILENAME}) hilang. Data tidak diubah.",
            f"{database.name} is not a Kopdes database (it may be damaged), or its key file "
            f"({vault.FILENAME}) is missing. Nothing was changed.",
        )


def check_existing_schema(database: Path, key: bytes | None) -> None:
    """Refuse a foreign or newer database (or the wrong key) through a read-only connection.

    This runs before the store's own connection, whose ``journal_mode=WAL`` would rewrite the
    header of a database that is not ours.
    """
    if not database.exists() or database.stat().st_size == 0:
        return
    engine = create_engine(
        "sqlite+pysqlite://",
        module=sqlcipher,
        poolclass=NullPool,
        creator=lambda: connect(database, key, mode="ro"),
    )
    try:
        migrate.check_current(engine)
    except DBAPIError as exc:
        raise translate_db_error(exc.orig or exc) from exc
    finally:
        engine.dispose()


def unlock(paths: DataPaths, *, upgrade: bool = True) -> bytes:
    """The store key for ``paths``, encrypting a plaintext store from an older release first
    (after copying it aside); a new store gets a new key."""
    database = paths.database
    exists = database.exists() and database.stat().st_size > 0
    if exists and is_plaintext(database):
        check_existing_schema(database, None)
        if not upgrade:
            raise StoreError(
                "Basis data ini belum terenkripsi; buka dengan aplikasi untuk memperbaruinya.",
                "This database is not encrypted yet; open it with the app to upgrade it.",
            )
        from kopdes_desktop.store import encrypt

        key = vault.key_for(paths, create_new=not vault.vault_file(paths).exists())
        encrypt.encrypt_store(paths, key)
        return key
    return vault.key_for(paths, create_new=not exists)


class Store:
    """The open local store. Use :meth:`open`, then :meth:`session` for each unit of work."""

    def __init__(self, paths: DataPaths, engine: Engine, key: bytes | None) -> None:
        self.paths = paths
        self.engine = engine
        self.key = key
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.device_id = ""

    @classmethod
    def open(cls, paths: DataPaths, *, upgrade: bool = True) -> Store:
        """Open (creating or upgrading) the store under ``paths``."""
        try:
            paths.ensure()
        except OSError as exc:
            raise StoreError(
                f"Folder data {paths.root} tidak dapat dibuat atau ditulis: {exc.strerror}.",
                f"The data folder {paths.root} cannot be created or written: {exc.strerror}.",
            ) from exc
        check_sqlite_file(paths.database)
        private_folder(paths.backups)
        key = unlock(paths, upgrade=upgrade)
        check_existing_schema(paths.database, key)
        private_file(paths.database)
        engine = make_engine(paths.database, key)
        try:
            if upgrade:
                migrate.upgrade(engine, paths)
            else:
                migrate.check_current(engine)
            store = cls(paths, engine, key)
            store.device_id = store._ensure_device()
            store._check_incarnation()
        except StoreError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            raise translate_db_error(exc.orig or exc) from exc
        return store

    def _ensure_device(self) -> str:
        with self.session() as session:
            device_id = session.scalar(select(Device.id).where(Device.is_self.is_(True)))
            if device_id is None:
                device = Device(is_self=True, name="laptop")
                session.add(device)
                session.flush()
                device_id = device.id
        return device_id

    def _check_incarnation(self) -> None:
        """Move to a new incarnation if this database is older than the counters it handed out
        (see :mod:`kopdes_desktop.store.incarnation`)."""
        with self.session() as session:
            moved = incarnation.check_on_open(session, self.device_id, self.paths.database)
            counter = session.scalar(select(Device.counter).where(Device.id == self.device_id))
        if moved is not None:
            incarnation.clear_restored(self.paths.database, counter or 0)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed on success, rolled back (store unchanged) on error."""
        session = self._sessions()
        if self.device_id:
            session.info["device_id"] = self.device_id
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise translate_db_error(exc.orig or exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def read(self) -> Session:
        """A session for reading only; the caller closes it (``with store.read() as s``)."""
        return self._sessions()

    def get_meta(self, key: str, default: str | None = None) -> str | None:
        with self.read() as session:
            row = session.get(Meta, key)
            return row.value if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.session() as session:
            session.merge(Meta(key=key, value=value))

    def close(self) -> None:
        """Remember the counter reached, checkpoint the WAL into the main file and release the
        database."""
        try:
            with self.read() as session:
                counter = session.scalar(select(Device.counter).where(Device.is_self.is_(True)))
            if counter:
                incarnation.write_mark(self.paths.database, counter)
        except DBAPIError as exc:
            log.warning("counter mark on close failed: %s", exc)
        try:
            with self.engine.connect() as connection:
                raw = connection.connection.driver_connection
                assert raw is not None  # an open connection has its driver's connection
                raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except DBAPIError as exc:
            log.warning("checkpoint on close failed: %s", exc)
        except (sqlite3.Error, sqlcipher.Error) as exc:
            log.warning("checkpoint on close failed: %s", exc)
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
