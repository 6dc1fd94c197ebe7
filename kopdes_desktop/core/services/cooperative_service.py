"""The cooperative use cases as the GUI and the CLI call them: lists, the page, its records.

:class:`CooperativeService` opens and closes its own sessions on the :class:`Store` and returns
plain data (frozen dataclasses, named tuples, ids); the session-taking functions of
:mod:`kopdes_desktop.core.services.cooperatives` stay what reports and other services call.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from kopdes_desktop.core.health import financing as monitor
from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.core.instruments.results import ScoreResult
from kopdes_desktop.core.services import (
    assessments,
    cooperatives,
    financing,
    followups,
    mentors,
    overview,
    rat,
)
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store import handover_guard
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import BusinessUnit, Cooperative, MemberCount, Person, live_row


@dataclass(frozen=True)
class CooperativeList:
    """What the Koperasi list shows: the summaries, kabupaten choices and the mentor's own."""

    rows: list[CooperativeSummary]
    kabupaten: list[tuple[str, str]]
    mine: set[str]


@dataclass(frozen=True)
class CooperativeProfile:
    """The editable profile of one cooperative (the fields of its record)."""

    id: str
    name: str
    region_code: str
    address: str | None
    formation_model: str
    ahu_number: str | None
    nik_koperasi: str | None
    nib: str | None
    npwp: str | None
    bank_name: str | None
    bank_account: str | None
    simkopdes_status: str
    founded_on: date | None
    office_lat: float | None
    office_lon: float | None
    financing_ceiling: int
    financing_disbursed: int
    financing_outstanding: int
    financing_arrears: int
    notes: str | None
    fiscal_year_end: str
    updated_at: datetime


@dataclass(frozen=True)
class LatestAssessment:
    category: str | None
    total: float | None
    assessed_on: date


@dataclass(frozen=True)
class CooperativeHeader:
    """The head of a cooperative's page: name, places, mentor, readiness and standing."""

    id: str
    name: str
    places: tuple[str, ...]  # village, kecamatan, kabupaten (the province left out)
    mentor_name: str | None
    latest: LatestAssessment | None
    read_only: bool  # handed over to another mentor
    rat_status: rat_rules.RatStatus
    flags: list[monitor.Flag]


@dataclass(frozen=True)
class UnitRow:
    id: str
    kind: str
    other_name: str | None
    status: str
    monthly_turnover: int | None
    notes: str | None


@dataclass(frozen=True)
class PersonRow:
    id: str
    organ: str
    role: str
    name: str
    gender: str | None
    phone: str | None
    nik: str | None


@dataclass(frozen=True)
class MemberCountRow:
    id: str
    as_of: date
    members: int
    women: int | None


@dataclass(frozen=True)
class AssessmentRow:
    """A final assessment in the cooperative's history, with its scored result."""

    id: str
    instrument_id: str
    instrument_version: str
    assessed_on: date
    total: float | None
    category: str | None
    revision_no: int
    signed: bool
    result: ScoreResult | None


@dataclass(frozen=True)
class Standing:
    """The RAT status of a cooperative, its financings and their stress flags."""

    rat: rat.CooperativeRat
    financings: list[financing.FinancingView]
    flags: list[monitor.Flag]


def _plain(cls: type, row: object) -> Any:
    """A frozen dataclass ``cls`` filled from the same-named attributes of ``row``."""
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


@contextmanager
def _with_unreadable(unreadable: dict[str, str] | None) -> Iterator[None]:
    """Report the values the caller could not read together with the service's own problems;
    raising inside the unit of work stores nothing."""
    try:
        yield
        if unreadable:
            raise ValidationError(unreadable)
    except ValidationError as exc:
        if not unreadable or exc.problems is unreadable:
            raise
        raise ValidationError(
            {**exc.problems, **unreadable}, {**exc.problems_en, **unreadable}
        ) from exc


def _unit(session: Session, unit_id: str) -> BusinessUnit:
    return live_row(session, BusinessUnit, unit_id, "Unit usaha", "Business unit")


def _person(session: Session, person_id: str) -> Person:
    return live_row(session, Person, person_id, "Pengurus/pengawas", "Board member")


