"""Property 15 at import: one device's bad values never reach the store or another laptop.

Each hostile record comes in a signed batch from an enrolled device, beside a good record. The
bad one is refused with a reason its receipt carries; the good one is applied; the reference
package still imports on another laptop; and it is built in time linear in its size.
"""

from __future__ import annotations

import pytest

from kopdes_desktop.province.ingest import import_bytes, import_files
from kopdes_desktop.province.outputs import (
    receipt_body,
    reference_body,
    write_receipts,
    write_reference,
)
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync.fileformat import canonical
from kopdes_desktop.sync.service import SyncService

from .craft import laptop_key, payload_of, seal
from .support import add_cooperative, enroll_laptop, export_files, make_laptop, trust_of

GOOD = "c0ffee00-0000-4000-8000-000000000001"
BAD = "c0ffee00-0000-4000-8000-000000000002"
HOSTILE = {
    "name null": {"name": None},
    "name a dict": {"name": {"a": 1}},
    "ceiling of 31 digits": {"financing_ceiling": 10**30},
    "an integer of 4000 digits": {"financing_arrears": 10**3999},
    "region of 30,000 dots": {"region_code": "65" + "." * 30_000},
    "region of another province": {"region_code": "64.01"},
    "NUL in the name": {"name": "KDMP\x00Nul"},
    "a huge nested list as name": {"name": [[[["x"] * 50] * 50] * 20]},
    "latitude NaN": {"office_lat": "@NaN@"},
    "ceiling Infinity": {"financing_ceiling": "@Infinity@"},
}
RAW = {b'"@NaN@"': b"NaN", b'"@Infinity@"': b"Infinity"}


def _record(
    record_id: str, counter: int, values: dict, updated: str = "2025-03-01T00:00:00"
) -> dict:
    return {
        "t": "cooperative",
        "id": record_id,
        "c": counter,
        "b": None,
        "x": False,
        "u": updated,
        "k": {},
        "f": ["*"],
        "g": None,
        "r": None,
        "v": {"name": "KDMP Baik", "region_code": "65.01"} | values,
    }


def _batch(province, laptop, records: list[dict], raw: bytes | None = None) -> bytes:
    payload = payload_of({"records": records, "attachments": []}, raw_json=raw)
    return seal(
        province,
        laptop_key(laptop),
        laptop.device_id,
        payload,
        counter_from=1,
        counter_to=len(records),
        records=len(records),
    )


@pytest.fixture
def sender(tmp_path, province, laptops):
    laptop = laptops("buggy")
    enroll_laptop(province, laptop, tmp_path)
    return laptop


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_bad_value_is_refused_and_the_rest_applies(tmp_path, province, sender, case):
    records = [_record(GOOD, 1, {}), _record(BAD, 2, HOSTILE[case])]
    raw = canonical({"records": records, "attachments": []})
    for marker, text in RAW.items():  # what canonical JSON cannot say, written by hand
        raw = raw.replace(marker, text)
    outcome = import_bytes(province, _batch(province, sender, records, raw))
    assert outcome.status == "applied" and "1 data ditolak" in outcome.reason
    body = receipt_body(province, sender.device_id)
    [refused] = body["refused_records"]
    assert (refused["record_id"], refused["counter"]) == (BAD, 2) and refused["reason"]
    reference = reference_body(province)
    assert [r["id"] for r in reference["records"]] == [GOOD]
    # Another laptop takes the reference package as it is.
    other = make_laptop(tmp_path / "other", trust_of(province, tmp_path))
    try:
        write_reference(province, tmp_path / "ref.kopdes-ref")
        [done] = SyncService(other).import_files([tmp_path / "ref.kopdes-ref"])
        assert done.status == "applied", done.message
        with other.read() as session:
            assert [c.id for c in session.query(Cooperative)] == [GOOD]
    finally:
        other.close()
    # The device is told, on its Sinkronisasi page.
    SyncService(sender).import_files(write_receipts(province, tmp_path / "r"))
    [notice] = SyncService(sender).conflicts()
    assert notice.kind == "refused" and notice.record_id == BAD


def test_an_integer_too_long_to_read_refuses_its_batch_with_a_reason(province, sender):
    records = [_record(GOOD, 1, {}), _record(BAD, 2, {"financing_arrears": "@HUGE@"})]
    raw = canonical({"records": records, "attachments": []}).replace(b'"@HUGE@"', b"9" * 5000)
    outcome = import_bytes(province, _batch(province, sender, records, raw))
    assert outcome.status == "rejected" and "4.300 digit" in outcome.reason
    [refused] = receipt_body(province, sender.device_id)["rejected"]
    assert "4.300 digit" in refused["reason"]


def test_a_nul_in_updated_at_is_refused_and_other_files_still_apply(tmp_path, province, sender):
    bad = tmp_path / "bad.kopdes"
    bad.write_bytes(_batch(province, sender, [_record(BAD, 1, {}, "2025-03-01T00:00\x00")]))
    other = make_laptop(tmp_path / "honest", trust_of(province, tmp_path))
    try:
        enroll_laptop(province, other, tmp_path)
        add_cooperative(other)
        good = export_files(other, tmp_path / "good")
        outcomes = import_files(province, [bad, *good])
        assert [o.status for o in outcomes] == ["applied", "applied"]
        assert "1 data ditolak" in outcomes[0].reason
    finally:
        other.close()
