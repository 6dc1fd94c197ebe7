"""What a reference package hands over to this laptop besides the registry.

* The history of the mentor's cooperatives (visits, assessments, findings, follow-ups and the
  metadata of their attachments) written by earlier mentors: a record whose parent this laptop
  does not hold is skipped rather than breaking the package.
* Attachment bytes, when the laptop asked for them within a budget: each is checked against
  its SHA-256 and stored sealed like the laptop's own.
* The laptop's own mentor: a laptop enrolled with a code made for a named mentor is told that
  mentor's record id (:data:`MENTOR_KEY`); once the record arrives it is this laptop's profile.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from typing import Any

from sqlalchemy import inspect, select, update
from sqlalchemy.orm import Session

from kopdes_desktop.core import attachments
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Attachment, Mentor, Meta, Syncable
from kopdes_desktop.sync.export import attachment_path
from kopdes_desktop.sync.records import MODELS_BY_TABLE

MENTOR_KEY = "sync.mentor_id"
MAX_ATTACHMENTS = 10_000


def parents_present(session: Session, model: type[Syncable], values: dict[str, Any]) -> bool:
    """Whether every row a history record refers to (by foreign key) is on this laptop."""
    for column in inspect(model).columns:
        for key in column.foreign_keys:
            value = values.get(column.key)
            if value is None:
                continue
            parent = MODELS_BY_TABLE.get(key.column.table.name)
            if parent is None or not isinstance(value, str) or session.get(parent, value) is None:
                return False
    return True


def claim_profile(session: Session) -> None:
    """Make the mentor record the province named at enrolment this laptop's profile."""
    row = session.get(Meta, MENTOR_KEY)
    if row is None:
        return
    mentor = session.get(Mentor, row.value)
    if mentor is None or mentor.is_self:
        return
    session.execute(update(Mentor).where(Mentor.is_self.is_(True)).values(is_self=False))
    mentor = session.get_one(Mentor, row.value)
    mentor.is_self = True


def store_attachments(store: Store, items: Any, problems: list[str]) -> int:
    """Store the attachment bytes a package carried (known by their metadata only); the
    number stored. A damaged item is reported and skipped."""
    if not isinstance(items, list):
        return 0
    with store.read() as session:
        known = set(session.scalars(select(Attachment.sha256)))
    stored = 0
    for item in items[:MAX_ATTACHMENTS]:
        sha = item.get("sha256") if isinstance(item, dict) else None
        if not isinstance(sha, str) or sha not in known:
            continue
        target = attachment_path(store.paths.attachments, sha)
        if target.exists():
            continue
        try:
            data = base64.b64decode(str(item.get("data", "")), validate=True)
        except (binascii.Error, ValueError):
            data = b""
        if hashlib.sha256(data).hexdigest() != sha:
            problems.append(f"Lampiran {sha[:12]} rusak dan dilewati.")
            continue
        attachments._write_atomically(store.paths, target, data)
        stored += 1
    return stored
