"""Online sync under load: simulated mentors uploading at once to a local province server
(see ``bench/load_sync.py``), on SQLite and, when ``KOPDES_TEST_PG_URL`` is set, PostgreSQL."""

from __future__ import annotations

import os
from typing import Any

from bench.common import result
from bench.load_sync import P99_TARGET_S, backends, run_load

MENTORS = 400
QUICK_MENTORS = 40
BATCHES = 5


def run(quick: bool) -> list[dict[str, Any]]:
    """Throughput, p50/p99 latency and exactly-once check per database backend."""
    pg_url = os.environ.get("KOPDES_TEST_PG_URL")
    mentors = QUICK_MENTORS if quick else MENTORS
    rows = []
    for backend in backends(pg_url):
        figures = run_load(backend, mentors=mentors, batches=BATCHES, pg_url=pg_url)
        label = f"online_{backend}_{mentors}x{BATCHES}"
        rows += [
            result(
                f"{label}_throughput",
                figures["throughput"],
                "batches/s",
                f"{figures['batches']} uploads by {mentors} concurrent mentors",
            ),
            result(f"{label}_p50", figures["p50_s"] * 1000, "ms", "upload latency"),
            result(
                f"{label}_p99",
                figures["p99_s"] * 1000,
                "ms",
                "2 s target",
                figures["p99_s"] / P99_TARGET_S,
                f"< {P99_TARGET_S * 1000:.0f} ms",
            ),
            result(
                f"{label}_errors",
                figures["errors"],
                "requests",
                "non-201 uploads, non-200 resends",
                target="0",
            ),
            result(
                f"{label}_exactly_once",
                float(figures["exactly_once"]),
                "bool",
                "every batch applied once, all records, no gaps",
                target="1",
            ),
        ]
    return rows
