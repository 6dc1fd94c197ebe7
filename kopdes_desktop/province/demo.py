"""``kopdes-province demo --scale N``: a province store filled directly with realistic data.

Scale 1 is Kalimantan Utara today: 411 cooperatives on real Kemendagri villages, about forty
mentors each looking after 7 to 15 cooperatives of one kabupaten, a year of visits,
assessments scored by the real instruments, findings and follow-ups. Scale N makes N copies of
every cooperative (N=200: about 82,000 cooperatives and 7,500 mentors, the national size).
Some cooperatives fall from one assessment to the next, some have not been visited for 60
days, some follow-ups are overdue, and some laptops have been silent for weeks.

The records go straight into ``prov_version`` in bulk, as current heads of one replica each,
exactly as an import writes a record it sees for the first time; each mentor's laptop is an
enrolled device with one applied batch, so the workspace, exports and reports read them as they
read synced data.
"""

from __future__ import annotations

import hashlib
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import Connection, text

from kopdes_desktop.core import demo_names as names
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province import regions
from kopdes_desktop.province.apply import VERSION_KEY, VERSION_SET, insert_tuples
from kopdes_desktop.province.demo_rows import (
    KESIAPAN,
    USP,
    Laptop,
    ScoredPool,
    assessment_values,
    at_noon,
    board_values,
    cooperative_values,
    person_name,
    phone,
    unit_values,
    visit_values,
)
from kopdes_desktop.province.models import ProvBatch, ProvDevice, ProvVersion
from kopdes_desktop.province.regions import Place
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.keys import b64, raw_public
from kopdes_desktop.sync.payload import values_text

DEFAULT_SEED = 20251103
COOPERATIVES_1X = 411
MAX_SCALE = 400
FLUSH_ROWS = 5000
Entry = tuple[Place, int]  # a village and the copy number of its cooperative


@dataclass
class FillStats:
    """What a fill wrote, and how long it took."""

    scale: int
    cooperatives: int = 0
    mentors: int = 0
    records: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0


@dataclass
class _Plan:
    """A mentor's share: kabupaten, cooperatives, and the day their laptop last synced."""

    kabupaten: str
    entries: list[Entry]
    synced: date


