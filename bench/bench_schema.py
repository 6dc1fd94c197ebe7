"""Value validation at the province: checking every record of the demo dataset (1x Kaltara, as
the laptop sends them) against the synced tables' schema, per record, against raw sqlite3
executemany of the same rows into a table shaped like ``prov_version`` (measured in the same
run, medians of ``ROUNDS`` rounds). The import must stay at or above 0.33x raw executemany with
validation included; at 0.45x without it, that leaves about half a raw insert per record for
validation done in the writing process (done where batches are decoded, in the second process,
it overlaps with the writes)."""

from __future__ import annotations

import gc
import statistics
import time
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select

from bench.bench_sync import _fill as fill_sync
from bench.common import ratio, raw_connect, result, scratch_dir
from kopdes_desktop.core import demo
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province.decoder import collector_paused
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import SYNCED_MODELS
from kopdes_desktop.sync import schema, schema_batch
from kopdes_desktop.sync.payload import values_text
from kopdes_desktop.sync.records import to_record

ROUNDS = 5
RAW_COLUMNS = (
    "table_name TEXT, record_id TEXT, device_id TEXT, counter INTEGER, base_rev "
    "TEXT, deleted INTEGER, updated_at TEXT, data TEXT, "
    "PRIMARY KEY (table_name, record_id, device_id)"
)


def _records(folder: Path, fill: Any) -> list[dict[str, Any]]:
    store = Store.open(DataPaths(folder))
    try:
        fill(store)
        with store.read() as session:
            return [
                to_record(row) for model in SYNCED_MODELS for row in session.scalars(select(model))
            ]
    finally:
        store.close()


def _raw_insert(database: Path, rows: list[tuple[Any, ...]]) -> float:
    database.unlink(missing_ok=True)
    connection = raw_connect(database)
    connection.execute(f"CREATE TABLE version ({RAW_COLUMNS})")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO version VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _check_parsed(records: list[dict[str, Any]]) -> int:
    refused = 0
    check, stamps = schema.check_record, schema.check_stamps
    for r in records:
        if check(r["t"], r["v"], region_prefix="65") or stamps(r["id"], r["u"]):
            refused += 1
    return refused


def _check_text(records: list[tuple[str, str]]) -> int:
    return sum(
        1 for table, text in records if schema.check_values_text(table, text, region_prefix="65")
    )


def _timed(action: Any, *args: Any) -> tuple[float, Any]:
    """Seconds of one call, with the cyclic collector paused as an import pauses it (a batch's
    thousands of small tuples would otherwise have it walk the whole dataset over and over)."""
    gc.collect()
    with collector_paused():
        start = time.perf_counter()
        value = action(*args)
        return time.perf_counter() - start, value


def _demo(store: Store) -> None:
    demo.generate(store, today=date(2026, 11, 28))


def run(quick: bool) -> list[dict[str, Any]]:
    rounds = 2 if quick else ROUNDS
    with scratch_dir("schema") as folder:
        demo_rows = _measure(folder, _records(folder / "demo", _demo), rounds)
        sync_rows = _measure(
            folder, _records(folder / "sync", lambda s: fill_sync(s, 2_000)), rounds
        )
    return [
        *_results("demo records (1x Kaltara)", demo_rows, "<= 0.5x"),
        *_results("visits and assessments (as bench sync)", sync_rows, "<= 0.5x"),
    ]


def _measure(folder: Path, records: list[dict[str, Any]], rounds: int) -> dict[str, Any]:
    """Median microseconds per record of each step, and the record count."""
    rows = [
        (r["t"], r["id"], "device", r["c"], r["b"], r["x"], r["u"], values_text(r["v"]))
        for r in records
    ]
    texts = [(row[0], row[7]) for row in rows]
    batch = [(r["t"], r["id"], r["v"]) for r in records]
    times: dict[str, list[float]] = {"raw": [], "parsed": [], "text": [], "parents": []}
    for _ in range(rounds):
        times["raw"].append(_raw_insert(folder / "raw.sqlite3", rows))
        elapsed, refused = _timed(_check_parsed, records)
        assert refused == 0, f"{refused} honest records refused"
        times["parsed"].append(elapsed)
        times["text"].append(_timed(_check_text, texts)[0])
        elapsed, missing = _timed(schema_batch.check_parents, batch, set())
        assert missing == {}
        times["parents"].append(elapsed)
    count = len(records)
    per = {key: statistics.median(values) / count * 1e6 for key, values in times.items()}
    return {"count": count, **per}


def _results(what: str, per: dict[str, Any], target: str) -> list[dict[str, Any]]:
    baseline = f"raw sqlite3 executemany, same rows ({per['raw']:.1f} us/record)"
    return [
        result(
            f"validate {per['count']} {what}, values parsed",
            per["parsed"],
            "us/record",
            baseline,
            ratio(per["parsed"], per["raw"]),
            target,
        ),
        result(
            "  the same, parsing the values' JSON text too",
            per["text"],
            "us/record",
            baseline,
            ratio(per["text"], per["raw"]),
        ),
        result(
            "  parents of the whole batch (all inside it)",
            per["parents"],
            "us/record",
            baseline,
            ratio(per["parents"], per["raw"]),
            "<= 0.2x",
        ),
    ]
