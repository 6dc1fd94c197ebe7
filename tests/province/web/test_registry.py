"""The registry as officers change it: creation on a Kemendagri village, corrections that are
the province's own changes (merged per field with the mentors', sent down in the next
reference package), validation, kabupaten scope, the list's filters and the CLI."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync.support import BACKENDS, province_store

from kopdes_desktop.errors import NotFoundError, ValidationError
from kopdes_desktop.province import conflicts, officers, registry
from kopdes_desktop.province.apply import PROVINCE_DEVICE
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.outputs import reference_body
from kopdes_desktop.province.registry_query import ListQuery, list_page
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import versions

from .support import (
    BULUNGAN_VILLAGE,
    LAPTOP,
    MALINAU_VILLAGE,
    coop_values,
    laptop_sends,
    mentor_cooperative,
)


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path: Path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province", request.param) as store:
        yield store


def _reference(store: ProvinceStore, record_id: str) -> dict:
    return next(r for r in reference_body(store)["records"] if r["id"] == record_id)


def test_a_created_cooperative_goes_down_in_the_next_reference_package(store) -> None:
    made = registry.create(
        store,
        "  KDMP Gunung Putih ",
        BULUNGAN_VILLAGE,
        {"nib": "1234567890123", "ahu_number": "ahu-0001234.ah.01.29.tahun  2025"},
        actor="admin",
    )
    assert (made.village, made.kabupaten) == ("Gunung Putih", "Kabupaten Bulungan")
    record = _reference(store, made.id)
    assert record["t"] == "cooperative" and record["d"] == PROVINCE_DEVICE
    assert record["v"]["name"] == "KDMP Gunung Putih"
    assert record["v"]["ahu_number"] == "AHU-0001234.AH.01.29.TAHUN 2025"
    assert record["v"]["region_code"] == BULUNGAN_VILLAGE
    assert any(r["code"] == BULUNGAN_VILLAGE for r in reference_body(store)["regions"])
    entries, _ = officers.read_audit(store)
    assert (entries[0].officer, entries[0].action, entries[0].target) == (
        "admin",
        "cooperative.add",
        made.id,
    )


@pytest.mark.parametrize("village", ["65.01.01.9999", "64.01.01.2001", "65.01.01", "x"])
def test_a_cooperative_only_on_a_village_of_the_registry(store, village) -> None:
    with pytest.raises(ValidationError) as refused:
        registry.create(store, "KDMP", village)
    assert "region_code" in refused.value.problems
    assert list_page(store, ListQuery()).total == 0


def test_a_kabupaten_officer_creates_and_corrects_only_in_their_kabupaten(store) -> None:
    with pytest.raises(registry.OutOfScope):
        registry.create(store, "KDMP Malinau", MALINAU_VILLAGE, scope="65.01")
    other = mentor_cooperative(store, "KDMP Malinau", MALINAU_VILLAGE)
    with pytest.raises(registry.OutOfScope) as refused:
        registry.correct(store, other, {"name": "Diambil"}, scope="65.01")
    assert "di luar kabupaten/kota Anda" in refused.value.message
    with pytest.raises(registry.OutOfScope):
        registry.get(store, other, scope="65.01")
    assert registry.get(store, other).values["name"] == "KDMP Malinau"
    assert list_page(store, ListQuery(), scope="65.01").total == 0


def test_a_correction_merges_field_by_field_with_the_mentors_changes(store) -> None:
    record_id = mentor_cooperative(store, "KDMP Lama", BULUNGAN_VILLAGE)
    assert registry.correct(
        store, record_id, {"name": "KDMP Baru", "nib": "1234567890123"}, actor="admin"
    ) == ["name", "nib"]
    record = _reference(store, record_id)
    assert record["d"] == PROVINCE_DEVICE and record["v"]["name"] == "KDMP Baru"
    # The mentor, not yet having the package, changes another field and the same one.
    seen = versions.vector_of(LAPTOP, 1)
    values = coop_values("KDMP Versi Pendamping", BULUNGAN_VILLAGE, notes="dari lapangan")
    assert laptop_sends(store, record_id, 2, values, ["name", "notes"], seen) == 1
    view = registry.get(store, record_id)
    assert view.values["notes"] == "dari lapangan" and view.values["nib"] == "1234567890123"
    assert view.in_conflict
    found = conflicts.list_conflicts(store, record_id=record_id)
    assert [(c.field, sorted(v["value"] for v in c.versions)) for c in found] == [
        ("name", ["KDMP Baru", "KDMP Versi Pendamping"])
    ]
    assert {v["device_id"] for v in found[0].versions} == {LAPTOP, PROVINCE_DEVICE}


@pytest.mark.parametrize(
    ("form", "field"),
    [
        ({"nib": "123"}, "nib"),
        ({"name": "  "}, "name"),
        ({"npwp": "12"}, "npwp"),
        ({"founded_on": "2025-02-30"}, "founded_on"),
        ({"simkopdes_status": "X"}, "simkopdes_status"),
        ({"ahu_number": "AHU-1"}, "ahu_number"),
        ({"name": "a\x00b"}, "name"),
    ],
)
def test_an_invalid_correction_changes_nothing(store, form, field) -> None:
    record_id = mentor_cooperative(store, "KDMP Tetap", BULUNGAN_VILLAGE)
    before = _reference(store, record_id)
    audit_before = officers.read_audit(store)[1]
    with pytest.raises(ValidationError) as refused:
        registry.correct(store, record_id, form)
    assert field in refused.value.problems
    assert _reference(store, record_id)["v"] == before["v"]
    assert officers.read_audit(store)[1] == audit_before


def test_an_unknown_cooperative_is_not_found(store) -> None:
    with pytest.raises(NotFoundError):
        registry.correct(store, str(uuid.uuid4()), {"name": "x"})
    with pytest.raises(NotFoundError):
        registry.get(store, "../../etc")


def test_the_list_searches_filters_and_pages(store) -> None:
    ids = [mentor_cooperative(store, f"KDMP Bulungan {n:03d}", BULUNGAN_VILLAGE) for n in range(55)]
    malinau = mentor_cooperative(store, "KDMP 100%_Malinau", MALINAU_VILLAGE)
    mentor = str(uuid.uuid4())
    laptop_sends(
        store, mentor, 1, {"name": "Siti Pendamping", "kabupaten_code": "65.01"}, table="mentor"
    )
    laptop_sends(
        store,
        str(uuid.uuid4()),
        1,
        {"mentor_id": mentor, "cooperative_id": ids[3], "start": "2026-01-01", "end": None},
        table="assignment",
    )
    for number, (category, assessed) in enumerate(
        [("Sehat", "2026-01-01"), ("Dalam Pengawasan", "2026-02-01")]
    ):
        laptop_sends(
            store,
            str(uuid.uuid4()),
            number + 1,
            {
                "cooperative_id": ids[7],
                "status": "FINAL",
                "category": category,
                "assessed_on": assessed,
                "revision_no": 1,
            },
            table="assessment",
        )
    first = list_page(store, ListQuery())
    assert (first.total, first.pages, len(first.rows)) == (56, 2, 50)
    assert first.rows[0].name == "KDMP 100%_Malinau" and first.rows[1].name.endswith("000")
    assert len(list_page(store, ListQuery(page=2)).rows) == 6
    assert list_page(store, ListQuery(kabupaten="65.02")).rows[0].id == malinau
    assert list_page(store, ListQuery(kabupaten="65.01", kecamatan="65.01.01")).total == 55
    assert list_page(store, ListQuery(kecamatan="65.01.02")).total == 0
    assert [r.id for r in list_page(store, ListQuery(q="100%")).rows] == [malinau]
    assert list_page(store, ListQuery(q="_")).total == 1
    assert list_page(store, ListQuery(q="bulungan 01")).total == 10
    by_mentor = list_page(store, ListQuery(mentor=mentor)).rows
    assert [(r.id, r.mentors) for r in by_mentor] == [(ids[3], ["Siti Pendamping"])]
    by_category = list_page(store, ListQuery(category="Dalam Pengawasan")).rows
    assert [(r.id, r.category) for r in by_category] == [(ids[7], "Dalam Pengawasan")]
    assert list_page(store, ListQuery(category="Sehat")).total == 0


def test_the_cooperative_commands(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "province")
    assert main(["init", "--dir", folder]) == 0
    assert (
        main(
            [
                "cooperative",
                "add",
                "--name",
                "KDMP Uji",
                "--village",
                BULUNGAN_VILLAGE,
                "--set",
                "nib=1234567890123",
                "--json",
                "--dir",
                folder,
            ]
        )
        == 0
    )
    made = json.loads(capsys.readouterr().out.split("\n", 2)[2])
    assert made["values"]["nib"] == "1234567890123"
    assert main(["cooperative", "edit", made["id"], "--set", "nib=12", "--dir", folder]) == 1
    assert "NIB harus 13 angka" in capsys.readouterr().err
    assert (
        main(["cooperative", "edit", made["id"], "--set", "notes=baru", "--json", "--dir", folder])
        == 0
    )
    assert json.loads(capsys.readouterr().out)["changed"] == ["notes"]
    assert main(["cooperative", "list", "--json", "--kabupaten", "65.01", "--dir", folder]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(r["name"], r["village"]) for r in listed["rows"]] == [("KDMP Uji", "Gunung Putih")]
    entries, _ = officers.read_audit(ProvinceStore.open(Path(folder)))
    assert [e.action for e in entries] == ["cooperative.correct", "cooperative.add"]
    assert entries[0].officer.startswith("cli")
