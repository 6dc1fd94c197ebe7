"""What Beranda, the status bar and the reminders show, read as plain data.

:class:`HomeService` opens its own sessions on the :class:`Store`; everything it returns is
plain data a worker thread can hand to the GUI thread.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from kopdes_desktop.core.health import rat as rat_rules
from kopdes_desktop.core.instruments.registry import instrument_title
from kopdes_desktop.core.services import dashboard, financing, followups, overview, plans, rat
from kopdes_desktop.core.services.cooperatives import CooperativeSummary
from kopdes_desktop.store.db import Store

STANDING_DAYS = 60
"""Beranda lists an RAT not yet recorded from this many days before it is due."""


@dataclass(frozen=True)
class StandingRow:
    """An RAT deadline near or past, or a financing flag, of one cooperative."""

    cooperative_id: str
    cooperative: str
    text: str  # in the language asked for
    urgent: bool


@dataclass(frozen=True)
class HomeData:
    """What Beranda shows: the figures and plain rows for its lists."""

    today: date
    start: dashboard.StartState
    mentor_name: str | None
    cooperatives: list[CooperativeSummary]
    by_category: Counter[str]
    overdue: list[followups.ActionRow]
    upcoming: list[followups.ActionRow]
    unsynced: int
    visits: list[tuple[str, date, str, str]]  # id, date, cooperative, purpose
    drafts: list[tuple[str, str, str, date]]  # id, cooperative, instrument title, started
    agenda: list[plans.PlanItem]  # planned visits and follow-ups due in this month's calendar
    standing: list[StandingRow]  # urgent first


class HomeService:
    """Beranda's figures, the plan calendar, the reminders and the status bar."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def home(self, today: date, language: str) -> HomeData:
        """Read Beranda's figures, first making the mentor's RAT follow-ups that have fallen
        due (once per cooperative and fiscal year)."""
        with self._store.session() as session:
            rat.ensure_follow_ups(session, today)
        paths = self._store.paths
        with self._store.read() as session:
            start = dashboard.start_state(session)
            summary = dashboard.home(session, today)
            visits = [
                (v.id, v.visit_date, v.cooperative.name, v.purpose)
                for v in summary.visits_this_month
            ]
            drafts = [
                (
                    d.id,
                    d.cooperative.name,
                    instrument_title(paths, d.instrument_id, d.instrument_version, language),
                    d.assessed_on,
                )
                for d in summary.drafts
            ]
            agenda = plans.agenda(session, *plans.calendar_range(today.year, today.month), today)
        return HomeData(
            today,
            start,
            summary.mentor_name,
            summary.cooperatives,
            summary.by_category,
            summary.overdue,
            summary.upcoming,
            summary.unsynced,
            visits,
            drafts,
            agenda,
            self.standing(today, language),
        )

    def standing(self, today: date, language: str) -> list[StandingRow]:
        """RAT deadlines near or past and financing flags of the mentor's cooperatives,
        urgent first."""
        with self._store.read() as session:
            statuses = rat.all_statuses(session, today, rat.mine(session) or None)
            flags = financing.flags(session, today)
        shown = {row.cooperative_id for row in statuses}
        names = {row.cooperative_id: row.name for row in statuses}
        rows = [
            StandingRow(
                row.cooperative_id,
                row.name,
                row.status.text(language),
                row.status.state == rat_rules.OVERDUE,
            )
            for row in statuses
            if row.status.state != rat_rules.HELD and row.status.days_left <= STANDING_DAYS
        ]
        en = language.startswith("en")
        rows += [
            StandingRow(
                f.cooperative_id,
                names.get(f.cooperative_id, ""),
                f.reason_en if en else f.reason,
                True,
            )
            for f in flags
            if f.cooperative_id in shown
        ]
        return sorted(rows, key=lambda row: not row.urgent)

    def agenda(self, year: int, month: int, today: date) -> list[plans.PlanItem]:
        """Planned visits and follow-ups due in the calendar of ``month``."""
        with self._store.read() as session:
            return plans.agenda(session, *plans.calendar_range(year, month), today)

    def reminders(self, today: date) -> plans.Reminders:
        with self._store.read() as session:
            return plans.reminders(session, today)

    def status(self) -> overview.StatusSummary:
        """The status bar's counts and last sync times."""
        with self._store.read() as session:
            return overview.status_summary(session)

    def is_empty(self) -> bool:
        """Whether the store holds no cooperative yet."""
        return not self.status().cooperatives
