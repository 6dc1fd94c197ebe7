"""Migrations: one head, the models match them, and upgrading keeps every row."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    insert,
)

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import backup, migrate
from kopdes_desktop.store.db import Store, make_engine
from kopdes_desktop.store.schema import metadata

ROWS_PER_TABLE = 3


def test_migrations_have_one_head() -> None:
    heads = migrate.script().get_heads()
    assert len(heads) == 1, heads
    assert migrate.head() == heads[0]
    assert migrate.HEAD == heads[0], "update migrate.HEAD to the new head revision"


def test_models_equal_migrations(store: Store) -> None:
    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        differences = compare_metadata(context, metadata)
    assert differences == []


def _value(table: Table, column, index: int, first_ids: dict[str, object]):  # type: ignore[no-untyped-def]
    """A plausible value for ``column`` of row ``index``; foreign keys point at real rows."""
    if column.foreign_keys:
        (fk,) = column.foreign_keys
        target = fk.column.table.name
        if target == table.name:
            return None
        return first_ids[target]
    kind = column.type
    if isinstance(kind, Boolean):
        # no "self" device in the old data: opening the store must add this laptop's row
        return column.name != "is_self" and index % 2 == 1
    if isinstance(kind, Integer):
        return 1000 * index + 7
    if isinstance(kind, Float):
        return 1.5 + index
    if isinstance(kind, DateTime):
        return datetime(2025, 11, 3, 8, 30, index)
    if isinstance(kind, Date):
        return date(2025, 11, 3 + index)
    if isinstance(kind, JSON):
        return {"jawaban": index, "catatan": "baik"}
    if isinstance(kind, (String, Text)):
        text = f"{table.name[:5]}{column.name[:4]}{index}"
        length = getattr(kind, "length", None)
        return text[-length:] if length else text
    raise AssertionError(f"no sample value for {table.name}.{column.name} ({kind!r})")


def _fill_revision_0001(data_paths: DataPaths) -> dict[str, list[tuple]]:
    """Migrate a new database to 0001, put rows in every table, return them as stored."""
    data_paths.ensure()
    engine = make_engine(data_paths.database, None)
    config = migrate.alembic_config()
    with engine.connect() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    old = MetaData()
    old.reflect(engine)
    first_ids: dict[str, object] = {}
    with engine.begin() as connection:
        for table in old.sorted_tables:
            if table.name == "alembic_version":
                continue
            for index in range(ROWS_PER_TABLE):
                row = {c.name: _value(table, c, index, first_ids) for c in table.columns}
                connection.execute(insert(table).values(row))
                if index == 0:
                    (key,) = table.primary_key.columns
                    first_ids[table.name] = row[key.name]
    engine.dispose()
    return _dump(data_paths.database, [t.name for t in old.sorted_tables])


def _columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]


def _dump(database, tables: list[str], columns=None):  # type: ignore[no-untyped-def]
    """Every row of ``tables`` (only ``columns[table]`` when given), in a stable order."""
    connection = backup.connect_copy(database)
    try:
        dump = {}
        for name in tables:
            if name == "alembic_version":
                continue
            names = columns[name] if columns else _columns(connection, name)
            select = ", ".join(f'"{c}"' for c in names)
            rows = connection.execute(f'SELECT {select} FROM "{name}"').fetchall()
            dump[name] = sorted(rows, key=repr)
        return dump
    finally:
        connection.close()


def test_upgrade_from_first_revision_keeps_every_row(data_paths: DataPaths) -> None:
    before = _fill_revision_0001(data_paths)
    assert all(len(rows) == ROWS_PER_TABLE for rows in before.values())
    connection = backup.connect_copy(data_paths.database)
    old_columns = {name: _columns(connection, name) for name in before}
    connection.close()

    store = Store.open(data_paths)
    try:
        assert migrate.current_revision(store.engine) == migrate.head() != "0001"
        self_device = store.device_id
    finally:
        store.close()

    after = _dump(data_paths.database, list(before), old_columns)
    for name, rows in before.items():
        extra = [row for row in after[name] if row not in rows]
        assert set(rows) <= set(after[name]), f"{name}: rows lost or changed in the upgrade"
        if name == "device":
            assert [row[0] for row in extra] == [self_device]
        else:
            assert extra == [], f"{name}: rows appeared in the upgrade"
    connection = backup.connect_copy(data_paths.database)
    try:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()

    backups = sorted(data_paths.backups.glob("sebelum-upgrade-0001-*.sqlite3"))
    assert len(backups) == 1
    assert _dump(backups[0], list(before)) == before
    saved = backup.connect_copy(backups[0])
    try:
        assert saved.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        saved.close()


def test_fresh_database_is_not_backed_up_before_first_migration(data_paths: DataPaths) -> None:
    Store.open(data_paths).close()
    assert list(data_paths.backups.iterdir()) == []
