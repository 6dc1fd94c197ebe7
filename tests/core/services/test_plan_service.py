"""PlanService: planning, changing, starting and cancelling visits, each its own unit of work."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kopdes_desktop.core.services.plan_service import PlannedVisit
from kopdes_desktop.errors import KopdesError, ValidationError

from .conftest import NAME, TODAY


def test_plan_change_and_start(services, coop_id):
    plans = services.plans
    assert plans.cooperative_choices(TODAY)[0][:2] == (coop_id, NAME)
    day = TODAY + timedelta(days=3)
    visit_id = plans.plan(coop_id, TODAY, visit_date=day, purpose="Pendampingan RAT", notes="")
    visit = plans.visit(visit_id)
    assert isinstance(visit, PlannedVisit)
    assert (visit.cooperative, visit.visit_date, visit.status) == (NAME, day, "PLANNED")
    plans.update(
        visit_id,
        TODAY,
        visit_date=day + timedelta(days=1),
        purpose="Monitoring",
        notes="bawa formulir",
    )
    assert plans.visit(visit_id).notes == "bawa formulir"
    with pytest.raises(ValidationError):
        plans.update(visit_id, TODAY, visit_date=TODAY - timedelta(days=1))
    plans.start(visit_id, TODAY)
    started = plans.visit(visit_id)
    assert (started.status, started.visit_date) == ("DRAFT", TODAY)
    with pytest.raises(KopdesError):
        plans.cancel(visit_id)  # a started visit stays


def test_cancel_and_calendar(services, coop_id):
    visit_id = services.plans.plan(coop_id, TODAY, visit_date=TODAY, purpose="Monitoring")
    agenda = services.home.agenda(TODAY.year, TODAY.month, TODAY)
    assert [item.record_id for item in agenda] == [visit_id]
    assert [i.record_id for i in services.home.reminders(TODAY).visits_today] == [visit_id]
    services.plans.cancel(visit_id)
    assert services.home.agenda(TODAY.year, TODAY.month, TODAY) == []


def test_a_plan_needs_a_cooperative_that_exists(services):
    with pytest.raises(KopdesError):
        services.plans.plan("tidak-ada", TODAY, visit_date=date(2026, 12, 1), purpose="x")
