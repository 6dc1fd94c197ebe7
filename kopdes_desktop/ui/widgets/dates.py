"""Python dates and Qt's QDate, converted both ways (PySide6 converts them implicitly, but its
type stubs declare neither direction)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    """``day`` as a QDate."""
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """A valid QDate as a date."""
    return date(day.year(), day.month(), day.day())
