"""Findings of a visit (temuan -> rekomendasi), with the follow-up and evidence agreed with them.

Each method opens its own unit of work on the :class:`Store` and returns plain data. Saving a
finding checks the finding and its follow-up together and raises one ValidationError naming
every wrong field, so the dialog marks them all at once; nothing is stored then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services import drafts, followups, visits
from kopdes_desktop.errors import ValidationError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlalchemy.orm import Session

    from kopdes_desktop.store.db import Store
    from kopdes_desktop.store.models import Finding

NOT_A_DATE = ("Bukan tanggal (contoh: 03/11/2025).", "Not a date (example: 03/11/2025).")


@dataclass(frozen=True)
class FindingRow:
    """One finding as the visit's list shows it."""

    id: str
    area: str
    indicator: str | None
    compliance: str | None
    temuan: str
    rekomendasi: str


@dataclass(frozen=True)
class FindingDetails:
    """A finding to correct: its text, its evidence's names and its follow-ups' titles."""

    finding: FindingRow
    evidence: list[str]
    actions: list[str]


@dataclass(frozen=True)
class FollowupDraft:
    """The follow-up agreed with a finding: ``due_date`` is the text typed when it is not a
    date (a problem then), None when left empty."""

    title: str
    owner: str
    due_date: date | str | None


def row_of(finding: Finding) -> FindingRow:
    return FindingRow(
        finding.id,
        finding.area,
        finding.indicator,
        finding.compliance,
        finding.temuan,
        finding.rekomendasi,
    )


class _Problems:
    """Field problems gathered in both languages from several checks."""

    def __init__(self) -> None:
        self.id: dict[str, str] = {}
        self.en: dict[str, str] = {}

    def add(self, key: str, message: str, message_en: str) -> None:
        self.id.setdefault(key, message)
        self.en.setdefault(key, message_en)

    def run(self, call: Callable[[], Any]) -> Any:
        """The call's result, or None with its field problems kept."""
        try:
            return call()
        except ValidationError as exc:
            for key, message in exc.problems.items():
                self.add(key, message, exc.problems_en.get(key, message))
            return None


class FindingService:
    """Findings over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def of_visit(self, visit_id: str) -> list[FindingRow]:
        """The visit's findings, oldest first."""
        with self._store.read() as session:
            return [row_of(f) for f in followups.findings_of_visit(session, visit_id)]

    def details(self, finding_id: str) -> FindingDetails:
        """A finding with its evidence and follow-ups; NotFoundError when it is gone."""
        with self._store.read() as session:
            finding = drafts.get_finding(session, finding_id)
            evidence = [
                row.filename for row in attachments.list_for(session, "finding", finding_id)
            ]
            actions = [a.title for a in drafts.actions_of_finding(session, finding_id)]
            return FindingDetails(row_of(finding), evidence, actions)

    def open_followups(self, finding_id: str) -> int:
        """How many open follow-ups go to the Sampah with the finding."""
        with self._store.read() as session:
            return sum(
                1
                for a in drafts.actions_of_finding(session, finding_id)
                if a.status in followups.OPEN_STATUSES
            )

    def save(
        self,
        visit_id: str,
        finding_id: str | None,
        values: dict[str, Any],
        followup: FollowupDraft | None = None,
        evidence: list[attachments.StoredFile] | None = None,
    ) -> str:
        """Add a finding to the visit (``finding_id`` None) or correct one, with the follow-up
        agreed and the evidence files already stored; returns the finding's id."""
        with self._store.session() as session:
            return self._write(session, visit_id, finding_id, values, followup, evidence or [])

    def _write(
        self,
        session: Session,
        visit_id: str,
        finding_id: str | None,
        values: dict[str, Any],
        followup: FollowupDraft | None,
        evidence: list[attachments.StoredFile],
    ) -> str:
        problems = _Problems()
        if followup is not None and isinstance(followup.due_date, str):
            problems.add("due_date", *NOT_A_DATE)
        if finding_id is None:
            finding = problems.run(lambda: followups.add_finding(session, visit_id, **values))
        else:
            finding = problems.run(lambda: drafts.update_finding(session, finding_id, **values))
        if followup is not None:
            self._add_followup(session, problems, visit_id, finding, values, followup)
        if problems.id:
            raise ValidationError(problems.id, problems.en)
        for stored in evidence:
            attachments.record(session, stored, "finding", finding.id)
        return str(finding.id)

    @staticmethod
    def _add_followup(
        session: Session,
        problems: _Problems,
        visit_id: str,
        finding: Finding | None,
        values: dict[str, Any],
        followup: FollowupDraft,
    ) -> None:
        visit = visits.get(session, visit_id)
        title = followup.title.strip() or values.get("rekomendasi") or ""
        due = followup.due_date if isinstance(followup.due_date, date) else None
        problems.run(
            lambda: followups.add_action(
                session,
                visit.cooperative_id,
                title=title,
                owner=followup.owner,
                due_date=due,
                visit_id=visit_id,
                finding_id=finding.id if finding else None,
            )
        )
        if not followup.title.strip() and "rekomendasi" in problems.id:
            # the title would be the recommendation, marked already
            problems.id.pop("title", None)
            problems.en.pop("title", None)

    def remove(self, finding_id: str) -> None:
        """Send the finding and its open follow-ups to the Sampah."""
        with self._store.session() as session:
            drafts.remove_finding(session, finding_id)
