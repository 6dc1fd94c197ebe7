"""Queries the reports need, and the mentor's monthly note (issues met, plans for next month).

The monthly report covers one mentor and one calendar month: the cooperatives assigned to the
mentor at any time in that month, the mentor's visits, the assessments made at those visits,
and the follow-ups of those cooperatives opened, closed or overdue in the month.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.services import visits
from kopdes_desktop.errors import KopdesError, ValidationError
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Assignment,
    Cooperative,
    Mentor,
    MonthlyNote,
    Visit,
    live_row,
)

MONTH_PATTERN = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
NOTE_MAX_CHARS = 8000
OPEN_STATUSES = ("OPEN", "PROGRESS")


def parse_month(month: str) -> tuple[date, date]:
    """First and last day of ``YYYY-MM``; ValidationError for anything else."""
    match = MONTH_PATTERN.match(month or "")
    if not match:
        raise ValidationError(
            {"month": "Bulan harus berbentuk TTTT-BB, misalnya 2025-11."},
            {"month": "The month must look like YYYY-MM, e.g. 2025-11."},
        )
    year, number = int(match.group(1)), int(match.group(2))
    return date(year, number, 1), date(year, number, calendar.monthrange(year, number)[1])


def get_mentor(session: Session, mentor_id: str) -> Mentor:
    return live_row(session, Mentor, mentor_id, "Pendamping", "Mentor")


def get_note(session: Session, mentor_id: str, month: str) -> MonthlyNote | None:
    """The mentor's note for ``month`` (YYYY-MM), or None when none was written."""
    parse_month(month)
    return session.scalar(
        select(MonthlyNote)
        .where(
            MonthlyNote.mentor_id == mentor_id,
            MonthlyNote.month == month,
            MonthlyNote.deleted.is_(False),
        )
        .order_by(MonthlyNote.updated_at.desc())
    )


def save_note(
    session: Session, mentor_id: str, month: str, *, issues: str, plans: str
) -> MonthlyNote:
    """Create or update the mentor's issues and plans for ``month``; only the mentor of this
    laptop writes them (other mentors' notes come from their own laptops)."""
    parse_month(month)
    if not get_mentor(session, mentor_id).is_self:
        raise KopdesError(
            "Catatan bulanan hanya dapat ditulis untuk pendamping laptop ini.",
            "Monthly notes can only be written for this laptop's mentor.",
        )
    checker = v.Checker()
    for field, text in (("issues", issues), ("plans", plans)):
        if len(text or "") > NOTE_MAX_CHARS:
            checker.problems[field] = f"Paling banyak {NOTE_MAX_CHARS} karakter."
            checker.problems_en[field] = f"At most {NOTE_MAX_CHARS} characters."
    checker.raise_if_any()
    note = get_note(session, mentor_id, month)
    if note is None:
        note = MonthlyNote(mentor_id=mentor_id, month=month)
        session.add(note)
    note.issues = (issues or "").strip()
    note.plans = (plans or "").strip()
    session.flush()
    return note


def assigned_in_month(session: Session, mentor_id: str, month: str) -> list[Cooperative]:
    """Cooperatives assigned to the mentor on any day of ``month``, or visited by them in it."""
    first, last = parse_month(month)
    assigned = select(Assignment.cooperative_id).where(
        Assignment.mentor_id == mentor_id,
        Assignment.deleted.is_(False),
        Assignment.start <= last,
        (Assignment.end.is_(None)) | (Assignment.end >= first),
    )
    visited = select(Visit.cooperative_id).where(
        Visit.mentor_id == mentor_id,
        Visit.deleted.is_(False),
        Visit.visit_date >= first,
        Visit.visit_date <= last,
    )
    return list(
        session.scalars(
            select(Cooperative)
            .where(
                Cooperative.deleted.is_(False),
                Cooperative.id.in_(assigned.union(visited).scalar_subquery()),
            )
            .order_by(Cooperative.name)
        )
    )


def visits_in_month(session: Session, mentor_id: str, month: str) -> list[Visit]:
    first, _last = parse_month(month)
    return visits.in_month(session, first.year, first.month, mentor_id)


