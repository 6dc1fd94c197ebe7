"""End to end with a real laptop: an officer's correction goes down in the next reference
package and merges field by field with what the mentor changed meanwhile; the same field
changed on both sides is a conflict the province lists and the mentor is told about."""

from __future__ import annotations

from pathlib import Path

from sync.support import (
    add_cooperative,
    edit,
    enroll_laptop,
    export_files,
    import_all,
    make_laptop,
    trust_of,
)

from kopdes_desktop.province import conflicts, registry
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import Cooperative
from kopdes_desktop.sync.service import SyncService


def _laptop_with_a_sent_cooperative(tmp_path: Path, province: ProvinceStore):
    laptop = make_laptop(tmp_path / "laptop", trust_of(province, tmp_path))
    enroll_laptop(province, laptop, tmp_path)
    coop = add_cooperative(laptop, "KDMP Sungai Kayan")
    import_all(province, export_files(laptop, tmp_path / "out0"))
    [receipt] = write_receipts(province, tmp_path / "r0")
    SyncService(laptop).import_files([receipt])
    return laptop, coop


def _round_trip(tmp_path: Path, province: ProvinceStore, laptop, step: str) -> None:
    """The laptop sends its changes, then takes its receipt and the reference package."""
    import_all(province, export_files(laptop, tmp_path / f"out-{step}"))
    mine = write_receipts(province, tmp_path / f"r-{step}")
    write_reference(province, tmp_path / f"ref-{step}.kopdes-ref")
    SyncService(laptop).import_files([*mine, tmp_path / f"ref-{step}.kopdes-ref"])


def test_a_correction_and_a_mentors_edit_of_another_field_both_reach_the_laptop(
    tmp_path: Path,
) -> None:
    with ProvinceStore.init(tmp_path / "province") as province:
        laptop, coop = _laptop_with_a_sent_cooperative(tmp_path, province)
        try:
            assert registry.correct(province, coop, {"nib": "1234567890123"}) == ["nib"]
            edit(laptop, Cooperative, coop, name="KDMP Sungai Kayan Jaya")
            _round_trip(tmp_path, province, laptop, "1")
            with laptop.read() as session:
                row = session.get(Cooperative, coop)
                assert (row.name, row.nib) == ("KDMP Sungai Kayan Jaya", "1234567890123")
            merged = registry.get(province, coop)
            assert (merged.values["name"], merged.values["nib"], merged.in_conflict) == (
                "KDMP Sungai Kayan Jaya",
                "1234567890123",
                False,
            )
            assert conflicts.list_conflicts(province) == []
        finally:
            laptop.close()


def test_the_same_field_corrected_and_edited_is_a_conflict_on_both_sides(tmp_path: Path) -> None:
    with ProvinceStore.init(tmp_path / "province") as province:
        laptop, coop = _laptop_with_a_sent_cooperative(tmp_path, province)
        try:
            # The mentor edits first; the officer's later correction wins the conflict (the
            # later clock; on the same second, the greater device id "province").
            edit(laptop, Cooperative, coop, notes="Catatan pendamping")
            registry.correct(province, coop, {"notes": "Catatan Dinas"})
            _round_trip(tmp_path, province, laptop, "1")
            [conflict] = conflicts.list_conflicts(province)
            assert conflict.field == "notes"
            assert sorted(v["value"] for v in conflict.versions) == [
                "Catatan Dinas",
                "Catatan pendamping",
            ]
            assert registry.get(province, coop).values["notes"] == "Catatan Dinas"
            with laptop.read() as session:
                assert session.get(Cooperative, coop).notes == "Catatan Dinas"
            [told] = [n for n in SyncService(laptop).conflicts() if n.field == "notes"]
            assert (told.kind, told.local, told.incoming) == (
                "overridden",
                {"notes": "Catatan pendamping"},
                {"notes": "Catatan Dinas"},
            )
        finally:
            laptop.close()
