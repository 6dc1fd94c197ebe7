"""Reports as the Laporan page, the visit editor and the CLI make them: the PDFs, the batches,
the mentor's monthly notes, and the check of a printed report's seal.

Each method opens its own units of work on the :class:`Store` and returns plain data (PDF
bytes, ids, :class:`MonthlyNotes`, a seal :class:`Verdict`). The methods that read an
instrument take the caller's :class:`InstrumentRegistry`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop.core.services import cooperatives, form_drafts, mentors, reporting
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.core.services.form_drafts import FormDraft
from kopdes_desktop.errors import KopdesError, ValidationError
from kopdes_desktop.reports import api

if TYPE_CHECKING:
    from kopdes_desktop.core.instruments import InstrumentRegistry
    from kopdes_desktop.reports import ReportOptions
    from kopdes_desktop.reports.api import BatchResult, Cancelled, Progress
    from kopdes_desktop.reports.seal_check import Verdict
    from kopdes_desktop.store.db import Store

NOTE_DRAFT = "monthly_note"
"""The form-draft kind of the monthly notes (record: the month)."""


@dataclass(frozen=True)
class MentorChoice:
    id: str
    name: str


@dataclass(frozen=True)
class ReportsPage:
    """What the Laporan page lists: mentors (this laptop's first), cooperatives."""

    mentors: list[MentorChoice]
    self_mentor_id: str | None
    cooperatives: list[CooperativeSummary]


@dataclass(frozen=True)
class MonthlyNotes:
    """A mentor's notes for a month as stored (``saved``), and the text kept unsaved."""

    issues: str
    plans: str
    saved: bool
    kept: FormDraft | None


class ReportService:
    """Reports over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def page(self, today: date) -> ReportsPage:
        """The mentors and cooperatives the Laporan page offers."""
        with self._store.read() as session:
            people = [MentorChoice(m.id, m.name) for m in mentors.all_mentors(session)]
            me = mentors.self_mentor(session)
            rows = cooperatives.list_summaries(session, today)
            return ReportsPage(people, me.id if me else None, rows)

    def self_mentor_id(self) -> str:
        """This laptop's mentor; KopdesError while the profile is empty."""
        with self._store.read() as session:
            me = mentors.self_mentor(session)
        if me is None:
            raise KopdesError(
                "Profil pendamping laptop ini belum diisi; beri --mentor ID.",
                "This laptop's mentor profile is empty; give --mentor ID.",
            )
        return me.id

    # --- monthly notes -----------------------------------------------------------------------

    def notes(self, mentor_id: str, month: str) -> MonthlyNotes:
        """The mentor's notes for ``month`` (YYYY-MM), with unsaved text of this laptop's."""
        with self._store.read() as session:
            note = reporting.get_note(session, mentor_id, month)
            me = mentors.self_mentor(session)
            kept = (
                form_drafts.get(session, NOTE_DRAFT, month)
                if me is not None and me.id == mentor_id
                else None
            )
            if note is None:
                return MonthlyNotes("", "", False, kept)
            return MonthlyNotes(note.issues, note.plans, True, kept)

    def save_notes(self, mentor_id: str, month: str, *, issues: str, plans: str) -> None:
        """Store this laptop's mentor's notes; what fails the checks (ValidationError) is kept
        as a form draft until it can be stored."""
        try:
            with self._store.session() as session:
                reporting.save_note(session, mentor_id, month, issues=issues, plans=plans)
                form_drafts.drop(session, NOTE_DRAFT, month)
        except ValidationError:
            with self._store.session() as session:
                form_drafts.keep(session, NOTE_DRAFT, month, {"issues": issues, "plans": plans})
            raise

    # --- which reports ---------------------------------------------------------------------

    def latest_final_for(self, cooperative_ids: list[str], instrument_id: str) -> list[str]:
        """The newest final assessment of each cooperative with one."""
        with self._store.read() as session:
            return reporting.latest_final_for(session, cooperative_ids, instrument_id)

    def latest_final_ids(self, instrument_id: str | None = None) -> list[str]:
        """The newest final assessment of every cooperative."""
        with self._store.read() as session:
            return reporting.latest_final_ids(session, instrument_id)

    def final_ids_in_month(self, month: str) -> list[str]:
        """The assessments finalized in ``month`` (YYYY-MM)."""
        with self._store.read() as session:
            return reporting.final_ids_in_month(session, month)

    # --- the PDFs -----------------------------------------------------------------------------

    def assessment_pdf(
        self, registry: InstrumentRegistry, assessment_id: str, options: ReportOptions | None = None
    ) -> bytes:
        """The Laporan Hasil Penilaian of one assessment, sealed by this laptop."""
        return api.assessment_pdf(self._store, self._store.paths, registry, assessment_id, options)

    def monthly_pdf(
        self,
        registry: InstrumentRegistry,
        mentor_id: str,
        month: str,
        options: ReportOptions | None = None,
    ) -> bytes:
        """The Laporan Bulanan Pendamping of a mentor and month."""
        return api.monthly_pdf(self._store, registry, mentor_id, month, options)

    def profile_pdf(
        self,
        registry: InstrumentRegistry,
        cooperative_id: str,
        options: ReportOptions | None = None,
        today: date | None = None,
    ) -> bytes:
        """The Profil Koperasi of one cooperative as of ``today``."""
        return api.profile_pdf(self._store, registry, cooperative_id, options, today=today)

    def cooperative_name(self, cooperative_id: str) -> str:
        """The name a profile report's file is named by."""
        with self._store.read() as session:
            return cooperatives.get(session, cooperative_id).name

    def batch_assessments(
        self,
        registry: InstrumentRegistry,
        ids: Sequence[str],
        folder: Path,
        options: ReportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> BatchResult:
        """One assessment report per id into ``folder``."""
        return api.batch_assessments(
            self._store, self._store.paths, registry, ids, folder, options, progress, cancelled
        )

    def batch_profiles(
        self,
        registry: InstrumentRegistry,
        ids: Sequence[str],
        folder: Path,
        options: ReportOptions | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        today: date | None = None,
    ) -> BatchResult:
        """One profile report per cooperative into ``folder``."""
        return api.batch_profiles(
            self._store, registry, ids, folder, options, progress, cancelled, today=today
        )

    def verify_seal(self, source: str) -> Verdict:
        """Read the seal of a printed report (a file path or the QR text) and check it
        against the devices this laptop knows."""
        from kopdes_desktop.reports import scan
        from kopdes_desktop.reports.seal_check import check
        from kopdes_desktop.sync.device_registry import laptop_keyring

        return check(scan.read_seal(source), laptop_keyring(self._store))
