"""Sampah (trash): what the mentor deleted on this laptop, restorable for 30 days.

Synced rows are never deleted: they carry a tombstone (``deleted=True``) and the audit log
records it as a ``delete`` of this device. The trash lists the tombstones of the last
:data:`RETENTION_DAYS` days that are still in place; restoring sets ``deleted`` back to False
through the ordinary tracked write, so the restore reaches the province like any other edit.

A row of a repeat group (one business unit in an assessment, say) lives inside the
assessment's answers, not in a table of its own: when the mentor removes one, it is kept in the
local ``meta`` table under ``trash:row:<id>`` until it is restored or older than 30 days.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.core.instruments.registry import InstrumentRegistry
from kopdes_desktop.core.services import assessments
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Attachment,
    AuditEntry,
    BusinessUnit,
    Cooperative,
    Finding,
    Meta,
    Person,
    Syncable,
    Visit,
    new_id,
    utcnow,
)
from kopdes_desktop.store.tracking import self_device_id

RETENTION_DAYS = 30
_SAME_WRITE = timedelta(seconds=5)
ROW_PREFIX = "trash:row:"

_MODELS: dict[str, type[Syncable]] = {
    "assessment": Assessment,
    "attachment": Attachment,
    "finding": Finding,
    "action_item": ActionItem,
    "business_unit": BusinessUnit,
    "person": Person,
}
_KIND_OF_TABLE = {
    "assessment": "draft",
    "attachment": "attachment",
    "finding": "finding",
    "action_item": "followup",
    "business_unit": "unit",
    "person": "person",
}


class TrashError(KopdesError):
    """An entry cannot be restored (gone already, or its place no longer takes it)."""


@dataclass(frozen=True)
class TrashEntry:
    """One deleted thing. ``label`` is data (a file name, a finding's text, an instrument id,
    ``group[index]`` of a repeat row); ``count`` is what comes back with it (the follow-ups
    of a finding, the answers of a draft or row)."""

    key: str
    kind: str  # draft | repeat_row | attachment | finding | followup | unit | person
    label: str
    cooperative: str
    deleted_at: datetime
    expires_at: datetime
    count: int = 0
    owner_id: str = ""  # the assessment of a repeat row, the instrument id of a draft


def _since(now: datetime) -> datetime:
    return now - timedelta(days=RETENTION_DAYS)


def _cooperative_name(session: Session, cooperative_id: str | None) -> str:
    if not cooperative_id:
        return ""
    return session.scalar(select(Cooperative.name).where(Cooperative.id == cooperative_id)) or ""


def _cooperative_of_attachment(session: Session, row: Attachment) -> str | None:
    owner = {
        "visit": Visit,
        "finding": Finding,
        "action_item": ActionItem,
        "assessment": Assessment,
    }.get(row.owner_type)
    found = session.get(owner, row.owner_id) if owner else None
    return getattr(found, "cooperative_id", None)


def _label(session: Session, table: str, row: Any) -> tuple[str, str | None, int]:
    """What to call a tombstoned row, its cooperative, and how many answers it holds."""
    if table == "assessment":
        return row.instrument_id, row.cooperative_id, len(row.answers or {})
    if table == "attachment":
        return row.filename, _cooperative_of_attachment(session, row), 0
    if table == "finding":
        return row.temuan, row.cooperative_id, 0
    if table == "action_item":
        return row.title, row.cooperative_id, 0
    if table == "business_unit":
        return row.other_name or row.kind, row.cooperative_id, 0
    return row.name, row.cooperative_id, 0


def _tombstones(session: Session, now: datetime) -> list[tuple[str, str, datetime]]:
    """``(table, id, deleted at)`` of this device's deletes within the retention period."""
    query = (
        select(AuditEntry.table_name, AuditEntry.record_id, func.max(AuditEntry.at))
        .where(
            AuditEntry.action == "delete",
            AuditEntry.device_id == self_device_id(session),
            AuditEntry.at >= _since(now),
            AuditEntry.table_name.in_(_MODELS),
        )
        .group_by(AuditEntry.table_name, AuditEntry.record_id)
    )
    return [(table, record_id, at) for table, record_id, at in session.execute(query)]


def _deleted_with(session: Session, finding: Finding, at: datetime) -> list[ActionItem]:
    """The follow-ups of ``finding`` tombstoned in the same unit of work as the finding (its
    flushes are stamped within a moment of each other)."""
    items = session.scalars(
        select(ActionItem).where(ActionItem.finding_id == finding.id, ActionItem.deleted.is_(True))
    )
    return [item for item in items if abs(item.updated_at - at) <= _SAME_WRITE]


