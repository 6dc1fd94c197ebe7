"""One schema per synced table: what a value must be before the province stores it.

Each column of a record's values (``v``) has a storage type, nullability and length that match
the table's SQLAlchemy model in :mod:`kopdes_desktop.store.models` (a test compares them column
by column, so a new column without a rule fails), and the domain rules added here by hand:
choices, ranges, id, date and region formats, NIB/NIK/NPWP/phone as the laptop's validation
checks them, and bounded JSON. Pure Python (no Qt, no SQLAlchemy) and compiled once into a
closure per column, so checking a record costs about as much as reading it.

API (see docs/SYNC-HTTP.md, "Validasi nilai"):

- :func:`check_record` (table, parsed values) and :func:`check_values_text` (JSON text) give the
  problems of one record; :func:`check_stamps` those of its id and ``updated_at``.
- :func:`summary` makes the one-line reason of a refusal.

Parents (a record's foreign keys) and whole batches are :mod:`.schema_batch`'s.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from operator import call
from typing import Any, NamedTuple

from kopdes_desktop.sync import schema_rules as r
from kopdes_desktop.sync.schema_fast import compile_acceptor
from kopdes_desktop.sync.schema_rules import Check, Problem, Reason

__all__ = [
    "Problem",
    "check_record",
    "check_values_text",
    "check_stamps",
    "summary",
    "TABLES",
    "PARENTS",
]

# --- the domain's choices and ranges (the laptop's services use the same; a test holds them
# equal) -----------------------------------------------------------------------------------------

MENTOR_ROLES = ("PENDAMPING", "BA")
FORMATION_MODELS = ("BARU", "PENGEMBANGAN", "REVITALISASI")
SIMKOPDES_STATUSES = ("BELUM", "TERDAFTAR", "AKTIF", "MUTAKHIR")
UNIT_KINDS = (
    "KANTOR",
    "SEMBAKO",
    "SIMPAN_PINJAM",
    "KLINIK",
    "APOTEK",
    "GUDANG_COLD_STORAGE",
    "LOGISTIK",
    "LAINNYA",
)
UNIT_STATUSES = ("PLANNED", "PREPARING", "OPERATING", "SUSPENDED")
ORGANS = ("PENGURUS", "PENGAWAS")
GENDERS = ("L", "P")
VISIT_STATUSES = ("PLANNED", "DRAFT", "DONE")
ASSESSMENT_STATUSES = ("DRAFT", "FINAL")
COMPLIANCE = ("TIDAK_SESUAI", "CUKUP", "SESUAI")
ACTION_STATUSES = ("OPEN", "PROGRESS", "DONE", "DROPPED")
OWNER_TYPES = ("visit", "finding", "action_item", "assessment")
"""An attachment's owner: the owner type is the owner's table."""
ATTACHMENT_KINDS = ("SIGNED_REPORT",)
"""What an attachment stands for beyond being a file (none for most)."""

LAT_RANGE = (-11.2, 6.2)
LON_RANGE = (94.7, 141.1)
"""Indonesia's extent, with a little margin for islands at the edges."""
FINANCING_CEILING_MAX = 3_000_000_000
"""PMK 49/2025 ceiling per cooperative; disbursed, outstanding and arrears stay below it."""
MONEY_MAX = 10**15
"""Any other Rupiah amount: one quadrillion, far above a cooperative's turnover."""
PEOPLE_MAX = 10_000_000
NOTE_MAX_CHARS = 8000
ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024
SCORE_RANGE = (-1_000_000.0, 1_000_000.0)
REVISION_MAX = 1_000_000
FINANCING_SCHEDULES = ("ANUITAS", "POKOK_TETAP")
"""Annuity after the grace period, or equal principal with interest on the balance."""
RATE_MAX_PCT = 100.0
TENOR_MAX_MONTHS = 600
YEAR_RANGE = (1900, 2200)

# --- formats: (predicate, reason), the reasons worded as the laptop's forms word them ------------

