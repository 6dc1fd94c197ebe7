"""The value checks the synced-table schema is built from: one problem type, the formats the
domain uses (ids, region codes, NIB, NIK, NPWP, phone, AHU, dates) and factories that compile a
column's rules into one small closure.

Pure Python, no Qt and no SQLAlchemy: the province checks every incoming value with these, the
laptop's domain validation (:mod:`kopdes_desktop.core.validation`) uses the same formats. Every
check is bounded: lengths are compared before any format is looked at, numbers are compared
without being printed, nested JSON is walked with limits on depth, nodes and text, so a hostile
value is refused in time and memory proportional to what was already parsed.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

# --- the problem type ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Problem:
    """One refused value: the column (``field``), a short machine-readable ``code`` and a
    one-line reason in Indonesian (``reason``) and English (``reason_en``)."""

    field: str
    code: str
    reason: str
    reason_en: str

    def __str__(self) -> str:
        return f"{self.field}: {self.reason}" if self.field else self.reason

    def as_dict(self) -> dict[str, str]:
        return {
            "field": self.field,
            "code": self.code,
            "reason": self.reason,
            "reason_en": self.reason_en,
        }


# A reason a column check gives: (code, Indonesian, English); the field is added by the caller.
Reason = tuple[str, str, str]
Check = Callable[[Any], "Reason | None"]

# --- limits -------------------------------------------------------------------------------------

TEXT_MAX = 50_000
"""Characters of a free-text (``Text``) column: about 25 pages, far above any honest note."""
FLOAT_MAX = sys.float_info.max
INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)
JSON_MAX_DEPTH = 8
JSON_MAX_NODES = 5_000
JSON_MAX_CHARS = 200_000
"""Bounds of a JSON column (answers, results): the demo's largest result has depth 3, 342
nodes and 7,600 characters."""
JSON_INT = 2**53
"""Whole numbers inside JSON stay exact in every reader (JavaScript, SQLite JSON)."""
DATE_MIN, DATE_MAX = "1900-01-01", "2199-12-31"

# --- characters ---------------------------------------------------------------------------------

# C0 controls except tab and line breaks, DEL and C1 controls, lone surrogates (which no UTF-8
# database can store) and the two non-characters.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_chars(text: str) -> bool:
    """Whether ``text`` has no control character, lone surrogate or non-character (tabs and
    line breaks are fine). ``isprintable`` answers most texts without the regex."""
    return text.isprintable() or _BAD_CHARS.search(text) is None


# --- formats ------------------------------------------------------------------------------------

_HEX = frozenset("0123456789abcdefABCDEF-")
_LOWER_HEX = frozenset("0123456789abcdef")
_SEPARATORS = re.compile(r"[\s.\-]")
_AHU = re.compile(r"^AHU-\d{4,10}\.AH\.\d{2}\.\d{2}\.TAHUN \d{4}$", re.IGNORECASE)
_MIME = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]{0,126}/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}")
_REGION_PARTS = ((2,), (2, 2), (2, 2, 2), (2, 2, 2, 4))


_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def remembered(predicate: Callable[[str], bool], limit: int = 20_000) -> Callable[[str], bool]:
    """``predicate`` remembering the texts it accepted, up to ``limit`` of them (then it starts
    afresh). A batch repeats its parents' ids, its dates and its timestamps many times over."""
    accepted: set[str] = set()

    def check(text: str) -> bool:
        if text in accepted:
            return True
        if not predicate(text):
            return False
        if len(accepted) >= limit:
            accepted.clear()
        accepted.add(text)
        return True

    check.__doc__ = predicate.__doc__
    check.accepted = accepted  # type: ignore[attr-defined]  # read by generated checks
    return check


def is_new_uuid(text: str) -> bool:
    """A UUID in its 36-character text form (the form every record and device id takes), for
    ids seen once (a record's own id): nothing remembered."""
    return _UUID.fullmatch(text) is not None


is_uuid = remembered(is_new_uuid)
"""A UUID, remembering the ids it accepted (parents' ids come back record after record)."""


def is_region_code(text: str) -> bool:
    """A Kemendagri code: ``65``, ``65.01``, ``65.01.01`` or ``65.01.01.2001``."""
    if len(text) > 13 or not text.isascii():
        return False
    parts = text.split(".")
    return tuple(map(len, parts)) in _REGION_PARTS and all(p.isdigit() for p in parts)


def in_region(code: str, prefix: str) -> bool:
    """Whether region ``code`` is ``prefix`` or lies under it."""
    return code == prefix or code.startswith(prefix + ".")


