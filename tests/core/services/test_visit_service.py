"""VisitService over a real, migrated store: plain data out, typed errors, nothing half-saved."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from datetime import date, timedelta

import pytest

from kopdes_desktop.core.services import visits
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.core.services.visit_service import VisitDetails
from kopdes_desktop.core.services.visits import PlanError
from kopdes_desktop.errors import NotFoundError, ValidationError
from tests.core.services.visit_seed import TODAY, seed_cooperative, seed_mentor


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def coop_id(store):
    return seed_cooperative(store)


def test_a_visit_is_recorded_corrected_and_read_back_as_plain_data(store, services, coop_id):
    mentor_id = seed_mentor(store, coop_id)
    visit_id = services.visits.create(
        coop_id, today=TODAY, visit_date=TODAY, purpose="Monitoring gerai", attendees="Ketua"
    )
    services.visits.update(
        visit_id, today=TODAY, notes="  Gerai buka pukul 7.  ", lat=3.1, lon=116.5
    )
    visit = services.visits.get(visit_id)
    assert isinstance(visit, VisitDetails)
    assert visit.cooperative == "KDMP Long Beluah" and visit.status == "DRAFT"
    assert visit.values() == {
        "visit_date": TODAY,
        "purpose": "Monitoring gerai",
        "attendees": "Ketua",
        "lat": 3.1,
        "lon": 116.5,
        "notes": "Gerai buka pukul 7.",
    }
    with pytest.raises(FrozenInstanceError):
        visit.purpose = "x"  # type: ignore[misc]  # a snapshot, not a live row
    with store.read() as session:
        assert visits.get(session, visit_id).mentor_id == mentor_id


def test_a_wrong_visit_names_each_field_and_stores_nothing(services, coop_id):
    with pytest.raises(ValidationError) as caught:
        services.visits.create(
            coop_id, today=TODAY, visit_date=TODAY + timedelta(days=1), purpose="", lat=3.0
        )
    assert set(caught.value.problems) == {"visit_date", "purpose", "lat"}
    assert services.visits.list_since(None).rows == []
    visit_id = services.visits.create(coop_id, today=TODAY, visit_date=TODAY, purpose="Rapat")
    with pytest.raises(ValidationError):
        services.visits.update(visit_id, today=TODAY, purpose="  ")
    assert services.visits.get(visit_id).purpose == "Rapat"
    with pytest.raises(NotFoundError):
        services.visits.get("no-such-visit")


def test_a_plan_is_listed_started_and_finished(services, coop_id):
    today = date.today()
    plan_id = services.plans.plan(
        coop_id, today=today, visit_date=today + timedelta(days=3), purpose="Pendampingan pembukuan"
    )
    assert services.visits.get(plan_id).planned
    agenda = services.plans.agenda(today, today + timedelta(days=7), today)
    assert [(item.record_id, item.day) for item in agenda] == [(plan_id, today + timedelta(days=3))]
    with pytest.raises(PlanError):
        services.visits.mark_done(plan_id)
    started = services.plans.start(plan_id, today=today)
    assert (started.status, started.visit_date) == ("DRAFT", today)
    with pytest.raises(PlanError):
        services.plans.start(plan_id, today=today)
    with pytest.raises(PlanError):
        services.plans.cancel(plan_id)
    services.visits.mark_done(plan_id)
    assert services.visits.get(plan_id).status == "DONE"


def test_a_cancelled_plan_is_gone(services, coop_id):
    today = date.today()
    plan_id = services.plans.plan(coop_id, today=today, visit_date=today, purpose="Rapat")
    services.plans.cancel(plan_id)
    with pytest.raises(NotFoundError):
        services.visits.get(plan_id)


def test_the_list_carries_kabupaten_and_this_mentors_cooperatives(store, services, coop_id):
    other = seed_cooperative(store, "KDMP Sebatik")
    seed_mentor(store, coop_id)
    for cooperative_id in (coop_id, other):
        services.visits.create(cooperative_id, today=TODAY, visit_date=TODAY, purpose="Rapat")
    listed = services.visits.list_since(TODAY - timedelta(days=30))
    assert {row.cooperative for row in listed.rows} == {"KDMP Long Beluah", "KDMP Sebatik"}
    assert listed.mine == {coop_id}
    assert listed.kabupaten
    assert services.visits.list_since(TODAY + timedelta(days=1)).rows == []
    names = {s.name for s in services.visits.cooperative_choices(TODAY)}
    assert names == {"KDMP Long Beluah", "KDMP Sebatik"}


def test_the_share_text_names_the_cooperative_and_its_findings(services, coop_id):
    visit_id = services.visits.create(coop_id, today=TODAY, visit_date=TODAY, purpose="Rapat")
    services.findings.save(
        visit_id,
        None,
        {"area": "Kelembagaan", "temuan": "RAT belum", "rekomendasi": "Jadwalkan RAT"},
    )
    text = services.visits.share_text(visit_id, "id", TODAY)
    assert "KDMP Long Beluah" in text and "RAT belum" in text and "Jadwalkan RAT" in text
