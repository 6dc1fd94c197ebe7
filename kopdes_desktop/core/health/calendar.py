"""Month arithmetic on dates: a day of the month kept, clamped to the month's last day."""

from __future__ import annotations

import calendar
from datetime import date


def add_months(day: date, months: int, anchor_day: int | None = None) -> date:
    """``day`` moved by ``months`` (may be negative); the day of the month is ``anchor_day``
    (default ``day.day``) clamped to the target month's length (31 Jan + 1 -> 28/29 Feb)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(anchor_day or day.day, last))


def month_day(text: str) -> tuple[int, int]:
    """``"12-31"`` -> ``(12, 31)``; the caller has checked the format."""
    month, day = text.split("-")
    return int(month), int(day)


def day_in_year(year: int, month: int, day: int) -> date:
    """The date ``day``/``month`` of ``year``, 29 February becoming 28 in a common year."""
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))