def assessments_in_month(session: Session, mentor_id: str, month: str) -> list[Assessment]:
    """Assessments made at the mentor's visits in ``month`` (drafts included), by date."""
    first, last = parse_month(month)
    return list(
        session.scalars(
            select(Assessment)
            .join(Visit, Visit.id == Assessment.visit_id)
            .where(
                Visit.mentor_id == mentor_id,
                Assessment.deleted.is_(False),
                Assessment.assessed_on >= first,
                Assessment.assessed_on <= last,
            )
            .order_by(Assessment.assessed_on, Assessment.created_at)
        )
    )


@dataclass(frozen=True)
class MonthActions:
    """Follow-ups of the mentor's cooperatives for one month."""

    opened: list[ActionItem]
    closed: list[ActionItem]
    overdue: list[ActionItem]


def actions_in_month(session: Session, cooperative_ids: list[str], month: str) -> MonthActions:
    """Opened (at a visit in the month), closed in the month, and open past their deadline at
    the month's end."""
    first, last = parse_month(month)
    if not cooperative_ids:
        return MonthActions([], [], [])
    base = select(ActionItem).where(
        ActionItem.deleted.is_(False), ActionItem.cooperative_id.in_(cooperative_ids)
    )
    opened_at = (
        select(Visit.id)
        .where(Visit.visit_date >= first, Visit.visit_date <= last)
        .scalar_subquery()
    )
    opened = session.scalars(
        base.where(ActionItem.visit_id.in_(opened_at)).order_by(ActionItem.due_date)
    ).all()
    closed = session.scalars(
        base.where(ActionItem.closed_on >= first, ActionItem.closed_on <= last).order_by(
            ActionItem.closed_on
        )
    ).all()
    overdue = session.scalars(
        base.where(
            ActionItem.due_date < last,
            ActionItem.status.in_(OPEN_STATUSES) | (ActionItem.closed_on > last),
        ).order_by(ActionItem.due_date)
    ).all()
    return MonthActions(list(opened), list(closed), list(overdue))


def months_with_activity(session: Session, mentor_id: str) -> list[str]:
    """``YYYY-MM`` of every month with a visit by the mentor, newest first."""
    rows = session.scalars(
        select(func.strftime("%Y-%m", Visit.visit_date))
        .distinct()
        .where(Visit.mentor_id == mentor_id, Visit.deleted.is_(False))
    )
    return sorted((m for m in rows if m), reverse=True)


def latest_final_ids(session: Session, instrument_id: str | None = None) -> list[str]:
    """The newest final assessment of every cooperative (per instrument when given)."""
    ranked = select(
        Assessment.id,
        func.row_number()
        .over(
            partition_by=(Assessment.cooperative_id, Assessment.instrument_id),
            order_by=(Assessment.assessed_on.desc(), Assessment.revision_no.desc()),
        )
        .label("rank"),
        Assessment.cooperative_id,
    ).where(Assessment.status == "FINAL", Assessment.deleted.is_(False))
    if instrument_id:
        ranked = ranked.where(Assessment.instrument_id == instrument_id)
    sub = ranked.subquery()
    return list(
        session.scalars(
            select(sub.c.id).where(sub.c.rank == 1).order_by(sub.c.cooperative_id, sub.c.id)
        )
    )


def final_ids_in_month(session: Session, month: str) -> list[str]:
    """Final assessments made in ``month`` by anyone, oldest first."""
    first, last = parse_month(month)
    return list(
        session.scalars(
            select(Assessment.id)
            .where(
                Assessment.status == "FINAL",
                Assessment.deleted.is_(False),
                Assessment.assessed_on >= first,
                Assessment.assessed_on <= last,
            )
            .order_by(Assessment.assessed_on, Assessment.id)
        )
    )


def latest_final_for(session: Session, cooperative_ids: list[str], instrument_id: str) -> list[str]:
    """The newest final assessment of ``instrument_id`` of each given cooperative that has
    one, in the order of ``cooperative_ids``."""
    wanted = set(cooperative_ids)
    latest: dict[str, str] = {}
    rows = session.execute(
        select(Assessment.cooperative_id, Assessment.id)
        .where(
            Assessment.status == "FINAL",
            Assessment.deleted.is_(False),
            Assessment.instrument_id == instrument_id,
            Assessment.cooperative_id.in_(wanted),
        )
        .order_by(Assessment.assessed_on, Assessment.revision_no)
    )
    for cooperative_id, assessment_id in rows:
        latest[cooperative_id] = assessment_id
    return [latest[c] for c in cooperative_ids if c in latest]
