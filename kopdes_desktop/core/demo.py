"""A deterministic, realistic demo dataset for Kalimantan Utara.

411 cooperatives on real Kaltara villages with boards, business units, legal numbers and
financing; mentors each looking after 7 to 15 of them; twelve months of visits, assessments
scored by the real instruments, findings and follow-ups in varied states. The same seed and
the same ``today`` give the same content. ``scale`` multiplies everything for benchmarks.
"""

from __future__ import annotations

import math
import random
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select, update

from kopdes_desktop.core import demo_names as names
from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.core.health.instalments import Terms, schedule
from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.regions import VillagePath, load_regions, village_paths
from kopdes_desktop.core.services.cooperatives import PENGURUS_ROLES
from kopdes_desktop.core.services.visits import VISIT_PURPOSES
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Assignment,
    BusinessUnit,
    Cooperative,
    Device,
    Financing,
    FinancingArrears,
    FinancingPayment,
    Finding,
    MemberCount,
    Mentor,
    MonthlyNote,
    Person,
    RatMeeting,
    Visit,
    utcnow,
)

DEFAULT_SEED = 20251103
COOPERATIVES_1X = 411
CHUNK = 60  # cooperatives written per transaction

# Rough centres of each kabupaten/kota, for plausible GPS points.
CENTRES = {
    "65.01": (2.84, 117.37),
    "65.02": (3.58, 116.64),
    "65.03": (4.08, 116.35),
    "65.04": (3.55, 117.05),
    "65.71": (3.32, 117.59),
}
ROMAN = ("", "", " II", " III", " IV", " V", " VI", " VII", " VIII", " IX", " X")


@dataclass
class DemoStats:
    cooperatives: int = 0
    mentors: int = 0
    visits: int = 0
    assessments: int = 0
    findings: int = 0
    actions: int = 0
    rows: int = 0
    counts: dict[str, int] = field(default_factory=dict)


class _Maker:
    """Builds rows from one seeded random source. Ids come from a second source seeded with
    the seed and this laptop's device id: the same dataset on two laptops has different ids,
    so their records never collide at the province."""

    def __init__(self, seed: int, today: date, device_id: str = "") -> None:
        self.rng = random.Random(seed)
        self.ids = random.Random(f"{seed}:{device_id}")
        self.today = today
        self.instruments = registry()

    def uid(self) -> str:
        return str(uuid.UUID(int=self.ids.getrandbits(128), version=4))

    def person_name(self, female: bool) -> str:
        first = self.rng.choice(names.FEMALE_FIRST if female else names.MALE_FIRST)
        return f"{first} {self.rng.choice(names.FAMILY)}"

    def phone(self) -> str:
        prefix = self.rng.choice(("0812", "0813", "0821", "0852", "0853", "0811"))
        rest = f"{self.rng.randrange(10**8):08d}"
        return f"{prefix}-{rest[:4]}-{rest[4:]}"

    def nik(self, kecamatan_code: str, female: bool) -> str:
        born = date(1965, 1, 1) + timedelta(days=self.rng.randrange(365 * 38))
        day = born.day + (40 if female else 0)
        return (
            kecamatan_code.replace(".", "")
            + f"{day:02d}{born.month:02d}{born.year % 100:02d}"
            + f"{self.rng.randrange(1, 9999):04d}"
        )

    def gps(self, kabupaten_code: str) -> tuple[float, float]:
        lat, lon = CENTRES.get(kabupaten_code, (3.0, 116.8))
        return (
            round(lat + self.rng.uniform(-0.45, 0.45), 6),
            round(lon + self.rng.uniform(-0.45, 0.45), 6),
        )


def _coop_name(village: VillagePath, copy: int) -> str:
    kind = "Kelurahan" if village.type == "kelurahan" else "Desa"
    return f"Koperasi {kind} Merah Putih {village.name}{ROMAN[min(copy, 10)]}"


