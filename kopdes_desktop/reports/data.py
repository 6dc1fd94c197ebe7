"""Everything a report prints, read from the store through the core services (Qt-free).

Each ``*_data`` function reads inside one read session and returns plain frozen values, so the
PDF is drawn after the session closes. :func:`content_hash` fingerprints those values: the
same record gives the same hash, which the footer prints.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any, overload

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.core import attachments
from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.core.instruments.results import ScoreResult
from kopdes_desktop.core.services import (
    assessments,
    cooperatives,
    financing,
    followups,
    rat,
    visits,
)
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.reports import figures, localtime
from kopdes_desktop.reports.texts import words
from kopdes_desktop.store.models import (
    ActionItem,
    Attachment,
    Cooperative,
    Finding,
    Mentor,
    Person,
    Region,
)


@dataclass(frozen=True)
class CoopIdentity:
    id: str
    name: str
    ahu_number: str | None
    nik_koperasi: str | None
    nib: str | None
    npwp: str | None
    bank_name: str | None
    bank_account: str | None
    simkopdes_status: str
    village: str
    village_type: str
    village_code: str
    kecamatan: str
    kabupaten: str
    address: str | None
    formation_model: str
    founded_on: date | None
    ketua: str | None

    @property
    def missing_legal(self) -> list[str]:
        """Keys (texts.py) of the legal numbers not recorded yet."""
        pairs = (
            ("ahu", self.ahu_number),
            ("nik_koperasi", self.nik_koperasi),
            ("nib", self.nib),
            ("npwp", self.npwp),
        )
        return [key for key, value in pairs if not value]


@dataclass(frozen=True)
class MentorInfo:
    id: str
    name: str
    role: str
    kabupaten: str
    kabupaten_code: str = ""


@dataclass(frozen=True)
class VisitInfo:
    visit_date: date
    purpose: str
    attendees: str | None
    notes: str | None
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class ActionInfo:
    cooperative: str
    title: str
    owner: str
    due_date: date | None
    status: str
    closed_on: date | None


@dataclass(frozen=True)
class FindingInfo:
    area: str
    compliance: str | None
    temuan: str
    rekomendasi: str
    actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class PhotoRef:
    """One photo to print: ``owner`` is what it belongs to (visit, finding, assessment,
    action_item), ``stored_on`` the local day it was stored."""

    path: str
    filename: str
    caption: str | None
    owner: str = "visit"
    stored_on: date | None = None


@dataclass(frozen=True)
class HistoryPoint:
    assessed_on: date
    total: float
    category: str


@dataclass(frozen=True)
class AssessmentData:
    id: str
    status: str
    instrument_id: str
    instrument_version: str
    revision_no: int
    assessed_on: date
    updated_at: datetime
    answers: dict[str, Any]
    result: dict[str, Any] | None
    coop: CoopIdentity
    visit: VisitInfo | None
    mentor: MentorInfo | None
    previous: dict[str, Any] | None
    previous_on: date | None
    trend: tuple[HistoryPoint, ...]
    findings: tuple[FindingInfo, ...]
    photos: tuple[PhotoRef, ...]
    titles: tuple[str, str] = ("", "")
    standing: tuple[tuple[str, str, bool], ...] = ()  # RAT line and financing flags
    instrument: Any = field(default=None, compare=False, metadata={"hash": False})

    def title(self, lang: str) -> str:
        """The instrument's title in the report's language."""
        return self.titles[1] if lang == "en" else self.titles[0]

    @property
    def score(self) -> ScoreResult | None:
        return ScoreResult.from_dict(self.result) if self.result else None

    @property
    def previous_score(self) -> ScoreResult | None:
        return ScoreResult.from_dict(self.previous) if self.previous else None


def content_hash(data: Any) -> str:
    """A short, stable fingerprint of a report's data (10 hex digits of SHA-256)."""
    values = {f.name: getattr(data, f.name) for f in fields(data) if f.metadata.get("hash", True)}
    plain = {
        key: asdict(value) if hasattr(value, "__dataclass_fields__") else value
        for key, value in values.items()
    }
    text = json.dumps(plain, sort_keys=True, default=_plain, ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def region_names(session: Session, code: str) -> tuple[Region | None, str, str]:
    """The village region row and the names of its kecamatan and kabupaten."""
    village = session.get(Region, code)
    kecamatan = (
        session.get(Region, village.parent_code) if village and village.parent_code else None
    )
    kabupaten = (
        session.get(Region, kecamatan.parent_code) if kecamatan and kecamatan.parent_code else None
    )
    return village, kecamatan.name if kecamatan else "", kabupaten.name if kabupaten else ""


def coop_identity(
    session: Session, coop: Cooperative, on: date | None = None, facts: figures.Facts | None = None
) -> CoopIdentity:
    """Who the cooperative is; legal numbers through :mod:`figures` (the profile's, else the
    latest final assessment's answer on or before ``on``)."""
    village, kecamatan, kabupaten = region_names(session, coop.region_code)
    facts = facts or figures.facts(session, coop, on)
    ketua = session.scalar(
        select(Person.name)
        .where(
            Person.cooperative_id == coop.id,
            Person.deleted.is_(False),
            Person.organ == "PENGURUS",
            Person.role == "Ketua",
        )
        .order_by(Person.updated_at.desc())
    )
    return CoopIdentity(
        coop.id,
        coop.name,
        facts.ahu_number,
        coop.nik_koperasi,
        facts.nib,
        coop.npwp,
        coop.bank_name,
        coop.bank_account,
        coop.simkopdes_status,
        village.name if village else "",
        village.type if village else "",
        coop.region_code,
        kecamatan,
        kabupaten,
        coop.address,
        coop.formation_model,
        coop.founded_on,
        ketua,
    )


@overload
def mentor_info(session: Session, mentor: Mentor) -> MentorInfo: ...
@overload
def mentor_info(session: Session, mentor: Mentor | None) -> MentorInfo | None: ...
def mentor_info(session: Session, mentor: Mentor | None) -> MentorInfo | None:
    if mentor is None:
        return None
    kabupaten = session.get(Region, mentor.kabupaten_code) if mentor.kabupaten_code else None
    return MentorInfo(
        mentor.id,
        mentor.name,
        mentor.role,
        kabupaten.name if kabupaten else "",
        mentor.kabupaten_code or "",
    )


def action_info(item: ActionItem, cooperative: str = "") -> ActionInfo:
    return ActionInfo(
        cooperative, item.title, item.owner, item.due_date, item.status, item.closed_on
    )


def _findings(session: Session, visit_id: str) -> tuple[FindingInfo, ...]:
    out = []
    for finding in followups.findings_of_visit(session, visit_id):
        actions = session.scalars(
            select(ActionItem)
            .where(ActionItem.finding_id == finding.id, ActionItem.deleted.is_(False))
            .order_by(ActionItem.due_date)
        )
        out.append(
            FindingInfo(
                finding.area,
                finding.compliance,
                finding.temuan,
                finding.rekomendasi,
                tuple(action_info(a) for a in actions),
            )
        )
    return tuple(out)


def _photos(
    session: Session, paths: DataPaths, owners: list[tuple[str, str]], zone: localtime.Zone
) -> tuple[PhotoRef, ...]:
    """Every photo of the owners, each file once: the same picture attached to the visit and
    to a finding (or to an answer) is printed once, under its first owner."""
    refs, seen = [], set()
    for owner_type, owner_id in owners:
        rows = session.scalars(
            select(Attachment)
            .where(
                Attachment.owner_type == owner_type,
                Attachment.owner_id == owner_id,
                Attachment.deleted.is_(False),
                Attachment.mime.startswith("image/"),
            )
            .order_by(Attachment.created_at, Attachment.id)
        )
        for row in rows:
            if row.sha256 in seen:
                continue
            seen.add(row.sha256)
            path = attachments.file_path(paths, row.sha256)
            refs.append(
                PhotoRef(
                    str(path),
                    row.filename,
                    row.caption,
                    owner_type,
                    localtime.local_date(row.created_at, zone),
                )
            )
    return tuple(refs)


def assessment_data(
    session: Session, paths: DataPaths, registry: Any, assessment_id: str
) -> AssessmentData:
    """What the Laporan Hasil Penilaian of one assessment prints; a draft without a stored
    result gets the instrument's preview of the answers given so far."""
    row = assessments.get(session, assessment_id)
    coop = coop_identity(session, cooperatives.get(session, row.cooperative_id), row.assessed_on)
    visit = visits.get(session, row.visit_id) if row.visit_id else None
    mentor = session.get(Mentor, visit.mentor_id) if visit and visit.mentor_id else None
    if mentor is None:
        mentor = cooperatives.mentor_of(session, row.cooperative_id)
    previous = assessments.previous_of(session, row)
    trend = tuple(
        HistoryPoint(h.assessed_on, h.total or 0.0, h.category or "")
        for h in assessments.history(session, row.cooperative_id, row.instrument_id)
        if h.assessed_on <= row.assessed_on and h.id != row.revision_of and h.total is not None
    )
    owners = [("assessment", row.id)]
    if visit is not None:
        owners.append(("visit", visit.id))
        owners += [
            ("finding", f)
            for f in session.scalars(
                select(Finding.id)
                .where(Finding.visit_id == visit.id, Finding.deleted.is_(False))
                .order_by(Finding.created_at)
            )
        ]
    instrument = _instrument(registry, row.instrument_id, row.instrument_version)
    result = row.result
    if result is None and instrument is not None and row.answers:
        result = instrument.preview(dict(row.answers)).to_dict()
    return AssessmentData(
        id=row.id,
        status=row.status,
        instrument_id=row.instrument_id,
        instrument_version=row.instrument_version,
        revision_no=row.revision_no,
        assessed_on=row.assessed_on,
        updated_at=row.updated_at,
        answers=dict(row.answers or {}),
        result=result,
        coop=coop,
        visit=VisitInfo(
            visit.visit_date, visit.purpose, visit.attendees, visit.notes, visit.lat, visit.lon
        )
        if visit
        else None,
        mentor=mentor_info(session, mentor),
        previous=previous.result if previous else None,
        previous_on=previous.assessed_on if previous else None,
        trend=trend[-8:],
        findings=_findings(session, visit.id) if visit else (),
        photos=_photos(session, paths, owners, localtime.zone_for(coop.village_code)),
        titles=instrument_titles(registry, row.instrument_id, row.instrument_version),
        standing=standing_of(session, row.cooperative_id, row.assessed_on),
        instrument=instrument,
    )


def standing_of(
    session: Session, cooperative_id: str, day: date
) -> tuple[tuple[str, str, bool], ...]:
    """The cooperative's RAT line and financing flags as of ``day`` (the assessment's date,
    so the report reads the same whenever it is printed)."""
    status = rat.status_of(session, cooperative_id, day).status
    lines = [(status.text("id"), status.text("en"), status.state == rat_rules.OVERDUE)]
    lines += [(f.reason, f.reason_en, True) for f in financing.flags(session, day, cooperative_id)]
    return tuple(lines)


def instrument_titles(registry: Any, instrument_id: str, version: str) -> tuple[str, str]:
    """The instrument's title (Indonesian, English): of this version, else of the newest
    version this laptop has, else its id in words; never the bare id."""
    for wanted in (version, None):
        try:
            found = registry.get(instrument_id, wanted) if registry is not None else None
        except KopdesError:
            continue
        if found is not None:
            return found.title("id"), found.title("en")
    return words(instrument_id), words(instrument_id)


def _instrument(registry: Any, instrument_id: str, version: str) -> Any:
    """The pinned instrument version, or None when this laptop does not have it."""
    if registry is None:
        return None
    try:
        return registry.get(instrument_id, version)
    except KopdesError:
        return None
