"""Assessments: drafts saved as they are typed, finalization, revisions, history.

A final assessment is immutable. A correction is a new revision (``revision_of`` points to the
one it corrects); the history shows the newest final revision of each chain.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core.instruments import InstrumentRegistry, ScoreResult
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.models import Assessment, live_row, utcnow


class AssessmentLocked(KopdesError):
    """Raised when a final assessment would be changed."""

    def __init__(self) -> None:
        super().__init__(
            "Penilaian ini sudah final dan tidak dapat diubah. Buat revisi untuk mengoreksinya.",
            "This assessment is final and cannot be changed. Make a revision to correct it.",
        )


def get(session: Session, assessment_id: str) -> Assessment:
    return live_row(session, Assessment, assessment_id, "Penilaian", "Assessment")


def start(
    session: Session,
    registry: InstrumentRegistry,
    cooperative_id: str,
    instrument_id: str,
    *,
    visit_id: str | None = None,
    version: str | None = None,
    assessed_on: date | None = None,
) -> Assessment:
    """A new draft pinned to the instrument's id and version (the latest when not given)."""
    cooperatives.get(session, cooperative_id)
    instrument = registry.get(instrument_id, version)
    row = Assessment(
        cooperative_id=cooperative_id,
        visit_id=visit_id,
        instrument_id=instrument.id,
        instrument_version=instrument.version,
        answers={},
        status="DRAFT",
        assessed_on=assessed_on or date.today(),
    )
    session.add(row)
    session.flush()
    return row


def save_draft(
    session: Session, registry: InstrumentRegistry, assessment_id: str, answers: dict[str, Any]
) -> ScoreResult:
    """Store the answers as typed so far; returns the live score preview."""
    row = get(session, assessment_id)
    if row.status == "FINAL":
        raise AssessmentLocked()
    instrument = registry.get(row.instrument_id, row.instrument_version)
    preview = instrument.preview(answers)
    row.answers = dict(answers)
    row.result = preview.to_dict()
    row.total, row.category = preview.total, preview.category
    return preview


def finalize(session: Session, registry: InstrumentRegistry, assessment_id: str) -> Assessment:
    """Validate and score; raises AnswersInvalid listing every problem, storing nothing.

    Dates in the answers are bounded by the day of the assessment (the visit's date) unless
    their question is about the future."""
    row = get(session, assessment_id)
    if row.status == "FINAL":
        raise AssessmentLocked()
    instrument = registry.get(row.instrument_id, row.instrument_version)
    result = instrument.score(row.answers, as_of=row.assessed_on)
    row.result = result.to_dict()
    row.total, row.category = result.total, result.category
    row.status = "FINAL"
    row.finalized_at = utcnow()
    return row


def revise(session: Session, assessment_id: str) -> Assessment:
    """A new draft revision of a final assessment, keeping the old one intact."""
    old = get(session, assessment_id)
    if old.status != "FINAL":
        raise KopdesError(
            "Hanya penilaian final yang dapat direvisi.", "Only a final assessment can be revised."
        )
    row = Assessment(
        cooperative_id=old.cooperative_id,
        visit_id=old.visit_id,
        instrument_id=old.instrument_id,
        instrument_version=old.instrument_version,
        answers=dict(old.answers),
        result=old.result,
        total=old.total,
        category=old.category,
        status="DRAFT",
        assessed_on=old.assessed_on,
        revision_of=old.id,
        revision_no=old.revision_no + 1,
    )
    session.add(row)
    session.flush()
    return row


def discard_draft(session: Session, assessment_id: str) -> None:
    row = get(session, assessment_id)
    if row.status == "FINAL":
        raise AssessmentLocked()
    row.deleted = True


def result_of(row: Assessment) -> ScoreResult | None:
    return ScoreResult.from_dict(row.result) if row.result else None


def _superseded(session: Session) -> set[str]:
    return set(
        session.scalars(
            select(Assessment.revision_of).where(
                Assessment.revision_of.is_not(None),
                Assessment.status == "FINAL",
                Assessment.deleted.is_(False),
            )
        )
    )


def history(
    session: Session, cooperative_id: str, instrument_id: str | None = None
) -> list[Assessment]:
    """Final assessments of a cooperative, oldest first, newest revision of each chain only."""
    query = select(Assessment).where(
        Assessment.cooperative_id == cooperative_id,
        Assessment.status == "FINAL",
        Assessment.deleted.is_(False),
    )
    if instrument_id:
        query = query.where(Assessment.instrument_id == instrument_id)
    superseded = _superseded(session)
    rows = session.scalars(query.order_by(Assessment.assessed_on, Assessment.revision_no))
    return [row for row in rows if row.id not in superseded]


def previous_of(session: Session, row: Assessment) -> Assessment | None:
    """The final assessment of the same instrument made before ``row``."""
    earlier = [
        other
        for other in history(session, row.cooperative_id, row.instrument_id)
        if other.assessed_on < row.assessed_on and other.id != row.revision_of
    ]
    return earlier[-1] if earlier else None


def drafts(session: Session) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.status == "DRAFT", Assessment.deleted.is_(False))
            .order_by(Assessment.updated_at.desc())
        )
    )


def for_visit(session: Session, visit_id: str) -> list[Assessment]:
    return list(
        session.scalars(
            select(Assessment)
            .where(Assessment.visit_id == visit_id, Assessment.deleted.is_(False))
            .order_by(Assessment.created_at)
        )
    )
