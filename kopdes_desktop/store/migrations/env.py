"""Alembic environment: runs on the connection handed over by kopdes_desktop.store.migrate.

SQLite batch migrations rebuild tables; with foreign keys on, rebuilding a parent would cascade
into its children. So foreign keys are switched off before the transaction and checked with
``PRAGMA foreign_key_check`` before it commits.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from kopdes_desktop.store.schema import metadata

target_metadata = metadata


def _run(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    raw = connection.connection.driver_connection if sqlite else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


connection = context.config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    url = context.config.get_main_option("sqlalchemy.url")
    assert url is not None, "alembic needs a connection or sqlalchemy.url"
    with create_engine(url).connect() as fresh:
        _run(fresh)
