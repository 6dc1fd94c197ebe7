"""The cut of a reference package for one mentor (SYNC.md property 17), record by record."""

from __future__ import annotations

from datetime import date

from kopdes_desktop.province.downlink import assigned_cooperatives, partition
from kopdes_desktop.sync.personal import PERSONAL_FIELDS

TODAY = date(2026, 12, 5)


def _record(table: str, record_id: str, deleted: bool = False, **values) -> dict:
    return {"t": table, "id": record_id, "x": deleted, "v": values}


COOPS = [
    _record(
        "cooperative",
        c,
        name=f"KDMP {c}",
        npwp=f"npwp-{c}",
        bank_name="Bank",
        bank_account=f"acct-{c}",
        address=f"Jl. {c}",
    )
    for c in ("c1", "c2", "c3", "c4")
]
MENTORS = [
    _record("mentor", m, name=f"Pendamping {m}", phone=f"phone-{m}", email=f"{m}@x")
    for m in ("m1", "m2")
]
ASSIGNMENTS = [
    _record("assignment", "a1", mentor_id="m1", cooperative_id="c1", end=None),
    _record("assignment", "a2", mentor_id="m1", cooperative_id="c2", end="2026-12-05"),
    _record("assignment", "a3", mentor_id="m1", cooperative_id="c3", end="2026-12-04"),
    _record("assignment", "a4", True, mentor_id="m1", cooperative_id="c4", end=None),
    _record("assignment", "a5", mentor_id="m2", cooperative_id="c4", end=None),
]
PEOPLE = [
    _record("person", p, cooperative_id=c, name=f"Ketua {c}", nik=f"nik-{c}")
    for p, c in (("p1", "c1"), ("p4", "c4"))
]
BODY = {"kind": "reference", "version": 3, "records": [*COOPS, *MENTORS, *ASSIGNMENTS, *PEOPLE]}


def test_a_mentor_is_assigned_what_is_current_and_not_deleted():
    assert assigned_cooperatives(BODY["records"], "m1", TODAY) == {"c1", "c2"}
    assert assigned_cooperatives(BODY["records"], "m2", TODAY) == {"c4"}
    assert assigned_cooperatives(BODY["records"], None, TODAY) == set()


def test_personal_fields_only_for_the_mentors_own_cooperatives():
    cut = partition(BODY, "m1", "device-1", TODAY)
    records = {r["id"]: r for r in cut["records"]}
    assert cut["device_id"] == "device-1" and cut["version"] == 3
    assert records["c1"]["v"]["bank_account"] == "acct-c1"
    assert records["c2"]["v"]["npwp"] == "npwp-c2"
    for other in ("c3", "c4"):
        assert not PERSONAL_FIELDS["cooperative"] & records[other]["v"].keys()
        assert records[other]["v"]["address"] == f"Jl. {other}"
    assert records["m1"]["v"]["phone"] == "phone-m1"
    assert records["m2"]["v"] == {"name": "Pendamping m2"}
    assert "p1" in records and "p4" not in records
    assert len(BODY["records"][0]["v"]) == 5  # the shared content is left whole


def test_a_package_for_nobody_carries_no_personal_data():
    cut = partition(BODY, None)
    assert "device_id" not in cut
    text = repr(cut)
    assert not any(word in text for word in ("acct-", "npwp-", "phone-", "@x", "nik-"))