def fill(
    store: ProvinceStore,
    scale: int = 1,
    seed: int = DEFAULT_SEED,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> FillStats:
    """Fill an empty province store with ``scale`` times Kaltara's cooperatives and their year
    of mentoring; refuses a store that already holds cooperatives. ``progress(done, total)``
    is told after each mentor's records are written."""
    if not 1 <= scale <= MAX_SCALE:
        raise KopdesError(f"Skala harus 1 sampai {MAX_SCALE}.", f"Scale must be 1 to {MAX_SCALE}.")
    started = time.perf_counter()
    with store.engine.connect() as connection:
        if connection.execute(
            text("SELECT 1 FROM prov_version WHERE table_name = 'cooperative' LIMIT 1")
        ).first():
            raise KopdesError(
                "Basis data provinsi ini sudah berisi koperasi; data demo hanya diisikan ke "
                "basis data yang kosong.",
                "This province database already has cooperatives; demo data goes into an "
                "empty one only.",
            )
    rng = random.Random(seed)
    today = today or date.today()
    plans = _plans(rng, scale, today)
    writer = _Writer(store, FillStats(scale))
    maker = _FieldWork(rng, ScoredPool(random.Random(seed)), today)
    for done, plan in enumerate(plans, 1):
        laptop = Laptop(str(_uuid(rng)), seed)
        mentor_id = maker.mentor(laptop, plan)
        for entry in plan.entries:
            maker.cooperative(laptop, mentor_id, plan, entry)
        maker.notes(laptop, mentor_id, plan)
        writer.laptop(laptop, mentor_id, plan, rng, today)
        if progress:
            progress(done, len(plans))
    writer.close()
    store.refresh_statistics()
    writer.stats.mentors = len(plans)
    writer.stats.cooperatives = writer.stats.counts.get("cooperative", 0)
    writer.stats.seconds = time.perf_counter() - started
    return writer.stats


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _plans(rng: random.Random, scale: int, today: date) -> list[_Plan]:
    """Mentors per kabupaten, each with 7 to 15 neighbouring cooperatives; one laptop in
    twelve has not synced for two to six weeks."""
    chosen = sorted(rng.sample(regions.villages(), COOPERATIVES_1X), key=lambda p: p.code)
    by_kab: dict[str, list[Entry]] = {}
    for place in chosen:
        kab = place.code.rsplit(".", 2)[0]
        by_kab.setdefault(kab, []).extend((place, copy) for copy in range(1, scale + 1))
    plans = []
    for kab in sorted(by_kab):
        entries = by_kab[kab]
        n = len(entries)
        count = min(max(round(n / 11), -(-n // 15), 1), max(n // 7, 1))
        bounds = [round(i * n / count) for i in range(count + 1)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            silent = rng.random() < 1 / 12
            synced = today - timedelta(days=rng.randint(15, 45) if silent else rng.randint(0, 6))
            plans.append(_Plan(kab, entries[lo:hi], synced))
    return plans


class _FieldWork:
    """Makes a mentor's records on their laptop."""

    def __init__(self, rng: random.Random, pool: ScoredPool, today: date) -> None:
        self.rng = rng
        self.pool = pool
        self.today = today
        self.start = (today - timedelta(days=380)).replace(day=1)

    def mentor(self, laptop: Laptop, plan: _Plan) -> str:
        female = self.rng.random() < 0.45
        return laptop.add(
            "mentor",
            {
                "name": person_name(self.rng, female),
                "role": "BA" if self.rng.random() < 0.6 else "PENDAMPING",
                "kabupaten_code": plan.kabupaten,
                "phone": phone(self.rng),
                "email": None,
                "is_self": True,
            },
            at_noon(self.start),
        )

    def cooperative(self, laptop: Laptop, mentor_id: str, plan: _Plan, entry: Entry) -> None:
        rng = self.rng
        place, copy = entry
        maturity = rng.betavariate(2.2, 2.0)
        made = at_noon(self.start + timedelta(days=rng.randint(0, 20)))
        coop = cooperative_values(rng, place, plan.kabupaten, copy, maturity)
        coop_id = laptop.add("cooperative", coop, made)
        units = unit_values(rng, coop_id, maturity)
        for unit in units:
            laptop.add("business_unit", unit, made)
        for person in board_values(rng, coop_id, place):
            laptop.add("person", person, made)
        members = rng.randint(25, 90)
        for months_back in (11, 8, 5, 2):
            members += rng.randint(0, int(10 + 40 * maturity))
            as_of = self.today.replace(day=1) - timedelta(days=30 * months_back)
            laptop.add(
                "member_count",
                {
                    "cooperative_id": coop_id,
                    "members": members,
                    "women": int(members * rng.uniform(0.3, 0.55)),
                    "as_of": as_of.isoformat(),
                },
                at_noon(as_of),
            )
        laptop.add(
            "assignment",
            {
                "mentor_id": mentor_id,
                "cooperative_id": coop_id,
                "start": self.start.isoformat(),
                "end": None,
            },
            made,
        )
        has_usp = any(u["kind"] == "SIMPAN_PINJAM" and u["status"] == "OPERATING" for u in units)
        point = (coop["office_lat"], coop["office_lon"])
        self._visits(laptop, mentor_id, plan, coop_id, point, maturity, has_usp)

    def _visits(
        self,
        laptop: Laptop,
        mentor_id: str,
        plan: _Plan,
        coop_id: str,
        point: tuple[float, float],
        maturity: float,
        has_usp: bool,
    ) -> None:
        """A year of visits: an assessment every third visit and at the last; findings and
        follow-ups, most closed at the next visit. One in nine cooperatives falls; one in
        fourteen has had no visit for 60 days or more."""
        rng = self.rng
        falling = rng.random() < 1 / 9
        stale = rng.random() < 1 / 14
        last = min(plan.synced, self.today - timedelta(days=rng.randint(61, 120) if stale else 3))
        days = []
        day = self.today - timedelta(days=rng.randint(340, 365))
        while day <= last:
            days.append(day)
            day += timedelta(days=rng.randint(25, 60))
        open_actions: list[dict] = []
        for index, day in enumerate(days):
            visit = visit_values(rng, coop_id, mentor_id, day, self._near(point))
            share = (index + 1) / len(days)
            quality = (
                (min(1.0, 0.45 + maturity * 0.55) - 0.5 * share)
                if falling
                else maturity * 0.7 + 0.3 * share
            )
            assess = index % 3 == 0 or index == len(days) - 1
            if assess:
                visit["purpose"] = "Penilaian kesiapan usaha"
            visit_id = laptop.add("visit", visit, at_noon(day))
            self._close(open_actions, visit_id, day)
            if assess:
                laptop.add(
                    "assessment",
                    assessment_values(self.pool, rng, coop_id, visit_id, day, KESIAPAN, quality),
                    at_noon(day),
                )
            if has_usp and index in (1, len(days) - 1):
                laptop.add(
                    "assessment",
                    assessment_values(self.pool, rng, coop_id, visit_id, day, USP, quality),
                    at_noon(day),
                )
            open_actions += self._findings(laptop, coop_id, visit_id, day)
        for action in open_actions:
            made = action.pop("_made")
            laptop.add(
                "action_item",
                action,
                at_noon(date.fromisoformat(action["closed_on"] or made)),
                made=at_noon(date.fromisoformat(made)),
            )
        self._upcoming(laptop, mentor_id, plan, coop_id, point, stale)

    def _near(self, point: tuple[float, float]) -> tuple[float, float]:
        return (
            round(point[0] + self.rng.uniform(-0.002, 0.002), 6),
            round(point[1] + self.rng.uniform(-0.002, 0.002), 6),
        )

    def _close(self, actions: list[dict], visit_id: str, day: date) -> None:
        for action in actions:
            roll = self.rng.random()
            if action["status"] in ("OPEN", "PROGRESS") and roll < 0.8:
                action.update(status="DONE", closed_visit_id=visit_id, closed_on=day.isoformat())
            elif action["status"] == "OPEN" and roll < 0.9:
                action["status"] = "PROGRESS"

    def _findings(self, laptop: Laptop, coop_id: str, visit_id: str, day: date) -> list[dict]:
        actions = []
        for _ in range(self.rng.choice((0, 0, 1, 1, 2))):
            area, temuan, rekomendasi = self.rng.choice(names.FINDINGS)
            finding_id = laptop.add(
                "finding",
                {
                    "visit_id": visit_id,
                    "cooperative_id": coop_id,
                    "area": area,
                    "indicator": None,
                    "temuan": temuan,
                    "rekomendasi": rekomendasi,
                    "compliance": self.rng.choice(("TIDAK_SESUAI", "CUKUP")),
                },
                at_noon(day),
            )
            due = day + timedelta(days=self.rng.choice((14, 30, 30, 45, 60)))
            actions.append(
                {
                    "cooperative_id": coop_id,
                    "finding_id": finding_id,
                    "visit_id": visit_id,
                    "title": self.rng.choice(names.ACTIONS),
                    "owner": self.rng.choice(("Ketua", "Sekretaris", "Bendahara", "Pengurus")),
                    "due_date": due.isoformat(),
                    "status": "OPEN",
                    "closed_visit_id": None,
                    "closed_on": None,
                    "notes": None,
                    "_made": day.isoformat(),
                }
            )
        return actions

    def _upcoming(
        self,
        laptop: Laptop,
        mentor_id: str,
        plan: _Plan,
        coop_id: str,
        point: tuple[float, float],
        stale: bool,
    ) -> None:
        """A planned visit for some; an unfinished assessment (a draft) for a few."""
        if stale or plan.synced < self.today - timedelta(days=7):
            return
        roll = self.rng.random()
        if roll < 0.25:
            day = self.today + timedelta(days=self.rng.randint(3, 20))
            laptop.add(
                "visit",
                visit_values(self.rng, coop_id, mentor_id, day, point, "PLANNED"),
                at_noon(plan.synced),
            )
        elif roll < 0.29:
            day = plan.synced
            visit_id = laptop.add(
                "visit",
                visit_values(self.rng, coop_id, mentor_id, day, self._near(point), "DRAFT"),
                at_noon(day),
            )
            laptop.add(
                "assessment",
                assessment_values(
                    self.pool, self.rng, coop_id, visit_id, day, KESIAPAN, 0.5, final=False
                ),
                at_noon(day),
            )

    def notes(self, laptop: Laptop, mentor_id: str, plan: _Plan) -> None:
        """The mentor's notes for the last three months."""
        for months_back in range(1, 4):
            month = self.today.replace(day=1) - timedelta(days=28 * months_back)
            laptop.add(
                "monthly_note",
                {
                    "mentor_id": mentor_id,
                    "month": month.strftime("%Y-%m"),
                    "issues": self.rng.choice(
                        (
                            "Sinyal tidak ada di sebagian desa; "
                            "laporan dikirim lewat berkas sinkron.",
                            "Beberapa pengurus belum memahami pembukuan sederhana.",
                            "Jalan ke desa hulu terputus banjir selama dua minggu.",
                        )
                    ),
                    "plans": "Pendampingan penyusunan rencana bisnis dan pemutakhiran SIMKOPDES.",
                },
                at_noon(min(plan.synced, month.replace(day=28))),
            )


class _Writer:
    """Writes laptops' records in bulk, as an import writes records seen the first time."""

    def __init__(self, store: ProvinceStore, stats: FillStats) -> None:
        self.store = store
        self.stats = stats
        self.versions: list[tuple] = []
        self.devices: list[dict] = []
        self.batches: list[dict] = []

    def laptop(
        self, laptop: Laptop, mentor_id: str, plan: _Plan, rng: random.Random, today: date
    ) -> None:
        batch_id = hashlib.sha256(f"{laptop.device_id}:1".encode()).hexdigest()[:32]
        received = datetime.combine(plan.synced, datetime.min.time()) + timedelta(hours=17)
        counts = self.stats.counts
        for counter, (table, record_id, values, stamp) in enumerate(laptop.rows, 1):
            self.versions.append(
                (
                    table,
                    record_id,
                    laptop.device_id,
                    counter,
                    None,
                    None,
                    False,
                    stamp,
                    values_text(values),
                    batch_id,
                    None,
                    stamp,
                    None,
                    None,
                    True,
                    False,
                )
            )
            counts[table] = counts.get(table, 0) + 1
        self.stats.records += len(laptop.rows)
        sign = Ed25519PrivateKey.from_private_bytes(rng.randbytes(32))
        seal = X25519PrivateKey.from_private_bytes(rng.randbytes(32))
        public = b64(raw_public(sign.public_key()))
        name = laptop.rows[0][2]["name"]
        enrolled = datetime.combine(today - timedelta(days=390), datetime.min.time())
        self.devices.append(
            {
                "device_id": laptop.device_id,
                "public_key": public,
                "mentor_id": mentor_id,
                "mentor_name": name,
                "status": "enrolled",
                "first_seen": enrolled,
                "enrolled_at": enrolled,
                "seal_key": b64(raw_public(seal.public_key())),
            }
        )
        self.batches.append(
            {
                "batch_id": batch_id,
                "device_id": laptop.device_id,
                "file_sha256": hashlib.sha256(f"file:{batch_id}".encode()).hexdigest(),
                "payload_sha256": hashlib.sha256(f"payload:{batch_id}".encode()).hexdigest(),
                "public_key": public,
                "counter_from": 1,
                "counter_to": laptop.counter,
                "acked_floor": 0,
                "status": "applied",
                "received_at": received,
                "applied_at": received,
                "records": laptop.counter,
                "conflicts": 0,
                "data": None,
                "first_counter": 1,
            }
        )
        if len(self.versions) >= FLUSH_ROWS:
            self.flush()

    def flush(self) -> None:
        with self.store.engine.begin() as connection:
            self._write(connection)
        self.versions, self.devices, self.batches = [], [], []

    def _write(self, connection: Connection) -> None:
        if self.devices:
            connection.execute(ProvDevice.__table__.insert(), self.devices)
            connection.execute(ProvBatch.__table__.insert(), self.batches)
        self.versions.sort(key=lambda row: (row[0], row[1]))  # primary-key order
        for start in range(0, len(self.versions), FLUSH_ROWS):
            insert_tuples(
                connection,
                ProvVersion.__table__,
                VERSION_KEY + VERSION_SET,
                self.versions[start : start + FLUSH_ROWS],
            )

    def close(self) -> None:
        self.flush()
