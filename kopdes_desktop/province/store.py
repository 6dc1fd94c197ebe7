"""The province's folder: keys, configuration and the consolidated store (SQLite or PostgreSQL).

Layout of the province folder (``--dir``, else ``KOPDES_PROVINCE_DIR``, else the platform's
data dir; mode 0700 on POSIX): ``config.json`` (name, database URL; mode 0600), ``keys/``
(sealing and signing keys, mode 0600), ``province.sqlite3`` unless a PostgreSQL URL was given,
``attachments/`` (photos by SHA-256) and ``instruments/`` (instrument definitions sent down in
reference packages).

The database URL in ``config.json`` need not hold a password: ``KOPDES_PROVINCE_DB_URL``
replaces the whole URL, ``KOPDES_PROVINCE_DB_PASSWORD`` gives the password of a PostgreSQL URL
that has none, and without either libpq reads its password file (``~/.pgpass`` or
``PGPASSFILE``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from platformdirs import PlatformDirs
from sqlalchemy import URL, Engine, create_engine, inspect, make_url
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from kopdes_desktop.errors import KopdesError, StoreError
from kopdes_desktop.paths import make_private, private_dir, write_atomic
from kopdes_desktop.province.models import ProvinceBase, ProvMeta
from kopdes_desktop.province.quarantine import ProvQuarantine  # noqa: F401  (created with the rest)
from kopdes_desktop.store.sqlite import sqlite_engine
from kopdes_desktop.sync.keys import (
    ProvincePublic,
    read_seal_key,
    read_sign_key,
    write_private_key,
)

ENV_VAR = "KOPDES_PROVINCE_DIR"
DB_URL_ENV = "KOPDES_PROVINCE_DB_URL"
DB_PASSWORD_ENV = "KOPDES_PROVINCE_DB_PASSWORD"
SEAL_KEY = "province-seal-x25519.pem"
SIGN_KEY = "province-sign-ed25519.pem"
DEFAULT_NAME = "Provinsi Kalimantan Utara"


def resolve_dir(directory: str | os.PathLike[str] | None) -> Path:
    """The province folder: explicit, else the environment, else the platform default."""
    if directory:
        return Path(directory).expanduser().resolve()
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser().resolve()
    return Path(PlatformDirs("KopdesProvince", "Kopdes").user_data_dir)


PROVINCE_PRAGMAS = (
    # An import writes thousands of rows per batch into primary-key pages spread over the
    # whole table: larger pages (set when the file is created) and a 32 MB cache per
    # connection keep them from being read and written again for every batch.
    "PRAGMA page_size=16384",
    "PRAGMA cache_size=-32768",
    "PRAGMA busy_timeout=10000",
    "PRAGMA journal_mode=WAL",
    # Every commit is on disk before anything reports it (an import's "Diterapkan", an
    # upload's 201, a receipt); the service commits waiting uploads together (see writer).
    "PRAGMA synchronous=FULL",
)


def database_url(configured: str) -> URL:
    """The URL to connect with: ``KOPDES_PROVINCE_DB_URL`` if set, else ``configured``. A
    SQLite file's path is taken as written (``#``, ``?`` and ``%`` are characters of the
    name, not URL syntax); a PostgreSQL URL without a password takes
    ``KOPDES_PROVINCE_DB_PASSWORD`` when set (else libpq looks in its pgpass file)."""
    text = os.environ.get(DB_URL_ENV) or configured
    if text.startswith("sqlite"):
        driver, _, path = text.partition(":///")
        return URL.create(driver, database=path or None)
    if not text.startswith("postgresql"):
        raise KopdesError(
            "Alamat basis data harus sqlite:/// atau postgresql+psycopg://.",
            "The database URL must be sqlite:/// or postgresql+psycopg://.",
        )
    url = make_url(text)
    password = os.environ.get(DB_PASSWORD_ENV)
    if url.password is None and password:
        url = url.set(password=password)
    return url


def make_engine(configured: str) -> Engine:
    """An engine for the province database URL (SQLite file or PostgreSQL via psycopg)."""
    url = database_url(configured)
    if url.drivername.startswith("sqlite"):
        return sqlite_engine(url, PROVINCE_PRAGMAS, begin="BEGIN IMMEDIATE")
    return create_engine(url, pool_pre_ping=True)


# A database made before the current state became a flag on the heads kept it in a table of its
# own; opening it moves that state onto the heads, in one transaction.
_UPGRADE = (
    "ALTER TABLE prov_version ADD COLUMN is_current BOOLEAN NOT NULL DEFAULT FALSE",
    "ALTER TABLE prov_version ADD COLUMN in_conflict BOOLEAN NOT NULL DEFAULT FALSE",
    "UPDATE prov_version SET "
    "is_current = EXISTS (SELECT 1 FROM prov_record r WHERE r.table_name = "
    "prov_version.table_name AND r.record_id = prov_version.record_id AND "
    "r.device_id = prov_version.device_id), "
    "in_conflict = EXISTS (SELECT 1 FROM prov_record r WHERE r.table_name = "
    'prov_version.table_name AND r.record_id = prov_version.record_id AND r."conflict")',
    "DROP TABLE prov_record",
)


# Columns added since the first release of each table (field merge, refused records, the
# device's sealing key).
_ADDED_COLUMNS = {
    "prov_version": (
        ("changed", "TEXT"),
        ("clock", "VARCHAR(40)"),
        ("dots", "TEXT"),
        ("merge_state", "TEXT"),
    ),
    "prov_rejection": (
        ("code", "VARCHAR(20)"),
        ("table_name", "VARCHAR(40)"),
        ("record_id", "VARCHAR(36)"),
        ("counter", "BIGINT"),
    ),
    "prov_conflict": (("field", "VARCHAR(60)"), ("base_value", "TEXT")),
    "prov_batch": (("first_counter", "BIGINT"),),
    "prov_device": (("seal_key", "VARCHAR(60)"),),
}


def upgrade_layout(engine: Engine) -> None:
    """Bring a province database of an earlier layout to the current one (nothing if it is
    current or new): tables and columns added since are created. The check runs inside the
    write transaction, so two processes opening the same old database upgrade it once."""
    with engine.begin() as connection:
        inspector = inspect(connection)
        if inspector.has_table("prov_record"):
            for statement in _UPGRADE:
                connection.exec_driver_sql(statement)
        for table, columns in _ADDED_COLUMNS.items():
            if not inspector.has_table(table):
                continue
            present = {c["name"] for c in inspect(connection).get_columns(table)}
            for name, sql_type in columns:
                if name not in present:
                    connection.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {name} {sql_type}")
        if inspector.has_table("prov_version"):
            ProvinceBase.metadata.create_all(connection)


@dataclass
class ProvinceStore:
    """An open province folder and database."""

    root: Path
    name: str
    engine: Engine
    seal_key: X25519PrivateKey
    sign_key: Ed25519PrivateKey

    @cached_property
    def _sessions(self) -> sessionmaker[Session]:
        return sessionmaker(self.engine, expire_on_commit=False)

    @property
    def public(self) -> ProvincePublic:
        return ProvincePublic(self.name, self.seal_key.public_key(), self.sign_key.public_key())

    @property
    def key_id(self) -> str:
        return self.public.key_id

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def instruments(self) -> Path:
        return self.root / "instruments"

    @classmethod
    def init(cls, root: Path, db_url: str | None = None, name: str = DEFAULT_NAME) -> ProvinceStore:
        """Create keys, configuration and tables (keeping keys and data that already exist)."""
        private_dir(root)
        config_path = root / "config.json"
        if config_path.exists():
            config = json.loads(config_path.read_text(encoding="utf-8"))
            if db_url and db_url != config.get("db_url"):
                raise KopdesError(
                    "Folder provinsi ini sudah memakai basis data lain.",
                    "This province folder already uses another database.",
                )
        else:
            config = {"name": name, "db_url": db_url or f"sqlite:///{root / 'province.sqlite3'}"}
            write_atomic(config_path, json.dumps(config, indent=2).encode("utf-8"), private=True)
        for file_name, factory in ((SEAL_KEY, X25519PrivateKey), (SIGN_KEY, Ed25519PrivateKey)):
            if not (root / "keys" / file_name).exists():
                write_private_key(root / "keys" / file_name, factory.generate())
        private_dir(root / "attachments")
        private_dir(root / "instruments")
        store = cls.open(root, create=True)
        return store

    @classmethod
    def open(cls, root: Path, *, create: bool = False) -> ProvinceStore:
        """Open an initialised province folder."""
        config_path = root / "config.json"
        if not config_path.exists():
            raise KopdesError(
                f"Folder provinsi {root} belum disiapkan: jalankan 'kopdes-province init'.",
                f"Province folder {root} is not initialised: run 'kopdes-province init'.",
            )
        # A folder made before these files were kept private becomes so when opened.
        private_dir(root)
        for private in (config_path, root / "keys" / SEAL_KEY, root / "keys" / SIGN_KEY):
            make_private(private)
        config = json.loads(config_path.read_text(encoding="utf-8"))
        seal = read_seal_key(root / "keys" / SEAL_KEY)
        sign = read_sign_key(root / "keys" / SIGN_KEY)
        engine = make_engine(config["db_url"])
        try:
            upgrade_layout(engine)
            if create:
                ProvinceBase.metadata.create_all(engine)
        except SQLAlchemyError as exc:
            engine.dispose()
            raise StoreError(
                f"Basis data provinsi tidak dapat disiapkan: {exc}",
                f"The province database cannot be prepared: {exc}",
            ) from exc
        return cls(root, config.get("name", DEFAULT_NAME), engine, seal, sign)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back entirely on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise StoreError(
                f"Kesalahan basis data provinsi: {exc.orig}", f"Province database error: {exc.orig}"
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def refresh_statistics(self) -> None:
        """On PostgreSQL, ANALYZE the record tables: while a new store fills faster than
        autovacuum looks at it (once a minute), the planner, knowing nothing of them, reads
        every row of a table to find ten records. SQLite needs nothing here."""
        if self.engine.dialect.name != "postgresql":
            return
        with self.engine.begin() as connection:
            connection.exec_driver_sql("ANALYZE prov_version, prov_batch")

    def next_counter(self, session: Session, key: str) -> int:
        """The next value of a province counter kept in ``prov_meta``."""
        row = session.get(ProvMeta, key, with_for_update=True)
        value = int(row.value) + 1 if row else 1
        session.merge(ProvMeta(key=key, value=str(value)))
        return value

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> ProvinceStore:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()