def digits_of(text: str) -> str:
    """``text`` without spaces, dots and dashes (how NIB, NIK and account numbers are typed)."""
    return _SEPARATORS.sub("", text)


def ascii_digits(text: str, low: int, high: int) -> bool:
    """``low`` to ``high`` ASCII digits (``isdigit`` alone accepts other scripts' digits)."""
    return low <= len(text) <= high and text.isascii() and text.isdigit()


def is_nib(text: str) -> bool:
    """Nomor Induk Berusaha: 13 digits."""
    return ascii_digits(digits_of(text), 13, 13)


def is_nik_koperasi(text: str) -> bool:
    """Nomor Induk Koperasi: 16 digits."""
    return ascii_digits(digits_of(text), 16, 16)


def is_bank_account(text: str) -> bool:
    return ascii_digits(digits_of(text), 6, 20)


def normal_ahu(text: str) -> str:
    """An AHU number with single spaces, in capitals (the stored form)."""
    return " ".join(text.split()).upper()


def is_ahu(text: str) -> bool:
    """``AHU-0001234.AH.01.29.TAHUN 2025``, in any case and spacing."""
    normal = normal_ahu(text)
    return normal.isascii() and _AHU.fullmatch(normal) is not None


def is_npwp(text: str) -> bool:
    """An NPWP of 15 or 16 digits, as lokal-id checks it."""
    return _lokal("npwp", "parse_npwp")(text).valid


def is_nik(text: str) -> bool:
    """A person's NIK (16 digits, a known province, a real birth date), as lokal-id checks it."""
    return _lokal("nik", "parse_nik")(text).valid


def is_phone(text: str) -> bool:
    """An Indonesian phone number, as lokal-id checks it. The form the laptop stores a mobile
    number in (``0812-3456-7890``: 08, then digits and dashes, 10 to 13 digits) is one lokal-id
    accepts, and is recognised without it."""
    if text.startswith("08") and text.isascii():
        digits = text.replace("-", "")
        if digits.isdigit() and 10 <= len(digits) <= 13:
            return True
    return _lokal("phone", "parse_phone")(text).valid


_LOKAL: dict[str, Callable[[str], Any]] = {}


def _lokal(module: str, name: str) -> Callable[[str], Any]:
    """A parser of lokal-id, imported on first use (lokal's package import is slow)."""
    parser = _LOKAL.get(name)
    if parser is None:
        parser = _LOKAL[name] = getattr(importlib.import_module(f"lokal.{module}"), name)
    return parser


def is_sha256(text: str) -> bool:
    return len(text) == 64 and _LOWER_HEX.issuperset(text)


def is_month(text: str) -> bool:
    """``YYYY-MM``."""
    return (
        len(text) == 7 and text[4] == "-" and ascii_digits(text[:4], 4, 4) and text[5:] in _MONTHS
    )


_MONTHS = frozenset(f"{m:02d}" for m in range(1, 13))
_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_MONTH_DAYS = frozenset(
    f"{m:02d}-{d:02d}" for m in range(1, 13) for d in range(1, _DAYS_IN[m - 1] + 1)
)


def is_month_day(text: str) -> bool:
    """``MM-DD``, a day that exists in some year (29 February included)."""
    return text in _MONTH_DAYS


def is_mime(text: str) -> bool:
    return _MIME.fullmatch(text) is not None


def is_filename(text: str) -> bool:
    """A file's own name: no folder separators, not ``.`` or ``..``, not blank."""
    return "/" not in text and "\\" not in text and text.strip() not in ("", ".", "..")


def _is_date(text: str) -> bool:
    """``YYYY-MM-DD``, a real day between 1900 and 2199."""
    if len(text) != 10 or not text.isascii() or text[4] != "-" or text[7] != "-":
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return DATE_MIN <= text <= DATE_MAX


def _is_datetime(text: str) -> bool:
    """``YYYY-MM-DDTHH:MM:SS`` with optional microseconds, in UTC without a zone (the form
    every timestamp is stored and sent in), between 1900 and 2199."""
    if (
        len(text) not in (19, 26)
        or not text.isascii()
        or text[4] != "-"
        or text[7] != "-"
        or text[10] != "T"
        or (len(text) == 26 and text[19] != ".")
    ):
        return False
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return DATE_MIN <= text[:10] <= DATE_MAX


is_date = remembered(_is_date)
is_datetime = remembered(_is_datetime)


