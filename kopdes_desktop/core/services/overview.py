"""Read-only figures and lists for the main window: status bar counts and the visit list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from kopdes_desktop.core.services.dashboard import unsynced_count
from kopdes_desktop.store.models import Assessment, Cooperative, Finding, Region, Syncable, Visit
from kopdes_desktop.store.sync_models import SyncBatch, SyncReceipt


@dataclass(frozen=True)
class StatusSummary:
    """What the status bar shows."""

    unsynced: int
    last_exported: datetime | None
    """When this laptop last wrote a batch (to a file or for upload); nothing is known of its
    arrival then."""
    last_received: datetime | None
    """When a receipt from the province last arrived: the province has the data up to it."""
    cooperatives: int
    visits: int
    assessments: int


def _count(session: Session, model: type[Syncable], *where: Any) -> int:
    return (
        session.scalar(
            select(func.count()).select_from(model).where(model.deleted.is_(False), *where)
        )
        or 0
    )


def status_summary(session: Session) -> StatusSummary:
    """Unsynced changes, the last export and the last receipt from the province, and record
    counts."""
    return StatusSummary(
        unsynced=unsynced_count(session),
        last_exported=session.scalar(select(func.max(SyncBatch.created_at))),
        last_received=session.scalar(select(func.max(SyncReceipt.received_at))),
        cooperatives=_count(session, Cooperative),
        visits=_count(session, Visit, Visit.status != "PLANNED"),  # visits made, not plans
        assessments=_count(session, Assessment),
    )


@dataclass(frozen=True)
class VisitRow:
    """One visit in the Kunjungan list."""

    id: str
    cooperative_id: str
    cooperative: str
    village: str
    kabupaten: str
    kabupaten_code: str
    visit_date: date
    purpose: str
    status: str
    assessments: int
    findings: int
    mentor_id: str | None


def visit_rows(
    session: Session, *, since: date | None = None, limit: int | None = None
) -> list[VisitRow]:
    """Visits, newest first, with their cooperative, place and counts, in one query."""
    kec = aliased(Region)
    kab = aliased(Region)
    assessed = (
        select(Assessment.visit_id, func.count().label("n"))
        .where(Assessment.deleted.is_(False))
        .group_by(Assessment.visit_id)
        .subquery()
    )
    found = (
        select(Finding.visit_id, func.count().label("n"))
        .where(Finding.deleted.is_(False))
        .group_by(Finding.visit_id)
        .subquery()
    )
    query = (
        select(
            Visit.id,
            Visit.cooperative_id,
            Cooperative.name,
            Region.name,
            kab.name,
            kab.code,
            Visit.visit_date,
            Visit.purpose,
            Visit.status,
            func.coalesce(assessed.c.n, 0),
            func.coalesce(found.c.n, 0),
            Visit.mentor_id,
        )
        .join(Cooperative, Cooperative.id == Visit.cooperative_id)
        .join(Region, Region.code == Cooperative.region_code)
        .join(kec, kec.code == Region.parent_code)
        .join(kab, kab.code == kec.parent_code)
        .outerjoin(assessed, assessed.c.visit_id == Visit.id)
        .outerjoin(found, found.c.visit_id == Visit.id)
        .where(Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
        .limit(limit)
    )
    if since is not None:
        query = query.where(Visit.visit_date >= since)
    return [VisitRow(*row) for row in session.execute(query)]


def kabupaten_choices(session: Session) -> list[tuple[str, str]]:
    """(code, name) of the kabupaten/kota that have cooperatives, by name."""
    kec = aliased(Region)
    kab = aliased(Region)
    query = (
        select(kab.code, kab.name)
        .select_from(Cooperative)
        .join(Region, Region.code == Cooperative.region_code)
        .join(kec, kec.code == Region.parent_code)
        .join(kab, kab.code == kec.parent_code)
        .where(Cooperative.deleted.is_(False))
        .distinct()
        .order_by(kab.name)
    )
    return [(code, name) for code, name in session.execute(query)]


def all_kabupaten(session: Session, province_prefix: str = "65") -> list[tuple[str, str]]:
    """(code, name) of every kabupaten/kota of the seeded province, for the mentor profile."""
    query = (
        select(Region.code, Region.name)
        .where(Region.level == 2, Region.code.startswith(province_prefix + "."))
        .order_by(Region.name)
    )
    return [(code, name) for code, name in session.execute(query)]


@dataclass(frozen=True)
class TimelineRow:
    """One visit of a cooperative with what was assessed and found at it."""

    id: str
    visit_date: date
    purpose: str
    status: str
    categories: tuple[str, ...]
    findings: int


def cooperative_timeline(session: Session, cooperative_id: str) -> list[TimelineRow]:
    """A cooperative's visits, newest first, with their assessment categories (two queries)."""
    visits = session.execute(
        select(Visit.id, Visit.visit_date, Visit.purpose, Visit.status)
        .where(Visit.cooperative_id == cooperative_id, Visit.deleted.is_(False))
        .order_by(Visit.visit_date.desc(), Visit.created_at.desc())
    ).all()
    categories: dict[str | None, list[str]] = {}
    for visit_id, instrument_id, category, status in session.execute(
        select(
            Assessment.visit_id, Assessment.instrument_id, Assessment.category, Assessment.status
        )
        .where(Assessment.cooperative_id == cooperative_id, Assessment.deleted.is_(False))
        .order_by(Assessment.created_at)
    ):
        text = f"{instrument_id}: {category or '-'}" + (" *" if status == "DRAFT" else "")
        categories.setdefault(visit_id, []).append(text)
    findings = dict(
        session.execute(
            select(Finding.visit_id, func.count())
            .where(Finding.cooperative_id == cooperative_id, Finding.deleted.is_(False))
            .group_by(Finding.visit_id)
        ).all()
    )
    return [
        TimelineRow(vid, day, purpose, status, tuple(categories.get(vid, ())), findings.get(vid, 0))
        for vid, day, purpose, status in visits
    ]
