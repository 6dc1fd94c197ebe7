"""Sync by file: export of assessments with their visits against gzip of the same rows as JSON,
bytes on the wire per assessment, province import against raw sqlite3 executemany of the same
rows (as ``kopdes-province import FILE...`` runs it, and in one process only), the share of it
spent checking values and looking parents up, a second device's edit of every record (all
merged), and re-import of the same files (all duplicates) against the first import. Import
figures are medians of ``ROUNDS`` rounds."""

from __future__ import annotations

import gzip
import json
import random
import shutil
import statistics
import time
import uuid
from datetime import date
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bench.common import ratio, raw_connect, result, scratch_dir
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province import dashboard_store
from kopdes_desktop.province.decoder import collector_paused
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.ingest import import_files
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.outputs import write_trust_file
from kopdes_desktop.province.screen import record_checks, screen
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assessment, Cooperative, Region, Visit, utcnow
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.export import export
from kopdes_desktop.sync.fileformat import open_batch, seal_batch
from kopdes_desktop.sync.keys import b64, raw_public
from kopdes_desktop.sync.payload import decode_batch, encode
from kopdes_desktop.sync.pending import pending_rows, self_device
from kopdes_desktop.sync.records import to_record
from kopdes_desktop.sync.service import SyncService

COOPERATIVES = 50
# Imports are timed in several rounds, each into fresh stores, and reported as medians (the
# raw baseline too): a single durable commit can take several times its usual time.
ROUNDS = 3


def _fill(store: Store, count: int) -> None:
    """``count`` visits, each with a final assessment of 20 varied answers and its result."""
    rng = random.Random(1)
    with store.session() as session:
        session.add(
            Region(
                code="65.01", name="Kabupaten Bulungan", level=2, type="kabupaten", source="bench"
            )
        )
        coops = [
            Cooperative(name=f"KDMP Bench {i}", region_code="65.01") for i in range(COOPERATIVES)
        ]
        session.add_all(coops)
        session.flush()
        for i in range(count):
            coop = coops[i % COOPERATIVES]
            visit = Visit(
                cooperative_id=coop.id,
                visit_date=date(2025, 1 + i % 12, 1 + i % 28),
                purpose="Pendampingan rutin",
                status="DONE",
                notes=f"Rapat pengurus membahas RAT dan gerai sembako ({i}).",
            )
            session.add(visit)
            session.flush()
            answers = {
                f"q{k}": rng.choice(
                    (
                        rng.randint(0, 5),
                        rng.randint(0, 2_000_000_000),
                        rng.choice(("ya", "tidak", "sebagian")),
                    )
                )
                for k in range(20)
            }
            aspects = {f"aspek_{k}": round(rng.uniform(0, 15), 2) for k in range(7)}
            total = round(sum(aspects.values()), 2)
            session.add(
                Assessment(
                    cooperative_id=coop.id,
                    visit_id=visit.id,
                    instrument_id="kesehatan-usp-2016",
                    instrument_version="1.0",
                    answers=answers,
                    result={"total": total, "aspects": aspects, "category": "CUKUP SEHAT"},
                    total=total,
                    category="CUKUP SEHAT",
                    status="FINAL",
                    assessed_on=visit.visit_date,
                )
            )


def _gzip_baseline(store: Store) -> float:
    start = time.perf_counter()
    with store.read() as session:
        rows = pending_rows(session, 0, self_device(session).counter)
        gzip.compress(json.dumps([to_record(r) for r in rows]).encode(), 6)
    return time.perf_counter() - start


def _raw_insert(database: Path, records: list[tuple]) -> float:
    connection = raw_connect(database)
    connection.execute(
        "CREATE TABLE version (table_name TEXT, record_id TEXT, device_id TEXT, counter "
        "INTEGER, base_rev TEXT, deleted INTEGER, updated_at TEXT, data TEXT, "
        "PRIMARY KEY (table_name, record_id, device_id))"
    )
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany("INSERT INTO version VALUES (?, ?, ?, ?, ?, ?, ?, ?)", records)
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed


def _province(folder: Path, keys: Path, device_file: Path) -> ProvinceStore:
    """A fresh province store with the given keys and the laptop enrolled."""
    shutil.copytree(keys, folder / "keys")
    province = ProvinceStore.init(folder)
    enroll(province, device_file)
    return province


