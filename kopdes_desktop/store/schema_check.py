"""What a database's schema is, and what it must be at each known Alembic revision.

``restore`` accepts a database only when its tables and columns are exactly those the
migrations make at the revision it claims; the reference is made by running the shipped
migrations up to that revision on an in-memory database (once per revision and process).
"""

from __future__ import annotations

import functools
from typing import Any

Schema = dict[str, frozenset[str]]
"""Table name -> its column names."""


def tables_of(connection: Any) -> Schema:
    """The tables (SQLite's own left out) and their columns of a DB-API connection."""
    names = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        name: frozenset(
            row[1] for row in connection.execute("SELECT * FROM pragma_table_info(?)", (name,))
        )
        for name in names
    }


def known(revision: str) -> bool:
    """Whether ``revision`` is one of the migrations shipped with this release."""
    from kopdes_desktop.store import migrate

    return revision in {rev.revision for rev in migrate.script().walk_revisions()}


@functools.lru_cache(maxsize=4)
def tables_at(revision: str) -> Schema:
    """The schema the shipped migrations make at ``revision``."""
    from kopdes_desktop.store import migrate
    from kopdes_desktop.store.sqlite import sqlite_engine

    engine = sqlite_engine("sqlite+pysqlite://", ("PRAGMA foreign_keys=ON",))
    try:
        migrate.upgrade(engine, None, revision)
        with engine.connect() as connection:
            return tables_of(connection.connection.driver_connection)
    finally:
        engine.dispose()
