"""Enrolled mentors' uploads while strangers flood the service with junk (see
``bench/load_flood.py``), against the same uploads without strangers; on SQLite and, when
``KOPDES_TEST_PG_URL`` is set, PostgreSQL."""

from __future__ import annotations

import os
from typing import Any

from bench.common import ratio, result
from bench.load_flood import run_flood
from bench.load_sync import P99_TARGET_S, backends

MENTORS = 100
QUICK_MENTORS = 40
STRANGERS = 50


def run(quick: bool) -> list[dict[str, Any]]:
    """p99 upload latency of enrolled mentors alone and under a flood of 50 strangers."""
    pg_url = os.environ.get("KOPDES_TEST_PG_URL")
    mentors = QUICK_MENTORS if quick else MENTORS
    rows = []
    for backend in backends(pg_url):
        alone = run_flood(backend, mentors=mentors, strangers=0, pg_url=pg_url)
        flooded = run_flood(backend, mentors=mentors, strangers=STRANGERS, pg_url=pg_url)
        label = f"flood_{backend}_{mentors}x5"
        rows += [
            result(f"{label}_p99_alone", alone["p99_s"] * 1000, "ms", "no strangers"),
            result(
                f"{label}_p99_flooded",
                flooded["p99_s"] * 1000,
                "ms",
                f"{STRANGERS} strangers sending junk; ratio to no strangers",
                ratio(flooded["p99_s"], alone["p99_s"]),
                f"< {P99_TARGET_S * 1000:.0f} ms",
            ),
            result(
                f"{label}_stranger_requests",
                sum(flooded["stranger_answers"].values()),
                "requests",
                "answered to strangers during the run",
            ),
            result(
                f"{label}_exactly_once",
                float(alone["exactly_once"] and flooded["exactly_once"]),
                "bool",
                "every mentor batch applied once, all records, no gaps",
                target="1",
            ),
        ]
    return rows
