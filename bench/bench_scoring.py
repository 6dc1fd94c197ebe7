"""Scoring stored kesehatan-usp-2016 assessments with the engine, against a plain Python loop
that applies the same band tables hard-coded (and must give the same totals)."""

from __future__ import annotations

import math
import random
from datetime import date
from typing import Any

from sqlalchemy import select

from bench.common import median_time, ratio, result, scratch_dir
from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assessment, Cooperative, Region

INSTRUMENT = "kesehatan-usp-2016"
DISTINCT = 500  # distinct generated answer sets, cycled over the stored assessments


def _pct(num: float, den: float) -> float | None:
    return None if den == 0 else round(num * 100 / den, 4)


def _first(r: float | None, bands: tuple[tuple[float, bool, float], ...], last: float) -> float:
    """nilai of the first band whose upper end (value, closed) admits r."""
    for high, closed, nilai in bands:
        if r < high or (closed and r == high):
            return nilai
    return last


def _up(r: float) -> float:
    return min(math.ceil(r / 10) * 10, 100)


def hard_coded(a: dict[str, Any]) -> tuple[float, str]:
    """kesehatan-usp-2016 written out by hand: the baseline the engine is compared with."""
    rpm = 0.5 * a["pinjaman_kurang_lancar"] + 0.75 * a["pinjaman_diragukan"] + a["pinjaman_macet"]
    rows: list[tuple[float | None, Any, int]] = [
        (
            _pct(a["ekuitas"], a["total_aset"]),
            lambda r: (
                0
                if r == 0
                else _first(
                    r, ((20, True, 25), (40, True, 50), (60, True, 100), (80, True, 50)), 25
                )
            ),
            6,
        ),
        (_pct(a["ekuitas"], a["pinjaman_berisiko"]), _up, 6),
        (
            _pct(a["modal_tertimbang"], a["atmr"]),
            lambda r: _first(r, ((4, False, 0), (6, False, 50), (8, False, 75)), 100),
            3,
        ),
        (
            _pct(a["pinjaman_anggota"], a["pinjaman_diberikan"]),
            lambda r: _first(r, ((25, True, 0), (50, True, 50), (75, True, 75)), 100),
            10,
        ),
        (
            _pct(rpm, a["pinjaman_diberikan"]),
            lambda r: (
                100
                if r == 0
                else _first(
                    r,
                    (
                        (10, True, 80),
                        (20, True, 60),
                        (30, True, 40),
                        (40, True, 20),
                        (45, True, 10),
                    ),
                    0,
                )
            ),
            5,
        ),
        (_pct(a["cadangan_risiko"], rpm) if rpm else 1000, _up, 5),
        (
            _pct(a["pinjaman_berisiko"], a["pinjaman_diberikan"]),
            lambda r: _first(r, ((21, False, 100), (26, False, 75), (30, True, 50)), 25),
            5,
        ),
        (
            _pct(a["beban_operasi_anggota"], a["partisipasi_bruto"]),
            lambda r: _first(r, ((90, False, 100), (95, False, 75), (100, True, 50)), 25),
            4,
        ),
        (
            _pct(a["beban_usaha"], a["shu_kotor"]) if a["shu_kotor"] >= 0 else None,
            lambda r: _first(r, ((40, True, 100), (60, True, 75), (80, True, 50)), 25),
            4,
        ),
        (
            _pct(a["biaya_karyawan"], a["volume_pinjaman"]),
            lambda r: _first(r, ((5, True, 100), (10, True, 75), (15, True, 50)), 0),
            2,
        ),
        (
            _pct(a["kas"] + a["bank"], a["kewajiban_lancar"]),
            lambda r: _first(r, ((10, True, 25), (15, True, 100), (20, True, 50)), 25),
            10,
        ),
        (
            _pct(a["pinjaman_diberikan"], a["dana_diterima"]),
            lambda r: _first(r, ((60, False, 25), (70, False, 50), (80, False, 75)), 100),
            5,
        ),
        (
            _pct(a["shu_sebelum_pajak"], a["total_aset"]),
            lambda r: _first(r, ((5, False, 25), (7.5, False, 50), (10, False, 75)), 100),
            3,
        ),
        (
            _pct(a["shu_bagian_anggota"], a["ekuitas"]),
            lambda r: _first(r, ((3, False, 25), (4, False, 50), (5, False, 75)), 100),
            3,
        ),
        (
            _pct(a["partisipasi_neto"], a["beban_usaha"] + a["beban_perkoperasian"]),
            lambda r: 0 if r <= 100 else 100,
            4,
        ),
        (
            _pct(a["partisipasi_bruto"], a["partisipasi_bruto"] + a["pendapatan"]),
            lambda r: _first(r, ((25, False, 25), (50, False, 50), (75, False, 75)), 100),
            7,
        ),
        (
            _pct(a["pea"], a["simpanan_pokok"] + a["simpanan_wajib"]),
            lambda r: _first(r, ((5, False, 0), (7.5, False, 50), (10, False, 75)), 100),
            3,
        ),
    ]
    total_h = 0
    for index, (r, rule, weight) in enumerate(rows):
        if index == 8 and r is None and a["shu_kotor"] < 0:
            total_h += 25 * weight
        elif r is not None:
            total_h += int(rule(r) * weight)
    for key, points in (
        ("manajemen_umum_ya", 25),
        ("manajemen_kelembagaan_ya", 50),
        ("manajemen_permodalan_ya", 60),
        ("manajemen_aktiva_ya", 30),
        ("manajemen_likuiditas_ya", 60),
    ):
        total_h += a[key] * points
    total = total_h / 100
    category = (
        "Sehat"
        if total >= 80
        else "Cukup Sehat"
        if total >= 66
        else "Dalam Pengawasan"
        if total >= 51
        else "Dalam Pengawasan Khusus"
    )
    return total, category


