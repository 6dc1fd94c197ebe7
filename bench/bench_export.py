"""The province demo fill and the Dinas spreadsheet export (issue 18): a province store filled
by ``demo.fill`` at 1x and 10x Kaltara, then the xlsx export of it, timed, and again under
tracemalloc for its peak memory (Python allocations: a workbook built in memory would show as
hundreds of MB at 10x). On SQLite and, when ``KOPDES_TEST_PG_URL`` is set, PostgreSQL (in a
schema of its own, dropped afterwards)."""

from __future__ import annotations

import os
import time
import tracemalloc
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from bench.common import result, scratch_dir
from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.spreadsheet import export_tables
from kopdes_desktop.province.store import ProvinceStore


@contextmanager
def _store(folder: Path, pg_url: str | None) -> Iterator[ProvinceStore]:
    if pg_url is None:
        with ProvinceStore.init(folder / "province") as store:
            yield store
        return
    schema = "bench_export_" + uuid.uuid4().hex[:8]
    admin = create_engine(pg_url)
    with admin.begin() as connection:
        connection.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in pg_url else "?"
    try:
        with ProvinceStore.init(folder / "province",
                                f"{pg_url}{joiner}options=-csearch_path%3D{schema}") as store:
            yield store
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def _measure(store: ProvinceStore, out: Path) -> tuple[float, float, int]:
    """Seconds of one export, the peak MB of Python memory of another, the file's size."""
    started = time.perf_counter()
    export_tables(store, "xlsx", out)
    seconds = time.perf_counter() - started
    tracemalloc.start()
    try:
        export_tables(store, "xlsx", out)
        peak = tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()
    return seconds, peak, out.stat().st_size


def run(quick: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    pg_url = os.environ.get("KOPDES_TEST_PG_URL")
    for backend, url in (("SQLite", None), *((("PostgreSQL", pg_url),) if pg_url else ())):
        for scale in (1,) if quick else (1, 10):
            with scratch_dir("export") as folder, _store(folder, url) as store:
                stats = fill(store, scale)
                rows.append(result(f"demo fill {scale}x ({stats.records:,} records), {backend}",
                                   stats.seconds, "s"))
                seconds, peak, size = _measure(store, folder / "dinas.xlsx")
                target = "< 10 s" if scale == 1 else "-"
                rows.append(result(f"xlsx export {scale}x ({size / 1e6:.1f} MB), {backend}",
                                   seconds, "s", target=target))
                rows.append(result(f"xlsx export {scale}x peak Python memory, {backend}",
                                   peak, "MB"))
    return rows
