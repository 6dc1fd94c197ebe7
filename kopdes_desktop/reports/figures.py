"""The one source of a cooperative's figures on paper: legal numbers, members and financing.

The profile record and the final assessments both hold these facts; each report used to read
its own copy, so the profile printed "Plafon Rp0" (never typed on the profile) while the
assessment of the same day printed Rp500 juta (answered at the visit). Every report now asks
this module, which takes the newest dated value:

- legal numbers (AHU, NIB): the profile's, else the latest final assessment's answer;
- members: the member count or the latest final assessment's answer, whichever is dated later
  (the member count wins a tie: it also knows how many are women);
- financing: the latest final assessment that recorded it, unless the profile's financing was
  changed on this laptop after that assessment was finalised; the profile's figures alone when
  no assessment recorded any.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.reports import localtime
from kopdes_desktop.store.models import Assessment, AuditEntry, Cooperative

FINANCING_FIELDS = (
    "financing_ceiling",
    "financing_disbursed",
    "financing_outstanding",
    "financing_arrears",
)
FINANCING_ANSWERS = (
    "plafon_pembiayaan",
    "pembiayaan_dicairkan",
    "pembiayaan_outstanding",
    "tunggakan",
)


@dataclass(frozen=True)
class Financing:
    """PMK 49/2025 financing; ``source`` is "assessment", "profile" or "" (nothing recorded),
    ``on`` the day of the assessment or of the profile change it comes from."""

    ceiling: int
    disbursed: int
    outstanding: int
    arrears: int
    source: str
    on: date | None
    instrument_id: str = ""
    instrument_version: str = ""

    @property
    def amounts(self) -> tuple[int, int, int, int]:
        return self.ceiling, self.disbursed, self.outstanding, self.arrears


@dataclass(frozen=True)
class Members:
    members: int
    women: int | None
    as_of: date
    source: str


@dataclass(frozen=True)
class Facts:
    ahu_number: str | None
    nib: str | None
    members: Members | None
    financing: Financing


def _money(value: Any) -> int:
    return int(value) if isinstance(value, (int, float)) and value >= 0 else 0


def _four(values: Iterable[int]) -> tuple[int, int, int, int]:
    """Ceiling, disbursed, outstanding, arrears (in the order of FINANCING_FIELDS)."""
    ceiling, disbursed, outstanding, arrears = values
    return ceiling, disbursed, outstanding, arrears


def _profile_change(session: Session, cooperative_id: str) -> AuditEntry | None:
    """This laptop's last change of the profile's financing (an update, not the creation)."""
    rows = session.scalars(
        select(AuditEntry)
        .where(
            AuditEntry.table_name == "cooperative",
            AuditEntry.record_id == cooperative_id,
            AuditEntry.action == "update",
        )
        .order_by(AuditEntry.id.desc())
    )
    for entry in rows:
        if any(key in (entry.changes or {}) for key in FINANCING_FIELDS):
            return entry
    return None


def _changed_after(session: Session, change: AuditEntry | None, row: Assessment) -> bool:
    """Whether the profile's financing was changed after ``row`` was last written: by the
    order of this laptop's changes (times are kept to the second), or by time for an
    assessment this laptop did not write."""
    if change is None:
        return False
    written = session.scalar(
        select(AuditEntry.id)
        .where(AuditEntry.table_name == "assessment", AuditEntry.record_id == row.id)
        .order_by(AuditEntry.id.desc())
        .limit(1)
    )
    if written is not None:
        return change.id > written
    finalised = row.finalized_at or row.updated_at
    return finalised is not None and change.at > finalised


def financing(session: Session, coop: Cooperative, history: list[Assessment]) -> Financing:
    """The financing figures both the profile and the assessment reports print."""
    recorded = [row for row in history if (row.answers or {}).get(FINANCING_ANSWERS[0]) is not None]
    change = _profile_change(session, coop.id)
    profile = _four(int(getattr(coop, name) or 0) for name in FINANCING_FIELDS)
    if recorded:
        row = recorded[-1]
        if not _changed_after(session, change, row):
            answers = row.answers or {}
            return Financing(
                *_four(_money(answers.get(key)) for key in FINANCING_ANSWERS),
                source="assessment",
                on=row.assessed_on,
                instrument_id=row.instrument_id,
                instrument_version=row.instrument_version,
            )
    if change is not None or any(profile):
        zone = localtime.zone_for(coop.region_code)
        on = localtime.local_date(change.at, zone) if change is not None else None
        return Financing(*profile, source="profile", on=on)
    return Financing(0, 0, 0, 0, source="", on=None)


def members(session: Session, cooperative_id: str, latest: Assessment | None) -> Members | None:
    """The newest member count: the profile's history or the latest final assessment."""
    counted = cooperatives.member_history(session, cooperative_id)
    row = counted[-1] if counted else None
    answered = (latest.answers or {}).get("jumlah_anggota") if latest is not None else None
    if (
        latest is not None
        and isinstance(answered, (int, float))
        and (row is None or latest.assessed_on > row.as_of)
    ):
        return Members(int(answered), None, latest.assessed_on, "assessment")
    if row is not None:
        return Members(row.members, row.women, row.as_of, "profile")
    return None


def facts(session: Session, coop: Cooperative, on: date | None = None) -> Facts:
    """Every figure a report prints about ``coop`` as of ``on`` (today when not given)."""
    history = [
        row
        for row in assessments.history(session, coop.id, PRIMARY_INSTRUMENT)
        if on is None or row.assessed_on <= on
    ]
    latest = history[-1] if history else None
    answers = (latest.answers or {}) if latest is not None else {}
    return Facts(
        ahu_number=coop.ahu_number or _text(answers.get("nomor_ahu")),
        nib=coop.nib or _text(answers.get("nib")),
        members=members(session, coop.id, latest),
        financing=financing(session, coop, history),
    )


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None
