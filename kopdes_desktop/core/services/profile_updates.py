"""After finalizing: the figures of the assessment that differ from the cooperative profile,
offered to the mentor one by one (old -> new); the accepted ones are written through the
profile's own services, so they are checked and tracked for sync like any other edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kopdes_desktop.core.instruments.shared_facts import KDKMP
from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.core.services.profile_answers import (
    ANSWER_TO_SIMKOPDES,
    FINANCING_ITEMS,
    latest_members,
)

MEMBERS = "members"
"""The change that records a new member count (not a profile column)."""


@dataclass(frozen=True)
class ProfileChange:
    """One proposed change: the profile ``field`` (or :data:`MEMBERS`), its value now and the
    assessment's value."""

    field: str
    old: Any
    new: Any


def _proposals(coop: Any, answers: dict[str, Any]) -> dict[str, Any]:
    """The profile values the KDKMP answers state."""
    out: dict[str, Any] = {}
    if answers.get("nib_ada") and answers.get("nib"):
        out["nib"] = answers["nib"]
    if answers.get("ahu_terdaftar") and answers.get("nomor_ahu"):
        out["ahu_number"] = answers["nomor_ahu"]
    status = answers.get("simkopdes_status")
    if status in ANSWER_TO_SIMKOPDES:
        # "Punya akun, data belum mutakhir" covers both TERDAFTAR and AKTIF in the profile
        if not (status == "TERDAFTAR" and coop.simkopdes_status in ("TERDAFTAR", "AKTIF")):
            out["simkopdes_status"] = ANSWER_TO_SIMKOPDES[status]
    point = answers.get("lokasi_kantor")
    if isinstance(point, dict):
        out["office_lat"], out["office_lon"] = point.get("lat"), point.get("lon")
    if answers.get("proposal_pembiayaan_status") == "DICAIRKAN":
        for item, profile_field in FINANCING_ITEMS.items():
            if answers.get(item) is not None:
                out[profile_field] = answers[item]
    return out


def proposed(session: Session, assessment_id: str) -> list[ProfileChange]:
    """What the final assessment would change in its cooperative's profile."""
    row = assessments.get(session, assessment_id)
    if row.status != "FINAL" or row.instrument_id != KDKMP:
        return []
    coop = cooperatives.get(session, row.cooperative_id)
    answers = row.answers or {}
    changes = []
    for profile_field, new in _proposals(coop, answers).items():
        old = getattr(coop, profile_field)
        if new is not None and old != new:
            changes.append(ProfileChange(profile_field, old, new))
    members = answers.get("jumlah_anggota")
    if isinstance(members, int):
        latest = latest_members(session, row.cooperative_id, row.assessed_on)
        old_members = latest.members if latest is not None else None
        if old_members != members:
            changes.append(ProfileChange(MEMBERS, old_members, members))
    return changes


def apply(session: Session, assessment_id: str, accepted: Iterable[str]) -> list[str]:
    """Write the accepted changes (by field) through the profile services; returns the fields
    written. A change the profile refuses raises its ValidationError and writes nothing."""
    row = assessments.get(session, assessment_id)
    chosen = {c.field: c for c in proposed(session, assessment_id) if c.field in set(accepted)}
    values = {name: c.new for name, c in chosen.items() if name != MEMBERS}
    if values:
        cooperatives.update_profile(session, row.cooperative_id, values)
    if MEMBERS in chosen:
        cooperatives.record_members(
            session, row.cooperative_id, row.assessed_on, chosen[MEMBERS].new
        )
    return list(chosen)
