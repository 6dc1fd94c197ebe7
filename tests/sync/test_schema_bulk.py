"""The fast yes for many records at once: it never passes what the per-record check refuses,
and it says yes to plainly valid batches."""

from __future__ import annotations

import random
import uuid

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.sync import schema, schema_batch, schema_bulk

from .test_schema import JSON_VALUES, WHEN, good_values, hostile_values


def _valid_batch(table: str, count: int, seed: int = 1) -> list[dict[str, object]]:
    """``count`` valid records of ``table`` with varied ids and times (no line breaks)."""
    rng = random.Random(seed)
    docs = []
    for _ in range(count):
        values = dict(good_values()[table])
        for column in schema.TABLES[table]:
            if column.kind == "datetime" and values.get(column.name) is not None:
                values[column.name] = (
                    f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
                    f"T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:"
                    f"{rng.randint(0, 59):02d}.{rng.randint(0, 999999):06d}"
                )
            elif column.fmt is schema.UUID and values.get(column.name) is not None:
                values[column.name] = str(uuid.UUID(int=rng.getrandbits(128)))
            elif column.kind == "text" and values.get(column.name) is not None:
                values[column.name] = f"Catatan {rng.randint(0, 10**6)}"
        docs.append(values)
    return docs


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_a_plainly_valid_batch_of_every_table_is_accepted_at_once(table):
    docs = _valid_batch(table, 200)
    assert all(schema.check_record(table, d, region_prefix="65") == [] for d in docs)
    assert schema_bulk.accept_all(table, docs, region_prefix="65")
    assert schema_bulk.accept_all(table, [])


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_one_hostile_value_among_many_valid_records_sends_the_batch_to_the_full_check(table):
    for column in schema.TABLES[table]:
        for value in hostile_values(column):
            docs = _valid_batch(table, 80)
            docs[37] = dict(docs[37], **{column.name: value})
            if schema.check_record(table, docs[37], region_prefix="65"):
                assert not schema_bulk.accept_all(table, docs, region_prefix="65"), (
                    column.name,
                    value,
                )


@settings(max_examples=400, deadline=None)
@given(table=st.sampled_from(list(schema.TABLES)), data=st.data())
def test_the_bulk_yes_never_passes_what_the_full_check_refuses(table, data):
    docs = _valid_batch(table, data.draw(st.integers(1, 90)), data.draw(st.integers(0, 99)))
    for _ in range(data.draw(st.integers(0, 3))):
        index = data.draw(st.integers(0, len(docs) - 1))
        name = data.draw(st.sampled_from(sorted(docs[index])))
        column = next(c for c in schema.TABLES[table] if c.name == name)
        docs[index] = dict(
            docs[index],
            **{
                name: data.draw(
                    JSON_VALUES
                    | st.sampled_from([*hostile_values(column), good_values()[table][name]])
                )
            },
        )
    if data.draw(st.booleans()):
        index = data.draw(st.integers(0, len(docs) - 1))
        docs[index] = {
            key: value
            for key, value in docs[index].items()
            if key != data.draw(st.sampled_from(sorted(docs[index])))
        }
    prefix = data.draw(st.sampled_from([None, "65", "64"]))
    if schema_bulk.accept_all(table, docs, region_prefix=prefix):
        assert all(schema.check_record(table, d, region_prefix=prefix) == [] for d in docs)


def test_region_codes_outside_the_province_are_left_to_the_full_check():
    docs = _valid_batch("cooperative", 10)
    assert schema_bulk.accept_all("cooperative", docs, region_prefix="65")
    docs[3] = dict(docs[3], region_code="64.01")
    assert not schema_bulk.accept_all("cooperative", docs, region_prefix="65")
    assert schema_bulk.accept_all("cooperative", docs)


def test_unknown_tables_and_values_that_are_not_objects_are_never_accepted():
    assert not schema_bulk.accept_all("nope", [{}])
    assert not schema_bulk.accept_all("visit", [*_valid_batch("visit", 3), "visit"])


STAMP = "2025-11-03T08:30:00.123456"


@pytest.mark.parametrize(
    "texts",
    [
        [WHEN, STAMP],
        [WHEN] * 100,
        [f"2024-02-29T23:59:{s:02d}" for s in range(60)],
    ],
)
def test_times_of_the_laptops_form_pass_together(texts):
    assert schema_bulk.plain_datetimes(texts)
    assert all(schema.check_stamps(str(uuid.uuid4()), t) == [] for t in texts)


@pytest.mark.parametrize(
    "bad",
    [
        "2025-02-30T08:30:00",
        "2025-11-03T24:00:00",
        "2025-11-03T08:60:00",
        "2025-11-03T08:30:60",
        "1899-12-31T08:30:00",
        "2200-01-01T00:00:00",
        "2025-11-03T08:30:00.12",
        "2025-11-03 08:30:00",
        "2025-11-03T08:30:00\n2025-11-03T08:30:00",
        "2025-11-03T08:30:00\n",
        "",
        "~~~~",
        "2025-11-03T08:30:00+07:00",
        "٢٠٢٥-11-03T08:30:00",
    ],
)
def test_one_time_out_of_form_sends_all_to_the_full_check(bad):
    assert not schema_bulk.plain_datetimes([WHEN, bad, STAMP])


def test_ids_pass_together_only_when_every_one_is_a_uuid():
    ids = [str(uuid.uuid4()) for _ in range(100)]
    assert schema_bulk.plain_uuids(ids)
    for bad in (
        "x",
        ids[0] + "\n" + ids[1],
        ids[0][:-1],
        ids[0] + "0",
        ids[0].replace("-", "_"),
        "",
    ):
        assert not schema_bulk.plain_uuids([*ids, bad])
        assert schema.check_stamps(bad, WHEN)


@settings(max_examples=300, deadline=None)
@given(
    texts=st.lists(
        st.text(alphabet="0123456789-T:.\n x", max_size=30) | st.sampled_from([WHEN, STAMP]),
        max_size=6,
    )
)
def test_bulk_stamps_agree_with_the_per_record_check(texts):
    if schema_bulk.plain_datetimes(texts):
        assert all(schema.check_stamps(str(uuid.uuid4()), t) == [] for t in texts)
    if schema_bulk.plain_uuids(texts):
        assert all(schema.check_stamps(t, WHEN) == [] for t in texts)


@pytest.mark.parametrize("table", list(schema.TABLES))
def test_named_parents_are_those_parent_refs_finds(table):
    docs = _valid_batch(table, 20)
    docs[0] = {
        key: value
        for key, value in docs[0].items()
        if not any(key == column for column, _parent in schema.PARENTS.get(table, ()))
    }
    expected = {
        pair for doc in docs for _column, pair in schema_batch.parent_refs(table, doc, checked=True)
    }
    assert schema_batch.named_parents(table, docs) == expected
