"""Beranda: what a mentor sees first."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.core.services import assessments, cooperatives, followups, mentors, visits
from kopdes_desktop.store.models import Assessment, Cooperative, Visit
from kopdes_desktop.store.sync_models import SyncTrust
from kopdes_desktop.store.tracking import pending_counts


@dataclass
class HomeSummary:
    mentor_name: str | None
    cooperatives: list[cooperatives.CooperativeSummary]
    by_category: Counter[str]
    visits_this_month: list[Visit]
    overdue: list[followups.ActionRow]
    upcoming: list[followups.ActionRow]
    drafts: list[Assessment]
    unsynced: int
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class StartState:
    """How far a new installation has come: what the first-run guide ticks off."""

    has_profile: bool
    province_trusted: bool
    cooperatives: int

    @property
    def needs_guide(self) -> bool:
        """No cooperative yet: the lists would be empty, so Beranda guides instead."""
        return self.cooperatives == 0


def start_state(session: Session) -> StartState:
    """The mentor's profile, a trusted province and the registry received (cooperatives)."""
    return StartState(
        has_profile=mentors.self_mentor(session) is not None,
        province_trusted=bool(session.scalar(select(func.count()).select_from(SyncTrust))),
        cooperatives=session.scalar(
            select(func.count()).select_from(Cooperative).where(Cooperative.deleted.is_(False))
        )
        or 0,
    )


def unsynced_count(session: Session) -> int:
    """Rows changed on this laptop that no receipt has acknowledged yet."""
    return sum(pending_counts(session).values())


def home(session: Session, today: date | None = None) -> HomeSummary:
    today = today or date.today()
    mentor = mentors.self_mentor(session)
    summaries = cooperatives.list_summaries(session, today)
    mine = mentors.assigned_cooperative_ids(session, mentor.id) if mentor is not None else None
    if mine:
        summaries = [s for s in summaries if s.id in mine]
    ids = {s.id for s in summaries}
    # A mentor's few cooperatives are asked of the index; without a mentor, every one counts.
    actions = followups.list_actions(session, cooperative_ids=ids if mine else None, today=today)
    month_visits = [
        visit
        for visit in visits.in_month(session, today.year, today.month)
        if visit.cooperative_id in ids
    ]
    return HomeSummary(
        mentor_name=mentor.name if mentor else None,
        cooperatives=summaries,
        by_category=Counter(s.latest_category or "Belum dinilai" for s in summaries),
        visits_this_month=month_visits,
        overdue=[a for a in actions if a.overdue],
        upcoming=[a for a in actions if a.upcoming],
        drafts=[d for d in assessments.drafts(session) if d.cooperative_id in ids],
        unsynced=unsynced_count(session),
    )
