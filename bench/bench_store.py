"""Store benchmarks: opening, demo generation at 1x and 10x, and the cooperative list summary.

Baselines are plain ``sqlite3`` doing the same work: creating the same schema, inserting the
same rows with ``executemany``, and one hand-written query returning the same summary rows.
``--quick`` stays at 1x.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from bench.common import (
    median_time,
    once,
    ratio,
    raw_connect,
    result,
    schema_sql,
    scratch_dir,
)
from kopdes_desktop.core import demo
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import db, vault
from kopdes_desktop.store.backup import connect_copy, key_of_copy
from kopdes_desktop.store.db import Store

SUMMARY_TARGET = "< 50 ms, <= 3x raw"
COPY_CHUNK = 5_000

# The list's rows read by plain sqlite3 the way the service reads them: the figures table kept
# by triggers, the covering list index, the day's overdue counts and the region names.
LIST_SQL = """
SELECT c.id, c.name, c.region_code, f.latest_category, f.latest_total, f.latest_assessed_on,
       f.open_actions, f.units, f.mentor_id, c.nib, c.npwp, c.ahu_number, c.nik_koperasi
FROM cooperative AS c LEFT JOIN cooperative_figures AS f ON f.cooperative_id = c.id
WHERE c.deleted = 0 ORDER BY c.name
"""
OVERDUE_SQL = """
SELECT cooperative_id, count(*) FROM action_item
WHERE status IN ('OPEN', 'PROGRESS') AND deleted = 0 AND due_date < :today
GROUP BY cooperative_id
"""

# The same rows computed from the synced tables alone, with no figures table: the latest
# final primary assessment is found per cooperative through the (cooperative_id,
# instrument_id) index (the unary + keeps SQLite from scanning every final assessment through
# the status index instead). Also the check that the figures are right at this size.
SUMMARY_SQL = """
WITH actions AS (
  SELECT cooperative_id, count(*) AS open,
         sum(CASE WHEN due_date IS NOT NULL AND due_date < :today THEN 1 ELSE 0 END) AS overdue
  FROM action_item
  WHERE status IN ('OPEN', 'PROGRESS') AND deleted = 0
  GROUP BY cooperative_id
), units AS (
  SELECT cooperative_id, group_concat(kind || ':' || status) AS units
  FROM business_unit WHERE deleted = 0 GROUP BY cooperative_id
), mentors AS (
  SELECT cooperative_id, max(mentor_id) AS mentor_id
  FROM assignment WHERE deleted = 0 AND "end" IS NULL GROUP BY cooperative_id
)
SELECT c.id, c.name, v.name, v.code, kec.name, kab.name, kab.code,
       l.category, l.total, l.assessed_on, coalesce(a.open, 0), coalesce(a.overdue, 0),
       u.units,
       coalesce(c.nib, '') || ' ' || coalesce(c.npwp, '') || ' ' || coalesce(c.ahu_number, '')
         || ' ' || coalesce(c.nik_koperasi, ''),
       m.mentor_id
