"""Visits as the GUI and the CLI use them: record, correct, plan, start, finish, list, share.

Each method opens its own unit of work on the :class:`Store` and returns plain data
(:class:`VisitDetails`, ids, named rows); validation and the typed errors are those of
:mod:`kopdes_desktop.core.services.visits`. Findings are in :mod:`.finding_service`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.services import (
    cooperatives,
    mentors,
    overview,
    sharing,
    visits,
)
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.core.services.overview import VisitRow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from kopdes_desktop.store.db import Store
    from kopdes_desktop.store.models import Visit

DETAIL_FIELDS = ("visit_date", "purpose", "attendees", "lat", "lon", "notes")
"""The fields of a visit a mentor types (:meth:`VisitService.update` takes any of them)."""


@dataclass(frozen=True)
class VisitDetails:
    """One visit as the editor shows it."""

    id: str
    cooperative_id: str
    cooperative: str
    status: str
    visit_date: date
    purpose: str
    attendees: str | None
    lat: float | None
    lon: float | None
    notes: str | None

    @property
    def planned(self) -> bool:
        return self.status == visits.PLANNED

    def values(self) -> dict[str, Any]:
        """The typed fields, by name (as the visit form shows them)."""
        return {name: getattr(self, name) for name in DETAIL_FIELDS}


@dataclass(frozen=True)
class VisitList:
    """The Kunjungan list: visits, the kabupaten to filter by, this mentor's cooperatives."""

    rows: list[VisitRow]
    kabupaten: list[tuple[str, str]]
    mine: set[str]


def details_of(visit: Visit) -> VisitDetails:
    """The plain data of a visit row (inside its session)."""
    return VisitDetails(
        visit.id,
        visit.cooperative_id,
        visit.cooperative.name,
        visit.status,
        visit.visit_date,
        visit.purpose,
        visit.attendees,
        visit.lat,
        visit.lon,
        visit.notes,
    )


def self_mentor_id(session: Session) -> str | None:
    """The id of this laptop's mentor, None while the profile is empty."""
    me = mentors.self_mentor(session)
    return me.id if me else None


def mine(session: Session) -> set[str]:
    """The cooperatives assigned to this laptop's mentor (empty without a profile)."""
    me = self_mentor_id(session)
    return mentors.assigned_cooperative_ids(session, me) if me else set()


class VisitService:
    """Visits over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, visit_id: str) -> VisitDetails:
        """One visit; NotFoundError when it is gone."""
        with self._store.read() as session:
            return details_of(visits.get(session, visit_id))

    def create(self, cooperative_id: str, *, today: date, **values: Any) -> str:
        """Record a visit made (by this laptop's mentor); returns its id. ValidationError
        names each wrong field."""
        with self._store.session() as session:
            return visits.create(
                session, cooperative_id, today=today, mentor_id=self_mentor_id(session), **values
            ).id

    def update(self, visit_id: str, *, today: date, **values: Any) -> None:
        """Correct the typed fields of a visit (any of :data:`DETAIL_FIELDS`)."""
        with self._store.session() as session:
            visits.update(session, visit_id, today=today, **values)

    def mark_done(self, visit_id: str) -> None:
        """The visit is over; PlanError for a plan not started."""
        with self._store.session() as session:
            visits.mark_done(session, visit_id)

    def list_since(self, since: date | None) -> VisitList:
        """Visits since ``since`` (all when None), newest first, with the filters' choices."""
        with self._store.read() as session:
            return VisitList(
                overview.visit_rows(session, since=since),
                overview.kabupaten_choices(session),
                mine(session),
            )

    def cooperative_choices(self, today: date) -> list[CooperativeSummary]:
        """The cooperatives a new visit can be made to."""
        with self._store.read() as session:
            return cooperatives.list_summaries(session, today)

    def share_text(self, visit_id: str, language: str, today: date) -> str:
        """The visit's findings and follow-ups as text to paste into a chat."""
        with self._store.read() as session:
            return sharing.visit_text(session, visit_id, language, today=today)
