"""Recording visits to cooperatives, and planning them.

A planned visit is a visit row with status ``PLANNED`` and a date today or later; it is the
only kind of visit whose date may lie in the future. Starting it (:func:`start_planned`) makes
it the real visit: status ``DRAFT``, dated the day it happens. Lists of visits made (this
month's, a cooperative's) leave planned ones out; :func:`planned_between` lists them.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.models import Visit, live_row

VISIT_PURPOSES = (
    "Penilaian kesiapan usaha",
    "Pendampingan rencana bisnis",
    "Pendampingan pembukuan",
    "Monitoring gerai",
    "Rapat pengurus",
    "Pemutakhiran SIMKOPDES",
    "Tindak lanjut temuan",
)
PLANNED, DRAFT, DONE = "PLANNED", "DRAFT", "DONE"
STATUSES = (PLANNED, DRAFT, DONE)


class PlanError(KopdesError):
    """A step that does not fit the visit's state (start a visit already started...)."""


def get(session: Session, visit_id: str) -> Visit:
    return live_row(session, Visit, visit_id, "Kunjungan", "Visit")


def not_before_today(value: date, today: date | None = None) -> date:
    """A planned visit's date: today or later."""
    if value < (today or date.today()):
        raise v.FieldError(
            "Rencana kunjungan harus hari ini atau sesudahnya.",
            "A planned visit must be today or later.",
        )
    return value


def _clean(values: dict[str, Any], today: date | None, planned: bool = False) -> dict[str, Any]:
    checker = v.Checker()
    clean: dict[str, Any] = {}
    date_check = not_before_today if planned else v.not_future
    clean["visit_date"] = checker.require(
        "visit_date", lambda d: date_check(d, today), values.get("visit_date")
    )
    clean["purpose"] = checker.require("purpose", v.required_text, values.get("purpose"))
    lat, lon = values.get("lat"), values.get("lon")
    if (lat is None) != (lon is None):
        checker.problems["lat"] = "Isi lintang dan bujur bersama-sama."
        checker.problems_en["lat"] = "Give latitude and longitude together."
    clean["lat"] = checker.check("lat", v.latitude, lat)
    clean["lon"] = checker.check("lon", v.longitude, lon)
    for field in ("attendees", "notes"):
        clean[field] = (values.get(field) or "").strip() or None
    checker.raise_if_any()
    return clean


def create(
    session: Session,
    cooperative_id: str,
    *,
    mentor_id: str | None = None,
    today: date | None = None,
    **values: Any,
) -> Visit:
    """A new visit (status DRAFT until it is marked done)."""
    return _add(session, cooperative_id, mentor_id, **_clean(values, today))


def plan(
    session: Session,
    cooperative_id: str,
    *,
    mentor_id: str | None = None,
    today: date | None = None,
    **values: Any,
) -> Visit:
    """A planned visit on ``visit_date`` (today or later)."""
    return _add(
        session, cooperative_id, mentor_id, status=PLANNED, **_clean(values, today, planned=True)
    )


def _add(session: Session, cooperative_id: str, mentor_id: str | None, **fields: Any) -> Visit:
    """Add a visit to an existing cooperative (NotFoundError otherwise)."""
    cooperatives.get(session, cooperative_id)
    visit = Visit(cooperative_id=cooperative_id, mentor_id=mentor_id, **fields)
    session.add(visit)
    session.flush()
    return visit


def update(session: Session, visit_id: str, today: date | None = None, **values: Any) -> Visit:
    """Correct a visit; a planned one keeps a date today or later, a real one a past date."""
    visit = get(session, visit_id)
    current = {
        k: getattr(visit, k) for k in ("visit_date", "purpose", "attendees", "lat", "lon", "notes")
    }
    current.update(values)
    for field, value in _clean(current, today, planned=visit.status == PLANNED).items():
        setattr(visit, field, value)
    return visit


def start_planned(session: Session, visit_id: str, today: date | None = None) -> Visit:
    """Turn a planned visit into the visit happening today (status DRAFT, dated today)."""
    visit = get(session, visit_id)
    if visit.status != PLANNED:
        raise PlanError("Kunjungan ini sudah dimulai.", "This visit has already started.")
    visit.status = DRAFT
    visit.visit_date = today or date.today()
    return visit


def mark_done(session: Session, visit_id: str) -> Visit:
    visit = get(session, visit_id)
    if visit.status == PLANNED:
        raise PlanError(
            "Rencana kunjungan belum dimulai; mulai kunjungan dulu.",
            "The planned visit has not started; start the visit first.",
        )
    visit.status = DONE
    return visit


def for_cooperative(session: Session, cooperative_id: str) -> list[Visit]:
    """The visits made at a cooperative (planned ones left out), newest first."""
    return list(
        session.scalars(
            select(Visit)
            .where(
                Visit.cooperative_id == cooperative_id,
                Visit.deleted.is_(False),
                Visit.status != PLANNED,
            )
            .order_by(Visit.visit_date.desc())
        )
    )


def planned_between(
    session: Session, first: date, last: date, mentor_id: str | None = None
) -> list[Visit]:
    """Planned visits dated ``first`` to ``last`` (both included), earliest first."""
    query = (
        select(Visit)
        .where(
            Visit.deleted.is_(False),
            Visit.status == PLANNED,
            Visit.visit_date >= first,
            Visit.visit_date <= last,
        )
        .order_by(Visit.visit_date, Visit.created_at)
    )
    if mentor_id:
        query = query.where(Visit.mentor_id == mentor_id)
    return list(session.scalars(query))


def in_month(session: Session, year: int, month: int, mentor_id: str | None = None) -> list[Visit]:
    """The visits made in a month (planned ones left out)."""
    query = (
        select(Visit)
        .where(
            Visit.deleted.is_(False),
            Visit.status != PLANNED,
            extract("year", Visit.visit_date) == year,
            extract("month", Visit.visit_date) == month,
        )
        .order_by(Visit.visit_date)
    )
    if mentor_id:
        query = query.where(Visit.mentor_id == mentor_id)
    return list(session.scalars(query))


def recent(session: Session, limit: int = 200, mentor_id: str | None = None) -> list[Visit]:
    query = select(Visit).where(Visit.deleted.is_(False))
    if mentor_id:
        query = query.where(Visit.mentor_id == mentor_id)
    return list(session.scalars(query.order_by(Visit.visit_date.desc()).limit(limit)))