def _imports(folder: Path, files: list[Path], records: list[tuple]) -> dict[str, float]:
    """Seconds for one round, each import into a fresh province store: the import as
    ``kopdes-province import`` runs it, the same files again, the import in one process, the
    import into a store that keeps the overview's copy (the workspace's triggers noting each
    record), and the raw insert of the same rows."""
    keys, device = folder.parent / "province" / "keys", folder.parent / "device.json"
    times = {}
    with _province(folder / "cli", keys, device) as province:
        start = time.perf_counter()
        outcomes = import_files(province, files)
        times["import"] = time.perf_counter() - start
        start = time.perf_counter()
        again = import_files(province, files)
        times["again"] = time.perf_counter() - start
    with _province(folder / "one", keys, device) as province:
        start = time.perf_counter()
        alone = import_files(province, files, second_process=False)
        times["alone"] = time.perf_counter() - start
    with _province(folder / "overview", keys, device) as province:
        dashboard_store.ensure(province.engine)  # as a store serving the workspace has it
        start = time.perf_counter()
        kept = import_files(province, files)
        times["overview"] = time.perf_counter() - start
    assert {o.status for o in kept} == {"applied"}
    times["raw"] = _raw_insert(folder / "raw.sqlite3", records)
    assert {o.status for o in outcomes} == {o.status for o in alone} == {"applied"}
    assert {o.status for o in again} == {"duplicate"}
    return times


def _second_device_edits(
    folder: Path, province: ProvinceStore, records: list[tuple]
) -> tuple[list[Path], int]:
    """Batch files of a second enrolled device changing one field of every record the first
    one sent, each change made on the first device's revision: every record is merged."""
    key = Ed25519PrivateKey.generate()
    device_id = str(uuid.uuid4())
    with province.session() as session:
        session.add(
            ProvDevice(
                device_id=device_id,
                public_key=b64(raw_public(key.public_key())),
                status="enrolled",
                enrolled_at=utcnow(),
            )
        )
    edits = []
    for counter, (table, record_id, first, first_counter, _b, deleted, updated, data) in enumerate(
        records, start=1
    ):
        values = json.loads(data)
        field = "category" if table == "assessment" else "notes"
        values[field] = f"diubah {counter}"
        edits.append(
            {
                "t": table,
                "id": record_id,
                "c": counter,
                "b": f"{first}:{first_counter}",
                "x": deleted,
                "u": updated,
                "v": values,
                "k": {f"{first}/0": first_counter},
                "f": [field],
                "g": None,
                "r": None,
            }
        )
    files = []
    for start in range(0, len(edits), 2_000):
        chunk = edits[start : start + 2_000]
        payload = encode(chunk, [])
        header = make_header(
            device_id=device_id,
            device_public_key=b64(raw_public(key.public_key())),
            province_key_id=province.key_id,
            counter_from=chunk[0]["c"],
            counter_to=chunk[-1]["c"],
            created_at=utcnow().isoformat(),
            payload=payload,
            records=len(chunk),
            attachments=0,
        )
        path = folder / f"second-{start:06d}.kopdes"
        path.write_bytes(
            seal_batch(header, payload, key, province.public.seal_key, province.key_id)
        )
        files.append(path)
    return files, len(edits)


def _merge_rate(folder: Path, files: list[Path], records: list[tuple]) -> tuple[float, float]:
    """Records per second of a second device's import that merges every record, and of the
    raw insert of the same number of rows."""
    keys, device = folder.parent / "province" / "keys", folder.parent / "device.json"
    with _province(folder / "merge", keys, device) as province:
        import_files(province, files)
        second, count = _second_device_edits(folder, province, records)
        start = time.perf_counter()
        outcomes = import_files(province, second)
        elapsed = time.perf_counter() - start
        assert {o.status for o in outcomes} == {"applied"}, outcomes
        assert sum(o.conflicts for o in outcomes) == 0
    raw = _raw_insert(folder / "raw-merge.sqlite3", records)
    return count / elapsed, len(records) / raw