Format = tuple[Callable[[str], bool], Reason]
UUID: Format = (
    r.is_uuid,
    ("format", "id tidak sah (harus UUID)", "not a valid id (must be a UUID)"),
)
REGION: Format = (
    r.is_region_code,
    (
        "format",
        "kode wilayah tidak sah (contoh: 65.01.01.2001)",
        "not a valid region code (e.g. 65.01.01.2001)",
    ),
)
NIB: Format = (r.is_nib, ("format", "NIB harus 13 angka.", "NIB must be 13 digits."))
NIK_KOPERASI: Format = (
    r.is_nik_koperasi,
    ("format", "NIK koperasi harus 16 angka.", "The cooperative NIK must be 16 digits."),
)
NPWP: Format = (
    r.is_npwp,
    ("format", "NPWP tidak valid (15 atau 16 angka).", "The NPWP is not valid (15 or 16 digits)."),
)
NIK: Format = (r.is_nik, ("format", "NIK tidak valid.", "The NIK is not valid."))
PHONE: Format = (
    r.is_phone,
    (
        "format",
        "Nomor telepon tidak valid (contoh: 0812-3456-7890).",
        "The phone number is not valid (e.g. 0812-3456-7890).",
    ),
)
AHU: Format = (
    r.is_ahu,
    (
        "format",
        "Nomor AHU tidak sesuai format (contoh: AHU-0001234.AH.01.29.TAHUN 2025).",
        "The AHU number has the wrong form (e.g. AHU-0001234.AH.01.29.TAHUN 2025).",
    ),
)
BANK_ACCOUNT: Format = (
    r.is_bank_account,
    (
        "format",
        "Nomor rekening harus 6 sampai 20 angka.",
        "The account number must be 6 to 20 digits.",
    ),
)
SHA256: Format = (
    r.is_sha256,
    ("format", "harus SHA-256 (64 angka heksadesimal)", "must be a SHA-256 (64 hex digits)"),
)
MONTH_DAY: Format = (
    r.is_month_day,
    (
        "format",
        "harus tanggal berbentuk MM-DD (contoh: 12-31)",
        "must be a day of the year as MM-DD (e.g. 12-31)",
    ),
)
MONTH: Format = (
    r.is_month,
    ("format", "harus bulan berbentuk YYYY-MM", "must be a month as YYYY-MM"),
)
MIME: Format = (
    r.is_mime,
    (
        "format",
        "jenis berkas tidak sah (contoh: image/jpeg)",
        "not a valid file type (e.g. image/jpeg)",
    ),
)
FILENAME: Format = (r.is_filename, ("format", "nama berkas tidak sah", "not a valid file name"))


STRICT = (UUID, REGION, SHA256, MONTH, MONTH_DAY)
"""Formats that accept only short, clean ASCII texts: passing them is enough."""


# --- columns -------------------------------------------------------------------------------------


class Column(NamedTuple):
    """One column of a synced table's values.

    ``kind`` is the storage type (string, text, int, bigint, float, bool, date, datetime, json),
    ``length`` a string's maximum, ``default`` whether the model fills it when absent, ``parent``
    the table a foreign key points to (``region`` for region codes).
    """

    name: str
    kind: str
    length: int | None = None
    nullable: bool = False
    default: bool = False
    parent: str | None = None
    choices: tuple[str, ...] = ()
    fmt: Format | None = None
    low: float | None = None
    high: float | None = None
    nonblank: bool = False


def s(name: str, length: int, **rules: Any) -> Column:
    return Column(name, "string", length, **rules)


def t(name: str, **rules: Any) -> Column:
    return Column(name, "text", **rules)


def ref(name: str, parent: str, nullable: bool = False) -> Column:
    """A foreign key to a synced table's id."""
    return Column(name, "string", 36, nullable, parent=parent, fmt=UUID)


def n(name: str, kind: str, low: float, high: float, **rules: Any) -> Column:
    return Column(name, kind, low=low, high=high, **rules)


def when(name: str, kind: str = "date", **rules: Any) -> Column:
    return Column(name, kind, **rules)


def money(name: str, high: int = MONEY_MAX, **rules: Any) -> Column:
    return n(name, "bigint", 0, high, **rules)


NULL: dict[str, Any] = {"nullable": True}
DEFAULT: dict[str, Any] = {"default": True}
CREATED = when("created_at", "datetime", default=True)
"""Every synced row's creation time (the other stamps travel outside the values)."""

