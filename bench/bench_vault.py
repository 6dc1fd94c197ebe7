"""The encrypted laptop store against the plaintext store of the release before it: demo
generation, the cooperative list summary and saving an assessment (start, answers, finalize,
each its own committed unit of work), same code over both, same data.

The plaintext store is opened as that release did (pysqlite, no key); the encrypted one with
:meth:`Store.open` (SQLCipher, raw 256-bit key). Target: encrypted <= 1.3x plaintext.
``--quick`` generates 1x; the full run 10x.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from bench.common import median_time, once, ratio, result, scratch_dir
from kopdes_desktop.core import demo
from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import db, migrate
from kopdes_desktop.store.db import Store

TARGET = "<= 1.3x plaintext"
INSTRUMENT = "kesiapan-kdkmp"


def _plaintext(paths: DataPaths) -> Store:
    """A store as the release before encryption opened it."""
    paths.ensure()
    engine = db.make_engine(paths.database, None)
    migrate.upgrade(engine, None)
    store = Store(paths, engine, None)
    store.device_id = store._ensure_device()
    return store


def _open(paths: DataPaths, encrypted: bool) -> Store:
    return Store.open(paths) if encrypted else _plaintext(paths)


def _summary_time(store: Store, repeat: int) -> float:
    today = date.today()

    def load() -> None:
        with store.read() as session:
            cooperatives.list_summaries(session, today)

    return median_time(load, repeat)


def _save_time(store: Store, repeat: int) -> float:
    """One assessment saved as the editor does: started, answered, finalized."""
    instruments = registry()
    with store.read() as session:
        coop_ids = [s.id for s in cooperatives.list_summaries(session)][:repeat + 1]
        answers = next(a.answers for a in assessments.history(session, coop_ids[0], INSTRUMENT)
                       if a.status == "FINAL")
    queue = iter(coop_ids)

    def save() -> None:
        with store.session() as session:
            row = assessments.start(session, instruments, next(queue), INSTRUMENT)
        with store.session() as session:
            assessments.save_draft(session, instruments, row.id, answers)
        with store.session() as session:
            assessments.finalize(session, instruments, row.id)

    return median_time(save, repeat, warmup=1)


def _measure(folder: Path, scale: int, encrypted: bool, repeat: int) -> dict[str, float]:
    paths = DataPaths(folder / ("encrypted" if encrypted else "plaintext"))
    store = _open(paths, encrypted)
    try:
        generated = once(lambda: demo.generate(store, scale=scale))
    finally:
        store.close()
    store = _open(paths, encrypted)
    try:
        return {"generate": generated, "summary": _summary_time(store, repeat),
                "save": _save_time(store, repeat)}
    finally:
        store.close()


def run(quick: bool) -> list[dict[str, Any]]:
    """Each measure over both stores; ratio is encrypted / plaintext."""
    scale, repeat = (1, 5) if quick else (10, 9)
    with scratch_dir("vault") as folder:
        plain = _measure(folder, scale, False, repeat)
        secret = _measure(folder, scale, True, repeat)
    rows = []
    for key, label, unit, factor in (("generate", f"demo generation {scale}x", "s", 1),
                                     ("summary", f"cooperative list summary {scale}x", "ms",
                                      1000),
                                     ("save", f"saving an assessment ({scale}x store)", "ms",
                                      1000)):
        rows.append(result(f"{label}, encrypted store", secret[key] * factor, unit,
                           f"plaintext store: {plain[key] * factor:.1f} {unit}",
                           ratio(secret[key], plain[key]), TARGET))
    return rows
