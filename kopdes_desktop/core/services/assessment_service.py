"""Assessments as the GUI and the CLI use them: start (prefilled), save, finalize, revise,
discard.

Each method opens its own unit of work on the :class:`Store` and returns plain data
(:class:`AssessmentState`, ids, :class:`~kopdes_desktop.core.instruments.ScoreResult`). The
methods that read an instrument take the caller's :class:`InstrumentRegistry`, so an instrument
imported a moment ago is the one used. Typed errors: AssessmentLocked, AnswersInvalid,
NotFoundError.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.services import assessments, cooperatives, prefill, trash, visits
from kopdes_desktop.core.services.prefill import Source

if TYPE_CHECKING:
    from kopdes_desktop.core.instruments import InstrumentRegistry, ScoreResult
    from kopdes_desktop.store.db import Store
    from kopdes_desktop.store.models import Assessment

SAVINGS_UNIT = "SIMPAN_PINJAM"


@dataclass(frozen=True)
class AssessmentState:
    """One assessment as its form shows it."""

    id: str
    cooperative_id: str
    cooperative: str
    visit_id: str | None
    instrument_id: str
    instrument_version: str
    status: str
    answers: dict[str, Any]
    revision_no: int
    revision_of: str | None
    assessed_on: date
    finalized_at: datetime | None

    @property
    def final(self) -> bool:
        return self.status == "FINAL"


@dataclass(frozen=True)
class Opened:
    """An assessment and where its prefilled answers came from."""

    state: AssessmentState
    sources: dict[str, Source] = field(default_factory=dict)


@dataclass(frozen=True)
class Started:
    """A draft just started, with the sources of what was prefilled."""

    id: str
    sources: dict[str, Source]


def state_of(row: Assessment) -> AssessmentState:
    """The plain data of an assessment row (inside its session)."""
    return AssessmentState(
        row.id,
        row.cooperative_id,
        row.cooperative.name,
        row.visit_id,
        row.instrument_id,
        row.instrument_version,
        row.status,
        dict(row.answers or {}),
        row.revision_no,
        row.revision_of,
        row.assessed_on,
        row.finalized_at,
    )


class AssessmentService:
    """Assessments over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def get(self, assessment_id: str) -> AssessmentState:
        """One assessment; NotFoundError when it is gone."""
        with self._store.read() as session:
            return state_of(assessments.get(session, assessment_id))

    def open(self, registry: InstrumentRegistry, assessment_id: str) -> Opened:
        """An assessment with the sources of its still-prefilled answers."""
        with self._store.read() as session:
            state = state_of(assessments.get(session, assessment_id))
            return Opened(state, prefill.sources_of(session, registry, assessment_id))

    def shown_at_visit(self, visit_id: str) -> list[str]:
        """The visit's assessments, oldest first, a revised one by its latest revision."""
        with self._store.read() as session:
            rows = assessments.for_visit(session, visit_id)
            superseded = {r.revision_of for r in rows if r.revision_of}
            return [r.id for r in rows if r.id not in superseded]

    def start_at_visit(
        self, registry: InstrumentRegistry, visit_id: str, instrument_ids: list[str]
    ) -> list[Started]:
        """A draft per instrument at the visit, dated the visit's day and prefilled from the
        previous final assessment, the profile and the visit's other forms."""
        started = []
        with self._store.session() as session:
            visit = visits.get(session, visit_id)
            for instrument_id in instrument_ids:
                row, found = prefill.start(
                    session,
                    registry,
                    visit.cooperative_id,
                    instrument_id,
                    visit_id=visit.id,
                    assessed_on=visit.visit_date,
                )
                started.append(Started(row.id, found.sources))
        return started

    def save_draft(
        self, registry: InstrumentRegistry, assessment_id: str, answers: dict[str, Any]
    ) -> ScoreResult:
        """Store the answers typed so far; returns the score preview. AssessmentLocked for a
        final one."""
        with self._store.session() as session:
            return assessments.save_draft(session, registry, assessment_id, answers)

    def finalize(self, registry: InstrumentRegistry, assessment_id: str) -> datetime | None:
        """Check, score and lock; returns when. AnswersInvalid lists every problem."""
        with self._store.session() as session:
            return assessments.finalize(session, registry, assessment_id).finalized_at

    def revise(self, assessment_id: str) -> str:
        """A new draft revision of a final assessment; returns its id."""
        with self._store.session() as session:
            return assessments.revise(session, assessment_id).id

    def discard(self, assessment_id: str) -> None:
        """Send a draft to the Sampah; AssessmentLocked for a final one."""
        with self._store.session() as session:
            assessments.discard_draft(session, assessment_id)

    def keep_removed_row(
        self, assessment_id: str, group: str, index: int, row: dict[str, Any]
    ) -> str:
        """Keep a removed repeat-group row in the Sampah; returns its key there."""
        with self._store.session() as session:
            return trash.keep_repeat_row(session, assessment_id, group, index, row)

    def savings_unit_operates(self, cooperative_id: str) -> bool:
        """Whether the cooperative runs a savings-and-loan unit (the USP instrument applies)."""
        with self._store.read() as session:
            return any(
                unit.kind == SAVINGS_UNIT and unit.status == "OPERATING"
                for unit in cooperatives.units(session, cooperative_id)
            )

    def report_name(self, assessment_id: str) -> tuple[str, date]:
        """The cooperative's name and the day of the assessment (its report's file name)."""
        with self._store.read() as session:
            row = assessments.get(session, assessment_id)
            return row.cooperative.name, row.assessed_on
