"""ReportService over a real store: the Laporan page's lists, monthly notes (kept as a draft
when they cannot be stored), which assessments a batch takes, sealed PDFs and their check."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from kopdes_desktop.core.instruments import example_answers, registry
from kopdes_desktop.core.services.cooperatives import PRIMARY_INSTRUMENT
from kopdes_desktop.core.services.hub import Services
from kopdes_desktop.core.services.reporting import NOTE_MAX_CHARS
from kopdes_desktop.errors import KopdesError, ValidationError
from kopdes_desktop.reports import ReportOptions
from kopdes_desktop.store.models import Mentor
from tests.core.services.visit_seed import TODAY, seed_cooperative, seed_mentor

MONTH = TODAY.strftime("%Y-%m")


@pytest.fixture
def services(store):
    return Services(store)


@pytest.fixture
def instruments(store):
    return registry(store.paths)


def _final(services, instruments, coop_id):
    visit_id = services.visits.create(
        coop_id,
        today=TODAY,
        visit_date=TODAY - timedelta(days=1),
        purpose="Penilaian kesiapan usaha",
    )
    [started] = services.assessments.start_at_visit(instruments, visit_id, [PRIMARY_INSTRUMENT])
    answers = example_answers(instruments.get(PRIMARY_INSTRUMENT), random.Random(3), 0.6)
    services.assessments.save_draft(instruments, started.id, answers)
    services.assessments.finalize(instruments, started.id)
    return started.id


def test_the_page_lists_mentors_and_cooperatives(store, services):
    coop_id = seed_cooperative(store)
    me = seed_mentor(store, coop_id)
    with store.session() as session:
        session.add(Mentor(name="Andi Lain", role="PENDAMPING", is_self=False))
    page = services.reports.page(TODAY)
    assert [m.name for m in page.mentors] == ["Andi Lain", "Rina Pendamping"]
    assert page.self_mentor_id == me
    assert [c.id for c in page.cooperatives] == [coop_id]
    assert services.reports.self_mentor_id() == me


def test_without_a_mentor_profile_the_monthly_report_needs_an_id(services):
    with pytest.raises(KopdesError, match="--mentor"):
        services.reports.self_mentor_id()


def test_notes_are_saved_and_too_long_ones_kept_as_a_draft(store, services):
    me = seed_mentor(store)
    empty = services.reports.notes(me, MONTH)
    assert (empty.issues, empty.plans, empty.saved, empty.kept) == ("", "", False, None)
    services.reports.save_notes(me, MONTH, issues=" Sinyal lemah ", plans="RAT")
    saved = services.reports.notes(me, MONTH)
    assert (saved.issues, saved.plans, saved.saved, saved.kept) == (
        "Sinyal lemah",
        "RAT",
        True,
        None,
    )
    too_long = "x" * (NOTE_MAX_CHARS + 1)
    with pytest.raises(ValidationError) as caught:
        services.reports.save_notes(me, MONTH, issues=too_long, plans="RAT")
    assert set(caught.value.problems) == {"issues"}
    kept = services.reports.notes(me, MONTH)
    assert kept.issues == "Sinyal lemah" and kept.kept is not None
    assert kept.kept.values == {"issues": too_long, "plans": "RAT"}
    services.reports.save_notes(me, MONTH, issues="Jalan rusak", plans="RAT")
    assert services.reports.notes(me, MONTH).kept is None


def test_only_this_laptops_mentor_writes_notes(store, services):
    seed_mentor(store)
    with store.session() as session:
        other = Mentor(name="Andi Lain", role="PENDAMPING", is_self=False)
        session.add(other)
        session.flush()
        other_id = other.id
    with pytest.raises(KopdesError):
        services.reports.save_notes(other_id, MONTH, issues="", plans="")
    assert services.reports.notes(other_id, MONTH).kept is None


def test_batches_take_the_final_assessments_and_write_sealed_pdfs(
    store, services, instruments, tmp_path
):
    coop_id, other = seed_cooperative(store), seed_cooperative(store, "KDMP Sebatik")
    final_id = _final(services, instruments, coop_id)
    assert services.reports.latest_final_for([coop_id, other], PRIMARY_INSTRUMENT) == [final_id]
    assert services.reports.latest_final_ids() == [final_id]
    assert services.reports.final_ids_in_month(MONTH) == [final_id]
    options = ReportOptions(deterministic=True)
    result = services.reports.batch_assessments(instruments, [final_id, "gone"], tmp_path, options)
    [written] = result.written
    assert written.read_bytes().startswith(b"%PDF-")
    assert [failed for failed, _message in result.failed] == ["gone"]
    profiles = services.reports.batch_profiles(
        instruments, [coop_id], tmp_path / "profil", options, today=TODAY
    )
    assert len(profiles.written) == 1
    assert services.reports.cooperative_name(coop_id) == "KDMP Long Beluah"


def test_a_report_made_here_is_checked_genuine(store, services, instruments, tmp_path):
    coop_id = seed_cooperative(store)
    me = seed_mentor(store, coop_id)
    final_id = _final(services, instruments, coop_id)
    pdf = tmp_path / "laporan.pdf"
    pdf.write_bytes(services.reports.assessment_pdf(instruments, final_id, ReportOptions()))
    assert services.reports.verify_seal(str(pdf)).genuine
    assert services.reports.monthly_pdf(instruments, me, MONTH).startswith(b"%PDF-")
    assert services.reports.profile_pdf(instruments, coop_id, today=TODAY).startswith(b"%PDF-")
    with pytest.raises(KopdesError):
        services.reports.verify_seal("bukan kode QR")
