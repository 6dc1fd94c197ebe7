"""Decoding a payload: the canonical layout is read in one pass, keeping each record's values
as the exact JSON text they came in, and it must agree with ``json.loads`` on every input."""

from __future__ import annotations

import json
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kopdes_desktop.province.ingest import import_bytes
from kopdes_desktop.sync.errors import SyncRejected
from kopdes_desktop.sync.fileformat import canonical
from kopdes_desktop.sync.payload import (
    Incoming,
    check_record,
    decode_batch,
    encode,
    scan_canonical,
    values_text,
)

from .craft import laptop_key, payload_of, seal
from .support import current_data, enroll_laptop

COOP = "c0ffee00-0000-4000-8000-0000000000{:02d}"


def _record(index: int, values: dict, deleted: bool = False, base: str | None = None) -> dict:
    return {
        "t": "cooperative",
        "id": COOP.format(index),
        "c": index + 1,
        "b": base,
        "x": deleted,
        "u": "2025-03-01T00:00:00",
        "v": {"region_code": "65.01"} | values,
        "k": {},
        "f": ["*"],
        "g": None,
        "r": None,
    }


def _header(records: int) -> dict:
    return {"records": records, "attachments": 0, "counter_from": 1, "counter_to": 99}


def _incoming(records: list[dict]) -> list[Incoming]:
    """Records as the province applies them, values as canonical JSON text."""
    return [
        Incoming(r["t"], r["id"], r["c"], r["b"], r["x"], r["u"], values_text(r["v"]))
        for r in records
    ]


def _reference(text: str) -> list[Incoming]:
    """What the general path gives: the records of ``json.loads``, values re-encoded."""
    return _incoming(json.loads(text)["records"])


def _parsed(decoded: list[Incoming]) -> list[tuple]:
    """Decoded records with their values parsed: comparable whatever the values' spacing."""
    return [(*r[:6], json.loads(r.values)) for r in decoded]


def _general(text: str, header: dict) -> list | str:
    """The general path's answer for a payload JSON text: its records, or "rejected"."""
    try:
        doc = json.loads(text)
        records, listed = doc["records"], doc["attachments"]
        if not isinstance(records, list) or listed != [] or len(records) != header["records"]:
            return "rejected"
        for record in records:
            check_record(record, header["counter_from"], header["counter_to"])
    except (ValueError, RecursionError, SyncRejected, TypeError, KeyError):
        return "rejected"
    return records


TRICKY = [
    {"name": 'Koperasi "Maju", ,"x":false}]} ,"v":', "notes": "baris\nbaru \\ \u00e9 \U0001f33e"},
    {"name": "KDMP", "notes": None, "office_lat": 3.5, "financing_ceiling": 2_000_000_000},
    {"name": "Tanpa catatan"},
    {},
]


def test_canonical_payload_keeps_values_text_and_agrees_with_json_loads():
    records = [
        _record(i, v, deleted=i == 2, base="dev-1:3" if i else None) for i, v in enumerate(TRICKY)
    ]
    payload = encode(records, [])
    decoded = decode_batch(payload, _header(len(records)))
    text = zlib.decompress(payload[4:]).decode()
    assert scan_canonical(text) is not None
    assert decoded.records == _reference(text) == _incoming(records)


@pytest.mark.parametrize("layout", ["spaced", "keys reordered", "duplicate values key"])
def test_other_layouts_decode_exactly_as_json_loads(layout):
    records = [_record(i, v) for i, v in enumerate(TRICKY[:2])]
    text = canonical({"records": records, "attachments": []}).decode()
    if layout == "spaced":
        text = json.dumps({"attachments": [], "records": records}, indent=1, ensure_ascii=False)
    elif layout == "keys reordered":
        text = json.dumps({"records": records, "attachments": []}, ensure_ascii=False)
    else:
        first = text.index('"v":')
        text = text[:first] + '"v":{"name":"palsu","notes":"palsu"},' + text[first:]
    raw = text.encode()
    decoded = decode_batch(payload_of(None, raw_json=raw), _header(len(records)))
    assert decoded.records == _reference(text)
    assert json.loads(decoded.records[0].values)["name"] == TRICKY[0]["name"]


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**60), 2**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.sampled_from(["v", "x", "b", "name", '"', ","]), inner, max_size=3)
    ),
    max_leaves=10,
)
columns = st.dictionaries(
    st.sampled_from(["name", "notes", "address", "npwp"]), json_values, max_size=4
)


@settings(max_examples=150, deadline=None)
@given(
    values=st.lists(columns, max_size=4),
    cut=st.integers(0, 400),
    insert=st.sampled_from(['"', ",", "}", "]", '"v":', ',"x":false}', " ", "\\", "{"]),
)
def test_scanned_or_not_every_payload_decodes_as_json_loads_does(values, cut, insert):
    records = [_record(i, v, deleted=i % 2 == 1) for i, v in enumerate(values)]
    text = canonical({"attachments": [], "records": records}).decode()
    header = _header(len(records))
    for candidate in (text, text[:cut] + insert + text[cut:]):
        try:
            decoded = decode_batch(payload_of(None, raw_json=candidate.encode()), header)
        except SyncRejected:
            assert _general(candidate, header) == "rejected"
            continue
        # Values are stored as the text they came in: canonical from an honest laptop, and
        # always the same JSON value as the record's.
        assert _parsed(decoded.records) == [
            (r["t"], r["id"], r["c"], r["b"], r["x"], r["u"], r["v"])
            for r in _general(candidate, header)
        ]
    assert scan_canonical(text) is not None
    assert decode_batch(payload_of(None, raw_json=text.encode()), header).records == _incoming(
        records
    )


def test_province_stores_values_text_of_a_spaced_payload(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    record = {**_record(0, TRICKY[0]), "c": 1}
    raw = json.dumps({"records": [record], "attachments": []}, indent=2).encode()
    packed = zlib.compress(raw)
    data = seal(
        province,
        laptop_key(laptop),
        laptop.device_id,
        struct.pack(">I", len(packed)) + packed,
        records=1,
    )
    assert import_bytes(province, data, "spaced").status == "applied"
    stored = current_data(province, "cooperative", record["id"])
    assert {k: stored[k] for k in TRICKY[0]} == TRICKY[0]


@pytest.mark.parametrize("order", ["newer last", "newer first"])
def test_a_record_twice_in_one_batch_keeps_its_higher_counter(tmp_path, province, laptops, order):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    older = {**_record(0, {"name": "Lama"}), "c": 1}
    newer = {**_record(0, {"name": "Baru"}), "c": 2}
    other = {**_record(1, {"name": "Lain"}), "c": 3}
    records = [older, other, newer] if order == "newer last" else [newer, other, older]
    data = seal(
        province, laptop_key(laptop), laptop.device_id, encode(records, []), counter_to=3, records=3
    )
    assert import_bytes(province, data, "twice").status == "applied"
    assert current_data(province, "cooperative", newer["id"])["name"] == "Baru"
    assert current_data(province, "cooperative", other["id"])["name"] == "Lain"
