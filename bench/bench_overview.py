"""The province overview (the first page after login) at 1x and 10x Kaltara on SQLite, and on
PostgreSQL when ``KOPDES_TEST_PG_URL`` is set (200x there with ``KOPDES_BENCH_OVERVIEW_200=1``,
or on an existing province folder filled by ``kopdes-province demo --scale N`` named by
``KOPDES_BENCH_OVERVIEW_STORE``, with the kabupaten summary PDF timed there too):
the server's time for the whole page (session, every figure, the chart, rendering), as a ratio
to the raw SQL returning the same figures: every statement the page ran, replayed on the
driver's own connection (no SQLAlchemy, no Python around them).

The store is filled directly by :mod:`bench.fill_province` (a year of visits, assessments,
findings and follow-ups, devices and batches). The page is fetched through the ASGI app
in-process (no network), logged in as a province admin.
"""

from __future__ import annotations

import os
import re
import statistics
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import create_engine, select, text

from bench import bench_workspace
from bench.bench_workspace import PASSWORD, Timed
from bench.common import median_time, ratio, result, scratch_dir
from bench.fill_province import COLUMNS, fill
from kopdes_desktop.province import dashboard_lists, dashboard_store, officers, registry_query
from kopdes_desktop.province.apply import insert_tuples
from kopdes_desktop.province.models import ProvVersion
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.summary_report import summary_pdf

REPEAT = 9
TARGET = "<= 3x raw and < 300 ms"


@contextmanager
def _store(folder, backend: str) -> Iterator[ProvinceStore]:
    """A new province store: SQLite in ``folder``, or a PostgreSQL schema of its own."""
    if backend == "sqlite":
        store = ProvinceStore.init(folder / "province")
        try:
            yield store
        finally:
            store.close()
        return
    url, schema = os.environ["KOPDES_TEST_PG_URL"], "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(url)
    with admin.begin() as c:
        c.exec_driver_sql(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in url else "?"
    store = ProvinceStore.init(
        folder / "province", f"{url}{joiner}options=-csearch_path%3D{schema}"
    )
    try:
        yield store
    finally:
        store.close()
        with admin.begin() as c:
            c.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        admin.dispose()


def _statements(store: ProvinceStore, client: TestClient, url: str) -> list[tuple[str, Any]]:
    return bench_workspace._statements(store, client, url, ("SELECT", "WITH"))


def _raw(store: ProvinceStore, statements: list[tuple[str, Any]]) -> float:
    """Median seconds of the page's statements on the driver's connection."""
    connection = store.engine.raw_connection()
    try:

        def run_all() -> None:
            cursor = connection.cursor()
            for statement, parameters in statements:
                cursor.execute(statement, parameters)
                cursor.fetchall()
            cursor.close()

        return median_time(run_all, REPEAT)
    finally:
        connection.close()


PAGES = (
    ("overview (province)", "/ringkasan", "per-wilayah", TARGET),
    ("overview (Nunukan)", "/wilayah/65.03", "per-wilayah", TARGET),
    ("map (province)", "/peta", 'class="map"', "fast at 200x (< 300 ms)"),
)
"""The pages measured: name, address, a text the whole page has, and the target."""


def _page(client: TestClient, timed: Timed, url: str, marker: str) -> float:
    def fetch() -> float:
        answer = client.get(url)
        assert answer.status_code == 200 and marker in answer.text
        return timed.seconds

    fetch()
    return statistics.median(fetch() for _ in range(REPEAT))


def _insert_time(
    folder, backend: str, rows: list[tuple[Any, ...]], copy: bool
) -> tuple[float, float]:
    """Seconds to insert ``rows`` into a new store by executemany, with the overview's typed
    copy's triggers noting each record written (``copy``) or without; and the seconds the
    copy then takes to catch up (0 without it)."""
    with _store(folder / ("with" if copy else "without"), backend) as store:
        if copy:
            dashboard_store.ensure(store.engine)

        def insert() -> None:
            with store.session() as session:
                insert_tuples(session.connection(), ProvVersion.__table__, COLUMNS, rows)

        seconds = median_time(insert, 1, warmup=0)
        if not copy:
            return seconds, 0.0
        return seconds, median_time(lambda: dashboard_store.catch_up(store.engine), 1, warmup=0)


def _import_rows(store: ProvinceStore) -> list[tuple[Any, ...]]:
    with store.engine.connect() as c:
        return [
            tuple(r) for r in c.execute(select(*(getattr(ProvVersion, name) for name in COLUMNS)))
        ]


def _import_rates(folder, backend: str, store: ProvinceStore, scale: int) -> list[dict[str, Any]]:
    rows = _import_rows(store)
    plain, _none = _insert_time(folder, backend, rows, False)
    kept, catching_up = _insert_time(folder, backend, rows, True)
    return [
        result(
            f"import of {len(rows)} records, {backend} {scale}x: executemany, no overview copy",
            len(rows) / plain,
            "records/s",
        ),
        result(
            "  with the overview copy noting what changed (PG: statement triggers; SQLite: a mark)",
            len(rows) / kept,
            "records/s",
            "without",
            ratio(plain, kept),
            ">= 0.33x raw executemany",
        ),
        result(
            "  the copy catching up on them (paid by the next page)",
            catching_up * 1000,
            "ms",
            "the insert",
            ratio(catching_up, kept),
        ),
    ]


def _scales(quick: bool, backend: str) -> list[int]:
    if quick:
        return [1]
    big = [200] if backend == "postgresql" and os.environ.get("KOPDES_BENCH_OVERVIEW_200") else []
    return [1, 10, *big]


def _login(store: ProvinceStore) -> tuple[TestClient, Timed]:
    """A client logged in as a province admin of the bench's own (a new name each run, so
    an existing store takes it)."""
    username = "bench-" + uuid.uuid4().hex[:8]
    officers.add_officer(store, username, PASSWORD, "admin")
    timed = Timed(create_app(store))
    client = TestClient(timed)
    page = client.get("/masuk")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text)
    assert token is not None
    client.post(
        "/masuk", data={"username": username, "password": PASSWORD, "csrf_token": token.group(1)}
    )
    return client, timed


