"""Fixtures for the province CLI tests: a province folder on SQLite (and PostgreSQL if set)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sync.support import BACKENDS, PG_URL


@pytest.fixture(params=BACKENDS)
def db_url(request) -> Iterator[str | None]:
    """None for the default SQLite file, else a PostgreSQL URL with a private schema."""
    if request.param == "sqlite":
        yield None
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{joiner}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


@pytest.fixture
def province_dir(tmp_path: Path) -> Path:
    return tmp_path / "province"
