"""A cooperative handed over to another mentor is read-only on its previous mentor's laptop.

The laptop knows its mentor (the profile, ``Mentor.is_self``) and that mentor's assignments
(they come down in reference packages). A cooperative this mentor was assigned to, whose every
assignment to them has ended, has been handed over: its records stay on the laptop to read
(visits, assessments, findings, follow-ups, the profile), but no change of this laptop's own
may touch them any more. The check runs before every flush that the laptop's user makes (the
rows the province sends are written with tracking off and pass), so every path (the GUI's
dialogs, the ``kopdes`` command line) refuses alike, with :class:`HandedOver`, and nothing of
the refused change is stored.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import Session

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    Assignment,
    Attachment,
    Cooperative,
    Finding,
    Mentor,
    Syncable,
    Visit,
)

OWNERS: dict[str, type[Syncable]] = {
    "visit": Visit,
    "finding": Finding,
    "action_item": ActionItem,
    "assessment": Assessment,
}


class HandedOver(KopdesError):
    """A change to a cooperative no longer assigned to this laptop's mentor."""

    def __init__(self, name: str) -> None:
        super().__init__(
            f"Koperasi {name} sudah diserahkan kepada pendamping lain; data Anda tetap dapat "
            "dibaca, tetapi tidak dapat diubah lagi dari laptop ini.",
            f"Cooperative {name} has been handed over to another mentor; your records can be "
            "read but no longer changed on this laptop.",
        )


def handed_over(session: Session, today: date | None = None) -> set[str]:
    """The cooperatives this laptop's mentor was assigned to and is no longer."""
    mentor_id = session.scalar(
        select(Mentor.id).where(Mentor.is_self.is_(True), Mentor.deleted.is_(False))
    )
    if mentor_id is None:
        return set()
    day = today or date.today()
    ended: set[str] = set()
    running: set[str] = set()
    for coop, start, end in session.execute(
        select(Assignment.cooperative_id, Assignment.start, Assignment.end).where(
            Assignment.mentor_id == mentor_id, Assignment.deleted.is_(False)
        )
    ):
        if end is not None and end < day:
            ended.add(coop)
        elif start <= day:
            running.add(coop)
    return ended - running


def _cooperative_of(session: Session, obj: Syncable) -> str | None:
    if isinstance(obj, Assignment):
        return None
    if isinstance(obj, Cooperative):
        return obj.id
    if isinstance(obj, Attachment):
        owner = OWNERS.get(obj.owner_type)
        row = session.get(owner, obj.owner_id) if owner is not None else None
        return getattr(row, "cooperative_id", None)
    return getattr(obj, "cooperative_id", None)


@event.listens_for(Session, "before_flush")
def _refuse_handed_over(session: Session, _context: Any, _instances: Any) -> None:
    if session.info.get("tracking") is False:
        return
    changed = [o for o in session.new if isinstance(o, Syncable)]
    changed += [o for o in session.dirty if isinstance(o, Syncable) and session.is_modified(o)]
    if not changed:
        return
    touched = {c for o in changed if (c := _cooperative_of(session, o)) is not None}
    if not touched:
        return
    closed = touched & handed_over(session)
    if closed:
        coop = session.get(Cooperative, min(closed))
        raise HandedOver(coop.name if coop is not None else min(closed))
