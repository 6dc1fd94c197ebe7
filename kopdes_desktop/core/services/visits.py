"""Recording visits to cooperatives."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import extract, select
from sqlalchemy.orm import Session

from kopdes_desktop.core import validation as v
from kopdes_desktop.core.services import cooperatives
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


def get(session: Session, visit_id: str) -> Visit:
    return live_row(session, Visit, visit_id, "Kunjungan", "Visit")


def _clean(values: dict[str, Any], today: date | None) -> dict[str, Any]:
    checker = v.Checker()
    clean: dict[str, Any] = {}
    clean["visit_date"] = checker.require(
        "visit_date", lambda d: v.not_future(d, today), values.get("visit_date")
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
    cooperatives.get(session, cooperative_id)
    visit = Visit(cooperative_id=cooperative_id, mentor_id=mentor_id, **_clean(values, today))
    session.add(visit)
    session.flush()
    return visit


def update(session: Session, visit_id: str, today: date | None = None, **values: Any) -> Visit:
    visit = get(session, visit_id)
    current = {k: getattr(visit, k) for k in ("visit_date", "purpose", "attendees", "lat", "lon",
                                               "notes")}
    current.update(values)
    for field, value in _clean(current, today).items():
        setattr(visit, field, value)
    return visit


def mark_done(session: Session, visit_id: str) -> Visit:
    visit = get(session, visit_id)
    visit.status = "DONE"
    return visit


def for_cooperative(session: Session, cooperative_id: str) -> list[Visit]:
    return list(
        session.scalars(
            select(Visit)
            .where(Visit.cooperative_id == cooperative_id, Visit.deleted.is_(False))
            .order_by(Visit.visit_date.desc())
        )
    )


def in_month(session: Session, year: int, month: int, mentor_id: str | None = None) -> list[Visit]:
    query = (
        select(Visit)
        .where(
            Visit.deleted.is_(False),
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
