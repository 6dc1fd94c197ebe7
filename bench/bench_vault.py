"""The encrypted laptop store against the plaintext store of the release before it: demo
generation, the cooperative list summary and saving an assessment (start, answers, finalize,
each its own committed unit of work), same code over both, same data.

The encrypted store is opened with :meth:`Store.open` (SQLCipher, raw 256-bit key). It is
compared with a plaintext store on the same SQLite engine (SQLCipher's, no key: the cost of the
encryption alone; target <= 1.3x), and with the plaintext store as the release before opened it
(Python's own sqlite3, an older SQLite whose query plans differ). ``--quick`` generates 1x; the
full run 10x. The list and the save are timed on the three stores in turn.
"""

from __future__ import annotations

import statistics
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import URL

from bench.common import once, ratio, result, scratch_dir
from kopdes_desktop.core import demo
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import db, migrate
from kopdes_desktop.store.db import Store

TARGET = "<= 1.3x plaintext"
INSTRUMENT = "kesiapan-kdkmp"


def _plaintext(paths: DataPaths, same_engine: bool) -> Store:
    """A plaintext store, on SQLCipher's SQLite without a key or on Python's sqlite3."""
    paths.ensure()
    if same_engine:
        url = URL.create("sqlite+pysqlite", database=str(paths.database))
        engine = db.sqlite_engine(
            url, db.LAPTOP_PRAGMAS, module=db.sqlcipher, check_same_thread=False
        )
    else:
        engine = db.make_engine(paths.database, None)
    migrate.upgrade(engine, None)
    store = Store(paths, engine, None)
    store.device_id = store._ensure_device()
    return store


def _open(paths: DataPaths, kind: str) -> Store:
    return Store.open(paths) if kind == "encrypted" else _plaintext(paths, kind == "plaintext")


def _summary(store: Store) -> Callable[[], None]:
    today = date.today()

    def load() -> None:
        with store.read() as session:
            cooperatives.list_summaries(session, today)

    return load


def _save(store: Store, repeat: int) -> Callable[[], None]:
    """One assessment saved as the editor does: started, answered, finalized."""
    instruments = registry()
    with store.read() as session:
        coop_ids = [s.id for s in cooperatives.list_summaries(session)][: repeat + 2]
        answers = next(
            a.answers
            for a in assessments.history(session, coop_ids[0], INSTRUMENT)
            if a.status == "FINAL"
        )
    queue = iter(coop_ids)

    def save() -> None:
        with store.session() as session:
            row = assessments.start(session, instruments, next(queue), INSTRUMENT)
        with store.session() as session:
            assessments.save_draft(session, instruments, row.id, answers)
        with store.session() as session:
            assessments.finalize(session, instruments, row.id)

    return save


KINDS = ("plaintext", "encrypted", "previous")


def _generate(folder: Path, scale: int, kind: str) -> float:
    store = _open(DataPaths(folder / kind), kind)
    try:
        return once(lambda: demo.generate(store, scale=scale))
    finally:
        store.close()


def _round_robin(folder: Path, repeat: int) -> dict[str, dict[str, float]]:
    """Median times of the list and of a save, taken in turns on the three stores (so a busy
    moment of the machine weighs on all three alike)."""
    stores = {kind: _open(DataPaths(folder / kind), kind) for kind in KINDS}
    try:
        actions = {
            kind: {"summary": _summary(store), "save": _save(store, repeat)}
            for kind, store in stores.items()
        }
        times: dict[str, dict[str, list[float]]] = {k: {"summary": [], "save": []} for k in KINDS}
        for turn in range(repeat + 1):
            for kind in KINDS:
                for name, action in actions[kind].items():
                    seconds = once(action)
                    if turn:  # the first turn warms caches up
                        times[kind][name].append(seconds)
        return {
            kind: {name: statistics.median(values) for name, values in named.items()}
            for kind, named in times.items()
        }
    finally:
        for store in stores.values():
            store.close()


def run(quick: bool) -> list[dict[str, Any]]:
    """Each measure over the three stores; ratio is encrypted / plaintext (same engine)."""
    scale, repeat = (1, 9) if quick else (10, 15)
    with scratch_dir("vault") as folder:
        generated = {kind: _generate(folder, scale, kind) for kind in KINDS}
        got = _round_robin(folder, repeat)
    for kind in KINDS:
        got[kind]["generate"] = generated[kind]
    rows = []
    for key, label, unit, factor in (
        ("generate", f"demo generation {scale}x", "s", 1),
        ("summary", f"cooperative list summary {scale}x", "ms", 1000),
        ("save", f"saving an assessment ({scale}x store)", "ms", 1000),
    ):
        plain, secret, before = (got[kind][key] for kind in KINDS)
        rows.append(
            result(
                f"{label}, encrypted store",
                secret * factor,
                unit,
                f"plaintext, same SQLite: {plain * factor:.1f} {unit}",
                ratio(secret, plain),
                TARGET,
            )
        )
        rows.append(
            result(
                f"{label}, previous release's plaintext store",
                before * factor,
                unit,
                "encrypted store",
                ratio(before, secret),
            )
        )
    return rows
