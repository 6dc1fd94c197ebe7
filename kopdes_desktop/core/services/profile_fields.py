"""The cooperative profile's fields as text: what ``kopdes koperasi add/edit --set`` accepts.

Each field is read from text as the GUI's profile form reads its widgets (a date such as
``3-11-2025``, a coordinate with a dot or a comma, Rupiah such as ``1.250.000``), and a value
that cannot even be read gets the same Indonesian message as the form shows. The values are
then checked by :func:`kopdes_desktop.core.services.cooperatives.update_profile`, the one check
the GUI uses too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from kopdes_desktop.core.services.cooperatives import FORMATION_MODELS, SIMKOPDES_STATUSES

_DATE = re.compile(r"^\s*(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})\s*$")
_MONEY = re.compile(r"^\s*(rp\.?\s*)?([0-9][0-9.]*)?\s*$", re.IGNORECASE)


def parse_date(text: str) -> date | None:
    """``3-11-2025``, ``3/11/2025`` or ``2025-11-03``; empty -> None; ValueError otherwise."""
    text = text.strip()
    if not text:
        return None
    match = _DATE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return date(year, month, day)
    return date.fromisoformat(text)


def parse_coordinate(text: str) -> float | None:
    """A decimal degree, with a dot or a comma; empty -> None; ValueError otherwise."""
    text = text.strip().replace(",", ".")
    return float(text) if text else None


def parse_rupiah(text: str) -> int | None:
    """``Rp1.250.000``, ``1.250.000`` or ``1250000`` -> 1250000; empty -> None."""
    match = _MONEY.match(text)
    if match is None:
        raise ValueError(text)
    digits = match.group(2) or ""
    if not digits:
        return None
    if "." in digits and not re.fullmatch(r"\d{1,3}(\.\d{3})+", digits):
        raise ValueError(text)
    return int(digits.replace(".", ""))


def _choice(text: str) -> str:
    return text.strip().upper()


@dataclass(frozen=True)
class ProfileField:
    """One field of the profile: its name, what it means, and how its text is read."""

    name: str
    meaning: str
    read: Callable[[str], Any] = str
    unreadable: str = ""


_DATE_TEXT = "Ketik tanggal seperti 3-11-2025."
_MONEY_TEXT = "Ketik jumlah seperti 1.250.000."

PROFILE_FIELDS: tuple[ProfileField, ...] = (
    ProfileField("name", "nama koperasi (wajib)"),
    ProfileField("address", "alamat kantor"),
    ProfileField("formation_model", "model pembentukan: " + ", ".join(FORMATION_MODELS), _choice),
    ProfileField("simkopdes_status", "status SIMKOPDES: " + ", ".join(SIMKOPDES_STATUSES), _choice),
    ProfileField("founded_on", "tanggal berdiri, mis. 3-11-2025", parse_date, _DATE_TEXT),
    ProfileField("ahu_number", "SK AHU, mis. AHU-0001234.AH.01.29.TAHUN 2025"),
    ProfileField("nik_koperasi", "NIK koperasi (16 angka)"),
    ProfileField("nib", "NIB (13 angka)"),
    ProfileField("npwp", "NPWP (15 atau 16 angka)"),
    ProfileField("bank_name", "nama bank"),
    ProfileField("bank_account", "nomor rekening (6-20 angka)"),
    ProfileField(
        "office_lat", "lintang kantor, mis. 2.84", parse_coordinate, "Ketik angka seperti 2.84."
    ),
    ProfileField(
        "office_lon", "bujur kantor, mis. 117.37", parse_coordinate, "Ketik angka seperti 117.37."
    ),
    ProfileField(
        "financing_ceiling", "plafon pembiayaan (Rp), mis. 1.250.000", parse_rupiah, _MONEY_TEXT
    ),
    ProfileField("financing_disbursed", "pembiayaan yang cair (Rp)", parse_rupiah, _MONEY_TEXT),
    ProfileField("financing_outstanding", "baki debet (Rp)", parse_rupiah, _MONEY_TEXT),
    ProfileField("financing_arrears", "tunggakan (Rp)", parse_rupiah, _MONEY_TEXT),
    ProfileField("notes", "catatan"),
)
FIELDS_BY_NAME = {field.name: field for field in PROFILE_FIELDS}


def read_profile_text(texts: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """The values of ``texts`` (field name -> text), and the fields whose text cannot be read
    (field name -> message). An empty text clears the field, as an emptied form field does."""
    values: dict[str, Any] = {}
    unreadable: dict[str, str] = {}
    for name, text in texts.items():
        field = FIELDS_BY_NAME[name]
        try:
            values[name] = field.read(text)
        except ValueError:
            unreadable[name] = field.unreadable or "Nilai tidak dapat dibaca."
    return values, unreadable


def fields_help() -> str:
    """The field list for ``--help``: one line per field."""
    width = max(len(field.name) for field in PROFILE_FIELDS)
    return "\n".join(f"  {field.name:<{width}}  {field.meaning}" for field in PROFILE_FIELDS)