def _validation(folder: Path, files: list[Path]) -> tuple[float, float]:
    """Seconds to check every record's values, id and time (as the decoding process does) and
    to look their parents up in the store (as the writing process does), the files already
    opened and decoded. The parents are looked up in a store that holds the files' records,
    as each file's earlier ones are held when it is imported."""
    keys, device = folder.parent / "province" / "keys", folder.parent / "device.json"
    with _province(folder / "checks", keys, device) as province:
        import_files(province, files)
        opened = [open_batch(f.read_bytes(), province.seal_key, province.key_id) for f in files]
        decoded = [decode_batch(o.payload, o.header) for o in opened]
        with collector_paused():
            start = time.perf_counter()
            checked = [record_checks(province, d) for d in decoded]
            values = time.perf_counter() - start
            with province.session() as session:
                start = time.perf_counter()
                for one in checked:
                    screen(province, session.connection(), one)
                parents = time.perf_counter() - start
    return values, parents


def run(quick: bool) -> list[dict[str, Any]]:
    count = 1_000 if quick else 10_000
    with scratch_dir("sync") as folder:
        with ProvinceStore.init(folder / "province") as province:
            write_trust_file(province, folder / "trust.json")
        store = Store.open(DataPaths(folder / "laptop"))
        _fill(store, count)
        service = SyncService(store)
        service.trust(folder / "trust.json")
        service.write_device_file(folder / "device.json")
        baseline_s = _gzip_baseline(store)
        start = time.perf_counter()
        batches = export(store, folder / "out").batches
        export_s = time.perf_counter() - start
        wire = sum(b.size for b in batches)
        with store.read() as session:
            records = [
                (
                    r.__tablename__,
                    r.id,
                    r.device_id,
                    r.counter,
                    r.base_rev,
                    r.deleted,
                    r.updated_at.isoformat(),
                    json.dumps(to_record(r)["v"]),
                )
                for r in pending_rows(session, 0, self_device(session).counter)
            ]
        store.close()
        files = [b.file for b in batches]
        rounds = [_imports(folder / f"round{i}", files, records) for i in range(ROUNDS)]
        merges = [_merge_rate(folder / f"merge{i}", files, records) for i in range(ROUNDS)]
        checks = [_validation(folder / f"checks{i}", files) for i in range(ROUNDS)]
    median = {key: statistics.median(r[key] for r in rounds) for key in rounds[0]}
    rate, alone_rate, kept_rate, raw_rate = (
        len(records) / median[key] for key in ("import", "alone", "overview", "raw")
    )
    merge_rate = statistics.median(m[0] for m in merges)
    merge_raw = statistics.median(m[1] for m in merges)
    values_s, parents_s = (statistics.median(c[i] for c in checks) for i in (0, 1))
    return [
        result(
            f"export {count} assessments with visits",
            export_s,
            "s",
            "read same rows + JSON + gzip -6",
            ratio(export_s, baseline_s),
            "<= 3x",
        ),
        result(
            "bytes on the wire per assessment (with its visit)",
            wire / count,
            "B",
            f"{len(batches)} batch files",
            None,
            "< 1500 B",
        ),
        result(
            f"province import of {len(records)} records",
            rate,
            "records/s",
            "raw sqlite3 executemany, same rows",
            ratio(rate, raw_rate),
            ">= 0.33x",
        ),
        result(
            "  the same, decoding in the writing process",
            alone_rate,
            "records/s",
            "raw sqlite3 executemany, same rows",
            ratio(alone_rate, raw_rate),
        ),
        result(
            "  the same, into a store keeping the overview's copy (workspace)",
            kept_rate,
            "records/s",
            "raw sqlite3 executemany, same rows",
            ratio(kept_rate, raw_rate),
            ">= 0.33x",
        ),
        result(
            "  of which checking every value, id and time (decoding process)",
            values_s,
            "s",
            "the import",
            ratio(values_s, median["import"]),
        ),
        result(
            "  of which looking parents up in the store (writing process)",
            parents_s,
            "s",
            "the import",
            ratio(parents_s, median["import"]),
        ),
        result(
            "  another device's edit of every record (all merged per field)",
            merge_rate,
            "records/s",
            "raw sqlite3 executemany, same rows",
            ratio(merge_rate, merge_raw),
        ),
        result(
            "re-import of the same files (all duplicates)",
            median["again"],
            "s",
            "first import",
            ratio(median["again"], median["import"]),
            "< 0.10x",
        ),
    ]
