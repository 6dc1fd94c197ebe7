"""What the monthly report and the cooperative profile print, read through core services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.services import assessments, cooperatives, followups, rat, reporting
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.reports import figures
from kopdes_desktop.reports.data import (
    ActionInfo,
    CoopIdentity,
    HistoryPoint,
    MentorInfo,
    action_info,
    coop_identity,
    instrument_titles,
    mentor_info,
    region_names,
)
from kopdes_desktop.store.models import Assessment, Cooperative, Visit

PLANNED = "PLANNED"
"""The status of a visit that is planned, not yet made."""


@dataclass(frozen=True)
class InstrumentTitle:
    id: str
    version: str
    title_id: str
    title_en: str

    def title(self, lang: str) -> str:
        return self.title_en if lang == "en" else self.title_id


@dataclass(frozen=True)
class AssessmentRow:
    assessed_on: date
    cooperative: str
    instrument: InstrumentTitle
    total: float | None
    max_total: float | None
    category: str | None
    category_en: str | None
    color: str | None
    status: str


@dataclass(frozen=True)
class CoopMonthRow:
    name: str
    village: str
    kabupaten: str
    visits: int
    assessments: int
    latest_category: str | None
    opened: int
    closed: int
    overdue: int


@dataclass(frozen=True)
class VisitRow:
    visit_date: date
    cooperative: str
    purpose: str
    status: str
    notes: str | None


@dataclass(frozen=True)
class MonthlyData:
    mentor: MentorInfo
    month: str
    first_day: date
    last_day: date
    coops: tuple[CoopMonthRow, ...]
    visits: tuple[VisitRow, ...]
    assessments: tuple[AssessmentRow, ...]
    opened: tuple[ActionInfo, ...]
    closed: tuple[ActionInfo, ...]
    overdue: tuple[ActionInfo, ...]
    issues: str
    plans: str
    changed_at: datetime | None
    next_first: date
    planned: tuple[VisitRow, ...]
    rat_overdue: tuple[RatOverdueRow, ...] = ()


@dataclass(frozen=True)
class RatOverdueRow:
    """A cooperative whose RAT was not recorded by its due date (as of the month's end)."""

    name: str
    fiscal_year: int
    due: date


def _title(registry: Any, instrument_id: str, version: str) -> InstrumentTitle:
    return InstrumentTitle(
        instrument_id, version, *instrument_titles(registry, instrument_id, version)
    )


def _assessment_row(registry: Any, row: Assessment, cooperative: str) -> AssessmentRow:
    result = row.result or {}
    return AssessmentRow(
        row.assessed_on,
        cooperative,
        _title(registry, row.instrument_id, row.instrument_version),
        row.total,
        result.get("max_total"),
        row.category,
        result.get("category_en"),
        result.get("category_color"),
        row.status,
    )


def monthly_data(session: Session, registry: Any, mentor_id: str, month: str) -> MonthlyData:
    """The mentor's month: cooperatives, visits, assessments, follow-ups, issues and plans."""
    first, last = reporting.parse_month(month)
    mentor = mentor_info(session, reporting.get_mentor(session, mentor_id))
    coops = reporting.assigned_in_month(session, mentor_id, month)
    names = {c.id: c.name for c in coops}
    month_visits = [
        v for v in reporting.visits_in_month(session, mentor_id, month) if v.status != PLANNED
    ]
    for visit in month_visits:
        names.setdefault(visit.cooperative_id, visit.cooperative.name)
    done = reporting.assessments_in_month(session, mentor_id, month)
    actions = reporting.actions_in_month(session, list(names), month)
    note = reporting.get_note(session, mentor_id, month)
    rows = []
    for coop in coops:
        village, _kecamatan, kabupaten = region_names(session, coop.region_code)
        history = assessments.history(session, coop.id, PRIMARY_INSTRUMENT)
        latest = [h for h in history if h.assessed_on <= last]
        rows.append(
            CoopMonthRow(
                coop.name,
                village.name if village else "",
                kabupaten,
                sum(1 for v in month_visits if v.cooperative_id == coop.id),
                sum(1 for a in done if a.cooperative_id == coop.id),
                latest[-1].category if latest else None,
                sum(1 for a in actions.opened if a.cooperative_id == coop.id),
                sum(1 for a in actions.closed if a.cooperative_id == coop.id),
                sum(1 for a in actions.overdue if a.cooperative_id == coop.id),
            )
        )
    return MonthlyData(
        mentor=mentor,
        month=month,
        first_day=first,
        last_day=last,
        coops=tuple(rows),
        visits=tuple(
            VisitRow(v.visit_date, names.get(v.cooperative_id, ""), v.purpose, v.status, v.notes)
            for v in month_visits
        ),
        assessments=tuple(
            _assessment_row(registry, a, names.get(a.cooperative_id, "")) for a in done
        ),
        opened=tuple(action_info(a, names.get(a.cooperative_id, "")) for a in actions.opened),
        closed=tuple(action_info(a, names.get(a.cooperative_id, "")) for a in actions.closed),
        overdue=tuple(action_info(a, names.get(a.cooperative_id, "")) for a in actions.overdue),
        issues=note.issues if note else "",
        plans=note.plans if note else "",
        changed_at=note.updated_at if note else None,
        next_first=last + timedelta(days=1),
        planned=planned_visits(session, mentor_id, last + timedelta(days=1)),
        rat_overdue=tuple(
            RatOverdueRow(row.name, row.status.fiscal_year, row.status.due)
            for row in rat.overdue(session, last)
            if row.cooperative_id in {c.id for c in coops}
        ),
    )


def planned_visits(session: Session, mentor_id: str, first: date) -> tuple[VisitRow, ...]:
    """The mentor's planned visits in the month starting on ``first``, by date: the
    "rencana bulan depan" of the monthly report."""
    last = (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    rows = session.execute(
        select(Visit, Cooperative.name)
        .join(Cooperative, Cooperative.id == Visit.cooperative_id)
        .where(
            Visit.mentor_id == mentor_id,
            Visit.deleted.is_(False),
            Visit.status == PLANNED,
            Visit.visit_date >= first,
            Visit.visit_date <= last,
        )
        .order_by(Visit.visit_date, Cooperative.name)
    )
    return tuple(VisitRow(v.visit_date, name, v.purpose, v.status, v.notes) for v, name in rows)


@dataclass(frozen=True)
class UnitRow:
    kind: str
    other_name: str | None
    status: str
    monthly_turnover: int | None
    notes: str | None


@dataclass(frozen=True)
class PersonRow:
    organ: str
    role: str
    name: str
    gender: str | None
    phone: str | None


@dataclass(frozen=True)
class MemberRow:
    as_of: date
    members: int
    women: int | None


@dataclass(frozen=True)
class OpenAction:
    action: ActionInfo
    overdue: bool


@dataclass(frozen=True)
class ProfileData:
    coop: CoopIdentity
    notes: str | None
    bank: str
    financing: figures.Financing
    latest_members: figures.Members | None
    units: tuple[UnitRow, ...]
    people: tuple[PersonRow, ...]
    members: tuple[MemberRow, ...]
    history: tuple[AssessmentRow, ...]
    trend: tuple[HistoryPoint, ...]
    open_actions: tuple[OpenAction, ...]
    mentor: MentorInfo | None
    changed_at: datetime


def profile_data(
    session: Session, registry: Any, cooperative_id: str, today: date | None = None
) -> ProfileData:
    """One cooperative: identity, units, board, members, financing, history, follow-ups."""
    coop = cooperatives.get(session, cooperative_id)
    history = assessments.history(session, cooperative_id)
    bank = " ".join(x for x in (coop.bank_name, coop.bank_account) if x)
    facts = figures.facts(session, coop, today)
    return ProfileData(
        coop=coop_identity(session, coop, today, facts),
        notes=coop.notes,
        bank=bank,
        financing=facts.financing,
        latest_members=facts.members,
        units=tuple(
            UnitRow(u.kind, u.other_name, u.status, u.monthly_turnover, u.notes)
            for u in cooperatives.units(session, cooperative_id)
        ),
        people=tuple(
            PersonRow(p.organ, p.role, p.name, p.gender, p.phone)
            for p in cooperatives.people(session, cooperative_id)
        ),
        members=tuple(
            MemberRow(m.as_of, m.members, m.women)
            for m in cooperatives.member_history(session, cooperative_id)
        ),
        history=tuple(_assessment_row(registry, a, coop.name) for a in history),
        trend=tuple(
            HistoryPoint(a.assessed_on, a.total or 0.0, a.category or "")
            for a in history
            if a.instrument_id == PRIMARY_INSTRUMENT
        )[-8:],
        open_actions=tuple(
            OpenAction(
                ActionInfo(r.cooperative, r.title, r.owner, r.due_date, r.status, r.closed_on),
                r.overdue,
            )
            for r in followups.list_actions(session, cooperative_id=cooperative_id, today=today)
        ),
        mentor=mentor_info(session, cooperatives.mentor_of(session, cooperative_id)),
        changed_at=coop.updated_at,
    )
