"""Field checks of the domain, shared by the GUI, the CLI and imports.

Each check returns the normalised value or raises :class:`FieldError` with an Indonesian and
an English message; :class:`Checker` gathers several into one ValidationError. The formats,
ranges and messages they share with the province come from the synced tables' schema
(:mod:`kopdes_desktop.sync.schema`), so the laptop never stores a value the province refuses;
:func:`check_row` checks a whole row against it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from kopdes_desktop.core.formatting import long_date
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.sync import schema
from kopdes_desktop.sync import schema_rules as rules

LAT_RANGE = schema.LAT_RANGE
LON_RANGE = schema.LON_RANGE


class FieldError(Exception):
    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en


def _refused(fmt: schema.Format) -> FieldError:
    """The error of a value that does not have the schema format ``fmt``."""
    _code, message, message_en = fmt[1]
    return FieldError(message, message_en)


def _checked(fmt: schema.Format, value: str) -> str:
    if not fmt[0](value):
        raise _refused(fmt)
    return value


def _counted(fmt: schema.Format, value: str) -> str:
    """Like :func:`_checked` for a number of digits; the message says how many were typed
    ("NIB harus 13 angka; tertulis 12.")."""
    if fmt[0](value):
        return value
    _code, message, message_en = fmt[1]
    digits = sum(1 for ch in value if "0" <= ch <= "9")
    others = sum(1 for ch in value if not ("0" <= ch <= "9" or ch in " .-"))
    typed, typed_en = f"tertulis {digits}", f"{digits} typed"
    if others:
        typed += f" angka dan {others} huruf atau tanda lain"
        typed_en = f"{digits} digits and {others} letters or other marks typed"
    raise FieldError(f"{message.rstrip('.')}; {typed}.", f"{message_en.rstrip('.')}; {typed_en}.")


def nib(value: str) -> str:
    """Nomor Induk Berusaha: exactly 13 digits."""
    return rules.digits_of(_counted(schema.NIB, value))


def nik_koperasi(value: str) -> str:
    """Nomor Induk Koperasi: 16 digits."""
    return rules.digits_of(_counted(schema.NIK_KOPERASI, value))


def npwp(value: str) -> str:
    """NPWP (15 or 16 digits), stored in its formatted 15-digit form when it has one."""
    from lokal.npwp import parse_npwp  # imported on use: lokal's package import is slow

    info = parse_npwp(value)
    if not info.valid or info.digits is None:
        raise _refused(schema.NPWP)
    return info.formatted15 or info.digits


def nik(value: str) -> str:
    """A person's NIK (16 digits, with a plausible region and birth date)."""
    from lokal.nik import parse_nik  # imported on use: lokal's package import is slow

    info = parse_nik(value)
    if not info.valid or info.nik is None:
        raise _refused(schema.NIK)
    return info.nik


def phone(value: str) -> str:
    """An Indonesian phone number, normalised to its national form (0812-3456-7890)."""
    from lokal.phone import parse_phone  # imported on use: lokal's package import is slow

    info = parse_phone(value)
    if not info.valid or info.national is None:
        raise _refused(schema.PHONE)
    return info.national


def ahu_number(value: str) -> str:
    """The legal-entity decree number, e.g. ``AHU-0001234.AH.01.29.TAHUN 2025``."""
    return rules.normal_ahu(_checked(schema.AHU, value))


def bank_account(value: str) -> str:
    """A bank account number: 6 to 20 digits."""
    return rules.digits_of(_counted(schema.BANK_ACCOUNT, value))


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


def due_on_or_after(due: date, visit_date: date) -> date:
    """A follow-up agreed at a visit falls due on the visit's day or later."""
    if due < visit_date:
        raise FieldError(
            f"Tenggat tidak boleh sebelum tanggal kunjungan ({long_date(visit_date)}); "
            "tindak lanjut yang disepakati saat kunjungan jatuh tempo pada hari itu atau "
            "sesudahnya.",
            f"The deadline cannot be before the visit ({long_date(visit_date, 'en')}); a "
            "follow-up agreed at a visit falls due on that day or later.",
        )
    return due


def not_future(value: date, today: date | None = None) -> date:
    if value > (today or date.today()):
        raise FieldError("Tanggal tidak boleh di masa depan.", "The date cannot be in the future.")
    return value


def money(value: int) -> int:
    """A whole, non-negative Rupiah amount up to the schema's :data:`~schema.MONEY_MAX`."""
    if isinstance(value, bool) or int(value) != value or value < 0:
        raise FieldError(
            "Jumlah rupiah harus bilangan bulat tidak negatif.",
            "A Rupiah amount must be a whole, non-negative number.",
        )
    if value > schema.MONEY_MAX:
        raise FieldError(
            "Jumlah rupiah terlalu besar (paling banyak Rp1.000.000.000.000.000).",
            "The Rupiah amount is too large (at most Rp1,000,000,000,000,000).",
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
    if not rules.clean_chars(text):
        raise FieldError(
            "Berisi karakter kendali atau karakter yang tidak sah.",
            "Contains control or invalid characters.",
        )
    return text


class Checker:
    """Collects every field problem, then raises them together."""

    def __init__(self) -> None:
        self.problems: dict[str, str] = {}
        self.problems_en: dict[str, str] = {}

    def check(self, field: str, check: Callable[[Any], Any], value: Any) -> Any:
        """``check(value)`` unless the value is empty; returns the normalised value or None."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        try:
            return check(value)
        except FieldError as exc:
            self.problems[field] = exc.message
            self.problems_en[field] = exc.message_en
            return None

    def require(self, field: str, check: Callable[[Any], Any], value: Any) -> Any:
        """Like :meth:`check`, but an empty value is a problem too."""
        if value is None or (isinstance(value, str) and not value.strip()):
            self.problems[field] = "Wajib diisi."
            self.problems_en[field] = "Required."
            return None
        return self.check(field, check, value)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, self.problems_en)


def check_row(table: str, values: dict[str, Any]) -> None:
    """Raise a ValidationError naming every value of a synced ``table``'s row that the schema
    refuses (what the province would refuse); ``values`` in their plain JSON form."""
    problems = schema.check_record(table, values)
    if problems:
        raise ValidationError(
            {p.field: p.reason for p in problems}, {p.field: p.reason_en for p in problems}
        )
