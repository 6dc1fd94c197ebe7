"""The records of the province demo: one mentor's laptop's worth at a time, as plain values in
the form a laptop's batch carries them (dates as ISO text, JSON columns as objects).

Each mentor has a device; every record the mentor made has an id from that device's own random
source and the device's next counter, as a laptop makes them. Assessments are scored by the
real instruments: a pool of scored answer sets per quality step is made once and drawn from,
so a year of assessments for 80,000 cooperatives costs no more scoring than one store.
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from kopdes_desktop.core import demo_names as names
from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.services.cooperatives import PENGURUS_ROLES
from kopdes_desktop.core.services.visits import VISIT_PURPOSES
from kopdes_desktop.province.regions import Place

KESIAPAN = "kesiapan-kdkmp"
USP = "kesehatan-usp-2016"
STEPS = 21  # quality steps of the scored pool (0, 0.05, ... 1)
VARIANTS = 3  # scored answer sets per step
# Boxes (south, north, west, east) lying inside each kabupaten/kota of Kalimantan Utara, drawn
# well within its borders so that every office and visit point falls in the right one.
BOXES = {
    "65.01": (2.55, 3.05, 116.90, 117.40),  # Bulungan, around Tanjung Selor
    "65.02": (2.30, 3.45, 115.45, 116.45),  # Malinau, the interior
    "65.03": (3.95, 4.20, 116.05, 116.95),  # Nunukan, along the northern border
    "65.04": (3.45, 3.65, 116.85, 117.15),  # Tana Tidung, around Tideng Pale
    "65.71": (3.28, 3.40, 117.56, 117.64),  # Tarakan island
}
ROMAN = ("", "", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X")
Row = tuple[str, str, dict[str, Any], str]  # table, record id, values, updated_at


class ScoredPool:
    """Answer sets with their scores, by instrument and quality step."""

    def __init__(self, rng: random.Random) -> None:
        self.instruments = registry()
        self.sets: dict[str, list[list[tuple[dict, dict]]]] = {}
        for instrument_id in (KESIAPAN, USP):
            instrument = self.instruments.get(instrument_id)
            self.sets[instrument_id] = [
                [self._scored(instrument, rng, step / (STEPS - 1)) for _ in range(VARIANTS)]
                for step in range(STEPS)
            ]

    @staticmethod
    def _scored(instrument: Any, rng: random.Random, quality: float) -> tuple[dict, dict]:
        answers = example_answers(instrument, rng, quality)
        return answers, instrument.score(answers).to_dict()

    def draw(
        self, rng: random.Random, instrument_id: str, quality: float
    ) -> tuple[str, dict, dict]:
        step = round(min(max(quality, 0.0), 1.0) * (STEPS - 1))
        answers, result = rng.choice(self.sets[instrument_id][step])
        return self.instruments.get(instrument_id).version, answers, result


@dataclass
class Laptop:
    """One mentor's device: its id stream, its counter and the records it made."""

    device_id: str
    seed: int
    counter: int = 0
    rows: list[Row] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.ids = random.Random(f"{self.seed}:{self.device_id}")

    def uid(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))

    def add(
        self, table: str, values: dict[str, Any], at: datetime, made: datetime | None = None
    ) -> str:
        """Record a row last changed at ``at`` (made then, or at ``made``); its id."""
        record_id = self.uid()
        self.counter += 1
        stamp = at.isoformat()
        values["created_at"] = (made or at).isoformat()
        self.rows.append((table, record_id, values, stamp))
        return record_id


def at_noon(day: date) -> datetime:
    return datetime.combine(day, time(12, 0))


def gps(rng: random.Random, place: Place, kabupaten_code: str) -> tuple[float, float]:
    """A point inside the kabupaten's box, near its kecamatan's own spot in the box."""
    south, north, west, east = BOXES[kabupaten_code]
    spot = random.Random(place.code.rsplit(".", 1)[0])  # the same spot for the whole kecamatan
    lat = spot.uniform(south, north) + rng.uniform(-0.03, 0.03)
    lon = spot.uniform(west, east) + rng.uniform(-0.03, 0.03)
    return round(min(max(lat, south), north), 6), round(min(max(lon, west), east), 6)


