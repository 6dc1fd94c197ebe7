"""Which answers of an instrument the cooperative profile knows, and back.

Read: a new KDKMP assessment starts from the profile's legal numbers, SIMKOPDES status, board,
latest member count, office location, business units and financing figures. Write: a final
assessment's figures are offered back to the profile (see :mod:`.profile_updates`).
Only what the profile holds is given: an empty profile field prefills nothing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.instruments.shared_facts import KDKMP
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.store.models import MemberCount

SIMKOPDES_TO_ANSWER = {
    "BELUM": "BELUM",
    "TERDAFTAR": "TERDAFTAR",
    "AKTIF": "TERDAFTAR",
    "MUTAKHIR": "AKTIF_MUTAKHIR",
}
"""The profile's SIMKOPDES statuses as the KDKMP instrument's choices (an active account whose
data is not said to be up to date is *punya akun, data belum mutakhir*)."""
ANSWER_TO_SIMKOPDES = {"BELUM": "BELUM", "TERDAFTAR": "TERDAFTAR", "AKTIF_MUTAKHIR": "MUTAKHIR"}

FINANCING_ITEMS = {
    "plafon_pembiayaan": "financing_ceiling",
    "pembiayaan_dicairkan": "financing_disbursed",
    "pembiayaan_outstanding": "financing_outstanding",
    "tunggakan": "financing_arrears",
}
"""KDKMP item -> profile field, for the financing figures."""


def latest_members(session: Session, cooperative_id: str, on: date) -> MemberCount | None:
    """The member count recorded last on or before ``on``."""
    return session.scalar(
        select(MemberCount)
        .where(
            MemberCount.cooperative_id == cooperative_id,
            MemberCount.deleted.is_(False),
            MemberCount.as_of <= on,
        )
        .order_by(MemberCount.as_of.desc(), MemberCount.created_at.desc())
        .limit(1)
    )


def _legal(coop: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for flag, number, field in (
        ("ahu_terdaftar", "nomor_ahu", "ahu_number"),
        ("nib_ada", "nib", "nib"),
        ("nik_koperasi_ada", None, "nik_koperasi"),
        ("npwp_ada", None, "npwp"),
        ("rekening_bank_ada", None, "bank_account"),
    ):
        value = getattr(coop, field)
        if value:
            out[flag] = True
            if number:
                out[number] = value
    if coop.simkopdes_status and coop.simkopdes_status != "BELUM":
        out["simkopdes_status"] = SIMKOPDES_TO_ANSWER[coop.simkopdes_status]
    if coop.office_lat is not None and coop.office_lon is not None:
        out["lokasi_kantor"] = {"lat": coop.office_lat, "lon": coop.office_lon}
    return out


def _board(session: Session, cooperative_id: str) -> dict[str, Any]:
    people = cooperatives.people(session, cooperative_id)
    pengurus = [p for p in people if p.organ == "PENGURUS"]
    out: dict[str, Any] = {}
    if pengurus:
        out["jumlah_pengurus"] = len(pengurus)
        if all(p.gender for p in pengurus):
            out["jumlah_pengurus_perempuan"] = sum(1 for p in pengurus if p.gender == "P")
    pengawas = [p for p in people if p.organ == "PENGAWAS"]
    if pengawas:
        out["jumlah_pengawas"] = len(pengawas)
    return out


def _units(session: Session, cooperative_id: str) -> list[dict[str, Any]]:
    rows = []
    for unit in cooperatives.units(session, cooperative_id):
        row: dict[str, Any] = {"jenis_unit": unit.kind, "status": unit.status}
        if unit.kind == "LAINNYA" and unit.other_name:
            row["nama_unit_lainnya"] = unit.other_name
        if unit.status == "OPERATING" and unit.monthly_turnover is not None:
            row["omzet_bulanan"] = unit.monthly_turnover
        rows.append(row)
    return rows


def answers_from_profile(
    session: Session, instrument_id: str, cooperative_id: str, on: date
) -> dict[str, Any]:
    """The answers of ``instrument_id`` the profile of the cooperative gives on ``on``."""
    if instrument_id != KDKMP:
        return {}
    coop = cooperatives.get(session, cooperative_id)
    out = _legal(coop) | _board(session, cooperative_id)
    members = latest_members(session, cooperative_id, on)
    if members is not None:
        out["jumlah_anggota"] = members.members
    units = _units(session, cooperative_id)
    if units:
        out["unit_usaha"] = units
    if coop.financing_ceiling:
        out["proposal_pembiayaan_status"] = "DICAIRKAN" if coop.financing_disbursed else None
        for item, field in FINANCING_ITEMS.items():
            out[item] = getattr(coop, field) or 0
    return {k: v for k, v in out.items() if v is not None}