def _legal(m: _Maker, coop: Cooperative, maturity: float) -> None:
    rng = m.rng
    if rng.random() < 0.6 + 0.4 * maturity:
        coop.ahu_number = (
            f"AHU-{rng.randrange(10**7):07d}.AH.01.29.TAHUN {rng.choice((2025, 2025, 2026))}"
        )
    if rng.random() < 0.3 + 0.6 * maturity:
        coop.nik_koperasi = "65" + "".join(str(rng.randrange(10)) for _ in range(14))
    if rng.random() < 0.3 + 0.6 * maturity:
        coop.nib = "".join(str(rng.randrange(10)) for _ in range(13))
    if rng.random() < 0.2 + 0.7 * maturity:
        d = "".join(str(rng.randrange(10)) for _ in range(15))
        coop.npwp = f"{d[:2]}.{d[2:5]}.{d[5:8]}.{d[8]}-{d[9:12]}.{d[12:]}"
    if rng.random() < 0.3 + 0.6 * maturity:
        coop.bank_name = rng.choice(names.BANKS)
        coop.bank_account = "".join(str(rng.randrange(10)) for _ in range(rng.choice((10, 13, 15))))
    coop.simkopdes_status = ("BELUM", "TERDAFTAR", "AKTIF", "MUTAKHIR")[
        min(3, int(maturity * 4 + rng.random() * 0.8))
    ]
    if coop.nik_koperasi and coop.npwp and coop.nib and rng.random() < maturity:
        coop.financing_ceiling = rng.choice((500, 1000, 1500, 2000, 3000)) * 1_000_000
        coop.financing_disbursed = (
            int(coop.financing_ceiling * rng.uniform(0.2, 1.0)) // 1000 * 1000
        )
        coop.financing_outstanding = (
            int(coop.financing_disbursed * rng.uniform(0.6, 1.0)) // 1000 * 1000
        )
        coop.financing_arrears = (
            int(coop.financing_outstanding * (rng.uniform(0, 0.12) if rng.random() < 0.3 else 0))
            // 1000
            * 1000
        )


def _units(m: _Maker, coop_id: str, maturity: float) -> list[BusinessUnit]:
    rng = m.rng

    def status(chance: float) -> str:
        roll = rng.random()
        if roll < chance * maturity:
            return "OPERATING"
        if roll < chance * maturity + 0.08:
            return "SUSPENDED" if maturity > 0.5 else "PREPARING"
        return rng.choice(("PLANNED", "PREPARING"))

    rows = [BusinessUnit(id=m.uid(), cooperative_id=coop_id, kind="KANTOR", status=status(1.2))]
    for kind, chance in (
        ("SEMBAKO", 1.1),
        ("SIMPAN_PINJAM", 0.8),
        ("KLINIK", 0.3),
        ("APOTEK", 0.3),
        ("GUDANG_COLD_STORAGE", 0.4),
        ("LOGISTIK", 0.4),
    ):
        if rng.random() < 0.45 + 0.5 * chance / 1.2:
            rows.append(
                BusinessUnit(id=m.uid(), cooperative_id=coop_id, kind=kind, status=status(chance))
            )
    if rng.random() < 0.35:
        rows.append(
            BusinessUnit(
                id=m.uid(),
                cooperative_id=coop_id,
                kind="LAINNYA",
                other_name=rng.choice(names.OTHER_UNITS),
                status=status(0.8),
            )
        )
    for unit in rows:
        if unit.status == "OPERATING" and unit.kind != "KANTOR":
            unit.monthly_turnover = rng.randrange(5, 250) * 500_000
    return rows


def _board(m: _Maker, coop_id: str, village: VillagePath) -> list[Person]:
    kec = village.code.rsplit(".", 1)[0]
    people = []
    women_needed = 2 if m.rng.random() < 0.6 else 1
    for index, role in enumerate(PENGURUS_ROLES):
        female = index >= len(PENGURUS_ROLES) - women_needed or m.rng.random() < 0.15
        people.append(
            Person(
                id=m.uid(),
                cooperative_id=coop_id,
                organ="PENGURUS",
                role=role,
                name=m.person_name(female),
                gender="P" if female else "L",
                phone=m.phone(),
                nik=m.nik(kec, female) if m.rng.random() < 0.7 else None,
            )
        )
    head = "Lurah" if village.type == "kelurahan" else "Kepala Desa"
    people.append(
        Person(
            id=m.uid(),
            cooperative_id=coop_id,
            organ="PENGAWAS",
            role=f"Ketua Pengawas ({head})",
            name=m.person_name(False),
            gender="L",
        )
    )
    for _ in range(2):
        female = m.rng.random() < 0.4
        people.append(
            Person(
                id=m.uid(),
                cooperative_id=coop_id,
                organ="PENGAWAS",
                role="Anggota Pengawas",
                name=m.person_name(female),
                gender="P" if female else "L",
            )
        )
    return people