FROM cooperative AS c
JOIN region AS v ON v.code = c.region_code
JOIN region AS kec ON kec.code = v.parent_code
JOIN region AS kab ON kab.code = kec.parent_code
LEFT JOIN assessment AS l ON l.id = (
  SELECT s.id FROM assessment AS s
  WHERE s.cooperative_id = c.id AND s.instrument_id = :instrument
    AND +s.status = 'FINAL' AND s.deleted = 0
  ORDER BY s.assessed_on DESC, s.revision_no DESC
  LIMIT 1
)
LEFT JOIN actions AS a ON a.cooperative_id = c.id
LEFT JOIN units AS u ON u.cooperative_id = c.id
LEFT JOIN mentors AS m ON m.cooperative_id = c.id
WHERE c.deleted = 0
ORDER BY c.name
"""


def _fresh_open(folder: Path, repeat: int) -> list[dict[str, Any]]:
    """Creating a new store (every migration) against creating its schema with sqlite3."""
    runs = iter(range(repeat + 1))
    store_time = median_time(
        lambda: Store.open(DataPaths(folder / f"s{next(runs)}")).close(), repeat, warmup=1
    )
    statements = schema_sql(folder / "s0" / "kopdes.sqlite3")
    raw_runs = iter(range(repeat + 1))

    def raw_create() -> None:
        target = folder / f"raw{next(raw_runs)}.sqlite3"
        connection = raw_connect(target)
        connection.execute("BEGIN")
        for statement in statements:
            connection.execute(statement)
        connection.execute("COMMIT")
        connection.close()

    raw_time = median_time(raw_create, repeat, warmup=1)
    return [
        result(
            "store open, new database (all migrations)",
            store_time,
            "s",
            "sqlite3 creating the same schema",
            ratio(store_time, raw_time),
        ),
    ]


def _existing_open(paths: DataPaths, label: str, repeat: int) -> list[dict[str, Any]]:
    """Opening an up-to-date store: pragmas, schema check, device row, checkpoint on close."""
    store_time = median_time(lambda: Store.open(paths).close(), repeat)

    def raw_open() -> None:
        connection = raw_connect(paths.database)
        connection.execute("SELECT version_num FROM alembic_version").fetchall()
        connection.execute("SELECT id FROM device WHERE is_self = 1").fetchall()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()

    raw_time = median_time(raw_open, repeat)
    return [
        result(
            f"store open, existing {label} database",
            store_time,
            "s",
            "sqlite3 open + pragmas + version and device query",
            ratio(store_time, raw_time),
        ),
    ]


def _row_count(database: Path) -> int:
    connection = connect_copy(database, "ro")
    try:
        tables = [
            r[0]
            for r in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                "AND name != 'alembic_version'"
            )
        ]
        return sum(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables)
    finally:
        connection.close()


def _raw_copy_time(source: Path, target: Path) -> float:
    """Seconds plain sqlite3 needs to insert every row of ``source`` into the same schema.

    Rows are read in chunks outside the timed part; the inserts run in one transaction. The
    derived rows the store's triggers write are copied as rows, so the triggers are left out.
    """
    # SQLCipher's SQLite without a key is plain SQLite; it can also read the encrypted source.
    connection = db.connect(target, None)
    for pragma in db.LAPTOP_PRAGMAS:
        connection.execute(pragma)
    for statement in schema_sql(source):
        if not statement.startswith("CREATE TRIGGER"):
            connection.execute(statement)
    key = key_of_copy(source)[0]
    connection.execute(
        "ATTACH DATABASE ? AS source KEY ?",
        (db.sqlite_uri(source), vault.sqlcipher_key(key) if key else ""),
    )
    tables = [
        r[0]
        for r in connection.execute(
            "SELECT name FROM source.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY rowid"
        )
    ]
    elapsed = once(lambda: connection.execute("BEGIN"))
    connection.execute("PRAGMA defer_foreign_keys = ON")
    for table in tables:
        cursor = connection.execute(f'SELECT * FROM source."{table}"')
        marks = ", ".join("?" * len(cursor.description))
        insert = f'INSERT INTO main."{table}" VALUES ({marks})'
        while chunk := cursor.fetchmany(COPY_CHUNK):
            elapsed += once(lambda sql=insert, rows=chunk: connection.executemany(sql, rows))
    elapsed += once(lambda: connection.execute("COMMIT"))
    connection.close()
    return elapsed


def _generate(folder: Path, scale: int) -> tuple[DataPaths, list[dict[str, Any]]]:
    paths = DataPaths(folder / "data")
    store = Store.open(paths)
    try:
        seconds = once(lambda: demo.generate(store, scale=scale))
    finally:
        store.close()
    rows = _row_count(paths.database)
    raw = _raw_copy_time(paths.database, folder / "raw-copy.sqlite3")
    baseline = f"sqlite3 executemany of the same {rows:,} rows"
    return paths, [
        result(f"demo generation {scale}x", seconds, "s", baseline, ratio(seconds, raw)),
        result(
            f"demo generation {scale}x rate",
            rows / seconds,
            "rows/s",
            baseline,
            ratio(raw, seconds),
        ),
    ]


def _summary_key(row: Any) -> tuple:
    return (row[0], row[1], row[2], row[3], row[4], row[5])


def _raw_fetch(connection: sqlite3.Connection, today: str) -> tuple[list, list, list]:
    """The baseline: plain sqlite3 fetching the rows the list is made of, nothing more."""
    return (
        connection.execute(LIST_SQL).fetchall(),
        connection.execute(OVERDUE_SQL, {"today": today}).fetchall(),
        connection.execute("SELECT code, name FROM region").fetchall(),
    )


def _raw_list(connection: sqlite3.Connection, today: str) -> list[tuple]:
    """The list's rows from plain sqlite3, shaped as the service's (to compare them)."""
    rows, overdue_rows, region_rows = _raw_fetch(connection, today)
    regions, overdue = dict(region_rows), dict(overdue_rows)
    return [
        (
            coop_id,
            name,
            regions.get(code, ""),
            code,
            regions.get(code[:8], ""),
            regions.get(code[:5], ""),
            code[:5],
            category,
            total,
            assessed_on,
            open_count,
            overdue.get(coop_id, 0),
            tuple(units.split(",")) if units else (),
            " ".join(filter(None, legal)),
            mentor,
        )
        for (
            coop_id,
            name,
            code,
            category,
            total,
            assessed_on,
            open_count,
            units,
            mentor,
            *legal,
        ) in rows
    ]


def _summary(paths: DataPaths, label: str, repeat: int) -> list[dict[str, Any]]:
    """The cooperative list (name, village, kabupaten, latest category, open actions...)."""
    today = date.today()
    with Store.open(paths) as store:

        def load() -> list[cooperatives.CooperativeSummary]:
            with store.read() as session:
                return cooperatives.list_summaries(session, today)

        service_time = median_time(load, repeat)
        summaries = load()
    connection = connect_copy(paths.database)  # the same encrypted file
    params = {"today": today.isoformat(), "instrument": cooperatives.PRIMARY_INSTRUMENT}
    try:
        raw_time = median_time(lambda: _raw_fetch(connection, today.isoformat()), repeat)
        raw_rows = _raw_list(connection, today.isoformat())
        scratch_time = median_time(
            lambda: connection.execute(SUMMARY_SQL, params).fetchall(), repeat
        )
        scratch_rows = connection.execute(SUMMARY_SQL, params).fetchall()
    finally:
        connection.close()
    ours = sorted(
        (s.id, s.name, s.village, s.kabupaten, s.latest_category, s.open_actions, s.overdue_actions)
        for s in summaries
    )
    if ours != sorted((r[0], r[1], r[2], r[5], r[7], r[10], r[11]) for r in raw_rows):
        raise AssertionError("the raw list query does not return the service's rows")
    if ours != sorted((r[0], r[1], r[2], r[5], r[7], r[10], r[11]) for r in scratch_rows):
        raise AssertionError("the figures table differs from the synced rows")
    return [
        result(
            f"cooperative list summary {label} ({len(summaries):,} rows)",
            service_time * 1000,
            "ms",
            "sqlite3 query returning the same rows",
            ratio(service_time, raw_time),
            SUMMARY_TARGET,
        ),
        result(f"cooperative list summary {label}, raw sqlite3", raw_time * 1000, "ms"),
        result(
            f"cooperative list summary {label}, raw sqlite3 from the synced tables alone",
            scratch_time * 1000,
            "ms",
            "service",
            ratio(scratch_time, service_time),
        ),
    ]


def run(quick: bool) -> list[dict[str, Any]]:
    """Every store benchmark; ``quick`` stays at 1x with fewer repeats."""
    repeat = 3 if quick else 7
    scales = (1,) if quick else (1, 10)
    rows: list[dict[str, Any]] = []
    with scratch_dir("open") as folder:
        rows += _fresh_open(folder, repeat)
    for scale in scales:
        with scratch_dir(f"demo{scale}x") as folder:
            paths, generated = _generate(folder, scale)
            rows += generated
            if scale == scales[-1]:
                rows += _existing_open(paths, f"{scale}x", repeat)
                rows += _summary(paths, f"{scale}x", 3 if quick or scale > 1 else repeat)
    return rows