TABLES: dict[str, tuple[Column, ...]] = {
    "mentor": (
        CREATED,
        s("name", 120, nonblank=True),
        s("role", 20, choices=MENTOR_ROLES, **DEFAULT),
        s("kabupaten_code", 13, fmt=REGION, **NULL),
        s("phone", 20, fmt=PHONE, **NULL),
        s("email", 120, **NULL),
        Column("is_self", "bool", default=True),
    ),
    "cooperative": (
        CREATED,
        s("name", 200, nonblank=True),
        s("region_code", 13, parent="region", fmt=REGION),
        t("address", **NULL),
        s("formation_model", 20, choices=FORMATION_MODELS, **DEFAULT),
        s("ahu_number", 60, fmt=AHU, **NULL),
        s("nik_koperasi", 20, fmt=NIK_KOPERASI, **NULL),
        s("nib", 13, fmt=NIB, **NULL),
        s("npwp", 25, fmt=NPWP, **NULL),
        s("bank_name", 60, **NULL),
        s("bank_account", 30, fmt=BANK_ACCOUNT, **NULL),
        s("simkopdes_status", 20, choices=SIMKOPDES_STATUSES, **DEFAULT),
        when("founded_on", **NULL),
        n("office_lat", "float", *LAT_RANGE, **NULL),
        n("office_lon", "float", *LON_RANGE, **NULL),
        money("financing_ceiling", FINANCING_CEILING_MAX, **DEFAULT),
        money("financing_disbursed", FINANCING_CEILING_MAX, **DEFAULT),
        money("financing_outstanding", FINANCING_CEILING_MAX, **DEFAULT),
        money("financing_arrears", FINANCING_CEILING_MAX, **DEFAULT),
        t("notes", **NULL),
        s("fiscal_year_end", 5, fmt=MONTH_DAY, **DEFAULT),
    ),
    "member_count": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        when("as_of"),
        n("members", "int", 0, PEOPLE_MAX),
        n("women", "int", 0, PEOPLE_MAX, **NULL),
    ),
    "business_unit": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        s("kind", 30, choices=UNIT_KINDS),
        s("other_name", 120, **NULL),
        s("status", 20, choices=UNIT_STATUSES, **DEFAULT),
        money("monthly_turnover", **NULL),
        t("notes", **NULL),
    ),
    "person": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        s("organ", 10, choices=ORGANS),
        s("role", 40, nonblank=True),
        s("name", 120, nonblank=True),
        s("gender", 1, choices=GENDERS, **NULL),
        s("phone", 20, fmt=PHONE, **NULL),
        s("nik", 16, fmt=NIK, **NULL),
    ),
    "assignment": (
        CREATED,
        ref("mentor_id", "mentor"),
        ref("cooperative_id", "cooperative"),
        when("start"),
        when("end", **NULL),
    ),
    "visit": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        ref("mentor_id", "mentor", True),
        when("visit_date"),
        s("purpose", 200, **DEFAULT),
        t("attendees", **NULL),
        n("lat", "float", *LAT_RANGE, **NULL),
        n("lon", "float", *LON_RANGE, **NULL),
        t("notes", **NULL),
        s("status", 12, choices=VISIT_STATUSES, **DEFAULT),
    ),
    "assessment": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        ref("visit_id", "visit", True),
        s("instrument_id", 60, nonblank=True),
        s("instrument_version", 20, nonblank=True),
        Column("answers", "json", default=True),
        Column("result", "json", nullable=True),
        n("total", "float", *SCORE_RANGE, **NULL),
        s("category", 60, **NULL),
        s("status", 10, choices=ASSESSMENT_STATUSES, **DEFAULT),
        when("assessed_on"),
        when("finalized_at", "datetime", **NULL),
        ref("revision_of", "assessment", True),
        n("revision_no", "int", 1, REVISION_MAX, **DEFAULT),
    ),
    "finding": (
        CREATED,
        ref("visit_id", "visit"),
        ref("cooperative_id", "cooperative"),
        s("area", 120, **DEFAULT),
        s("indicator", 200, **NULL),
        s("compliance", 12, choices=COMPLIANCE, **NULL),
        t("temuan"),
        t("rekomendasi", **DEFAULT),
    ),
    "action_item": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        ref("finding_id", "finding", True),
        ref("visit_id", "visit", True),
        t("title"),
        s("owner", 120, **DEFAULT),
        when("due_date", **NULL),
        s("status", 12, choices=ACTION_STATUSES, **DEFAULT),
        ref("closed_visit_id", "visit", True),
        when("closed_on", **NULL),
        t("notes", **NULL),
    ),
    "attachment": (
        CREATED,
        s("sha256", 64, fmt=SHA256),
        s("mime", 80, fmt=MIME),
        money("size", ATTACHMENT_MAX_BYTES),
        s("filename", 255, fmt=FILENAME),
        s("owner_type", 20, choices=OWNER_TYPES),
        s("owner_id", 36, fmt=UUID),
        t("caption", **NULL),
        s("kind", 20, choices=ATTACHMENT_KINDS, **NULL),
    ),
    "monthly_note": (
        CREATED,
        ref("mentor_id", "mentor"),
        s("month", 7, fmt=MONTH),
        t("issues", length=NOTE_MAX_CHARS, **DEFAULT),
        t("plans", length=NOTE_MAX_CHARS, **DEFAULT),
    ),
    "rat_meeting": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        n("fiscal_year", "int", *YEAR_RANGE),
        when("held_on"),
        t("notes", **NULL),
    ),
    "financing": (
        CREATED,
        ref("cooperative_id", "cooperative"),
        s("lender", 120, nonblank=True),
        money("ceiling", MONEY_MAX),
        money("disbursed", MONEY_MAX, **DEFAULT),
        when("disbursed_on", **NULL),
        n("rate_pct", "float", 0, RATE_MAX_PCT),
        n("tenor_months", "int", 1, TENOR_MAX_MONTHS),
        n("grace_months", "int", 0, TENOR_MAX_MONTHS - 1, **DEFAULT),
        s("schedule", 12, choices=FINANCING_SCHEDULES, **DEFAULT),
        t("notes", **NULL),
    ),
    "financing_payment": (
        CREATED,
        ref("financing_id", "financing"),
        when("paid_on"),
        money("amount"),
        t("notes", **NULL),
    ),
    "financing_arrears": (
        CREATED,
        ref("financing_id", "financing"),
        when("as_of"),
        money("amount"),
        t("notes", **NULL),
    ),
}
"""Every synced table's value columns (everything but the stamps): ``created_at``, then the
model's own columns in order."""

PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    table: tuple((c.name, c.parent) for c in columns if c.parent)
    for table, columns in TABLES.items()
}
"""Per table, (column, parent table) of each foreign key; ``region`` is the Kemendagri list."""

_INT_RANGES = {"int": r.INT32, "bigint": r.INT64}


def float_range(column: Column) -> tuple[float, float]:
    """A float column's range: its own, else every finite number."""
    low = column.low if column.low is not None else -r.FLOAT_MAX
    return low, column.high if column.high is not None else r.FLOAT_MAX


def compile_column(column: Column) -> Check:
    """The closure that checks one value of ``column``."""
    kind, nullable = column.kind, column.nullable
    if kind in ("string", "text"):
        limit = column.length or r.TEXT_MAX
        return r.text_check(
            limit,
            nullable,
            choices=column.choices,
            fmt=column.fmt,
            nonblank=column.nonblank,
            strict=column.fmt in STRICT,
        )
    if kind in _INT_RANGES:
        low, high = _INT_RANGES[kind]
        low = max(low, int(column.low)) if column.low is not None else low
        high = min(high, int(column.high)) if column.high is not None else high
        return r.int_check(low, high, nullable)
    if kind == "float":
        return r.float_check(*float_range(column), nullable)
    if kind == "bool":
        return r.bool_check(nullable)
    if kind in ("date", "datetime"):
        return r.when_check(nullable, kind == "datetime")
    if kind == "json":
        return r.json_check(nullable)
    raise ValueError(f"column {column.name}: unknown kind {kind}")


class _Table(NamedTuple):
    accept: Callable[[dict[str, Any]], bool]
    checks: dict[str, Check]
    required: tuple[str, ...]
    regions: tuple[str, ...]


_COMPILED: dict[str, _Table] = {
    table: _Table(
        compile_acceptor(table, columns, STRICT, float_range),
        {c.name: compile_column(c) for c in columns},
        tuple(c.name for c in columns if not (c.nullable or c.default)),
        tuple(c.name for c in columns if c.fmt is REGION),
    )
    for table, columns in TABLES.items()
}

# --- checking a record ---------------------------------------------------------------------------

MAX_PROBLEMS = 20
"""Problems reported per record at most (a hostile record may have thousands)."""
UNKNOWN_TABLE = Problem("", "table", "jenis catatan tidak dikenal", "unknown record type")
NOT_AN_OBJECT = Problem(
    "", "type", "nilai catatan harus berupa objek JSON", "a record's values must be a JSON object"
)
BAD_JSON = Problem(
    "", "json", "nilai catatan bukan JSON yang sah", "a record's values are not valid JSON"
)
_UNKNOWN_COLUMN = ("column", "kolom tidak dikenal", "unknown column")
_MISSING = ("missing", "kolom wajib tidak ada", "required column is missing")


def _field(key: str) -> str:
    """A column name fit to print: the name itself when it is a plain short name."""
    return key if len(key) <= 40 and key.isidentifier() and key.isascii() else "?"


def _problem(field: str, reason: Reason) -> Problem:
    return Problem(field, *reason)