def _mentors(m: _Maker, villages: list[tuple[VillagePath, int]]) -> list[tuple[Mentor, list[int]]]:
    """Mentors per kabupaten, each with 7 to 15 cooperatives (indexes into ``villages``)."""
    by_kab: dict[str, list[int]] = {}
    for index, (village, _copy) in enumerate(villages):
        by_kab.setdefault(village.kabupaten_code, []).append(index)
    mentors = []
    for kab_code in sorted(by_kab):
        indexes = by_kab[kab_code]
        n = len(indexes)
        count = min(max(round(n / 11), math.ceil(n / 15), 1), max(n // 7, 1))
        bounds = [round(i * n / count) for i in range(count + 1)]
        for lo, hi in zip(bounds, bounds[1:], strict=False):
            female = m.rng.random() < 0.45
            mentor = Mentor(
                id=m.uid(),
                name=m.person_name(female),
                role="BA" if m.rng.random() < 0.6 else "PENDAMPING",
                kabupaten_code=kab_code,
                phone=m.phone(),
            )
            mentors.append((mentor, indexes[lo:hi]))
    first = mentors[0][0]
    first.is_self, first.name, first.role = True, "Rina Wulandari", "BA"
    return mentors


def _assess(
    m: _Maker, coop_id: str, visit: Visit, instrument_id: str, quality: float, final: bool = True
) -> Assessment:
    instrument = m.instruments.get(instrument_id)
    answers = example_answers(instrument, m.rng, quality)
    result = instrument.score(answers)
    return Assessment(
        id=m.uid(),
        cooperative_id=coop_id,
        visit_id=visit.id,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers=answers,
        result=result.to_dict(),
        total=result.total,
        category=result.category,
        status="FINAL" if final else "DRAFT",
        assessed_on=visit.visit_date,
        finalized_at=utcnow() if final else None,
    )


def _field_work(
    m: _Maker, coop: Cooperative, mentor_id: str, kab_code: str, maturity: float, has_usp: bool
) -> list[Any]:
    """Twelve months of visits, assessments, findings and follow-ups for one cooperative."""
    rng = m.rng
    rows: list[Any] = []
    day = m.today - timedelta(days=rng.randint(340, 365))
    visits: list[Visit] = []
    while day <= m.today - timedelta(days=3):
        lat, lon = m.gps(kab_code)
        visits.append(
            Visit(
                id=m.uid(),
                cooperative_id=coop.id,
                mentor_id=mentor_id,
                visit_date=day,
                purpose=rng.choice(VISIT_PURPOSES),
                lat=lat,
                lon=lon,
                status="DONE",
                attendees=f"Ketua, Bendahara, {rng.randint(2, 9)} anggota",
                notes=rng.choice(
                    (
                        "",
                        "Akses jalan rusak setelah hujan; perjalanan 4 jam.",
                        "Listrik desa menyala pukul 18.00-23.00 saja.",
                        "Pengurus antusias; gerai ramai pada hari pasar.",
                    )
                )
                or None,
            )
        )
        day += timedelta(days=rng.randint(25, 60))
    rows.extend(visits)
    open_actions: list[ActionItem] = []
    for index, visit in enumerate(visits):
        progress = maturity * 0.7 + 0.3 * (index + 1) / len(visits)
        for action in open_actions:
            roll = rng.random()
            if action.status in ("OPEN", "PROGRESS") and roll < 0.8:
                action.status, action.closed_visit_id, action.closed_on = (
                    "DONE",
                    visit.id,
                    visit.visit_date,
                )
            elif action.status == "OPEN" and roll < 0.9:
                action.status = "PROGRESS"
        if index % 3 == 0 or index == len(visits) - 1:
            visit.purpose = "Penilaian kesiapan usaha"
            rows.append(_assess(m, coop.id, visit, "kesiapan-kdkmp", progress))
        if has_usp and index in (1, len(visits) - 1):
            rows.append(_assess(m, coop.id, visit, "kesehatan-usp-2016", progress))
        for _ in range(rng.choice((0, 0, 1, 1, 2))):
            area, temuan, rekomendasi = rng.choice(names.FINDINGS)
            finding = Finding(
                id=m.uid(),
                visit_id=visit.id,
                cooperative_id=coop.id,
                area=area,
                temuan=temuan,
                rekomendasi=rekomendasi,
                compliance=rng.choice(("TIDAK_SESUAI", "CUKUP")),
            )
            action = ActionItem(
                id=m.uid(),
                cooperative_id=coop.id,
                finding_id=finding.id,
                visit_id=visit.id,
                title=rng.choice(names.ACTIONS),
                owner=rng.choice(("Ketua", "Sekretaris", "Bendahara", "Pengurus")),
                due_date=visit.visit_date + timedelta(days=rng.choice((14, 30, 30, 45, 60))),
                status="OPEN",
            )
            rows += [finding, action]
            open_actions.append(action)
    return rows


def generate(
    store: Store, *, scale: int = 1, seed: int = DEFAULT_SEED, today: date | None = None
) -> DemoStats:
    """Fill an empty store with the demo dataset; refuses a store that has cooperatives."""
    if scale < 1 or scale > 50:
        raise KopdesError("Skala harus 1 sampai 50.", "Scale must be 1 to 50.")
    m = _Maker(seed, today or date.today(), store.device_id)
    with store.session() as session:
        if session.scalar(select(func.count()).select_from(Cooperative)):
            raise KopdesError(
                "Basis data ini sudah berisi koperasi; data demo hanya dibuat di basis data "
                "kosong.",
                "This database already has cooperatives; demo data goes into an empty one only.",
            )
        load_regions(session)
    with store.read() as session:
        all_villages = village_paths(session)
    chosen = sorted(m.rng.sample(all_villages, COOPERATIVES_1X), key=lambda v: v.code)
    villages = [(village, copy) for copy in range(1, scale + 1) for village in chosen]
    mentors = _mentors(m, villages)
    stats = DemoStats(cooperatives=len(villages), mentors=len(mentors))
    with store.session() as session:
        session.add_all(mentor for mentor, _ in mentors)
    owner = {index: mentor.id for mentor, indexes in mentors for index in indexes}
    for start in range(0, len(villages), CHUNK):
        rows: list[Any] = []
        for index in range(start, min(start + CHUNK, len(villages))):
            rows.extend(_cooperative_rows(m, villages[index], owner[index]))
        with store.session() as session:
            session.add_all(rows)
        _count(stats, rows)
    _self_notes_and_drafts(store, m, mentors[0], villages, stats)
    return stats


def _cooperative_rows(m: _Maker, entry: tuple[VillagePath, int], mentor_id: str) -> list[Any]:
    village, copy = entry
    maturity = m.rng.betavariate(2.2, 2.0)
    lat, lon = m.gps(village.kabupaten_code)
    coop = Cooperative(
        id=m.uid(),
        name=_coop_name(village, copy),
        region_code=village.code,
        formation_model=m.rng.choice(("BARU", "BARU", "BARU", "PENGEMBANGAN", "REVITALISASI")),
        address=f"Jl. Poros {village.name}, {village.kecamatan}",
        founded_on=date(2025, m.rng.randint(4, 8), m.rng.randint(1, 28)),
        office_lat=lat,
        office_lon=lon,
    )
    _legal(m, coop, maturity)
    units = _units(m, coop.id, maturity)
    has_usp = any(u.kind == "SIMPAN_PINJAM" and u.status == "OPERATING" for u in units)
    members = m.rng.randint(25, 90)
    counts = []
    for months_back in (11, 8, 5, 2):
        members += m.rng.randint(0, int(10 + 40 * maturity))
        counts.append(
            MemberCount(
                id=m.uid(),
                cooperative_id=coop.id,
                members=members,
                women=int(members * m.rng.uniform(0.3, 0.55)),
                as_of=m.today.replace(day=1) - timedelta(days=30 * months_back),
            )
        )
    assignment = Assignment(
        id=m.uid(), mentor_id=mentor_id, cooperative_id=coop.id, start=date(2025, 9, 1)
    )
    work = _field_work(m, coop, mentor_id, village.kabupaten_code, maturity, has_usp)
    return [
        coop,
        *units,
        *_board(m, coop.id, village),
        *counts,
        assignment,
        *work,
        *_rat(m.today, coop, maturity),
        *_financing(m.today, coop, maturity),
    ]


def _financing(today: date, coop: Cooperative, maturity: float) -> list[Any]:
    """A PMK 49 financing for some cooperatives, with the instalments paid so far and two
    arrears records (growing for the least mature). Drawn from the cooperative's own id."""
    rng = random.Random(f"financing:{coop.id}")
    disbursed_on = date(2025, 10, 1) + timedelta(days=rng.randint(0, 80))
    if disbursed_on >= today - timedelta(days=70) or rng.random() > 0.3 + 0.4 * maturity:
        return []
    ceiling = rng.choice((1_500_000_000, 2_000_000_000, 3_000_000_000))
    row = Financing(
        id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"financing:{coop.id}")),
        cooperative_id=coop.id,
        lender=rng.choice(("BRI", "BNI", "Mandiri", "BSI")),
        ceiling=ceiling,
        disbursed=int(round(ceiling * rng.uniform(0.3, 1.0), -6)),
        disbursed_on=disbursed_on,
        rate_pct=6.0,
        tenor_months=72,
        grace_months=rng.choice((6, 7, 8)),
        schedule="ANUITAS",
    )
    terms = Terms(row.disbursed, disbursed_on, 6.0, 72, row.grace_months)
    due = [i for i in schedule(terms) if i.due <= today - timedelta(days=35)]
    late = maturity < 0.35
    rows: list[Any] = [row]
    for i in due[:-1] if late else due:
        rows.append(
            FinancingPayment(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"payment:{row.id}:{i.number}")),
                financing_id=row.id,
                paid_on=i.due,
                amount=i.amount,
            )
        )
    owed = due[-1].amount if late and due else 0
    for days, amount in ((60, owed // 2 if late else 0), (5, owed)):
        rows.append(
            FinancingArrears(
                id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"arrears:{row.id}:{days}")),
                financing_id=row.id,
                as_of=today - timedelta(days=days),
                amount=amount,
            )
        )
    return rows


