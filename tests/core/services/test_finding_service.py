"""FindingService over a real store: a finding, its follow-up and its evidence are saved
together or not at all, and every wrong field is named at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PIL import Image

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services.finding_service import FindingRow, FollowupDraft
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.errors import ValidationError, localized_problems
from tests.core.services.visit_seed import TODAY, seed_cooperative

FINDING = {
    "area": "Keuangan",
    "temuan": "Kas tidak dicatat harian",
    "rekomendasi": "Buku kas harian",
    "compliance": "CUKUP",
}


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def visit_id(store, services):
    coop_id = seed_cooperative(store)
    return services.visits.create(coop_id, today=TODAY, visit_date=TODAY, purpose="Rapat")


def test_a_finding_with_its_followup_and_evidence(store, services, visit_id, tmp_path):
    photo = tmp_path / "kas.png"
    Image.new("RGB", (40, 30), "white").save(photo)
    stored = attachments.store_file(store.paths, photo)
    due = TODAY + timedelta(days=14)
    finding_id = services.findings.save(
        visit_id, None, FINDING, FollowupDraft("", "Bendahara", due), [stored]
    )
    [row] = services.findings.of_visit(visit_id)
    assert row == FindingRow(
        finding_id, "Keuangan", None, "CUKUP", "Kas tidak dicatat harian", "Buku kas harian"
    )
    details = services.findings.details(finding_id)
    assert details.evidence == ["kas.png"]
    assert details.actions == ["Buku kas harian"]  # the recommendation is the title
    [action] = services.followups.at_visit(visit_id)
    assert (action.owner, action.due_date, action.status) == ("Bendahara", due, "OPEN")
    assert services.findings.open_followups(finding_id) == 1


def test_every_wrong_field_is_named_and_nothing_is_stored(services, visit_id):
    with pytest.raises(ValidationError) as caught:
        services.findings.save(
            visit_id,
            None,
            {**FINDING, "area": "", "rekomendasi": ""},
            FollowupDraft("", "", "31/02/2026"),
        )
    problems = caught.value
    assert set(problems.problems) == {"area", "rekomendasi", "owner", "due_date"}
    assert localized_problems(problems, "en")["due_date"] == "Not a date (example: 03/11/2025)."
    assert problems.problems["due_date"] == "Bukan tanggal (contoh: 03/11/2025)."
    assert services.findings.of_visit(visit_id) == []
    assert services.followups.at_visit(visit_id) == []


def test_a_correction_keeps_the_followups_and_removal_takes_the_open_ones(services, visit_id):
    finding_id = services.findings.save(
        visit_id, None, FINDING, FollowupDraft("Buka buku kas", "Ketua", TODAY)
    )
    assert (
        services.findings.save(visit_id, finding_id, {**FINDING, "temuan": "Kas dicatat mingguan"})
        == finding_id
    )
    [row] = services.findings.of_visit(visit_id)
    assert row.temuan == "Kas dicatat mingguan"
    with pytest.raises(ValidationError):
        services.findings.save(visit_id, finding_id, {**FINDING, "temuan": " "})
    assert services.findings.of_visit(visit_id)[0].temuan == "Kas dicatat mingguan"
    services.findings.remove(finding_id)
    assert services.findings.of_visit(visit_id) == []
    assert services.followups.at_visit(visit_id) == []
