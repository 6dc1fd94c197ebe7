"""Field checks of the domain, shared by the GUI, the CLI and imports.

Each check returns the normalised value or raises :class:`FieldError` with an Indonesian and
an English message; :class:`Checker` gathers several into one ValidationError.
"""

from __future__ import annotations

import re
from datetime import date

from kopdes_desktop.errors import ValidationError

# Indonesia's extent, with a little margin for islands at the edges.
LAT_RANGE = (-11.2, 6.2)
LON_RANGE = (94.7, 141.1)

_AHU = re.compile(r"^AHU-\d{4,10}\.AH\.\d{2}\.\d{2}\.TAHUN \d{4}$", re.IGNORECASE)


class FieldError(Exception):
    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en


def _digits(value: str) -> str:
    return re.sub(r"[\s.\-]", "", value)


def nib(value: str) -> str:
    """Nomor Induk Berusaha: exactly 13 digits."""
    digits = _digits(value)
    if not re.fullmatch(r"\d{13}", digits):
        raise FieldError("NIB harus 13 angka.", "NIB must be 13 digits.")
    return digits


def nik_koperasi(value: str) -> str:
    """Nomor Induk Koperasi: 16 digits."""
    digits = _digits(value)
    if not re.fullmatch(r"\d{16}", digits):
        raise FieldError("NIK koperasi harus 16 angka.", "The cooperative NIK must be 16 digits.")
    return digits


def npwp(value: str) -> str:
    """NPWP (15 or 16 digits), stored in its formatted 15-digit form when it has one."""
    from lokal.npwp import parse_npwp  # imported on use: lokal's package import is slow

    info = parse_npwp(value)
    if not info.valid:
        raise FieldError(
            "NPWP tidak valid (15 atau 16 angka).", "The NPWP is not valid (15 or 16 digits)."
        )
    return info.formatted15 or info.digits


def nik(value: str) -> str:
    """A person's NIK (16 digits, with a plausible region and birth date)."""
    from lokal.nik import parse_nik  # imported on use: lokal's package import is slow

    info = parse_nik(value)
    if not info.valid:
        raise FieldError("NIK tidak valid.", "The NIK is not valid.")
    return info.nik


def phone(value: str) -> str:
    """An Indonesian phone number, normalised to its national form (0812-3456-7890)."""
    from lokal.phone import parse_phone  # imported on use: lokal's package import is slow

    info = parse_phone(value)
    if not info.valid:
        raise FieldError(
            "Nomor telepon tidak valid (contoh: 0812-3456-7890).",
            "The phone number is not valid (e.g. 0812-3456-7890).",
        )
    return info.national


def ahu_number(value: str) -> str:
    """The legal-entity decree number, e.g. ``AHU-0001234.AH.01.29.TAHUN 2025``."""
    text = " ".join(value.split()).upper()
    if not _AHU.fullmatch(text):
        raise FieldError(
            "Nomor AHU tidak sesuai format (contoh: AHU-0001234.AH.01.29.TAHUN 2025).",
            "The AHU number has the wrong form (e.g. AHU-0001234.AH.01.29.TAHUN 2025).",
        )
    return text


def bank_account(value: str) -> str:
    digits = _digits(value)
    if not re.fullmatch(r"\d{6,20}", digits):
        raise FieldError(
            "Nomor rekening harus 6 sampai 20 angka.", "The account number must be 6 to 20 digits."
        )
    return digits


def latitude(value: float) -> float:
    if not LAT_RANGE[0] <= value <= LAT_RANGE[1]:
        raise FieldError(
            "Lintang di luar wilayah Indonesia (-11 sampai 6).",
            "Latitude is outside Indonesia (-11 to 6).",
        )
    return round(float(value), 6)


def longitude(value: float) -> float:
    if not LON_RANGE[0] <= value <= LON_RANGE[1]:
        raise FieldError(
            "Bujur di luar wilayah Indonesia (95 sampai 141).",
            "Longitude is outside Indonesia (95 to 141).",
        )
    return round(float(value), 6)


def not_future(value: date, today: date | None = None) -> date:
    if value > (today or date.today()):
        raise FieldError("Tanggal tidak boleh di masa depan.", "The date cannot be in the future.")
    return value


def money(value: int) -> int:
    if int(value) != value or value < 0:
        raise FieldError(
            "Jumlah rupiah harus bilangan bulat tidak negatif.",
            "A Rupiah amount must be a whole, non-negative number.",
        )
    return int(value)


def required_text(value: str | None, max_length: int = 200) -> str:
    text = (value or "").strip()
    if not text:
        raise FieldError("Wajib diisi.", "Required.")
    if len(text) > max_length:
        raise FieldError(
            f"Terlalu panjang (maksimal {max_length} karakter).",
            f"Too long (at most {max_length} characters).",
        )
    return text


class Checker:
    """Collects every field problem, then raises them together."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.problems_en: dict[str, str] = {}

    def check(self, field: str, check, value):  # type: ignore[no-untyped-def]
        """``check(value)`` unless the value is empty; returns the normalised value or None."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return check(value)
        except FieldError as exc:
            self.problems[field] = exc.message
            self.problems_en[field] = exc.message_en
            return None

    def require(self, field: str, check, value):  # type: ignore[no-untyped-def]
        """Like :meth:`check`, but an empty value is a problem too."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problems[field] = "Wajib diisi."
            self.problems_en[field] = "Required."
            return None
        return self.check(field, check, value)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, self.problems_en)
