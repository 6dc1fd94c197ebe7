"""One door to every use case the GUI and the CLI need: :class:`Services`.

``Services(store)`` holds one service object per area (``services.cooperatives``,
``services.visits``, ...). Each service opens and closes its own sessions, validates its input in
the domain layer, raises the typed errors of :mod:`kopdes_desktop.errors` for what a user can
get wrong, and returns plain data (frozen dataclasses, named tuples, ids), never an ORM row. The
GUI reaches them as ``ctx.services``, the CLI through its opened context; neither opens a session
of its own.

The areas are built on first use, so a view that needs one area imports only its module.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kopdes_desktop.core.services.cooperative_service import CooperativeService
    from kopdes_desktop.core.services.home_service import HomeService
    from kopdes_desktop.core.services.plan_service import PlanService
    from kopdes_desktop.core.services.settings_service import MentorService, TrashService
    from kopdes_desktop.core.services.standing_service import StandingService
    from kopdes_desktop.store.db import Store
    from kopdes_desktop.sync.service import SyncService


class Services:
    """Every use case of the laptop, grouped by area, over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @cached_property
    def sync(self) -> SyncService:
        """Batches, receipts, trust and conflicts of this device."""
        from kopdes_desktop.sync.service import SyncService

        return SyncService(self._store)

    # --- cooperatives, their records, home, trash, settings and start-up (one block) ---

    @cached_property
    def cooperatives(self) -> CooperativeService:
        """The list, a cooperative's page, profile, units, board, members and history."""
        from kopdes_desktop.core.services.cooperative_service import CooperativeService

        return CooperativeService(self._store)

    @cached_property
    def standing(self) -> StandingService:
        """RAT meetings, bank financing, profile updates proposed by an assessment."""
        from kopdes_desktop.core.services.standing_service import StandingService

        return StandingService(self._store)

    @cached_property
    def home(self) -> HomeService:
        """Beranda, the plan calendar, reminders and the status bar."""
        from kopdes_desktop.core.services.home_service import HomeService

        return HomeService(self._store)

    @cached_property
    def plans(self) -> PlanService:
        """Planning, changing, starting and cancelling visits."""
        from kopdes_desktop.core.services.plan_service import PlanService

        return PlanService(self._store)

    @cached_property
    def mentor(self) -> MentorService:
        """The profile of this laptop's mentor."""
        from kopdes_desktop.core.services.settings_service import MentorService

        return MentorService(self._store)

    @cached_property
    def trash(self) -> TrashService:
        """What was deleted, and bringing it back."""
        from kopdes_desktop.core.services.settings_service import TrashService

        return TrashService(self._store)

    # --- visits, assessments, findings, follow-ups, reports, drafts (one block) ---
