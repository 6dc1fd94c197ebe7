"""The RAT deadline: the annual members' meeting accepting the board's accountability report is
held no later than six months after the fiscal year ends (Permenkop UKM 19/Per/M.KUKM/IX/2015).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kopdes_desktop.core.health.calendar import add_months, day_in_year, month_day

DEFAULT_FISCAL_YEAR_END = "12-31"
RAT_MONTHS_AFTER_YEAR_END = 6
"""Permenkop UKM 19/Per/M.KUKM/IX/2015: within six months of the fiscal year's end."""
FOLLOW_UP_MONTHS_AHEAD = 2
"""The mentor's follow-up is created this many months before the RAT is due."""

HELD, DUE, OVERDUE = "HELD", "DUE", "OVERDUE"


@dataclass(frozen=True)
class RatStatus:
    """The RAT of the latest fiscal year that has ended, as of ``today``."""

    fiscal_year: int
    year_end: date
    due: date
    held_on: date | None
    state: str  # HELD | DUE | OVERDUE
    days_left: int  # negative when overdue

    def text(self, language: str = "id") -> str:
        """One line for the cooperative page, Beranda and reports."""
        from kopdes_desktop.core.formatting import long_date

        when = long_date(self.due, language)
        held = long_date(self.held_on, language)
        en = language.startswith("en")
        if self.state == HELD:
            return (
                f"RAT for fiscal year {self.fiscal_year} held on {held}"
                if en
                else f"RAT tahun buku {self.fiscal_year} terlaksana {held}"
            )
        if self.state == OVERDUE:
            return (
                f"RAT for fiscal year {self.fiscal_year} overdue since {when}"
                if en
                else f"RAT tahun buku {self.fiscal_year} terlambat sejak {when}"
            )
        return (
            f"RAT for fiscal year {self.fiscal_year} due by {when} ({self.days_left} days)"
            if en
            else f"RAT tahun buku {self.fiscal_year} paling lambat {when} "
            f"({self.days_left} hari lagi)"
        )


def year_end(fiscal_year_end: str, fiscal_year: int) -> date:
    """The last day of ``fiscal_year`` for a cooperative whose year ends on ``MM-DD``.

    A fiscal year is named by the calendar year in which it ends."""
    month, day = month_day(fiscal_year_end)
    return day_in_year(fiscal_year, month, day)


def due_date(fiscal_year_end: str, fiscal_year: int) -> date:
    """The last day the RAT of ``fiscal_year`` may be held."""
    end = year_end(fiscal_year_end, fiscal_year)
    return add_months(end, RAT_MONTHS_AFTER_YEAR_END)


def latest_ended_year(fiscal_year_end: str, today: date) -> int:
    """The latest fiscal year that has ended by ``today``."""
    this_year = year_end(fiscal_year_end, today.year)
    return today.year if today > this_year else today.year - 1


def status(fiscal_year_end: str, held: dict[int, date], today: date) -> RatStatus:
    """The standing of the latest ended fiscal year's RAT; ``held`` maps fiscal year to the
    date its RAT was held."""
    year = latest_ended_year(fiscal_year_end, today)
    due = due_date(fiscal_year_end, year)
    held_on = held.get(year)
    if held_on is not None:
        state = HELD
    else:
        state = OVERDUE if today > due else DUE
    return RatStatus(year, year_end(fiscal_year_end, year), due, held_on, state, (due - today).days)


def follow_up_from(status_: RatStatus) -> date:
    """The day from which the mentor gets a follow-up for an RAT not yet recorded."""
    return add_months(status_.due, -FOLLOW_UP_MONTHS_AHEAD)


def follow_up_title(fiscal_year: int) -> str:
    """The follow-up's title (stored data, in Indonesian like the board's follow-ups); also
    how an existing one is recognised, so it is made once per cooperative and fiscal year."""
    return f"Selenggarakan RAT tahun buku {fiscal_year}"