class CooperativeService:
    """Cooperatives, their profile, units, board, members and history, over one store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # --- the list and the page -------------------------------------------------------------

    def list_summaries(self, today: date) -> list[CooperativeSummary]:
        with self._store.read() as session:
            return cooperatives.list_summaries(session, today)

    def list_page(self, today: date) -> CooperativeList:
        """Summaries, kabupaten choices and this mentor's cooperatives (for a worker)."""
        with self._store.read() as session:
            rows = cooperatives.list_summaries(session, today)
            kabupaten = overview.kabupaten_choices(session)
            me = mentors.self_mentor(session)
            mine = mentors.assigned_cooperative_ids(session, me.id) if me else set()
        return CooperativeList(rows, kabupaten, mine)

    def header(self, cooperative_id: str, today: date) -> CooperativeHeader:
        with self._store.read() as session:
            coop = cooperatives.get(session, cooperative_id)
            places = cooperatives.region_path(session, coop.region_code)
            mentor = cooperatives.mentor_of(session, coop.id)
            history = assessments.history(session, coop.id, cooperatives.PRIMARY_INSTRUMENT)
            latest = (
                LatestAssessment(history[-1].category, history[-1].total, history[-1].assessed_on)
                if history
                else None
            )
            return CooperativeHeader(
                coop.id,
                coop.name,
                tuple(r.name for kind, r in places.items() if kind != "provinsi"),
                mentor.name if mentor else None,
                latest,
                coop.id in handover_guard.handed_over(session),
                rat.status_of(session, coop.id, today).status,
                financing.flags(session, today, coop.id),
            )

    def profile(self, cooperative_id: str) -> CooperativeProfile:
        with self._store.read() as session:
            return _plain(CooperativeProfile, cooperatives.get(session, cooperative_id))

    def update_profile(
        self, cooperative_id: str, changes: dict[str, Any], unreadable: dict[str, str] | None = None
    ) -> CooperativeProfile:
        """Validate and save profile ``changes``; the profile saved.

        ``unreadable`` holds the fields the caller could not even read (a date typed wrong):
        they are reported with every problem of ``changes`` in one ValidationError, and then
        nothing is saved.
        """
        with self._store.session() as session, _with_unreadable(unreadable):
            coop = cooperatives.update_profile(session, cooperative_id, changes)
            session.flush()
            return _plain(CooperativeProfile, coop)

    def create(
        self,
        name: str,
        region_code: str,
        changes: dict[str, Any] | None = None,
        unreadable: dict[str, str] | None = None,
    ) -> str:
        """A new cooperative in a village, with optional profile ``changes``; its id.
        ``unreadable`` as for :meth:`update_profile`."""
        with self._store.session() as session, _with_unreadable(unreadable):
            return cooperatives.create(session, name, region_code, changes).id

    def delete(self, cooperative_id: str) -> None:
        with self._store.session() as session:
            cooperatives.delete(session, cooperative_id)

    # --- units and board -------------------------------------------------------------------

    def units(self, cooperative_id: str) -> list[UnitRow]:
        with self._store.read() as session:
            return [_plain(UnitRow, u) for u in cooperatives.units(session, cooperative_id)]

    def unit(self, unit_id: str) -> UnitRow:
        with self._store.read() as session:
            return _plain(UnitRow, _unit(session, unit_id))

    def save_unit(self, cooperative_id: str, unit_id: str | None = None, **values: Any) -> str:
        """Add (``unit_id`` None) or change a unit after validating ``values``; its id."""
        with self._store.session() as session:
            unit = cooperatives.save_unit(session, cooperative_id, unit_id=unit_id, **values)
            session.flush()
            return unit.id

    def remove_unit(self, unit_id: str) -> None:
        with self._store.session() as session:
            cooperatives.remove(session, _unit(session, unit_id))

    def people(self, cooperative_id: str) -> list[PersonRow]:
        with self._store.read() as session:
            return [_plain(PersonRow, p) for p in cooperatives.people(session, cooperative_id)]

    def person(self, person_id: str) -> PersonRow:
        with self._store.read() as session:
            return _plain(PersonRow, _person(session, person_id))

    def save_person(self, cooperative_id: str, person_id: str | None = None, **values: Any) -> str:
        """Add or change a member of the pengurus or pengawas; its id."""
        with self._store.session() as session:
            person = cooperatives.save_person(
                session, cooperative_id, person_id=person_id, **values
            )
            session.flush()
            return person.id

    def remove_person(self, person_id: str) -> None:
        with self._store.session() as session:
            cooperatives.remove(session, _person(session, person_id))

    # --- members and history ---------------------------------------------------------------

    def member_history(self, cooperative_id: str) -> list[MemberCountRow]:
        """Member counts, oldest first."""
        with self._store.read() as session:
            return [
                _plain(MemberCountRow, m)
                for m in cooperatives.member_history(session, cooperative_id)
            ]

    def record_members(
        self, cooperative_id: str, as_of: date, members: int, women: int | None = None
    ) -> str:
        with self._store.session() as session:
            row: MemberCount = cooperatives.record_members(
                session, cooperative_id, as_of, members, women
            )
            session.flush()
            return row.id

    def timeline(self, cooperative_id: str) -> list[overview.TimelineRow]:
        with self._store.read() as session:
            return overview.cooperative_timeline(session, cooperative_id)

    def assessment_history(self, cooperative_id: str) -> list[AssessmentRow]:
        """Final assessments, oldest first, each with its result and whether it is signed."""
        from kopdes_desktop.core import attachments

        with self._store.read() as session:
            rows = assessments.history(session, cooperative_id)
            signed = attachments.signed_owner_ids(session, "assessment", [a.id for a in rows])
            return [
                AssessmentRow(
                    a.id,
                    a.instrument_id,
                    a.instrument_version,
                    a.assessed_on,
                    a.total,
                    a.category,
                    a.revision_no,
                    a.id in signed,
                    assessments.result_of(a),
                )
                for a in rows
            ]

    def actions(self, cooperative_id: str, today: date) -> list[followups.ActionRow]:
        """Every follow-up of the cooperative, closed ones included."""
        with self._store.read() as session:
            return followups.list_actions(
                session, cooperative_id=cooperative_id, include_closed=True, today=today
            )

    def standing(self, cooperative_id: str, today: date) -> Standing:
        with self._store.read() as session:
            return Standing(
                rat.status_of(session, cooperative_id, today),
                financing.of_cooperative(session, cooperative_id, today),
                financing.flags(session, today, cooperative_id),
            )

    def name(self, cooperative_id: str) -> str:
        with self._store.read() as session:
            coop: Cooperative = cooperatives.get(session, cooperative_id)
            return coop.name
