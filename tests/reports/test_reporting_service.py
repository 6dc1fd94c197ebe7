"""The report queries and the monthly note service."""

from __future__ import annotations

from datetime import date

import pytest

from kopdes_desktop.core.services import assessments, reporting
from kopdes_desktop.errors import NotFoundError, ValidationError


def test_parse_month():
    assert reporting.parse_month("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    for bad in ("2025-13", "2025-1", "25-10", "", "2025/10"):
        with pytest.raises(ValidationError):
            reporting.parse_month(bad)


def test_note_is_created_once_then_updated(demo_data):
    mentor_id = demo_data.self_mentor_id()
    with demo_data.store.session() as session:
        first = reporting.save_note(session, mentor_id, "2024-05", issues=" Banjir ", plans="")
        first_id = first.id
    with demo_data.store.session() as session:
        again = reporting.save_note(
            session, mentor_id, "2024-05", issues="Banjir surut", plans="RAT"
        )
        assert again.id == first_id
    with demo_data.store.read() as session:
        note = reporting.get_note(session, mentor_id, "2024-05")
        assert (note.issues, note.plans) == ("Banjir surut", "RAT")
        assert reporting.get_note(session, mentor_id, "2024-06") is None
    with demo_data.store.session() as session, pytest.raises(ValidationError) as error:
        reporting.save_note(session, mentor_id, "2024-05", issues="x" * 9000, plans="")
    assert "issues" in error.value.problems
    with demo_data.store.session() as session, pytest.raises(NotFoundError):
        reporting.save_note(session, "no-such-mentor", "2024-05", issues="", plans="")


def test_month_queries_agree(demo_data):
    mentor_id = demo_data.self_mentor_id()
    month = "2025-10"
    with demo_data.store.read() as session:
        coops = reporting.assigned_in_month(session, mentor_id, month)
        month_visits = reporting.visits_in_month(session, mentor_id, month)
        done = reporting.assessments_in_month(session, mentor_id, month)
        actions = reporting.actions_in_month(session, [c.id for c in coops], month)
    coop_ids = {c.id for c in coops}
    assert coops and {v.cooperative_id for v in month_visits} <= coop_ids
    assert all(v.visit_date.strftime("%Y-%m") == month for v in month_visits)
    assert all(a.assessed_on.strftime("%Y-%m") == month for a in done)
    assert all(a.closed_on and a.closed_on.strftime("%Y-%m") == month for a in actions.closed)
    assert all(a.due_date < date(2025, 10, 31) for a in actions.overdue)
    assert all(
        a.status in ("OPEN", "PROGRESS") or a.closed_on > date(2025, 10, 31)
        for a in actions.overdue
    )


def test_latest_final_for_keeps_the_given_order(demo_data):
    with demo_data.store.read() as session:
        ids = reporting.latest_final_ids(session, "kesiapan-kdkmp")[:3]
        coops = [assessments.get(session, i).cooperative_id for i in ids]
        latest = reporting.latest_final_for(session, list(reversed(coops)), "kesiapan-kdkmp")
        assert latest == list(reversed(ids))
        for assessment_id, coop_id in zip(ids, coops, strict=True):
            history = assessments.history(session, coop_id, "kesiapan-kdkmp")
            assert history[-1].id == assessment_id