def _rat(today: date, coop: Cooperative, maturity: float) -> list[RatMeeting]:
    """The RAT of the latest ended fiscal year, held by most cooperatives (the more mature,
    the likelier). Drawn from the cooperative's own id, so the rest of the data set stays as
    it was before RATs were recorded."""
    rng = random.Random(coop.id)
    status = rat_rules.status(rat_rules.DEFAULT_FISCAL_YEAR_END, {}, today)
    year_end = status.year_end
    if (
        coop.founded_on is None
        or coop.founded_on > year_end
        or rng.random() > 0.55 + 0.4 * maturity
    ):
        return []
    held_on = min(year_end + timedelta(days=rng.randint(30, 170)), today)
    if held_on <= year_end:
        return []
    return [
        RatMeeting(
            id=str(uuid.uuid5(uuid.NAMESPACE_URL, f"rat:{coop.id}")),
            cooperative_id=coop.id,
            fiscal_year=status.fiscal_year,
            held_on=held_on,
        )
    ]


def _count(stats: DemoStats, rows: list[Any]) -> None:
    for row in rows:
        name = type(row).__tablename__
        stats.counts[name] = stats.counts.get(name, 0) + 1
    stats.rows = sum(stats.counts.values())
    stats.visits = stats.counts.get("visit", 0)
    stats.assessments = stats.counts.get("assessment", 0)
    stats.findings = stats.counts.get("finding", 0)
    stats.actions = stats.counts.get("action_item", 0)


