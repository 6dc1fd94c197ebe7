"""Planned visits as the GUI plans, changes, starts and cancels them.

:class:`PlanService` opens its own sessions on the :class:`Store` and returns ids and plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kopdes_desktop.core.services import cooperatives, mentors, plans, visits
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Visit


@dataclass(frozen=True)
class PlannedVisit:
    """A visit as its plan shows it."""

    id: str
    cooperative_id: str
    cooperative: str
    visit_date: date
    purpose: str
    notes: str | None
    status: str


def _planned(visit: Visit) -> PlannedVisit:
    """The plain data of a visit row (inside its session)."""
    return PlannedVisit(
        visit.id,
        visit.cooperative_id,
        visit.cooperative.name,
        visit.visit_date,
        visit.purpose,
        visit.notes,
        visit.status,
    )


class PlanService:
    """Plan, change, start and cancel visits."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def cooperative_choices(self, today: date) -> list[tuple[str, str, str]]:
        """Every cooperative as (id, name, village), by name."""
        with self._store.read() as session:
            return [(s.id, s.name, s.village) for s in cooperatives.list_summaries(session, today)]

    def visit(self, visit_id: str) -> PlannedVisit:
        with self._store.read() as session:
            return _planned(visits.get(session, visit_id))

    def plan(self, cooperative_id: str, today: date, **values: Any) -> str:
        """A planned visit by this laptop's mentor (``visit_date``, ``purpose``, ``notes``);
        its id."""
        with self._store.session() as session:
            me = mentors.self_mentor(session)
            return visits.plan(
                session, cooperative_id, today=today, mentor_id=me.id if me else None, **values
            ).id

    def update(self, visit_id: str, today: date, **values: Any) -> None:
        """Change the date, purpose or notes of a visit."""
        with self._store.session() as session:
            visits.update(session, visit_id, today=today, **values)

    def start(self, visit_id: str, today: date) -> PlannedVisit:
        """The planned visit becomes today's visit (PlanError when it has started already);
        the visit as it now is."""
        with self._store.session() as session:
            return _planned(visits.start_planned(session, visit_id, today=today))

    def cancel(self, visit_id: str) -> None:
        """Drop a planned visit; PlanError for a visit already started."""
        with self._store.session() as session:
            plans.cancel(session, visit_id)

    def agenda(self, first: date, last: date, today: date) -> list[plans.PlanItem]:
        """Planned visits and follow-ups due from ``first`` to ``last``, by day."""
        with self._store.read() as session:
            return plans.agenda(session, first, last, today)