def person_name(rng: random.Random, female: bool) -> str:
    first = rng.choice(names.FEMALE_FIRST if female else names.MALE_FIRST)
    return f"{first} {rng.choice(names.FAMILY)}"


def phone(rng: random.Random) -> str:
    rest = f"{rng.randrange(10**8):08d}"
    return f"{rng.choice(('0812', '0813', '0821', '0852', '0853'))}-{rest[:4]}-{rest[4:]}"


def nik(rng: random.Random, kecamatan_code: str, female: bool) -> str:
    born = date(1965, 1, 1) + timedelta(days=rng.randrange(365 * 38))
    return (
        kecamatan_code.replace(".", "") + f"{born.day + (40 if female else 0):02d}"
        f"{born.month:02d}{born.year % 100:02d}{rng.randrange(1, 9999):04d}"
    )


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def copy_suffix(copy: int) -> str:
    """The name's mark of a village's second, third... cooperative (II, III, ... X, 11, 12)."""
    return ROMAN[copy] if copy <= 10 else f" {copy}"


def cooperative_values(
    rng: random.Random, place: Place, kab: str, copy: int, maturity: float
) -> dict[str, Any]:
    """A cooperative's registry values: legal numbers and financing by its maturity."""
    kind = "Kelurahan" if place.type == "kelurahan" else "Desa"
    lat, lon = gps(rng, place, kab)
    legal = {key: rng.random() < 0.3 + 0.6 * maturity for key in ("nik", "nib", "npwp", "bank")}
    values: dict[str, Any] = {
        "name": f"Koperasi {kind} Merah Putih {place.name}{copy_suffix(copy)}",
        "region_code": place.code,
        "address": f"Jl. Poros {place.name}, {place.kecamatan}",
        "formation_model": rng.choice(("BARU", "BARU", "BARU", "PENGEMBANGAN", "REVITALISASI")),
        "ahu_number": f"AHU-{rng.randrange(10**7):07d}.AH.01.29.TAHUN 2025"
        if rng.random() < 0.6 + 0.4 * maturity
        else None,
        "nik_koperasi": "65" + digits(rng, 14) if legal["nik"] else None,
        "nib": digits(rng, 13) if legal["nib"] else None,
        "npwp": None,
        "bank_name": None,
        "bank_account": None,
        "simkopdes_status": ("BELUM", "TERDAFTAR", "AKTIF", "MUTAKHIR")[
            min(3, int(maturity * 4 + rng.random() * 0.8))
        ],
        "founded_on": date(2025, rng.randint(4, 8), rng.randint(1, 28)).isoformat(),
        "office_lat": lat,
        "office_lon": lon,
        "notes": None,
        "financing_ceiling": 0,
        "financing_disbursed": 0,
        "financing_outstanding": 0,
        "financing_arrears": 0,
    }
    if legal["npwp"]:
        d = digits(rng, 15)
        values["npwp"] = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if legal["bank"]:
        values["bank_name"] = rng.choice(names.BANKS)
        values["bank_account"] = digits(rng, rng.choice((10, 13, 15)))
    if legal["nik"] and legal["nib"] and legal["npwp"] and rng.random() < maturity:
        ceiling = rng.choice((500, 1000, 1500, 2000, 3000)) * 1_000_000
        disbursed = int(ceiling * rng.uniform(0.2, 1.0)) // 1000 * 1000
        outstanding = int(disbursed * rng.uniform(0.6, 1.0)) // 1000 * 1000
        arrears = (
            int(outstanding * rng.uniform(0.01, 0.12)) // 1000 * 1000 if rng.random() < 0.3 else 0
        )
        values.update(
            financing_ceiling=ceiling,
            financing_disbursed=disbursed,
            financing_outstanding=outstanding,
            financing_arrears=arrears,
        )
    return values


