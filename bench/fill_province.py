"""A province store filled directly with a year of field work, for the overview's tests and
benchmark: ``scale`` times Kaltara's 411 cooperatives on real villages, mentors of about eleven
cooperatives each with their laptops and batches, a year of visits, readiness assessments
(some cooperatives improving, some falling), findings and follow-ups (some overdue), financing
with arrears, and sync trouble (a silent laptop, a gap, a divergence, a quarantined batch).

Records are written as the import writes them (one current head per record in
``prov_version``), through one executemany per table, so 10x takes seconds. Dates are relative
to ``today``; the same seed and ``today`` give the same store.
"""

from __future__ import annotations

import json
import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import Any

from kopdes_desktop.core import demo_names as names
from kopdes_desktop.core.instruments import registry as instrument_registry
from kopdes_desktop.core.regions import KALTARA
from kopdes_desktop.province.apply import insert_tuples
from kopdes_desktop.province.models import ProvBatch, ProvDevice, ProvRejection, ProvVersion
from kopdes_desktop.province.regions import villages
from kopdes_desktop.province.store import ProvinceStore

READINESS = "kesiapan-kdkmp"
COOPERATIVES_1X = 411
CENTRES = {
    "65.01": (2.84, 117.37),
    "65.02": (3.58, 116.64),
    "65.03": (4.08, 116.35),
    "65.04": (3.55, 117.05),
    "65.71": (3.32, 117.59),
}
COLUMNS = (
    "table_name",
    "record_id",
    "device_id",
    "counter",
    "base_rev",
    "covers",
    "deleted",
    "updated_at",
    "data",
    "batch_id",
    "is_current",
    "in_conflict",
)
PUBLIC_KEY = "A" * 43 + "="


class _Filler:
    """Rows of one fill: records per device, counters per device."""

    def __init__(self, seed: int, today: date) -> None:
        self.rng = random.Random(seed)
        self.today = today
        self.rows: list[tuple[Any, ...]] = []
        self.counters: dict[str, int] = {}
        self.instrument = instrument_registry().get(READINESS)

    def uid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def add(self, table: str, device: str, values: dict[str, Any]) -> str:
        record_id = self.uid()
        self.counters[device] = counter = self.counters.get(device, 0) + 1
        values = {"created_at": "2025-09-01T08:00:00", **values}
        self.rows.append(
            (
                table,
                record_id,
                device,
                counter,
                None,
                "{}",
                False,
                "2025-09-01T08:00:00",
                json.dumps(values, sort_keys=True),
                None,
                True,
                False,
            )
        )
        return record_id

    def result(self, total: float) -> dict[str, Any]:
        """A stored result of the readiness instrument with every aspect near ``total``."""
        scoring = self.instrument.scoring
        aspects = []
        for aspect in scoring.aspects:
            percent = max(0.0, min(100.0, total + self.rng.uniform(-12, 12)))
            aspects.append(
                {
                    "id": aspect.id,
                    "title_id": aspect.title("id"),
                    "title_en": aspect.title("en"),
                    "max": aspect.weight,
                    "score": round(aspect.weight * percent / 100, 2),
                    "percent": round(percent, 2),
                }
            )
        category = scoring.category_for(total)
        return {
            "instrument": self.instrument.id,
            "version": self.instrument.version,
            "total": total,
            "category": category.text.get("id"),
            "aspects": aspects,
            "components": [],
            "warnings": [],
            "warnings_en": [],
        }


def _places(f: _Filler, scale: int) -> list[Any]:
    chosen = sorted(f.rng.sample(list(villages(KALTARA)), COOPERATIVES_1X), key=lambda v: v.code)
    return [v for _ in range(scale) for v in chosen]


