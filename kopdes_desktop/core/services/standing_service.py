"""A cooperative's standing outside the instruments: its RAT, its financing, and the profile
changes an assessment proposes, as the GUI's dialogs and the CLI record them.

:class:`StandingService` opens its own sessions on the :class:`Store` and returns ids and plain
data; a mistake the user can make is refused with a :class:`~kopdes_desktop.errors.ValidationError`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from kopdes_desktop.core.services import financing, profile_updates, rat
from kopdes_desktop.store.db import Store


class StandingService:
    """RAT meetings, bank financings with their payments and arrears, profile updates."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def rat_status(self, cooperative_id: str, today: date) -> rat.CooperativeRat:
        with self._store.read() as session:
            return rat.status_of(session, cooperative_id, today)

    def record_rat(
        self,
        cooperative_id: str,
        fiscal_year_end: str,
        fiscal_year: int,
        held_on: date,
        today: date,
    ) -> None:
        """Set the day the fiscal year ends and record the RAT held, together or not at all."""
        with self._store.session() as session:
            rat.set_fiscal_year_end(session, cooperative_id, fiscal_year_end)
            rat.record_meeting(session, cooperative_id, fiscal_year, held_on, today)

    def rat_statuses(self, today: date) -> list[rat.CooperativeRat]:
        """The RAT of every cooperative, by name."""
        with self._store.read() as session:
            return rat.all_statuses(session, today)

    def record_meeting(
        self, cooperative_id: str, fiscal_year: int, held_on: date, today: date
    ) -> str:
        """Record the RAT held for ``fiscal_year``; its id."""
        with self._store.session() as session:
            return rat.record_meeting(session, cooperative_id, fiscal_year, held_on, today).id

    def set_fiscal_year_end(self, cooperative_id: str, month_day: str) -> None:
        with self._store.session() as session:
            rat.set_fiscal_year_end(session, cooperative_id, month_day)

    def save_financing(
        self,
        cooperative_id: str,
        *,
        lender: str,
        ceiling: int,
        disbursed: int,
        disbursed_on: date | None,
        rate_pct: float,
        tenor_months: int,
        grace_months: int,
        schedule: str,
        today: date,
    ) -> str:
        """A new financing of the cooperative after every check; its id."""
        with self._store.session() as session:
            return financing.save(
                session,
                cooperative_id,
                lender=lender,
                ceiling=ceiling,
                disbursed=disbursed,
                disbursed_on=disbursed_on,
                rate_pct=rate_pct,
                tenor_months=tenor_months,
                grace_months=grace_months,
                schedule=schedule,
                today=today,
            )

    def pay(self, financing_id: str, paid_on: date, amount: int, today: date) -> str:
        with self._store.session() as session:
            return financing.pay(session, financing_id, paid_on, amount, today)

    def record_arrears(self, financing_id: str, as_of: date, amount: int, today: date) -> str:
        with self._store.session() as session:
            return financing.record_arrears(session, financing_id, as_of, amount, today)

    def proposed_profile_changes(self, assessment_id: str) -> list[profile_updates.ProfileChange]:
        """What a final assessment would change in its cooperative's profile."""
        with self._store.read() as session:
            return profile_updates.proposed(session, assessment_id)

    def apply_profile_changes(self, assessment_id: str, accepted: Iterable[str]) -> list[str]:
        """Write the ``accepted`` fields into the profile; the fields written."""
        with self._store.session() as session:
            return profile_updates.apply(session, assessment_id, list(accepted))