def _self_notes_and_drafts(
    store: Store,
    m: _Maker,
    own: tuple[Mentor, list[int]],
    villages: list[tuple[VillagePath, int]],
    stats: DemoStats,
) -> None:
    """Mark the history as delivered, then add the mentor's unsent recent work."""
    mentor, _indexes = own
    with store.session() as session:
        session.execute(
            update(Device).where(Device.is_self.is_(True)).values(acked_counter=Device.counter)
        )
    rows: list[Any] = []
    for months_back in range(1, 4):
        month = (m.today.replace(day=1) - timedelta(days=28 * months_back)).strftime("%Y-%m")
        rows.append(
            MonthlyNote(
                id=m.uid(),
                mentor_id=mentor.id,
                month=month,
                issues="Sinyal tidak ada di sebagian desa; laporan dikirim lewat berkas sinkron.",
                plans="Pendampingan penyusunan rencana bisnis dan pemutakhiran SIMKOPDES.",
            )
        )
    with store.session() as session:
        coop_ids = list(
            session.scalars(
                select(Assignment.cooperative_id)
                .join(Cooperative, Cooperative.id == Assignment.cooperative_id)
                .where(Assignment.mentor_id == mentor.id)
                .order_by(Cooperative.region_code, Cooperative.name)
                .limit(2)
            )
        )
        for coop_id in coop_ids:
            visit = Visit(
                id=m.uid(),
                cooperative_id=coop_id,
                mentor_id=mentor.id,
                visit_date=m.today - timedelta(days=1),
                status="DRAFT",
                purpose="Penilaian kesiapan usaha",
            )
            draft = _assess(m, coop_id, visit, "kesiapan-kdkmp", 0.6, final=False)
            draft.answers = dict(list(draft.answers.items())[: len(draft.answers) // 2])
            draft.result = None
            draft.total = draft.category = None
            rows += [visit, draft]
        session.add_all(rows)
    _count(stats, rows)
