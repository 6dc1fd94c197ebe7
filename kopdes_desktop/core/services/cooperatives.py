"""Use cases around cooperatives: the list summary, the profile, units, board, members."""

from __future__ import annotations

from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import (
    ActionItem,
    Assignment,
    BusinessUnit,
    Cooperative,
    CooperativeFigures,
    MemberCount,
    Mentor,
    Person,
    Region,
    live_row,
)

PRIMARY_INSTRUMENT = "kesiapan-kdkmp"
"""The instrument whose latest category labels a cooperative in lists (the figures table's
triggers name it too: migration 0005)."""
OPEN_ACTION_STATUSES = ("OPEN", "PROGRESS")

UNIT_KINDS = (
    "KANTOR",
    "SEMBAKO",
    "SIMPAN_PINJAM",
    "KLINIK",
    "APOTEK",
    "GUDANG_COLD_STORAGE",
    "LOGISTIK",
    "LAINNYA",
)
UNIT_STATUSES = ("PLANNED", "PREPARING", "OPERATING", "SUSPENDED")
SIMKOPDES_STATUSES = ("BELUM", "TERDAFTAR", "AKTIF", "MUTAKHIR")
FORMATION_MODELS = ("BARU", "PENGEMBANGAN", "REVITALISASI")
PENGURUS_ROLES = (
    "Ketua",
    "Wakil Ketua Bidang Usaha",
    "Wakil Ketua Bidang Anggota",
    "Sekretaris",
    "Bendahara",
)
PENGAWAS_ROLES = ("Ketua Pengawas", "Anggota Pengawas")
FINANCING_CEILING_MAX = 3_000_000_000  # PMK 49/2025 ceiling per cooperative


class CooperativeSummary(NamedTuple):
    """One row of the cooperative list (a named tuple: the list builds thousands of them)."""

    id: str
    name: str
    village: str
    village_code: str
    kecamatan: str
    kabupaten: str
    kabupaten_code: str
    latest_category: str | None
    latest_total: float | None
    latest_assessed_on: date | None
    open_actions: int
    overdue_actions: int
    unit_statuses: tuple[str, ...]
    legal_numbers: str
    mentor_id: str | None

    def matches(self, text: str) -> bool:
        """Whether ``text`` (lower case) occurs in the name, places or legal numbers."""
        haystack = " ".join(
            (self.name, self.village, self.kecamatan, self.kabupaten, self.legal_numbers)
        ).lower()
        return text in haystack


def _overdue_actions(session: Session, today: date) -> dict[str, int]:
    """Open follow-ups past their deadline, per cooperative (depends on the day, so not kept
    in the figures table; the partial index holds only open items, ordered by deadline)."""
    rows = (
        session.connection()
        .execute(
            select(ActionItem.cooperative_id, func.count())
            .where(
                ActionItem.status.in_(OPEN_ACTION_STATUSES),
                ActionItem.deleted.is_(False),
                ActionItem.due_date < today,
            )
            .group_by(ActionItem.cooperative_id)
        )
        .all()
    )
    return dict(rows)


def list_summaries(session: Session, today: date | None = None) -> list[CooperativeSummary]:
    """Every cooperative with its places, latest category, follow-ups and unit statuses.

    The per-cooperative figures are kept current by triggers in ``cooperative_figures``
    (see :class:`~kopdes_desktop.store.models.CooperativeFigures`), so this reads one narrow
    row per cooperative plus the overdue counts of the day.
    """
    today = today or date.today()
    connection = session.connection()
    overdue = _overdue_actions(session, today)
    regions = dict(connection.execute(select(Region.code, Region.name)).all())
    figures = CooperativeFigures
    rows = connection.execute(
        select(
            Cooperative.id,
            Cooperative.name,
            Cooperative.region_code,
            figures.latest_category,
            figures.latest_total,
            figures.latest_assessed_on,
            figures.open_actions,
            figures.units,
            figures.mentor_id,
            Cooperative.nib,
            Cooperative.npwp,
            Cooperative.ahu_number,
            Cooperative.nik_koperasi,
        )
        .outerjoin(figures, figures.cooperative_id == Cooperative.id)
        .where(Cooperative.deleted.is_(False))
        .order_by(Cooperative.name)
    ).all()
    region = regions.get
    # Codes are PP.KK.CC.XDDD: the kecamatan and kabupaten are prefixes of the village.
    return [
        CooperativeSummary(
            coop_id,
            name,
            region(code, ""),
            code,
            region(code[:8], ""),
            region(code[:5], ""),
            code[:5],
            category,
            total,
            assessed_on,
            open_count or 0,
            overdue.get(coop_id, 0),
            tuple(units.split(",")) if units else (),
            " ".join(filter(None, legal)),
            mentor,
        )
        for (
            coop_id,
            name,
            code,
            category,
            total,
            assessed_on,
            open_count,
            units,
            mentor,
            *legal,
        ) in rows
    ]


def get(session: Session, cooperative_id: str) -> Cooperative:
    return live_row(session, Cooperative, cooperative_id, "Koperasi", "Cooperative")


