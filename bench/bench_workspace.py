"""A page of the officers' workspace registry list at 10x Kaltara (4,110 cooperatives): the
server's time for the whole page (session check, queries, rendering), as a ratio to the raw
SQL returning the same rows: every statement the page ran (its rows, their total, their
mentors and categories, the filters' choices, the session), replayed on a plain sqlite3
connection.

The province store holds the demo registry (1x, sent by a real laptop) and nine more copies of
every registry record under new ids (see :mod:`bench.bench_reference`). The page is fetched
through the ASGI app in-process (no network), logged in as a province admin; the second page
in name order is timed, and the same page filtered by kabupaten.
"""

from __future__ import annotations

import re
import sqlite3
import statistics
import time
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import event, text

from bench.bench_reference import _copies, _registry
from bench.common import median_time, ratio, result, scratch_dir
from kopdes_desktop.province import officers
from kopdes_desktop.province.service import create_app

PASSWORD = "bangku-panjang-9"
REPEAT = 25


def _client(province) -> tuple[TestClient, Timed]:
    officers.add_officer(province, "admin", PASSWORD, "admin")
    timed = Timed(create_app(province))
    client = TestClient(timed)
    page = client.get("/masuk")
    token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
    client.post("/masuk", data={"username": "admin", "password": PASSWORD, "csrf_token": token})
    return client, timed


def _statements(
    province, client: TestClient, url: str, reads: tuple[str, ...] = ("SELECT",)
) -> list[tuple[str, Any]]:
    """The reading SQL statements (starting with one of ``reads``, with their parameters) one
    request of ``url`` runs."""
    seen: list[tuple[str, Any]] = []

    def record(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if statement.lstrip().upper().startswith(reads):
            seen.append((statement, parameters))

    event.listen(province.engine, "before_cursor_execute", record)
    try:
        assert client.get(url).status_code == 200
    finally:
        event.remove(province.engine, "before_cursor_execute", record)
    return seen


def _raw(province, statements: list[tuple[str, Any]]) -> float:
    """Median seconds of the page's statements on a plain sqlite3 connection."""
    raw = sqlite3.connect(province.engine.url.database)
    raw.execute("PRAGMA cache_size=-32768")  # the province connections' cache (store.py)
    try:

        def run_all() -> None:
            for statement, parameters in statements:
                raw.execute(statement, parameters).fetchall()

        return median_time(run_all, REPEAT)
    finally:
        raw.close()


class Timed:
    """The ASGI app, timing each request from its arrival to the last byte of its answer."""

    def __init__(self, app) -> None:
        self.app, self.seconds = app, 0.0

    async def __call__(self, scope, receive, send) -> None:
        start = time.perf_counter()
        await self.app(scope, receive, send)
        self.seconds = time.perf_counter() - start


def _page(client: TestClient, timed: Timed, url: str) -> float:
    def fetch() -> float:
        answer = client.get(url)
        assert answer.status_code == 200 and answer.text.count("<tr>") == 51, answer.status_code
        return timed.seconds

    for _ in range(2):
        fetch()
    return statistics.median(fetch() for _ in range(REPEAT))


def run(quick: bool) -> list[dict[str, Any]]:
    scale = 3 if quick else 10
    rows: list[dict[str, Any]] = []
    with scratch_dir("workspace") as folder:
        province = _registry(folder)
        try:
            _copies(province, scale)
            with province.engine.connect() as connection:
                count = connection.execute(
                    text(
                        "SELECT COUNT(*) FROM prov_version WHERE table_name = 'cooperative' AND "
                        "is_current"
                    )
                ).scalar_one()
            client, timed = _client(province)
            for label, url in (
                ("page 2, name order", "/koperasi?halaman=2"),
                ("page 2, one kabupaten", "/koperasi?kabupaten_code=65.01&halaman=2"),
                ("page 2 of a search", "/koperasi?q=merah+putih+s&halaman=2"),
            ):
                raw = _raw(province, _statements(province, client, url))
                page = _page(client, timed, url)
                rows += [
                    result(
                        f"registry list {label}, {scale}x ({count} cooperatives): raw SQL "
                        "(the page's statements)",
                        raw * 1000,
                        "ms",
                    ),
                    result(
                        f"  the whole page from the server ({label})",
                        page * 1000,
                        "ms",
                        "raw SQL",
                        ratio(page, raw),
                        "<= 3x and < 100 ms",
                    ),
                ]
            client.close()
        finally:
            province.close()
    return rows