def _cooperative(f: _Filler, place: Any, copy: int, device: str) -> tuple[str, float]:
    kab = place.code[:5]
    lat, lon = CENTRES[kab]
    ceiling = f.rng.choice((0, 0, 500, 1000, 3000)) * 1_000_000
    disbursed = ceiling * f.rng.choice((0, 5, 8, 10)) // 10
    outstanding = disbursed * f.rng.choice((6, 8, 10)) // 10
    arrears = outstanding * f.rng.choice((0, 0, 0, 1, 3)) // 100
    coop = f.add(
        "cooperative",
        device,
        {
            "name": f"Koperasi Desa Merah Putih {place.name}" + (f" {copy}" if copy else ""),
            "region_code": place.code,
            "address": f"Jl. Poros {place.name}",
            "formation_model": "BARU",
            "simkopdes_status": "AKTIF",
            "office_lat": round(lat + f.rng.uniform(-0.4, 0.4), 5),
            "office_lon": round(lon + f.rng.uniform(-0.4, 0.4), 5),
            "financing_ceiling": ceiling,
            "financing_disbursed": disbursed,
            "financing_outstanding": outstanding,
            "financing_arrears": arrears,
        },
    )
    for kind in ("KANTOR", "SEMBAKO", "SIMPAN_PINJAM")[: f.rng.randint(1, 3)]:
        f.add(
            "business_unit",
            device,
            {
                "cooperative_id": coop,
                "kind": kind,
                "status": f.rng.choice(("OPERATING", "PREPARING")),
            },
        )
    for role in ("Ketua", "Sekretaris", "Bendahara"):
        f.add(
            "person",
            device,
            {
                "cooperative_id": coop,
                "organ": "PENGURUS",
                "role": role,
                "name": f"{role} {place.name}",
                "gender": "L",
                "phone": "0812-3456-7890",
                "nik": "6501014101900001",
            },
        )
    return coop, f.rng.uniform(35, 90)


def _field_work(f: _Filler, coop: str, mentor: str, device: str, level: float) -> None:
    """Visits every 25 to 60 days (some cooperatives left alone for months), an assessment at
    every third visit drifting up or down, and a finding with a follow-up now and then."""
    drift = f.rng.choice((-9.0, -4.0, 0.0, 3.0, 6.0))
    stop = f.today - timedelta(days=f.rng.choice((3, 10, 30, 75, 120)))
    day = f.today - timedelta(days=f.rng.randint(330, 365))
    index = 0
    while day <= stop:
        visit = f.add(
            "visit",
            device,
            {
                "cooperative_id": coop,
                "mentor_id": mentor,
                "visit_date": day.isoformat(),
                "status": "DONE",
                "purpose": "Pendampingan",
            },
        )
        if index % 3 == 0:
            level = max(5.0, min(98.0, level + drift + f.rng.uniform(-3, 3)))
            total = round(level, 2)
            result = f.result(total)
            f.add(
                "assessment",
                device,
                {
                    "cooperative_id": coop,
                    "visit_id": visit,
                    "instrument_id": READINESS,
                    "instrument_version": f.instrument.version,
                    "answers": {},
                    "result": result,
                    "total": total,
                    "category": result["category"],
                    "assessed_on": day.isoformat(),
                    "status": "FINAL" if f.rng.random() < 0.95 else "DRAFT",
                    "revision_no": 1,
                },
            )
        if f.rng.random() < 0.3:
            finding = f.add(
                "finding",
                device,
                {
                    "visit_id": visit,
                    "cooperative_id": coop,
                    "area": "Keuangan",
                    "temuan": "Buku kas belum diperbarui",
                    "rekomendasi": "Perbarui buku kas",
                    "compliance": "CUKUP",
                },
            )
            due = day + timedelta(days=f.rng.choice((14, 30, 60)))
            status = f.rng.choice(("OPEN", "PROGRESS", "DONE", "DONE", "DROPPED"))
            f.add(
                "action_item",
                device,
                {
                    "cooperative_id": coop,
                    "finding_id": finding,
                    "visit_id": visit,
                    "title": "Perbarui buku kas",
                    "owner": "Bendahara",
                    "due_date": due.isoformat(),
                    "status": status,
                    "closed_on": due.isoformat() if status == "DONE" else None,
                },
            )
        day += timedelta(days=f.rng.randint(25, 60))
        index += 1


