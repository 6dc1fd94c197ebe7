"""The province demo fill and the Dinas spreadsheet export (issue 18): a province store filled
by ``demo.fill`` at 1x and 10x Kaltara, then the xlsx export of it in a fresh process, timed,
with that process's peak resident memory (a workbook built in memory would grow it with the
store; streamed, it stays near the interpreter's own). On SQLite and, when
``KOPDES_TEST_PG_URL`` is set, PostgreSQL (in a schema of its own, dropped afterwards)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine

from bench.common import result, scratch_dir
from kopdes_desktop.province.demo import fill
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
        with ProvinceStore.init(
            folder / "province", f"{pg_url}{joiner}options=-csearch_path%3D{schema}"
        ) as store:
            yield store
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


EXPORT = """
import json, resource, sys, time
from pathlib import Path
from kopdes_desktop.province.spreadsheet import export_tables
from kopdes_desktop.province.store import ProvinceStore
with ProvinceStore.open(Path(sys.argv[1])) as store:
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started, cpu = time.perf_counter(), time.process_time()
    export_tables(store, "xlsx", Path(sys.argv[2]))
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
print(json.dumps({"seconds": seconds, "cpu": cpu, "before": before,
                  "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def _measure(store: ProvinceStore, out: Path) -> tuple[float, float, float, float, int]:
    """Seconds of the export in a fresh process, its CPU seconds (less sensitive to a busy
    machine), its peak resident MB, the MB it had before the export began (interpreter and
    imports), and the file's size."""
    done = subprocess.run(
        [sys.executable, "-c", EXPORT, str(store.root), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return (
        figures["seconds"],
        figures["cpu"],
        figures["peak"] / 1024,
        figures["before"] / 1024,
        out.stat().st_size,
    )


def run(quick: bool) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    pg_url = os.environ.get("KOPDES_TEST_PG_URL")
    for backend, url in (("SQLite", None), *((("PostgreSQL", pg_url),) if pg_url else ())):
        for scale in (1,) if quick else (1, 10):
            with scratch_dir("export") as folder, _store(folder, url) as store:
                stats = fill(store, scale)
                rows.append(
                    result(
                        f"demo fill {scale}x ({stats.records:,} records), {backend}",
                        stats.seconds,
                        "s",
                    )
                )
                seconds, cpu, peak, before, size = _measure(store, folder / "dinas.xlsx")
                target = "< 10 s" if scale == 1 else "-"
                rows.append(
                    result(
                        f"xlsx export {scale}x ({size / 1e6:.1f} MB), {backend}",
                        seconds,
                        "s",
                        target=target,
                    )
                )
                rows.append(result(f"xlsx export {scale}x CPU time, {backend}", cpu, "s"))
                rows.append(
                    result(
                        f"xlsx export {scale}x peak RSS, {backend}",
                        peak,
                        "MB",
                        baseline=f"{before:.0f} MB before the export",
                    )
                )
                print(f"  {rows[-4:]}", file=sys.stderr, flush=True)
    return rows
