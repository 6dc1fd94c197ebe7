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
    from kopdes_desktop.core.services.assessment_service import AssessmentService
    from kopdes_desktop.core.services.attachment_service import AttachmentService
    from kopdes_desktop.core.services.cooperative_service import CooperativeService
    from kopdes_desktop.core.services.draft_service import DraftService
    from kopdes_desktop.core.services.finding_service import FindingService
    from kopdes_desktop.core.services.followup_service import FollowupService
    from kopdes_desktop.core.services.home_service import HomeService
    from kopdes_desktop.core.services.plan_service import PlanService
    from kopdes_desktop.core.services.report_service import ReportService
    from kopdes_desktop.core.services.settings_service import MentorService, TrashService
    from kopdes_desktop.core.services.standing_service import StandingService
    from kopdes_desktop.core.services.visit_service import VisitService
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

    @cached_property
    def visits(self) -> VisitService:
        """Visits made and planned: record, correct, start, finish, list, share."""
        from kopdes_desktop.core.services.visit_service import VisitService

        return VisitService(self._store)

    @cached_property
    def assessments(self) -> AssessmentService:
        """Assessments: start prefilled, save, finalize, revise, discard."""
        from kopdes_desktop.core.services.assessment_service import AssessmentService

        return AssessmentService(self._store)

    @cached_property
    def findings(self) -> FindingService:
        """Findings of a visit with their follow-up and evidence."""
        from kopdes_desktop.core.services.finding_service import FindingService

        return FindingService(self._store)

    @cached_property
    def followups(self) -> FollowupService:
        """Follow-ups: list, change status, close at a visit."""
        from kopdes_desktop.core.services.followup_service import FollowupService

        return FollowupService(self._store)

    @cached_property
    def attachments(self) -> AttachmentService:
        """Photos and documents of visits, findings and assessments."""
        from kopdes_desktop.core.services.attachment_service import AttachmentService

        return AttachmentService(self._store)

    @cached_property
    def reports(self) -> ReportService:
        """Report PDFs, batches, monthly notes, and the check of a printed report."""
        from kopdes_desktop.core.services.report_service import ReportService

        return ReportService(self._store)

    @cached_property
    def drafts(self) -> DraftService:
        """Unsaved form text and draft assessments kept for the mentor."""
        from kopdes_desktop.core.services.draft_service import DraftService

        return DraftService(self._store)