def _row_entries(session: Session, now: datetime) -> list[TrashEntry]:
    found: dict[tuple[str, str], tuple[Any, datetime]] = {}
    for table, record_id, at in _tombstones(session, now):
        row = session.get(_MODELS[table], record_id)
        if row is None or not row.deleted:
            continue  # restored since, or changed back by the province
        if isinstance(row, Assessment) and row.status != "DRAFT":
            continue
        found[(table, record_id)] = (row, at)
    folded = {
        ("action_item", item.id)
        for (table, _id), (row, at) in found.items()
        if table == "finding"
        for item in _deleted_with(session, row, at)
    }
    out = []
    for (table, record_id), (row, at) in found.items():
        if (table, record_id) in folded:
            continue
        label, cooperative_id, count = _label(session, table, row)
        if table == "finding":
            count = len(_deleted_with(session, row, at))
        owner = row.instrument_id if table == "assessment" else ""
        out.append(
            TrashEntry(
                f"{table}:{record_id}",
                _KIND_OF_TABLE[table],
                label,
                _cooperative_name(session, cooperative_id),
                at,
                at + timedelta(days=RETENTION_DAYS),
                count,
                owner,
            )
        )
    return out


def _kept_rows(session: Session) -> list[tuple[Meta, dict[str, Any]]]:
    out = []
    for meta in session.scalars(select(Meta).where(Meta.key.startswith(ROW_PREFIX))):
        try:
            out.append((meta, json.loads(meta.value)))
        except ValueError:
            continue
    return out


def _repeat_entries(session: Session, now: datetime) -> list[TrashEntry]:
    out = []
    for meta, data in _kept_rows(session):
        at = datetime.fromisoformat(data["at"])
        if at < _since(now):
            continue
        assessment = session.get(Assessment, data["assessment_id"])
        cooperative = _cooperative_name(session, assessment.cooperative_id if assessment else None)
        out.append(
            TrashEntry(
                meta.key,
                "repeat_row",
                f"{data['group']}[{data['index']}]",
                cooperative,
                at,
                at + timedelta(days=RETENTION_DAYS),
                len(data.get("row") or {}),
                data["assessment_id"],
            )
        )
    return out


def entries(session: Session, now: datetime | None = None) -> list[TrashEntry]:
    """Everything in the trash, most recently deleted first."""
    now = now or utcnow()
    found = _row_entries(session, now) + _repeat_entries(session, now)
    return sorted(found, key=lambda e: e.deleted_at, reverse=True)


def keep_repeat_row(
    session: Session,
    assessment_id: str,
    group: str,
    index: int,
    row: dict[str, Any],
    now: datetime | None = None,
) -> str:
    """Put a removed repeat-group row of an assessment into the trash; returns its key."""
    key = f"{ROW_PREFIX}{new_id()}"
    payload = {
        "assessment_id": assessment_id,
        "group": group,
        "index": index,
        "row": row,
        "at": (now or utcnow()).isoformat(),
    }
    session.add(Meta(key=key, value=json.dumps(payload, ensure_ascii=False, default=str)))
    return key


def _restore_repeat_row(session: Session, registry: InstrumentRegistry, key: str) -> None:
    meta = session.get(Meta, key)
    if meta is None:
        raise TrashError("Sudah tidak ada di Sampah.", "No longer in the trash.")
    data = json.loads(meta.value)
    row = session.get(Assessment, data["assessment_id"])
    if row is None or row.deleted or row.status != "DRAFT":
        raise TrashError(
            "Penilaian baris ini sudah final atau dibuang; baris tidak dapat dikembalikan ke sana.",
            "The assessment of this row is final or discarded; the row cannot go back there.",
        )
    answers = dict(row.answers or {})
    rows = list(answers.get(data["group"]) or [])
    rows.insert(min(int(data["index"]), len(rows)), data["row"])
    answers[data["group"]] = rows
    assessments.save_draft(session, registry, row.id, answers)
    session.delete(meta)


def _restore_row(session: Session, key: str, now: datetime) -> None:
    table, _, record_id = key.partition(":")
    model = _MODELS.get(table)
    row = session.get(model, record_id) if model else None
    if row is None or not row.deleted:
        raise TrashError("Sudah tidak ada di Sampah.", "No longer in the trash.")
    if row.updated_at < _since(now):
        raise TrashError(
            "Lebih dari 30 hari di Sampah; tidak dapat dipulihkan lagi.",
            "More than 30 days in the trash; it can no longer be restored.",
        )
    if isinstance(row, Finding):
        for item in _deleted_with(session, row, row.updated_at):
            item.deleted = False
    row.deleted = False


def restore(
    session: Session, registry: InstrumentRegistry, key: str, now: datetime | None = None
) -> None:
    """Bring one entry back where it was (a finding with the follow-ups deleted with it)."""
    if key.startswith(ROW_PREFIX):
        _restore_repeat_row(session, registry, key)
    else:
        _restore_row(session, key, now or utcnow())


def purge_expired(session: Session, now: datetime | None = None) -> int:
    """Forget repeat rows kept longer than 30 days (tombstones of synced rows stay, as the
    sync needs them); returns how many were dropped."""
    since = _since(now or utcnow())
    dropped = 0
    for meta, data in _kept_rows(session):
        if datetime.fromisoformat(data["at"]) < since:
            session.delete(meta)
            dropped += 1
    return dropped