def region_path(session: Session, region_code: str) -> dict[str, Region]:
    """The village's region with its kecamatan, kabupaten and province."""
    found: dict[str, Region] = {}
    code: str | None = region_code
    while code:
        region = session.get(Region, code)
        if region is None:
            break
        found[region.type] = region
        code = region.parent_code
    return found


PROFILE_CHECKS: dict[str, Any] = {
    "ahu_number": v.ahu_number,
    "nik_koperasi": v.nik_koperasi,
    "nib": v.nib,
    "npwp": v.npwp,
    "bank_account": v.bank_account,
    "office_lat": v.latitude,
    "office_lon": v.longitude,
    "founded_on": v.not_future,
    "financing_ceiling": v.money,
    "financing_disbursed": v.money,
    "financing_outstanding": v.money,
    "financing_arrears": v.money,
}
PLAIN_FIELDS = ("address", "bank_name", "notes")


def update_profile(session: Session, cooperative_id: str, changes: dict[str, Any]) -> Cooperative:
    """Validate and apply profile changes; every problem is reported together."""
    coop = get(session, cooperative_id)
    checker = v.Checker()
    clean: dict[str, Any] = {}
    if "name" in changes:
        clean["name"] = checker.require("name", v.required_text, changes["name"])
    for field, check in PROFILE_CHECKS.items():
        if field in changes:
            clean[field] = checker.check(field, check, changes[field])
    for field in PLAIN_FIELDS:
        if field in changes:
            clean[field] = (changes[field] or "").strip() or None
    for field, allowed in (
        ("simkopdes_status", SIMKOPDES_STATUSES),
        ("formation_model", FORMATION_MODELS),
    ):
        if field in changes:
            if changes[field] not in allowed:
                checker.problems[field] = "Pilihan tidak dikenal."
                checker.problems_en[field] = "Unknown choice."
            else:
                clean[field] = changes[field]
    _check_financing(checker, coop, clean)
    checker.raise_if_any()
    for field, value in clean.items():
        if field.startswith("financing_") and value is None:
            value = 0
        setattr(coop, field, value)
    return coop


VILLAGE_LEVEL = 4  # Kemendagri levels: 1 province, 2 kabupaten/kota, 3 kecamatan, 4 desa


def _check_region(checker: v.Checker, session: Session, region_code: str | None) -> str | None:
    code = (region_code or "").strip()
    region = session.get(Region, code) if code else None
    if not code:
        checker.problems["region_code"], checker.problems_en["region_code"] = (
            "Wajib diisi.",
            "Required.",
        )
    elif region is None:
        checker.problems["region_code"] = (
            "Kode wilayah tidak dikenal (muat wilayah dulu: kopdes regions load 65)."
        )
        checker.problems_en["region_code"] = "Unknown region code (load the regions first)."
    elif region.level != VILLAGE_LEVEL:
        checker.problems["region_code"] = (
            "Pilih kode desa/kelurahan (contoh: 65.01.01.2001), bukan kecamatan atau kabupaten."
        )
        checker.problems_en["region_code"] = "Choose a village code (e.g. 65.01.01.2001)."
    return code if region is not None and region.level == VILLAGE_LEVEL else None


def create(
    session: Session, name: str, region_code: str, changes: dict[str, Any] | None = None
) -> Cooperative:
    """A new cooperative in the village ``region_code``, with optional profile ``changes``
    checked as :func:`update_profile` checks them; nothing is added when anything is wrong."""
    checker = v.Checker()
    clean_name = checker.require("name", v.required_text, name)
    code = _check_region(checker, session, region_code)
    checker.raise_if_any()
    coop = Cooperative(name=clean_name, region_code=code)
    session.add(coop)
    session.flush()
    if changes:
        update_profile(session, coop.id, changes)
    return coop


def delete(session: Session, cooperative_id: str) -> None:
    """Tombstone a cooperative (it leaves the lists; the province learns of it by sync)."""
    remove(session, get(session, cooperative_id))


def _check_financing(checker: v.Checker, coop: Cooperative, clean: dict[str, Any]) -> None:
    def value(field: str) -> int:
        return clean.get(field, getattr(coop, field)) or 0

    if value("financing_ceiling") > FINANCING_CEILING_MAX:
        checker.problems["financing_ceiling"] = "Plafon maksimal Rp3.000.000.000 (PMK 49/2025)."
        checker.problems_en["financing_ceiling"] = "The ceiling is at most Rp3,000,000,000."
    if value("financing_disbursed") > value("financing_ceiling"):
        checker.problems["financing_disbursed"] = "Pencairan melebihi plafon."
        checker.problems_en["financing_disbursed"] = "Disbursed exceeds the ceiling."
    if value("financing_outstanding") > value("financing_disbursed"):
        checker.problems["financing_outstanding"] = "Baki debet melebihi pencairan."
        checker.problems_en["financing_outstanding"] = "Outstanding exceeds the disbursed amount."
    if value("financing_arrears") > value("financing_outstanding"):
        checker.problems["financing_arrears"] = "Tunggakan melebihi baki debet."
        checker.problems_en["financing_arrears"] = "Arrears exceed the outstanding amount."