def unit_values(rng: random.Random, coop_id: str, maturity: float) -> list[dict[str, Any]]:
    """The cooperative's business units: the office always, the seven kinds by chance."""

    def status(chance: float) -> str:
        roll = rng.random()
        if roll < chance * maturity:
            return "OPERATING"
        if roll < chance * maturity + 0.08:
            return "SUSPENDED" if maturity > 0.5 else "PREPARING"
        return rng.choice(("PLANNED", "PREPARING"))

    kinds = [("KANTOR", 1.2)] + [
        (k, c)
        for k, c in (
            ("SEMBAKO", 1.1),
            ("SIMPAN_PINJAM", 0.8),
            ("KLINIK", 0.3),
            ("APOTEK", 0.3),
            ("GUDANG_COLD_STORAGE", 0.4),
            ("LOGISTIK", 0.4),
        )
        if rng.random() < 0.45 + 0.42 * c
    ]
    units = []
    for kind, chance in kinds:
        state = status(chance)
        turnover = (
            rng.randrange(5, 250) * 500_000 if state == "OPERATING" and kind != "KANTOR" else None
        )
        units.append(
            {
                "cooperative_id": coop_id,
                "kind": kind,
                "other_name": None,
                "status": state,
                "monthly_turnover": turnover,
                "notes": None,
            }
        )
    if rng.random() < 0.35:
        units.append(
            {
                "cooperative_id": coop_id,
                "kind": "LAINNYA",
                "other_name": rng.choice(names.OTHER_UNITS),
                "status": status(0.8),
                "monthly_turnover": None,
                "notes": None,
            }
        )
    return units


def board_values(rng: random.Random, coop_id: str, place: Place) -> list[dict[str, Any]]:
    """Five pengurus (with phone, most with NIK) and three pengawas."""
    kecamatan = place.code.rsplit(".", 1)[0]
    women = 2 if rng.random() < 0.6 else 1
    people = []
    for index, role in enumerate(PENGURUS_ROLES):
        female = index >= len(PENGURUS_ROLES) - women or rng.random() < 0.15
        people.append(
            {
                "cooperative_id": coop_id,
                "organ": "PENGURUS",
                "role": role,
                "name": person_name(rng, female),
                "gender": "P" if female else "L",
                "phone": phone(rng),
                "nik": nik(rng, kecamatan, female) if rng.random() < 0.7 else None,
            }
        )
    head = "Lurah" if place.type == "kelurahan" else "Kepala Desa"
    for role in (f"Ketua Pengawas ({head})", "Anggota Pengawas", "Anggota Pengawas"):
        female = not role.startswith("Ketua") and rng.random() < 0.4
        people.append(
            {
                "cooperative_id": coop_id,
                "organ": "PENGAWAS",
                "role": role,
                "name": person_name(rng, female),
                "gender": "P" if female else "L",
                "phone": None,
                "nik": None,
            }
        )
    return people


def visit_values(
    rng: random.Random,
    coop_id: str,
    mentor_id: str,
    day: date,
    point: tuple[float, float],
    status: str = "DONE",
) -> dict[str, Any]:
    return {
        "cooperative_id": coop_id,
        "mentor_id": mentor_id,
        "visit_date": day.isoformat(),
        "purpose": rng.choice(VISIT_PURPOSES),
        "lat": point[0],
        "lon": point[1],
        "status": status,
        "attendees": f"Ketua, Bendahara, {rng.randint(2, 9)} anggota",
        "notes": rng.choice(
            (
                None,
                "Akses jalan rusak setelah hujan; perjalanan 4 jam.",
                "Listrik desa menyala pukul 18.00-23.00 saja.",
                "Pengurus antusias; gerai ramai pada hari pasar.",
            )
        ),
    }


def assessment_values(
    pool: ScoredPool,
    rng: random.Random,
    coop_id: str,
    visit_id: str,
    day: date,
    instrument_id: str,
    quality: float,
    final: bool = True,
) -> dict[str, Any]:
    version, answers, result = pool.draw(rng, instrument_id, quality)
    if not final:
        answers = dict(list(answers.items())[: len(answers) // 2])
    return {
        "cooperative_id": coop_id,
        "visit_id": visit_id,
        "instrument_id": instrument_id,
        "instrument_version": version,
        "answers": answers,
        "result": result if final else None,
        "total": result["total"] if final else None,
        "category": result["category"] if final else None,
        "status": "FINAL" if final else "DRAFT",
        "assessed_on": day.isoformat(),
        "finalized_at": at_noon(day).isoformat() if final else None,
        "revision_of": None,
        "revision_no": 1,
    }
