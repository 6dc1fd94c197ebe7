"""CooperativeService: sessions of its own, plain data out, typed errors, nothing half-saved."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from kopdes_desktop.core.services.cooperative_service import (
    CooperativeProfile,
    PersonRow,
    UnitRow,
)
from kopdes_desktop.errors import NotFoundError, ValidationError

from .conftest import NAME, TODAY


def test_create_and_list_return_plain_rows(services, coop_id):
    page = services.cooperatives.list_page(TODAY)
    assert [row.id for row in page.rows] == [coop_id]
    assert page.rows[0].name == NAME
    assert page.mine == set()
    assert page.kabupaten  # the regions are loaded
    assert services.cooperatives.name(coop_id) == NAME


def test_profile_is_a_frozen_copy_and_updates_are_saved(services, coop_id):
    profile = services.cooperatives.profile(coop_id)
    assert isinstance(profile, CooperativeProfile)
    with pytest.raises(dataclasses.FrozenInstanceError):
        profile.name = "x"  # type: ignore[misc]
    saved = services.cooperatives.update_profile(
        coop_id, {"nib": "1234567890123", "address": " Jl. Sungai "}
    )
    assert (saved.nib, saved.address) == ("1234567890123", "Jl. Sungai")
    assert services.cooperatives.profile(coop_id).nib == "1234567890123"


def test_problems_and_unreadable_fields_come_together_and_nothing_is_saved(services, coop_id):
    with pytest.raises(ValidationError) as caught:
        services.cooperatives.update_profile(
            coop_id, {"address": "Jl. Baru", "nib": "12"}, {"founded_on": "Bukan tanggal."}
        )
    assert set(caught.value.problems) == {"nib", "founded_on"}
    with pytest.raises(ValidationError) as caught:
        services.cooperatives.update_profile(
            coop_id, {"address": "Jl. Baru"}, {"founded_on": "Bukan tanggal."}
        )
    assert caught.value.problems == {"founded_on": "Bukan tanggal."}
    assert services.cooperatives.profile(coop_id).address is None


def test_create_refuses_a_kabupaten_code(services):
    with pytest.raises(ValidationError) as caught:
        services.cooperatives.create("Koperasi X", "65.01")
    assert "region_code" in caught.value.problems
    assert services.cooperatives.list_summaries(TODAY) == []


def test_units_and_board_are_edited_by_id(services, coop_id):
    coops = services.cooperatives
    unit_id = coops.save_unit(
        coop_id, kind="SEMBAKO", status="OPERATING", monthly_turnover=1_250_000
    )
    assert coops.unit(unit_id) == UnitRow(unit_id, "SEMBAKO", None, "OPERATING", 1_250_000, None)
    assert coops.save_unit(coop_id, unit_id=unit_id, kind="SEMBAKO", status="SUSPENDED") == unit_id
    assert [u.status for u in coops.units(coop_id)] == ["SUSPENDED"]
    with pytest.raises(ValidationError):
        coops.save_unit(coop_id, kind="LAINNYA", status="OPERATING")  # needs its name
    ketua = coops.save_person(
        coop_id, organ="PENGURUS", role="Ketua", name="Pak Amir", gender="L", phone="081234567890"
    )
    coops.save_person(coop_id, organ="PENGAWAS", role="Ketua Pengawas", name="Bu Sari")
    people = coops.people(coop_id)
    assert all(isinstance(p, PersonRow) for p in people)
    assert [p.name for p in people] == ["Pak Amir", "Bu Sari"]
    assert coops.person(ketua).phone == "0812-3456-7890"
    coops.remove_person(ketua)
    coops.remove_unit(unit_id)
    assert [p.name for p in coops.people(coop_id)] == ["Bu Sari"]
    assert coops.units(coop_id) == []
    with pytest.raises(NotFoundError):
        coops.unit(unit_id)


def test_members_history_and_standing(services, coop_id):
    coops = services.cooperatives
    coops.record_members(coop_id, date(2026, 1, 31), 120, 50)
    coops.record_members(coop_id, date(2026, 6, 30), 150, 70)
    assert [(m.as_of, m.members) for m in coops.member_history(coop_id)] == [
        (date(2026, 1, 31), 120),
        (date(2026, 6, 30), 150),
    ]
    with pytest.raises(ValidationError):
        coops.record_members(coop_id, date(2026, 6, 30), 10, 20)
    assert coops.timeline(coop_id) == []
    assert coops.assessment_history(coop_id) == []
    assert coops.actions(coop_id, TODAY) == []
    standing = coops.standing(coop_id, TODAY)
    assert standing.financings == [] and standing.flags == []
    head = coops.header(coop_id, TODAY)
    assert (head.name, head.mentor_name, head.latest, head.read_only) == (NAME, None, None, False)
    assert len(head.places) == 3


def test_delete_leaves_the_list(services, coop_id):
    services.cooperatives.delete(coop_id)
    assert services.cooperatives.list_summaries(TODAY) == []
    with pytest.raises(NotFoundError):
        services.cooperatives.profile(coop_id)