def _devices(
    f: _Filler, devices: dict[str, tuple[str, str]]
) -> tuple[list[Any], list[Any], list[Any]]:
    """Each laptop enrolled with its batches received; one laptop silent for three weeks, one
    with a gap, one with a divergence, and an unknown laptop's batch in quarantine."""
    now = datetime.combine(f.today, time(9))
    device_rows, batches, rejections = [], [], []
    for n, (device, (mentor, name)) in enumerate(sorted(devices.items())):
        device_rows.append(
            ProvDevice(
                device_id=device,
                public_key=PUBLIC_KEY,
                mentor_id=mentor,
                mentor_name=name,
                status="enrolled",
            )
        )
        last = f.counters.get(device, 1)
        days_ago = 21 if n % 7 == 3 else f.rng.randint(0, 10)
        ranges = [(1, last // 2), (last // 2 + (3 if n % 5 == 1 else 1), last)]
        for i, (low, high) in enumerate(ranges):
            batches.append(
                ProvBatch(
                    batch_id=uuid.UUID(int=f.rng.getrandbits(128)).hex,
                    device_id=device,
                    file_sha256="0" * 64,
                    payload_sha256="0" * 64,
                    public_key=PUBLIC_KEY,
                    counter_from=low,
                    counter_to=high,
                    status="applied",
                    received_at=now - timedelta(days=days_ago + 30 * (1 - i)),
                )
            )
        if n % 9 == 2:
            rejections.append(
                ProvRejection(
                    batch_id="d" * 32, device_id=device, reason="divergence", code="divergence"
                )
            )
    stranger = str(uuid.UUID(int=f.rng.getrandbits(128), version=4))
    device_rows.append(ProvDevice(device_id=stranger, public_key=PUBLIC_KEY, status="unknown"))
    batches.append(
        ProvBatch(
            batch_id="q" * 32,
            device_id=stranger,
            file_sha256="1" * 64,
            payload_sha256="1" * 64,
            public_key=PUBLIC_KEY,
            counter_from=1,
            counter_to=5,
            status="quarantined",
            received_at=now,
        )
    )
    return device_rows, batches, rejections


def fill(store: ProvinceStore, scale: int = 1, seed: int = 18, today: date | None = None) -> int:
    """Fill an empty province store; the number of cooperatives written."""
    f = _Filler(seed, today or date.today())
    places = _places(f, scale)
    by_kab: dict[str, list[int]] = {}
    for index, place in enumerate(places):
        by_kab.setdefault(place.code[:5], []).append(index)
    devices: dict[str, tuple[str, str]] = {}
    for kab, indexes in sorted(by_kab.items()):
        for start in range(0, len(indexes), 11):
            device = str(uuid.UUID(int=f.rng.getrandbits(128), version=4))
            name = (
                f"{f.rng.choice(names.FEMALE_FIRST + names.MALE_FIRST)} "
                f"{f.rng.choice(names.FAMILY)}"
            )
            mentor = f.add(
                "mentor",
                device,
                {"name": name, "role": "BA", "kabupaten_code": kab, "is_self": True},
            )
            devices[device] = (mentor, name)
            for index in indexes[start : start + 11]:
                coop, level = _cooperative(f, places[index], index // COOPERATIVES_1X, device)
                f.add(
                    "assignment",
                    device,
                    {
                        "mentor_id": mentor,
                        "cooperative_id": coop,
                        "start": "2025-09-01",
                        "end": None,
                    },
                )
                _field_work(f, coop, mentor, device, level)
    device_rows, batches, rejections = _devices(f, devices)
    with store.session() as session:
        insert_tuples(session.connection(), ProvVersion.__table__, COLUMNS, f.rows)
        session.add_all([*device_rows, *batches, *rejections])
    store.refresh_statistics()
    return len(places)
