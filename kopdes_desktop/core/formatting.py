"""Rupiah, Indonesian dates and numbers, shared by the GUI, the CLI and reports."""

from __future__ import annotations

from datetime import date, datetime

MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def rupiah(amount: int | float | None, language: str = "id") -> str:
    """``Rp1.250.000`` (id) or ``Rp1,250,000`` (en); an empty string for None."""
    if amount is None:
        return ""
    from lokal.rupiah import format_rupiah  # lokal's package import costs ~1 s at start-up

    text = format_rupiah(int(round(amount)))
    if language.startswith("en"):
        text = text.replace(".", ",")
    return text


def terbilang(amount: int) -> str:
    """The amount in Indonesian words, e.g. ``satu juta dua ratus lima puluh ribu rupiah``."""
    from lokal.terbilang import terbilang as _terbilang

    return f"{_terbilang(int(amount))} rupiah"


def long_date(value: date | datetime | None, language: str = "id") -> str:
    """``3 November 2025`` (id) or ``3 November 2025`` with English month names (en)."""
    if value is None:
        return ""
    months = MONTHS_EN if language.startswith("en") else MONTHS_ID
    return f"{value.day} {months[value.month - 1]} {value.year}"


MONTHS_SHORT_ID = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Mei",
    "Jun",
    "Jul",
    "Agu",
    "Sep",
    "Okt",
    "Nov",
    "Des",
)
MONTHS_SHORT_EN = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def short_date(value: date | datetime | None, language: str = "id") -> str:
    """``12 Okt 2026`` (id) or ``12 Oct 2026`` (en); an empty string for None."""
    if value is None:
        return ""
    months = MONTHS_SHORT_EN if language.startswith("en") else MONTHS_SHORT_ID
    return f"{value.day} {months[value.month - 1]} {value.year}"


def month_label(year: int, month: int, language: str = "id") -> str:
    months = MONTHS_EN if language.startswith("en") else MONTHS_ID
    return f"{months[month - 1]} {year}"


def number(value: float | int | None, decimals: int = 2, language: str = "id") -> str:
    """``1.234,56`` (id) or ``1,234.56`` (en)."""
    if value is None:
        return ""
    text = f"{value:,.{decimals}f}"
    if language.startswith("en"):
        return text
    return text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