def _measure(store: ProvinceStore, label: str) -> list[dict[str, Any]]:
    """The overview, Nunukan and map pages against their raw SQL."""
    rows: list[dict[str, Any]] = []
    client, timed = _login(store)
    try:
        for name, url, marker, target in PAGES:
            client.get(url)  # the statements of a page as it runs again, its sync card kept
            raw = _raw(store, _statements(store, client, url))
            page = _page(client, timed, url, marker)
            rows += [
                result(f"{name}, {label}: raw SQL (the page's statements)", raw * 1000, "ms"),
                result(
                    f"  the whole page from the server ({name})",
                    page * 1000,
                    "ms",
                    "raw SQL",
                    ratio(page, raw),
                    target,
                ),
            ]
    finally:
        client.close()
    return rows


def _existing(folder: Path) -> list[dict[str, Any]]:
    """The pages and the kabupaten summary PDF on an existing store (left as it was, but for
    the bench's officer and the overview's copy and aggregates, made if missing)."""
    store = ProvinceStore.open(folder)
    try:
        start = time.perf_counter()
        dashboard_lists.ensure_indexes(store.engine)
        registry_query.ensure_indexes(store.engine)
        dashboard_store.catch_up(store.engine)
        ready = time.perf_counter() - start
        with store.engine.connect() as c:
            count = c.execute(text("SELECT COUNT(*) FROM prov_dash_coop")).scalar_one()
        backend = store.engine.dialect.name
        rows = [
            result(
                f"overview copy and aggregates ready, {backend} ({count} cooperatives)",
                ready * 1000,
                "ms",
            )
        ]
        rows += _measure(store, f"{backend} existing store ({count} cooperatives)")
        for code, name in (("65.03", "Nunukan"), ("65.04", "Tana Tidung")):
            seconds = median_time(lambda code=code: summary_pdf(store, code), 3, warmup=0)
            rows.append(
                result(
                    f"kabupaten summary PDF ({name}), {backend} ({count} cooperatives)",
                    seconds * 1000,
                    "ms",
                    target="seconds",
                )
            )
        return rows
    finally:
        store.close()


def run(quick: bool) -> list[dict[str, Any]]:
    existing = os.environ.get("KOPDES_BENCH_OVERVIEW_STORE")
    if existing:
        return _existing(Path(existing))
    backends = ["sqlite", *(["postgresql"] if os.environ.get("KOPDES_TEST_PG_URL") else [])]
    rows: list[dict[str, Any]] = []
    for backend in backends:
        for scale in _scales(quick, backend):
            with scratch_dir("overview") as folder, _store(folder, backend) as store:
                count = fill(store, scale)
                rows += _measure(store, f"{backend} {scale}x ({count} cooperatives)")
                if scale == 10 or quick:
                    rows += _import_rates(folder, backend, store, scale)
    return rows
