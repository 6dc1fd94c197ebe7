"""Follow-ups (tindak lanjut) as the GUI and the CLI use them: list, change status, close.

Each method opens its own unit of work on the :class:`Store` and returns plain data
(:class:`ActionRow`, :class:`VisitAction`, :class:`CloseChoice`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from kopdes_desktop.core.services import drafts, followups, visits
from kopdes_desktop.core.services.followups import ActionRow
from kopdes_desktop.core.services.visit_service import mine

if TYPE_CHECKING:
    from kopdes_desktop.store.db import Store
    from kopdes_desktop.store.models import ActionItem


@dataclass(frozen=True)
class FollowupList:
    """Every follow-up, and the cooperatives of this laptop's mentor."""

    rows: list[ActionRow]
    mine: set[str]


@dataclass(frozen=True)
class VisitAction:
    """A follow-up as the visit editor lists it."""

    id: str
    title: str
    owner: str
    due_date: date | None
    status: str
    closed_on: date | None


@dataclass(frozen=True)
class VisitChoice:
    """A visit a follow-up can be closed at."""

    id: str
    visit_date: date
    purpose: str


@dataclass(frozen=True)
class CloseChoice:
    """What the close dialog shows: the follow-up and the later visits to close it at."""

    title: str
    owner: str
    due_date: date | None
    visits: list[VisitChoice]


def visit_action(item: ActionItem) -> VisitAction:
    return VisitAction(item.id, item.title, item.owner, item.due_date, item.status, item.closed_on)


class FollowupService:
    """Follow-ups over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list_all(self, today: date) -> FollowupList:
        """Every follow-up, open and closed, by deadline (for the Tindak Lanjut list)."""
        with self._store.read() as session:
            rows = followups.list_actions(session, include_closed=True, today=today)
            return FollowupList(rows, mine(session))

    def at_visit(self, visit_id: str) -> list[VisitAction]:
        """The cooperative's follow-ups that matter at this visit, by deadline."""
        with self._store.read() as session:
            return [visit_action(a) for a in drafts.actions_at_visit(session, visit_id)]

    def set_status(
        self,
        action_id: str,
        status: str,
        *,
        today: date,
        at_visit_id: str | None = None,
        notes: str | None = None,
    ) -> None:
        """Change a follow-up's status; DONE or DROPPED closes it (at ``at_visit_id``)."""
        with self._store.session() as session:
            followups.set_status(
                session, action_id, status, at_visit_id=at_visit_id, notes=notes, today=today
            )

    def close_choice(self, action_id: str) -> CloseChoice:
        """The follow-up, and the cooperative's visits since it was agreed (other than the
        visit it was agreed at), newest first."""
        with self._store.read() as session:
            action = followups.get_action(session, action_id)
            since = action.created_at.date()
            if action.visit_id:
                since = visits.get(session, action.visit_id).visit_date
            later = [
                VisitChoice(v.id, v.visit_date, v.purpose)
                for v in visits.for_cooperative(session, action.cooperative_id)
                if v.visit_date >= since and v.id != action.visit_id
            ]
            return CloseChoice(action.title, action.owner, action.due_date, later)
