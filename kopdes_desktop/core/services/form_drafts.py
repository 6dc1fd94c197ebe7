"""Text typed into a form that is not stored yet, kept so that a crash loses none of it.

A dialog or page writes what is typed (debounced) with :func:`keep`; a successful save or a
confirmed *Cancel* drops it with :func:`drop`. Whatever is still here at the next start was
interrupted (a crash, a power cut) and is offered back. Drafts live in the local ``meta``
table (never synced, inside the same database file, so an encrypted store keeps them
encrypted too) under ``form:<kind>:<record>``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kopdes_desktop.store.models import Meta, utcnow

PREFIX = "form:"
KINDS = ("finding", "close_action", "profile", "visit", "monthly_note", "mentor")
"""``finding`` (record ``new:<visit id>`` or the finding id), ``close_action`` (follow-up id),
``profile`` (cooperative id), ``visit`` (visit id), ``monthly_note`` (``YYYY-MM``)."""


@dataclass(frozen=True)
class FormDraft:
    """What was typed into one form, and when it was last kept."""

    kind: str
    record: str
    values: dict[str, Any]
    saved_at: datetime
    context: dict[str, str] = field(default_factory=dict)


def _key(kind: str, record: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"unknown form draft kind {kind!r}")
    return f"{PREFIX}{kind}:{record}"


def _parse(key: str, value: str) -> FormDraft | None:
    kind, _, record = key[len(PREFIX) :].partition(":")
    try:
        data = json.loads(value)
        return FormDraft(
            kind,
            record,
            dict(data["values"]),
            datetime.fromisoformat(data["saved_at"]),
            {k: str(v) for k, v in (data.get("context") or {}).items()},
        )
    except (ValueError, KeyError, TypeError):
        return None  # an unreadable draft is skipped, never fatal


def keep(
    session: Session,
    kind: str,
    record: str,
    values: dict[str, Any],
    context: dict[str, str] | None = None,
) -> None:
    """Store (or replace) the typed ``values`` of a form; ``context`` names what it belongs
    to (the visit, the cooperative) for the recovery offer."""
    payload = {"values": values, "saved_at": utcnow().isoformat(), "context": context or {}}
    session.merge(
        Meta(key=_key(kind, record), value=json.dumps(payload, ensure_ascii=False, default=str))
    )


def get(session: Session, kind: str, record: str) -> FormDraft | None:
    """The kept draft of one form, or None."""
    row = session.get(Meta, _key(kind, record))
    return _parse(row.key, row.value) if row else None


def drop(session: Session, kind: str, record: str) -> None:
    """Forget the draft of one form (saved, or discarded on purpose)."""
    row = session.get(Meta, _key(kind, record))
    if row is not None:
        session.delete(row)


def pending(session: Session) -> list[FormDraft]:
    """Every kept draft, most recent first."""
    rows = session.scalars(select(Meta).where(Meta.key.startswith(PREFIX)))
    found = [draft for row in rows if (draft := _parse(row.key, row.value)) is not None]
    return sorted(found, key=lambda d: d.saved_at, reverse=True)
