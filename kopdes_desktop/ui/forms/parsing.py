"""Reading what a mentor types into number, money, date and GPS fields (Qt-free helpers).

Indonesian habits come first: ``1.250.000`` is one million two hundred fifty thousand, and
``12,5`` is twelve and a half. What cannot be read is kept as typed, so the answer shows the
text again and the form explains the problem beside the field.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from kopdes_desktop.core.formatting import number, rupiah

_MONEY = re.compile(r"^-?\d{1,3}(\.\d{3})+$|^-?\d+$")


def parse_number(text: str, kind: str) -> Any:
    """The number in ``text`` for an item of ``kind`` (integer, decimal, money, percent).

    Returns None for empty text, a number when it reads as one, else the stripped text.
    """
    raw = text.strip()
    if not raw:
        return None
    cleaned = raw.replace(" ", "")
    if kind == "money":
        cleaned = re.sub(r"^(-?)rp\.?", r"\1", cleaned, flags=re.IGNORECASE)
        if _MONEY.match(cleaned):
            return int(cleaned.replace(".", ""))
        if re.fullmatch(r"-?\d+,00?", cleaned):
            return int(cleaned.split(",")[0])
        return raw
    cleaned = cleaned.rstrip("%")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", cleaned):
        cleaned = cleaned.replace(".", "")
    cleaned = cleaned.replace(",", ".")
    try:
        value = float(cleaned)
    except ValueError:
        return raw
    if value.is_integer() and kind in ("integer", "money"):
        return int(value)
    if value.is_integer() and "." not in cleaned:
        return int(value)
    return value


def format_number(value: Any, kind: str, language: str = "id") -> str:
    """How a stored number is shown in its field (money without the ``Rp``, a label holds it)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if kind == "money":
        return rupiah(value, language).removeprefix("Rp")
    if isinstance(value, int) or float(value).is_integer():
        text = number(value, 0, language)
        return text if kind != "integer" else text.replace(".", "").replace(",", "")
    return number(value, 2, language).rstrip("0").rstrip(",.")


_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$"), (3, 2, 1)),
)


def parse_date(text: str) -> date | str | None:
    """A date from ``2025-11-03``, ``3/11/2025`` or ``03-11-2025``; the text when unreadable."""
    raw = text.strip()
    if not raw:
        return None
    for pattern, (y, m, d) in _DATE_PATTERNS:
        match = pattern.match(raw)
        if match:
            try:
                return date(int(match[y]), int(match[m]), int(match[d]))
            except ValueError:
                return raw
    return raw


def format_date(value: date | None) -> str:
    """``03/11/2025``: the short form the date fields show and read back."""
    return value.strftime("%d/%m/%Y") if value else ""


def parse_coordinate(text: str) -> float | str | None:
    """A decimal degree (``3,2917`` or ``3.2917``); the text when unreadable."""
    raw = text.strip()
    if not raw:
        return None
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return raw
