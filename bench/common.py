"""Helpers shared by the benchmark modules: timing, scratch folders, raw SQLite baselines."""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

NO_TARGET = "-"


def result(
    name: str,
    value: float,
    unit: str,
    baseline: str = "",
    ratio: float | None = None,
    target: str = NO_TARGET,
) -> dict[str, Any]:
    """One row of the benchmark table."""
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "ratio": ratio,
        "target": target,
    }


def ratio(value: float, baseline: float) -> float | None:
    return value / baseline if baseline > 0 else None


def once(action: Callable[[], Any]) -> float:
    """Seconds one call of ``action`` takes."""
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def median_time(action: Callable[[], Any], repeat: int, warmup: int = 1) -> float:
    """Median seconds over ``repeat`` calls, after ``warmup`` calls that are not counted."""
    for _ in range(warmup):
        action()
    return statistics.median(once(action) for _ in range(repeat))


@contextmanager
def scratch_dir(prefix: str) -> Iterator[Path]:
    """A temporary folder removed afterwards, even when the benchmark fails."""
    folder = Path(tempfile.mkdtemp(prefix=f"kopdes-bench-{prefix}-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def raw_connect(database: Path) -> sqlite3.Connection:
    """A bare DB-API connection with the store's durability pragmas, for baselines: plain
    SQLite for a new file, SQLCipher with the store's key for an encrypted store (the same
    file the store reads, decrypted the same way)."""
    from kopdes_desktop.store.backup import key_of_copy
    from kopdes_desktop.store.db import connect

    key = key_of_copy(database)[0] if Path(database).is_file() else None
    connection = connect(database, key)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def schema_sql(database: Path) -> list[str]:
    """The CREATE statements of ``database``, tables before their indexes."""
    connection = raw_connect(database)
    try:
        rows = connection.execute(
            "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' "
            "ORDER BY CASE type WHEN 'table' THEN 0 ELSE 1 END, rowid"
        ).fetchall()
    finally:
        connection.close()
    return [row[0] for row in rows]
