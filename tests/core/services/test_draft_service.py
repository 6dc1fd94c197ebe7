"""DraftService over a real store: typed text kept, found again, listed and forgotten."""

from __future__ import annotations

import pytest

from kopdes_desktop.core.instruments import registry
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.core.services.hub import Services
from tests.core.services.visit_seed import TODAY, seed_cooperative


@pytest.fixture
def services(store):
    return Services(store)


def test_typed_text_is_kept_found_listed_and_dropped(services):
    services.drafts.keep_form("visit", "v1", {"purpose": "Rap"}, {"cooperative": "KDMP A"})
    services.drafts.keep_form("monthly_note", "2026-11", {"issues": "Sinyal"})
    kept = services.drafts.kept_form("visit", "v1")
    assert kept is not None
    assert (kept.values, kept.context) == ({"purpose": "Rap"}, {"cooperative": "KDMP A"})
    assert {(d.kind, d.record) for d in services.drafts.pending_forms()} == {
        ("visit", "v1"),
        ("monthly_note", "2026-11"),
    }
    services.drafts.keep_form("visit", "v1", {"purpose": "Rapat"})
    assert services.drafts.kept_form("visit", "v1").values == {"purpose": "Rapat"}
    services.drafts.drop_form("visit", "v1")
    services.drafts.drop_form("visit", "v1")  # twice is harmless
    assert services.drafts.kept_form("visit", "v1") is None
    assert [d.kind for d in services.drafts.pending_forms()] == ["monthly_note"]
    with pytest.raises(ValueError):
        services.drafts.keep_form("no-such-form", "x", {})


def test_only_draft_assessments_with_answers_are_offered(store, services):
    instruments = registry(store.paths)
    coop_id = seed_cooperative(store)
    visit_id = services.visits.create(coop_id, today=TODAY, visit_date=TODAY, purpose="Rapat")
    [started] = services.assessments.start_at_visit(instruments, visit_id, [PRIMARY_INSTRUMENT])
    assert services.drafts.pending_assessments() == []
    services.assessments.save_draft(instruments, started.id, {"ahu_terdaftar": True})
    [draft] = services.drafts.pending_assessments()
    assert (draft.id, draft.cooperative, draft.visit_id) == (
        started.id,
        "KDMP Long Beluah",
        visit_id,
    )
    assert draft.answered >= 1