def check_record(table: str, values: Any, *, region_prefix: str | None = None) -> list[Problem]:
    """The problems of one record's values (``v``, parsed), empty when every value fits.

    Checks each value's type, nullability, length, characters, choices, range and format,
    unknown and missing columns, and with ``region_prefix`` (e.g. ``"65"``) that region codes
    lie inside the province. Never raises on any input and reports at most
    :data:`MAX_PROBLEMS`; parents are :func:`.schema_batch.check_parents`'s job.
    """
    compiled = _COMPILED.get(table) if type(table) is str else None
    if compiled is None:
        return [UNKNOWN_TABLE]
    if type(values) is not dict:
        return [NOT_AN_OBJECT]
    if compiled.accept(values):
        problems: list[Problem] = []
    else:
        problems = column_problems(compiled, values)
    if region_prefix is not None:
        for name in compiled.regions:
            code = values.get(name)
            if (
                type(code) is str
                and r.is_region_code(code)
                and not r.in_region(code, region_prefix)
            ):
                problems.append(_outside(name, region_prefix))
    return problems


def column_problems(compiled: _Table, values: dict[Any, Any]) -> list[Problem]:
    """Every column's problems, one check per value (the full path behind ``accept``)."""
    checks = compiled.checks
    found = list(map(checks.get, values))
    if None not in found:  # every column known: one call per value, no loop here
        reasons = list(map(call, found, values.values()))  # type: ignore[arg-type]  # no None in found
        problems = (
            [
                _problem(key, reason)
                for key, reason in zip(values, reasons, strict=True)
                if reason is not None
            ][:MAX_PROBLEMS]
            if any(reasons)
            else []
        )
    else:
        problems = _problems(checks, values)
    if len(values) - len(problems) < len(checks):
        problems += [_problem(name, _MISSING) for name in compiled.required if name not in values][
            : MAX_PROBLEMS - len(problems)
        ]
    return problems


def _problems(checks: dict[str, Check], values: dict[Any, Any]) -> list[Problem]:
    """The problems of values with unknown columns, up to :data:`MAX_PROBLEMS`."""
    problems: list[Problem] = []
    for key, value in values.items():
        check = checks.get(key)
        reason = _UNKNOWN_COLUMN if check is None else check(value)
        if reason is not None:
            problems.append(_problem(_field(key) if type(key) is str else "?", reason))
            if len(problems) >= MAX_PROBLEMS:
                break
    return problems


def _outside(field: str, prefix: str) -> Problem:
    return Problem(
        field,
        "region",
        f"wilayah di luar provinsi ini (kode harus diawali {prefix})",
        f"region outside this province (the code must start with {prefix})",
    )


def _no_constant(name: str) -> Any:
    raise ValueError(name)


def parse_values(text: str) -> Any:
    """A record's values from JSON text, refusing NaN and Infinity; raises ValueError (also for
    integers too long to read) or RecursionError for text that is not plain JSON."""
    return json.loads(text, parse_constant=_no_constant)


def check_values_text(table: str, text: str, *, region_prefix: str | None = None) -> list[Problem]:
    """:func:`check_record` of values still in JSON text (as ``prov_version.data`` holds them)."""
    try:
        values = parse_values(text)
    except (ValueError, RecursionError, TypeError):
        return [BAD_JSON]
    return check_record(table, values, region_prefix=region_prefix)


_ID_CHECK = r.text_check(36, False, fmt=(r.is_new_uuid, UUID[1]), strict=True)
_UPDATED_CHECK = r.when_check(False, True)


def check_stamps(record_id: Any, updated_at: Any) -> list[Problem]:
    """The problems of a record's id (a UUID) and ``updated_at`` (a UTC timestamp)."""
    problems = []
    for field, check, value in (
        ("id", _ID_CHECK, record_id),
        ("updated_at", _UPDATED_CHECK, updated_at),
    ):
        reason = check(value)
        if reason is not None:
            problems.append(_problem(field, reason))
    return problems


def summary(problems: Iterable[Problem], limit: int = 3, english: bool = False) -> str:
    """One line naming the first ``limit`` problems (for a receipt or a log)."""
    items = list(problems)
    words = [
        f"{p.field}: {p.reason_en if english else p.reason}"
        if p.field
        else (p.reason_en if english else p.reason)
        for p in items[:limit]
    ]
    more = len(items) - limit
    if more > 0:
        words.append(f"and {more} more" if english else f"dan {more} lainnya")
    return "; ".join(words)