# --- reasons ------------------------------------------------------------------------------------

NULL = ("required", "wajib diisi (tidak boleh kosong)", "required (cannot be empty)")
BLANK = ("required", "wajib diisi (tidak boleh kosong)", "required (cannot be blank)")
CHARS = (
    "characters",
    "berisi karakter kendali atau karakter tidak sah",
    "contains control or invalid characters",
)
NOT_FINITE = (
    "number",
    "bukan angka yang sah (NaN atau tak hingga)",
    "not a valid number (NaN or infinity)",
)
TYPE = {
    "text": ("type", "harus berupa teks", "must be text"),
    "int": ("type", "harus bilangan bulat", "must be a whole number"),
    "float": ("type", "harus berupa angka", "must be a number"),
    "bool": ("type", "harus ya/tidak (true/false)", "must be true or false"),
    "date": ("type", "harus tanggal berbentuk YYYY-MM-DD", "must be a date as YYYY-MM-DD"),
    "datetime": (
        "type",
        "harus tanggal dan jam berbentuk YYYY-MM-DDTHH:MM:SS",
        "must be a date and time as YYYY-MM-DDTHH:MM:SS",
    ),
    "json": ("type", "harus berupa objek JSON", "must be a JSON object"),
}
JSON_DEEP = (
    "size",
    f"terlalu bersarang (maksimal {JSON_MAX_DEPTH} tingkat)",
    f"nested too deeply (at most {JSON_MAX_DEPTH} levels)",
)
JSON_LARGE = (
    "size",
    f"terlalu besar (maksimal {JSON_MAX_NODES} nilai dan {JSON_MAX_CHARS} karakter)",
    f"too large (at most {JSON_MAX_NODES} values and {JSON_MAX_CHARS} characters)",
)
JSON_NUMBER = (
    "number",
    "berisi angka yang tidak sah (NaN, tak hingga atau terlalu besar)",
    "contains an invalid number (NaN, infinity or too large)",
)
JSON_VALUE = ("type", "berisi nilai yang bukan JSON", "contains a value that is not JSON")


def too_long(limit: int) -> Reason:
    return (
        "length",
        f"terlalu panjang (maksimal {limit} karakter)",
        f"too long (at most {limit} characters)",
    )


def out_of_range(low: float, high: float) -> Reason:
    """The reason of a number outside ``low``..``high``, written as people write numbers."""
    if isinstance(low, int) and isinstance(high, int):
        id_low, id_high = (f"{n:,}".replace(",", ".") for n in (low, high))
        en_low, en_high = f"{low:,}", f"{high:,}"
    else:
        id_low, id_high = (f"{n:g}".replace(".", ",") for n in (low, high))
        en_low, en_high = f"{low:g}", f"{high:g}"
    return (
        "range",
        f"di luar rentang yang sah ({id_low} sampai {id_high})",
        f"outside the valid range ({en_low} to {en_high})",
    )


def unknown_choice(allowed: tuple[str, ...]) -> Reason:
    return (
        "choice",
        f"pilihan tidak dikenal (boleh: {', '.join(allowed)})",
        f"unknown choice (allowed: {', '.join(allowed)})",
    )


# --- column checks ------------------------------------------------------------------------------


def text_check(
    limit: int,
    nullable: bool,
    *,
    choices: tuple[str, ...] = (),
    fmt: tuple[Callable[[str], bool], Reason] | None = None,
    nonblank: bool = False,
    strict: bool = False,
) -> Check:
    """A text column: its type, length, characters, then its choices or format. ``strict``: the
    format alone proves the text clean and short enough (ids, region codes, digests).

    Most values are accepted by one expression; anything else goes through every step, which
    names the first thing wrong."""
    full = _text_reasons(limit, nullable, choices, fmt, nonblank)
    if fmt is not None and strict:
        predicate = fmt[0]

        def check(value: Any) -> Reason | None:
            return None if type(value) is str and predicate(value) else full(value)
    elif fmt is None and choices:
        allowed = frozenset(choices)

        def check(value: Any) -> Reason | None:
            return None if type(value) is str and value in allowed else full(value)
    elif fmt is None:
        shortest = 1 if nonblank else 0

        def check(value: Any) -> Reason | None:
            if (
                type(value) is str
                and shortest <= len(value) <= limit
                and value.isprintable()
                and not value.isspace()
            ):
                return None
            return full(value)
    else:
        return full
    return check


