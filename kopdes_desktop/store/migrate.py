"""Alembic migrations shipped in the package, applied at start-up.

An existing database is copied aside with SQLite's online backup API before any upgrade,
and a database made by a newer release is refused rather than touched.

Alembic is imported only when a database is not at :data:`HEAD` (importing it costs a third
of a second of every start-up); a test keeps :data:`HEAD` equal to the migrations' head.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

log = logging.getLogger(__name__)

HEAD = "0009"
"""The newest revision in migrations/versions (tests/store/test_migrations.py checks it)."""

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def script() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def head() -> str:
    heads = script().get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have one head, found {heads}")
    return heads[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def check_current(engine: Engine) -> str | None:
    """The database's revision, refusing one this release does not know."""
    revision = current_revision(engine)
    if revision is None and _has_tables(engine):
        raise StoreError(
            "Berkas ini basis data SQLite, tetapi bukan basis data Kopdes. Data tidak diubah.",
            "This is an SQLite database but not a Kopdes one. Nothing was changed.",
        )
    if revision is not None and revision != HEAD:
        try:
            script().get_revision(revision)
        except Exception as exc:  # alembic raises several kinds for an unknown id
            raise StoreError(
                "Basis data ini dibuat oleh versi Kopdes Desktop yang lebih baru. Perbarui "
                "aplikasi; data tidak diubah.",
                "This database was made by a newer Kopdes Desktop. Update the app; nothing was "
                "changed.",
            ) from exc
    return revision


def upgrade(engine: Engine, paths: DataPaths | None = None, target: str = "head") -> None:
    """Bring the database to ``target``, backing an existing one up first."""
    revision = check_current(engine)
    wanted = HEAD if target == "head" else target
    if revision == wanted:
        return
    if revision is not None and paths is not None:
        from kopdes_desktop.store.backup import backup_before_upgrade

        saved = backup_before_upgrade(paths, revision)
        log.info("database backed up to %s before upgrading from %s", saved, revision)
    from alembic import command

    config = alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, target)
