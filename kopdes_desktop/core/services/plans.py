"""The mentor's plan: planned visits and follow-ups falling due, by day.

Beranda's calendar and week list read :func:`agenda`; the start-up reminder reads
:func:`reminders`. Both keep to the mentor's own cooperatives when the laptop knows them
(as Beranda does), and to every cooperative otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.services import followups, mentors, visits
from kopdes_desktop.store.models import ActionItem, Cooperative, Visit

VISIT, FOLLOW_UP = "visit", "follow_up"


@dataclass(frozen=True)
class PlanItem:
    """One thing on a day: a planned visit or a follow-up due."""

    kind: str  # VISIT | FOLLOW_UP
    day: date
    record_id: str  # the visit's id, or the follow-up's
    cooperative_id: str
    cooperative: str
    title: str  # the visit's purpose, or the follow-up's title
    overdue: bool = False


@dataclass(frozen=True)
class Reminders:
    """What the mentor is reminded of when the app starts."""

    today: date
    visits_today: list[PlanItem] = field(default_factory=list)
    visits_tomorrow: list[PlanItem] = field(default_factory=list)
    follow_ups: list[PlanItem] = field(default_factory=list)  # overdue or due today/tomorrow

    @property
    def empty(self) -> bool:
        return not (self.visits_today or self.visits_tomorrow or self.follow_ups)


def _mine(session: Session) -> set[str] | None:
    """The mentor's cooperatives, or None (all) when the laptop has no assignment."""
    mentor = mentors.self_mentor(session)
    ids = mentors.assigned_cooperative_ids(session, mentor.id) if mentor is not None else set()
    return ids or None


def _planned(session: Session, first: date, last: date, mine: set[str] | None) -> list[PlanItem]:
    query = (
        select(Visit.id, Visit.visit_date, Visit.cooperative_id, Cooperative.name, Visit.purpose)
        .join(Cooperative, Cooperative.id == Visit.cooperative_id)
        .where(
            Visit.deleted.is_(False),
            Visit.status == visits.PLANNED,
            Visit.visit_date >= first,
            Visit.visit_date <= last,
        )
        .order_by(Visit.visit_date, Visit.created_at)
    )
    return [
        PlanItem(VISIT, day, visit_id, coop_id, name, purpose)
        for visit_id, day, coop_id, name, purpose in session.execute(query)
        if mine is None or coop_id in mine
    ]


def _due(
    session: Session, first: date | None, last: date, today: date, mine: set[str] | None
) -> list[PlanItem]:
    query = (
        select(
            ActionItem.id,
            ActionItem.due_date,
            ActionItem.cooperative_id,
            Cooperative.name,
            ActionItem.title,
        )
        .join(Cooperative, Cooperative.id == ActionItem.cooperative_id)
        .where(
            ActionItem.deleted.is_(False),
            ActionItem.status.in_(followups.OPEN_STATUSES),
            ActionItem.due_date.is_not(None),
            ActionItem.due_date <= last,
        )
        .order_by(ActionItem.due_date, ActionItem.created_at)
    )
    if first is not None:
        query = query.where(ActionItem.due_date >= first)
    return [
        PlanItem(FOLLOW_UP, day, action_id, coop_id, name, title, overdue=day < today)
        for action_id, day, coop_id, name, title in session.execute(query)
        if day is not None and (mine is None or coop_id in mine)
    ]


def agenda(session: Session, first: date, last: date, today: date) -> list[PlanItem]:
    """Planned visits and open follow-ups due from ``first`` to ``last``, by day (visits
    first on a day)."""
    mine = _mine(session)
    items = _planned(session, first, last, mine) + _due(session, first, last, today, mine)
    return sorted(items, key=lambda item: (item.day, item.kind != VISIT, item.cooperative))


def reminders(session: Session, today: date) -> Reminders:
    """Planned visits today and tomorrow; open follow-ups overdue or due by tomorrow."""
    mine = _mine(session)
    tomorrow = today + timedelta(days=1)
    planned = _planned(session, today, tomorrow, mine)
    return Reminders(
        today=today,
        visits_today=[item for item in planned if item.day == today],
        visits_tomorrow=[item for item in planned if item.day == tomorrow],
        follow_ups=_due(session, None, tomorrow, today, mine),
    )


def cancel(session: Session, visit_id: str) -> None:
    """Drop a planned visit (a tombstone, like every delete); a started visit stays."""
    visit = visits.get(session, visit_id)
    if visit.status != visits.PLANNED:
        raise visits.PlanError(
            "Kunjungan ini sudah dimulai; rencananya tidak dapat dibatalkan.",
            "This visit has started; its plan cannot be cancelled.",
        )
    visit.deleted = True


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week of ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def calendar_range(year: int, month: int) -> tuple[date, date]:
    """The days a month calendar shows: Monday of its first week to Sunday of its last."""
    first = date(year, month, 1)
    following = date(year + (month == 12), month % 12 + 1, 1)
    return week_of(first)[0], week_of(following - timedelta(days=1))[1]