def _fill(store: Store, count: int, instrument_version: str, answer_sets: list[dict]) -> None:
    with store.session() as session:
        session.info["tracking"] = False
        session.add(Region(code="65.71", name="Kota Tarakan", level=2, type="KOTA", source="bench"))
        coop = Cooperative(name="KKMP Bench", region_code="65.71")
        session.add(coop)
        session.flush()
        for index in range(count):
            session.add(
                Assessment(
                    cooperative_id=coop.id,
                    instrument_id=INSTRUMENT,
                    instrument_version=instrument_version,
                    answers=answer_sets[index % len(answer_sets)],
                    assessed_on=date(2025, 11, 3),
                )
            )


def _stored(store: Store) -> list[tuple[str, str, dict]]:
    with store.read() as session:
        rows = session.execute(
            select(Assessment.instrument_id, Assessment.instrument_version, Assessment.answers)
        )
        return [tuple(row) for row in rows]


def run(quick: bool) -> list[dict[str, Any]]:
    count = 1_000 if quick else 10_000
    reg = registry()
    instrument = reg.get(INSTRUMENT)
    rng = random.Random(2016)
    answer_sets = [example_answers(instrument, rng, rng.random()) for _ in range(DISTINCT)]
    with scratch_dir("scoring") as folder:
        store = Store.open(DataPaths(folder))
        try:
            _fill(store, count, instrument.version, answer_sets)
            rows = _stored(store)

            def engine() -> list[float]:
                return [reg.get(i, v).score(a).total for i, v, a in rows]

            def baseline() -> list[float]:
                return [hard_coded(a)[0] for _, _, a in rows]

            if engine() != baseline():
                raise AssertionError("engine and hard-coded loop disagree on a total")
            engine_s = median_time(engine, repeat=3)
            baseline_s = median_time(baseline, repeat=3)
            read_s = median_time(lambda: _stored(store), repeat=3)
        finally:
            store.close()
    per_ms = engine_s / count * 1000
    kesiapan = reg.get("kesiapan-kdkmp")
    kes_sets = [example_answers(kesiapan, rng, rng.random()) for _ in range(DISTINCT)]
    kes_s = median_time(lambda: [kesiapan.score(a) for a in kes_sets], repeat=3)
    return [
        result(
            f"score {count} stored assessments (engine)",
            per_ms,
            "ms/assessment",
            "hard-coded loop",
            ratio(engine_s, baseline_s),
            "< 1 ms and <= 5x",
        ),
        result(
            f"score {count} stored assessments (hard-coded loop)",
            baseline_s / count * 1000,
            "ms/assessment",
        ),
        result(
            f"read + score {count} stored assessments (engine)",
            (read_s + engine_s) / count * 1000,
            "ms/assessment",
            "read + hard-coded loop",
            ratio(read_s + engine_s, read_s + baseline_s),
        ),
        result(
            f"score {DISTINCT} kesiapan-kdkmp assessments (engine, repeat group)",
            kes_s / DISTINCT * 1000,
            "ms/assessment",
            target="< 1 ms",
        ),
    ]
