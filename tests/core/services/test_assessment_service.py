"""AssessmentService over a real store: start prefilled at a visit, save, finalize, revise,
discard, and the typed errors that keep a final assessment as it is."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from kopdes_desktop.core.instruments import AnswersInvalid, example_answers, registry
from kopdes_desktop.core.services import cooperatives
from kopdes_desktop.core.services.assessment_service import AssessmentState
from kopdes_desktop.core.services.assessments import AssessmentLocked
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.core.services.trash import entries
from kopdes_desktop.errors import NotFoundError
from tests.core.services.visit_seed import TODAY, seed_cooperative

ON = TODAY - timedelta(days=3)


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def instruments(store):
    return registry(store.paths)


@pytest.fixture
def coop_id(store):
    coop_id = seed_cooperative(store)
    with store.session() as session:
        cooperatives.update_profile(session, coop_id, {"nib": "9120001234567"})
    return coop_id


def _start(services, instruments, coop_id):
    visit_id = services.visits.create(coop_id, today=TODAY, visit_date=ON, purpose="Rapat")
    [started] = services.assessments.start_at_visit(instruments, visit_id, [PRIMARY_INSTRUMENT])
    return visit_id, started


def test_a_draft_starts_at_the_visit_prefilled_from_the_profile(services, instruments, coop_id):
    visit_id, started = _start(services, instruments, coop_id)
    state = services.assessments.get(started.id)
    assert isinstance(state, AssessmentState)
    assert (state.visit_id, state.assessed_on, state.status, state.final) == (
        visit_id,
        ON,
        "DRAFT",
        False,
    )
    assert state.cooperative == "KDMP Long Beluah"
    assert state.answers["nib"] == "9120001234567"
    assert started.sources["nib"].kind == "profile"
    opened = services.assessments.open(instruments, started.id)
    assert opened.state == state and opened.sources == started.sources
    assert services.assessments.shown_at_visit(visit_id) == [started.id]
    assert services.assessments.report_name(started.id) == ("KDMP Long Beluah", ON)


def test_finalize_refuses_missing_answers_then_locks(services, instruments, coop_id):
    visit_id, started = _start(services, instruments, coop_id)
    with pytest.raises(AnswersInvalid) as caught:
        services.assessments.finalize(instruments, started.id)
    assert caught.value.problems
    assert services.assessments.get(started.id).status == "DRAFT"
    answers = example_answers(instruments.get(PRIMARY_INSTRUMENT), random.Random(7), 0.6)
    preview = services.assessments.save_draft(instruments, started.id, answers)
    assert preview.total is not None
    finalized_at = services.assessments.finalize(instruments, started.id)
    final = services.assessments.get(started.id)
    assert final.final and final.finalized_at == finalized_at
    with pytest.raises(AssessmentLocked):
        services.assessments.save_draft(instruments, started.id, {})
    with pytest.raises(AssessmentLocked):
        services.assessments.discard(started.id)
    revision = services.assessments.revise(started.id)
    state = services.assessments.get(revision)
    assert (state.revision_no, state.revision_of, state.status) == (2, started.id, "DRAFT")
    assert state.answers == final.answers
    assert services.assessments.shown_at_visit(visit_id) == [revision]


def test_a_discarded_draft_and_a_removed_row_go_to_the_trash(store, services, instruments, coop_id):
    visit_id, started = _start(services, instruments, coop_id)
    key = services.assessments.keep_removed_row(started.id, "unit_usaha", 0, {"nama": "Gerai"})
    services.assessments.discard(started.id)
    assert services.assessments.shown_at_visit(visit_id) == []
    with pytest.raises(NotFoundError):
        services.assessments.get(started.id)
    with store.read() as session:
        keys = {entry.key for entry in entries(session)}
    assert key in keys and len(keys) == 2


def test_the_savings_instrument_is_suggested_only_with_an_operating_unit(store, services, coop_id):
    assert not services.assessments.savings_unit_operates(coop_id)
    with store.session() as session:
        cooperatives.save_unit(session, coop_id, kind="SIMPAN_PINJAM", status="PREPARING")
    assert not services.assessments.savings_unit_operates(coop_id)
    with store.session() as session:
        [unit] = cooperatives.units(session, coop_id)
        cooperatives.save_unit(
            session, coop_id, unit_id=unit.id, kind="SIMPAN_PINJAM", status="OPERATING"
        )
    assert services.assessments.savings_unit_operates(coop_id)
