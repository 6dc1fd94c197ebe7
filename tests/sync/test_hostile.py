"""Hostile and damaged files: every one a typed rejection, nothing applied, bounded memory."""

from __future__ import annotations

import struct
import tracemalloc
import zlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kopdes_desktop.province.ingest import import_bytes

from .craft import laptop_key, payload_of, seal
from .support import add_cooperative, enroll_laptop, export_files, snapshot

MEMORY_BOUND = 160 * 1024 * 1024


@pytest.fixture
def enrolled(tmp_path, province, laptops):
    laptop = laptops("a")
    enroll_laptop(province, laptop, tmp_path)
    return province, laptop


def _bomb(size: int) -> bytes:
    """zlib of ``size`` bytes of spaces, built without holding them in memory."""
    packer = zlib.compressobj(1)
    chunk = b" " * (1 << 20)
    out = [packer.compress(b'{"records":["')]
    out += [packer.compress(chunk) for _ in range(size >> 20)]
    out.append(packer.compress(b'"],"attachments":[]}') + packer.flush())
    packed = b"".join(out)
    return struct.pack(">I", len(packed)) + packed


def _record(counter: int = 1) -> dict:
    return {
        "t": "cooperative",
        "id": "c0ffee00-0000-4000-8000-000000000001",
        "c": counter,
        "b": None,
        "x": False,
        "u": "2025-03-01T00:00:00",
        "k": {},
        "f": ["*"],
        "g": None,
        "r": None,
        "v": {"name": "KDMP Uji", "region_code": "65.01"},
    }


HOSTILE = {
    "path traversal in an attachment name": (
        lambda: payload_of(
            {"records": [], "attachments": [{"sha256": "../../../../tmp/kopdes-evil", "size": 4}]},
            b"evil",
        ),
        {"attachments": 1},
        "nama lampiran",
    ),
    "compression bomb": (lambda: _bomb(256 << 20), {"records": 1}, "terlalu besar"),
    "absurd record count": (
        lambda: payload_of({"records": [], "attachments": []}),
        {"records": 10**12},
        "jumlah",
    ),
    "absurd counter range": (
        lambda: payload_of({"records": [_record()], "attachments": []}),
        {"records": 1, "counter_to": 2**62},
        "rentang",
    ),
    "absurd attachment size": (
        lambda: payload_of({"records": [], "attachments": [{"sha256": "0" * 64, "size": 10**15}]}),
        {"attachments": 1},
        "lampiran",
    ),
    "too many records": (
        lambda: payload_of({"records": [0] * 200_001, "attachments": []}),
        {"records": 200_001},
        "jumlah catatan",
    ),
    "record outside its counter range": (
        lambda: payload_of({"records": [_record(counter=99)], "attachments": []}),
        {"records": 1},
        "rentang",
    ),
    "unknown record type": (
        lambda: payload_of({"records": [{**_record(), "t": "sqlite_master"}], "attachments": []}),
        {"records": 1},
        "jenis catatan",
    ),
    "malformed JSON": (
        lambda: payload_of(None, raw_json=b'{"records": [1, 2,'),
        {"records": 2},
        "JSON",
    ),
    "deeply nested JSON": (
        lambda: payload_of(None, raw_json=b"[" * 200_000),
        {"records": 1},
        "JSON",
    ),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_p10_hostile_file_is_rejected_within_bounded_memory(enrolled, tmp_path, case):
    province, laptop = enrolled
    build, fields, words = HOSTILE[case]
    data = seal(province, laptop_key(laptop), laptop.device_id, build(), **fields)
    before = snapshot(province)
    tracemalloc.start()
    try:
        outcome = import_bytes(province, data, case)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.status == "rejected"
    assert words in outcome.reason
    assert peak < MEMORY_BOUND
    assert snapshot(province) == before
    assert not list((province.root / "attachments").rglob("*evil*"))
    assert not (tmp_path.parent / "kopdes-evil").exists()


@pytest.fixture
def valid_batch(enrolled, tmp_path):
    province, laptop = enrolled
    add_cooperative(laptop)
    [path] = export_files(laptop, tmp_path / "out")
    return province, path.read_bytes(), snapshot(province)


mutations = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("truncate"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("extend"), st.binary(min_size=1, max_size=64), st.just(0)),
    st.tuples(st.just("splice"), st.integers(0, 10**6), st.binary(min_size=1, max_size=16)),
)


def _mutate(data: bytes, mutation: tuple) -> bytes:
    kind, a, b = mutation
    if kind == "flip":
        index = a % len(data)
        return data[:index] + bytes([data[index] ^ b]) + data[index + 1 :]
    if kind == "truncate":
        return data[: a % len(data)]
    if kind == "extend":
        return data + a
    index = a % len(data)
    return data[:index] + b + data[index + len(b) :]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(mutation=mutations)
def test_fuzzed_batches_are_typed_rejections_and_apply_nothing(valid_batch, mutation):
    province, data, before = valid_batch
    mutated = _mutate(data, mutation)
    if mutated == data:
        return
    outcome = import_bytes(province, mutated, "fuzz")
    assert outcome.status == "rejected"
    assert outcome.reason
    assert snapshot(province) == before
