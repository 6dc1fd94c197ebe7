"""Property 16: the winner of a conflict is chosen by what the province controls or verifies.

A device signs what it sends, but it writes its base and its times freely: a base the
province does not know is a conflict, never a fast-forward, and a time is bounded by the
batch's creation time and the province's clock.
"""

from __future__ import annotations

import time

from kopdes_desktop.province.conflicts import list_conflicts
from kopdes_desktop.province.ingest import import_bytes
from kopdes_desktop.store.models import Cooperative

from .craft import laptop_key, payload_of, seal
from .support import (
    add_cooperative,
    current_data,
    edit,
    enroll_laptop,
    export_files,
    import_all,
)


def _forged(
    province,
    laptop,
    coop: str,
    *,
    base: str | None,
    vector: dict,
    name: str,
    updated: str,
    created: str = "2025-03-01T00:00:00",
) -> bytes:
    record = {
        "t": "cooperative",
        "id": coop,
        "c": 1,
        "b": base,
        "x": False,
        "u": updated,
        "k": vector,
        "f": ["name"],
        "g": None,
        "r": None,
        "v": {"name": name, "region_code": "65.01"},
    }
    return seal(
        province,
        laptop_key(laptop),
        laptop.device_id,
        payload_of({"records": [record], "attachments": []}),
        records=1,
        overrides={"created_at": created},
    )


def _two(tmp_path, province, laptops):
    honest, other = laptops("a"), laptops("b")
    for laptop in (honest, other):
        enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(honest)
    import_all(province, export_files(honest, tmp_path / "a0"))
    return honest, other, coop


def test_p16_a_base_the_province_does_not_know_is_a_conflict_not_an_overwrite(
    tmp_path, province, laptops
):
    honest, other, coop = _two(tmp_path, province, laptops)
    claims = {f"{honest.device_id}/0": 999_999_999}  # "I saw all of A's future changes"
    outcome = import_bytes(
        province,
        _forged(
            province,
            other,
            coop,
            base=f"{honest.device_id}:999999999",
            vector=claims,
            name="KDMP Direbut",
            updated="2025-03-01T00:00:00",
        ),
    )
    assert outcome.status == "applied" and outcome.conflicts == 1
    [conflict] = list_conflicts(province)
    assert conflict.field == "name"
    assert sorted(v["value"] for v in conflict.versions) == ["KDMP Direbut", "KDMP Sungai Kayan"]


def test_p16_a_time_written_by_the_sender_does_not_choose_the_winner(tmp_path, province, laptops):
    honest, other, coop = _two(tmp_path, province, laptops)
    seen = {f"{honest.device_id}/0": 1}
    # "~~~~" sorts after every real time; the batch says it was made in 2025.
    forged = _forged(
        province,
        other,
        coop,
        base=f"{honest.device_id}:1",
        vector=seen,
        name="KDMP Tilde",
        updated="~~~~",
    )
    edit(honest, Cooperative, coop, name="KDMP Jujur")
    import_all(province, export_files(honest, tmp_path / "a1"))
    outcome = import_bytes(province, forged)
    # A time that is not a time is refused with its record; a merely early one loses.
    assert outcome.status == "applied" and "1 data ditolak" in outcome.reason
    assert list_conflicts(province) == []
    assert current_data(province, "cooperative", coop)["name"] == "KDMP Jujur"


def test_p16_a_creation_time_in_the_future_is_bounded_by_the_province_clock(
    tmp_path, province, laptops
):
    honest, other, coop = _two(tmp_path, province, laptops)
    seen = {f"{honest.device_id}/0": 1}
    forged = _forged(
        province,
        other,
        coop,
        base=f"{honest.device_id}:1",
        vector=seen,
        name="KDMP Masa Depan",
        updated="2099-12-31T23:59:59",
        created="2099-12-31T23:59:59",
    )
    assert import_bytes(province, forged).status == "applied"
    time.sleep(1.1)  # times are kept to the second
    edit(honest, Cooperative, coop, name="KDMP Sekarang")
    # The honest edit is made after the province received the forged one: it wins.
    import_all(province, export_files(honest, tmp_path / "a1"))
    [conflict] = list_conflicts(province)
    forged_clock = next(v["clock"] for v in conflict.versions if v["device_id"] == other.device_id)
    assert forged_clock < "2099"
    assert conflict.winner.startswith(honest.device_id)
