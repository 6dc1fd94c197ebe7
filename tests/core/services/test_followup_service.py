"""FollowupService over a real store: the list, status changes and closing at a later visit."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kopdes_desktop.core.services.finding_service import FollowupDraft
from kopdes_desktop.core.services.followup_service import VisitChoice
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.errors import NotFoundError, ValidationError
from tests.core.services.visit_seed import TODAY, seed_cooperative, seed_mentor

FINDING = {"area": "Usaha", "temuan": "Gerai tutup", "rekomendasi": "Buka gerai"}


@pytest.fixture
def services(store):
    return Services(store)


def _followup(services, coop_id, on, due):
    visit_id = services.visits.create(coop_id, today=TODAY, visit_date=on, purpose="Rapat")
    services.findings.save(visit_id, None, FINDING, FollowupDraft("Buka gerai", "Ketua", due))
    [action] = services.followups.at_visit(visit_id)
    return visit_id, action.id


def test_the_list_marks_overdue_and_this_mentors_cooperatives(store, services):
    coop_id, other = seed_cooperative(store), seed_cooperative(store, "KDMP Sebatik")
    seed_mentor(store, coop_id)
    _followup(services, coop_id, TODAY - timedelta(days=20), TODAY - timedelta(days=1))
    _followup(services, other, TODAY - timedelta(days=20), TODAY + timedelta(days=3))
    listed = services.followups.list_all(TODAY)
    assert listed.mine == {coop_id}
    assert [(row.cooperative, row.overdue, row.upcoming) for row in listed.rows] == [
        ("KDMP Long Beluah", True, False),
        ("KDMP Sebatik", False, True),
    ]


def test_a_followup_is_closed_at_a_later_visit_of_its_cooperative(store, services):
    coop_id, other = seed_cooperative(store), seed_cooperative(store, "KDMP Sebatik")
    first = TODAY - timedelta(days=30)
    agreed_at, action_id = _followup(services, coop_id, first, TODAY)
    later = services.visits.create(
        coop_id, today=TODAY, visit_date=TODAY - timedelta(days=2), purpose="Monitoring gerai"
    )
    elsewhere = services.visits.create(other, today=TODAY, visit_date=TODAY, purpose="Rapat")
    choice = services.followups.close_choice(action_id)
    assert (choice.title, choice.owner, choice.due_date) == ("Buka gerai", "Ketua", TODAY)
    assert choice.visits == [VisitChoice(later, TODAY - timedelta(days=2), "Monitoring gerai")]
    with pytest.raises(ValidationError):
        services.followups.set_status(action_id, "DONE", today=TODAY, at_visit_id=elsewhere)
    services.followups.set_status(
        action_id, "DONE", today=TODAY, at_visit_id=later, notes=" Sudah buka "
    )
    [closed] = services.followups.at_visit(later)
    assert (closed.status, closed.closed_on) == ("DONE", TODAY)
    assert services.followups.at_visit(agreed_at) == [closed]
    services.followups.set_status(action_id, "OPEN", today=TODAY)
    [reopened] = services.followups.at_visit(later)  # an open one shows at every visit
    assert (reopened.status, reopened.closed_on) == ("OPEN", None)
    with pytest.raises(ValidationError):
        services.followups.set_status(action_id, "LATER", today=TODAY)
    with pytest.raises(NotFoundError):
        services.followups.close_choice("no-such-follow-up")
