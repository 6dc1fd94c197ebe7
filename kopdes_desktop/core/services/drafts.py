"""What the visit editor needs beyond the basic services: drafts to recover, findings to
correct, and the follow-ups that matter at one visit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.services import followups, visits
from kopdes_desktop.store.models import ActionItem, Assessment, Cooperative, Finding, live_row


@dataclass(frozen=True)
class DraftSummary:
    """A draft assessment with answers in it, for the recovery offer at start."""

    id: str
    cooperative_id: str
    cooperative: str
    instrument_id: str
    instrument_version: str
    visit_id: str | None
    updated_at: datetime
    answered: int


def pending(session: Session, limit: int = 50) -> list[DraftSummary]:
    """Unfinished drafts that hold at least one answer, most recently edited first."""
    query = (
        select(Assessment, Cooperative.name)
        .join(Cooperative, Cooperative.id == Assessment.cooperative_id)
        .where(Assessment.status == "DRAFT", Assessment.deleted.is_(False))
        .order_by(Assessment.updated_at.desc())
    )
    out = []
    for row, name in session.execute(query):
        answered = len(row.answers or {})
        if answered:
            out.append(
                DraftSummary(
                    row.id,
                    row.cooperative_id,
                    name,
                    row.instrument_id,
                    row.instrument_version,
                    row.visit_id,
                    row.updated_at,
                    answered,
                )
            )
        if len(out) >= limit:
            break
    return out


def get_finding(session: Session, finding_id: str) -> Finding:
    return live_row(session, Finding, finding_id, "Temuan", "Finding")


def update_finding(session: Session, finding_id: str, **values: Any) -> Finding:
    """Correct a finding with the same checks as :func:`followups.add_finding`."""
    finding = get_finding(session, finding_id)
    current = {
        k: getattr(finding, k) for k in ("area", "temuan", "rekomendasi", "indicator", "compliance")
    }
    current.update(values)
    checker = v.Checker()
    area = checker.require("area", v.required_text, current["area"])
    temuan = checker.require("temuan", lambda t: v.required_text(t, 4000), current["temuan"])
    rek = checker.require("rekomendasi", lambda t: v.required_text(t, 4000), current["rekomendasi"])
    if current["compliance"] not in (None, "", *followups.COMPLIANCE):
        checker.problems["compliance"] = "Pilih Tidak Sesuai, Cukup atau Sesuai."
        checker.problems_en["compliance"] = "Choose not compliant, partly or compliant."
    checker.raise_if_any()
    finding.area, finding.temuan, finding.rekomendasi = area, temuan, rek
    finding.indicator = (current["indicator"] or "").strip() or None
    finding.compliance = current["compliance"] or None
    return finding


def remove_finding(session: Session, finding_id: str) -> None:
    """Tombstone a finding and the still-open follow-ups made from it."""
    finding = get_finding(session, finding_id)
    finding.deleted = True
    for item in actions_of_finding(session, finding_id):
        if item.status in followups.OPEN_STATUSES:
            item.deleted = True


def actions_of_finding(session: Session, finding_id: str) -> list[ActionItem]:
    return list(
        session.scalars(
            select(ActionItem)
            .where(ActionItem.finding_id == finding_id, ActionItem.deleted.is_(False))
            .order_by(ActionItem.created_at)
        )
    )


def actions_at_visit(session: Session, visit_id: str) -> list[ActionItem]:
    """The cooperative's follow-ups that matter at this visit: still open, agreed at it, or
    closed at it; by deadline."""
    visit = visits.get(session, visit_id)
    return list(
        session.scalars(
            select(ActionItem)
            .where(
                ActionItem.cooperative_id == visit.cooperative_id,
                ActionItem.deleted.is_(False),
                or_(
                    ActionItem.status.in_(followups.OPEN_STATUSES),
                    ActionItem.visit_id == visit_id,
                    ActionItem.closed_visit_id == visit_id,
                ),
            )
            .order_by(ActionItem.due_date, ActionItem.created_at)
        )
    )