def _text_reasons(
    limit: int,
    nullable: bool,
    choices: tuple[str, ...],
    fmt: tuple[Callable[[str], bool], Reason] | None,
    nonblank: bool,
) -> Check:
    long, allowed, wrong_choice = too_long(limit), frozenset(choices), unknown_choice(choices)
    predicate, wrong_format = fmt if fmt else (None, None)
    wrong_type = TYPE["text"]

    def check(value: Any) -> Reason | None:
        if type(value) is not str:
            return (None if nullable else NULL) if value is None else wrong_type
        if len(value) > limit:
            return long
        if not (value.isprintable() or _BAD_CHARS.search(value) is None):
            return CHARS
        if allowed and value not in allowed:
            return wrong_choice
        if predicate is not None and not predicate(value):
            return wrong_format
        if nonblank and not value.strip():
            return BLANK
        return None

    return check


def int_check(low: int, high: int, nullable: bool) -> Check:
    """A whole number between ``low`` and ``high`` (a bool is not a number here)."""
    outside, wrong_type = out_of_range(low, high), TYPE["int"]

    def check(value: Any) -> Reason | None:
        if type(value) is int:
            return None if low <= value <= high else outside
        return (None if nullable else NULL) if value is None else wrong_type

    return check


def float_check(low: float, high: float, nullable: bool) -> Check:
    """A finite number between ``low`` and ``high`` (whole numbers are numbers too)."""
    outside, wrong_type = out_of_range(low, high), TYPE["float"]

    def check(value: Any) -> Reason | None:
        kind = type(value)
        if kind is float:
            if low <= value <= high:
                return None
            return NOT_FINITE if value - value != 0 else outside  # NaN or infinity
        if kind is int:
            return None if low <= value <= high else outside
        return (None if nullable else NULL) if value is None else wrong_type

    return check


def bool_check(nullable: bool) -> Check:
    wrong_type = TYPE["bool"]

    def check(value: Any) -> Reason | None:
        if type(value) is bool:
            return None
        return (None if nullable else NULL) if value is None else wrong_type

    return check


def when_check(nullable: bool, with_time: bool) -> Check:
    """A date (``YYYY-MM-DD``) or a timestamp (``YYYY-MM-DDTHH:MM:SS``) as text."""
    predicate = is_datetime if with_time else is_date
    wrong = TYPE["datetime" if with_time else "date"]

    def check(value: Any) -> Reason | None:
        if type(value) is str:
            return None if predicate(value) else wrong
        return (None if nullable else NULL) if value is None else wrong

    return check


def json_check(nullable: bool) -> Check:
    """A JSON object within :data:`JSON_MAX_DEPTH`, :data:`JSON_MAX_NODES` and
    :data:`JSON_MAX_CHARS`, holding only JSON values (finite numbers, clean texts)."""
    wrong_type = TYPE["json"]

    def check(value: Any) -> Reason | None:
        if type(value) is dict:
            return json_problem(value)
        return (None if nullable else NULL) if value is None else wrong_type

    return check


def json_problem(value: dict[str, Any] | list[Any]) -> Reason | None:
    """Why a parsed JSON object or array is refused, or None.

    Walks one level at a time, with early exits on depth and node count; keys and strings are
    gathered and checked together at the end, in one pass over their joined characters (a key
    that is not a string makes the join fail). Limits are bound to locals: this loop runs for
    every value of every answer sheet."""
    level: list[Any] = [value]
    texts: list[str] = []
    keep, high, low = texts.append, JSON_INT, -JSON_INT
    max_depth, max_nodes = JSON_MAX_DEPTH, JSON_MAX_NODES
    nodes = depth = 0
    while level:
        depth += 1
        if depth > max_depth:
            return JSON_DEEP
        below: list[Any] = []
        for container in level:
            nodes += len(container)
            if nodes > max_nodes:
                return JSON_LARGE
            if type(container) is dict:
                texts.extend(container)
                container = container.values()
            for item in container:
                kind = type(item)
                if kind is str:
                    keep(item)
                elif kind is int:
                    if not low <= item <= high:
                        return JSON_NUMBER
                elif kind is float:
                    if item - item != 0:  # NaN or infinity
                        return JSON_NUMBER
                elif kind is dict or kind is list:
                    below.append(item)
                elif item is not None and kind is not bool:
                    return JSON_VALUE
        level = below
    try:
        joined = "".join(texts)
    except TypeError:
        return JSON_VALUE
    if len(joined) > JSON_MAX_CHARS:
        return JSON_LARGE
    return None if joined.isprintable() or _BAD_CHARS.search(joined) is None else CHARS