def units(session: Session, cooperative_id: str) -> list[BusinessUnit]:
    return list(
        session.scalars(
            select(BusinessUnit)
            .where(BusinessUnit.cooperative_id == cooperative_id, BusinessUnit.deleted.is_(False))
            .order_by(BusinessUnit.kind)
        )
    )


def save_unit(
    session: Session,
    cooperative_id: str,
    *,
    unit_id: str | None = None,
    kind: str,
    status: str,
    other_name: str | None = None,
    monthly_turnover: int | None = None,
    notes: str | None = None,
) -> BusinessUnit:
    """Add or change a business unit (gerai)."""
    get(session, cooperative_id)
    checker = v.Checker()
    if kind not in UNIT_KINDS:
        checker.problems["kind"] = "Jenis unit tidak dikenal."
        checker.problems_en["kind"] = "Unknown unit kind."
    if status not in UNIT_STATUSES:
        checker.problems["status"] = "Status unit tidak dikenal."
        checker.problems_en["status"] = "Unknown unit status."
    if kind == "LAINNYA":
        other_name = checker.require("other_name", v.required_text, other_name)
    turnover = checker.check("monthly_turnover", v.money, monthly_turnover)
    checker.raise_if_any()
    unit = session.get(BusinessUnit, unit_id) if unit_id else None
    if unit is None:
        unit = BusinessUnit(cooperative_id=cooperative_id)
        session.add(unit)
    unit.kind, unit.status = kind, status
    unit.other_name = other_name if kind == "LAINNYA" else None
    unit.monthly_turnover = turnover
    unit.notes = (notes or "").strip() or None
    return unit


def _board_order(person: Person) -> tuple[int, int, str]:
    roles = PENGURUS_ROLES if person.organ == "PENGURUS" else PENGAWAS_ROLES
    rank = next((i for i, role in enumerate(roles) if person.role.startswith(role)), len(roles))
    return (0 if person.organ == "PENGURUS" else 1, rank, person.name)


def people(session: Session, cooperative_id: str) -> list[Person]:
    """The pengurus in the order of their offices (Ketua first), then the pengawas."""
    rows = session.scalars(
        select(Person).where(Person.cooperative_id == cooperative_id, Person.deleted.is_(False))
    )
    return sorted(rows, key=_board_order)


def save_person(
    session: Session,
    cooperative_id: str,
    *,
    person_id: str | None = None,
    organ: str,
    role: str,
    name: str,
    gender: str | None = None,
    phone: str | None = None,
    nik: str | None = None,
) -> Person:
    """Add or change a member of the pengurus or pengawas."""
    get(session, cooperative_id)
    checker = v.Checker()
    if organ not in ("PENGURUS", "PENGAWAS"):
        checker.problems["organ"] = "Pilih Pengurus atau Pengawas."
        checker.problems_en["organ"] = "Choose board or supervisors."
    clean_name = checker.require("name", v.required_text, name)
    clean_role = checker.require("role", v.required_text, role)
    if gender not in (None, "", "L", "P"):
        checker.problems["gender"] = "Pilih L atau P."
        checker.problems_en["gender"] = "Choose L or P."
    clean_phone = checker.check("phone", v.phone, phone)
    clean_nik = checker.check("nik", v.nik, nik)
    checker.raise_if_any()
    person = session.get(Person, person_id) if person_id else None
    if person is None:
        person = Person(cooperative_id=cooperative_id)
        session.add(person)
    person.organ, person.role, person.name = organ, clean_role, clean_name
    person.gender = gender or None
    person.phone, person.nik = clean_phone, clean_nik
    return person


def remove(session: Session, row: Any) -> None:
    """Tombstone a synced row (never a hard delete)."""
    row.deleted = True


def member_history(session: Session, cooperative_id: str) -> list[MemberCount]:
    return list(
        session.scalars(
            select(MemberCount)
            .where(MemberCount.cooperative_id == cooperative_id, MemberCount.deleted.is_(False))
            .order_by(MemberCount.as_of)
        )
    )


def record_members(
    session: Session, cooperative_id: str, as_of: date, members: int, women: int | None = None
) -> MemberCount:
    get(session, cooperative_id)
    problems: dict[str, str] = {}
    if members < 0:
        problems["members"] = "Jumlah anggota tidak boleh negatif."
    if women is not None and not 0 <= women <= members:
        problems["women"] = "Jumlah anggota perempuan harus antara 0 dan jumlah anggota."
    if as_of > date.today():
        problems["as_of"] = "Tanggal tidak boleh di masa depan."
    if problems:
        raise ValidationError(problems)
    row = MemberCount(cooperative_id=cooperative_id, as_of=as_of, members=members, women=women)
    session.add(row)
    return row


def mentor_of(session: Session, cooperative_id: str) -> Mentor | None:
    return session.scalar(
        select(Mentor)
        .join(Assignment, Assignment.mentor_id == Mentor.id)
        .where(
            Assignment.cooperative_id == cooperative_id,
            Assignment.deleted.is_(False),
            or_(Assignment.end.is_(None), Assignment.end >= date.today()),
        )
        .limit(1)
    )
