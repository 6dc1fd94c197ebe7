"""Prefill from the previous final assessment, the profile and the visit; profile updates
offered after finalizing; dates and follow-ups bounded by the visit."""

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.core.instruments import AnswersInvalid, example_answers, registry
from kopdes_desktop.core.instruments.shared_facts import KDKMP, USP
from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import (
    assessments,
    cooperatives,
    followups,
    prefill,
    profile_updates,
    visits,
)
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import AuditEntry, Cooperative

TODAY = date(2026, 12, 1)
EARLIER = date(2026, 10, 12)


@pytest.fixture
def instruments():
    return registry()


@pytest.fixture
def coop_id(store):
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        coop = Cooperative(name="KDMP Long Beluah", region_code=village_paths(session)[0].code)
        session.add(coop)
        session.flush()
        cooperatives.update_profile(
            session, coop.id, {"nib": "9120001234567", "simkopdes_status": "MUTAKHIR"}
        )
        cooperatives.record_members(session, coop.id, date(2026, 9, 1), 140)
        cooperatives.save_unit(
            session, coop.id, kind="SEMBAKO", status="OPERATING", monthly_turnover=12_500_000
        )
        return coop.id


def _final(store, instruments, coop_id, instrument_id, on, **changes):
    answers = example_answers(instruments.get(instrument_id), random.Random(7), 0.6)
    answers.update(changes)
    with store.session() as session:
        visit = visits.create(
            session, coop_id, visit_date=on, purpose="Monitoring gerai", today=TODAY
        )
        row = assessments.start(
            session, instruments, coop_id, instrument_id, visit_id=visit.id, assessed_on=on
        )
        assessments.save_draft(session, instruments, row.id, answers)
        assessments.finalize(session, instruments, row.id)
        return row.id, answers


def _new_visit(store, coop_id, on=TODAY):
    with store.session() as session:
        return visits.create(
            session, coop_id, visit_date=on, purpose="Monitoring gerai", today=TODAY
        ).id


def test_new_assessment_starts_from_previous_final_and_profile(store, instruments, coop_id):
    _old_id, old = _final(
        store, instruments, coop_id, KDKMP, EARLIER, catatan_pendamping="Catatan lama"
    )
    visit_id = _new_visit(store, coop_id)
    with store.session() as session:
        row, _found = prefill.start(
            session, instruments, coop_id, KDKMP, visit_id=visit_id, assessed_on=TODAY
        )
        new_id, answers = row.id, dict(row.answers)
    assert answers["nib"] == "9120001234567" and answers["nib_ada"] is True
    assert answers["simkopdes_status"] == "AKTIF_MUTAKHIR"
    assert answers["jumlah_anggota"] == 140  # the profile's count is newer
    # the previous assessment's count is this one's previous count
    assert answers["jumlah_anggota_sebelumnya"] == old["jumlah_anggota"]
    assert answers["unit_usaha"] == [
        {"jenis_unit": "SEMBAKO", "status": "OPERATING", "omzet_bulanan": 12_500_000}
    ]
    assert answers["pembukuan"] == old["pembukuan"]
    assert "catatan_pendamping" not in answers  # notes stay with their visit
    with store.read() as session:
        sources = prefill.sources_of(session, instruments, new_id)
    assert sources["nib"].kind == "profile"
    assert sources["pembukuan"] == prefill.Source("assessment", EARLIER)
    assert sources["jumlah_anggota_sebelumnya"].on == EARLIER


def test_an_edited_answer_no_longer_names_its_source(store, instruments, coop_id):
    visit_id = _new_visit(store, coop_id)
    with store.session() as session:
        row, _found = prefill.start(
            session, instruments, coop_id, KDKMP, visit_id=visit_id, assessed_on=TODAY
        )
        assessments.save_draft(
            session, instruments, row.id, dict(row.answers) | {"nib": "9120001234568"}
        )
    with store.read() as session:
        assert "nib" not in prefill.sources_of(session, instruments, row.id)


def test_a_fact_of_the_visit_fills_the_other_form(store, instruments, coop_id):
    visit_id = _new_visit(store, coop_id)
    with store.session() as session:
        usp = assessments.start(
            session, instruments, coop_id, USP, visit_id=visit_id, assessed_on=TODAY
        )
        assessments.save_draft(
            session,
            instruments,
            usp.id,
            {
                "total_aset": 900_000_000,
                "kas": 10_000_000,
                "bank": 25_000_000,
                "simpanan_pokok": 14_000_000,
                "simpanan_wajib": 21_000_000,
            },
        )
        kdkmp, found = prefill.start(
            session, instruments, coop_id, KDKMP, visit_id=visit_id, assessed_on=TODAY
        )
        answers = dict(kdkmp.answers)
    assert found.sources["aset"] == prefill.Source("visit", instrument_id=USP)
    assert (answers["aset"], answers["kas"]) == (900_000_000, 35_000_000)
    assert (answers["simpanan_pokok_terkumpul"], answers["simpanan_wajib_terkumpul"]) == (
        14_000_000,
        21_000_000,
    )
    with store.read() as session:
        assert prefill.sources_of(session, instruments, kdkmp.id)["kas"] == prefill.Source(
            "visit", instrument_id=USP
        )


def test_finalizing_offers_profile_changes_and_writes_the_accepted_ones(
    store, instruments, coop_id
):
    row_id, answers = _final(
        store,
        instruments,
        coop_id,
        KDKMP,
        TODAY,
        nib_ada=True,
        nib="8120305067891",
        simkopdes_status="BELUM",
    )
    with store.read() as session:
        changes = {c.field: c for c in profile_updates.proposed(session, row_id)}
    assert changes["nib"] == profile_updates.ProfileChange("nib", "9120001234567", "8120305067891")
    assert changes["members"].old == 140 and changes["members"].new == answers["jumlah_anggota"]
    assert changes["simkopdes_status"].new == "BELUM"
    with store.read() as session:
        counter_before = session.get(Cooperative, coop_id).counter
    with store.session() as session:
        written = profile_updates.apply(session, row_id, ["nib", "members"])
    assert sorted(written) == ["members", "nib"]
    with store.read() as session:
        coop = session.get(Cooperative, coop_id)
        assert coop.nib == "8120305067891" and coop.simkopdes_status == "MUTAKHIR"
        assert (
            cooperatives.member_history(session, coop_id)[-1].members == answers["jumlah_anggota"]
        )
        assert coop.counter > counter_before  # stamped for sync like any profile edit
        audited = session.scalars(select(AuditEntry).where(AuditEntry.record_id == coop_id)).all()
        assert any("nib" in (entry.changes or {}) for entry in audited)
        left = {c.field for c in profile_updates.proposed(session, row_id)}
    assert "nib" not in left and "members" not in left and "simkopdes_status" in left


def test_a_date_after_the_visit_is_refused_at_finalizing(store, instruments, coop_id):
    answers = example_answers(instruments.get(KDKMP), random.Random(3), 0.9)
    answers |= {"rapat_anggota_terlaksana": True, "tanggal_rapat_anggota": "2027-01-15"}
    visit_id = _new_visit(store, coop_id)
    with pytest.raises(AnswersInvalid) as caught, store.session() as session:
        row = assessments.start(
            session, instruments, coop_id, KDKMP, visit_id=visit_id, assessed_on=TODAY
        )
        assessments.save_draft(session, instruments, row.id, answers)
        assessments.finalize(session, instruments, row.id)
    [problem] = caught.value.problems
    assert problem.item_id == "tanggal_rapat_anggota"
    assert "sesudah tanggal kunjungan (1 Desember 2026)" in problem.message


def test_a_follow_up_due_before_its_visit_is_refused(store, coop_id):
    visit_id = _new_visit(store, coop_id)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        followups.add_action(
            session,
            coop_id,
            title="Rapat anggota",
            owner="Ketua",
            due_date=TODAY - timedelta(days=1),
            visit_id=visit_id,
        )
    assert "sebelum tanggal kunjungan" in caught.value.problems["due_date"]
    with store.session() as session:
        followups.add_action(
            session,
            coop_id,
            title="Rapat anggota",
            owner="Ketua",
            due_date=TODAY,
            visit_id=visit_id,
        )


def test_units_come_from_the_profile_completed_by_the_previous_assessment():
    earlier = [
        {"jenis_unit": "SEMBAKO", "status": "OPERATING", "transaksi_bulanan": 300},
        {"jenis_unit": "APOTEK", "status": "PLANNED"},
    ]
    profile = [
        {"jenis_unit": "SEMBAKO", "status": "OPERATING", "omzet_bulanan": 9_000_000},
        {"jenis_unit": "KLINIK", "status": "PREPARING"},
    ]
    assert prefill.merge_rows(earlier, profile) == [
        {
            "jenis_unit": "SEMBAKO",
            "status": "OPERATING",
            "transaksi_bulanan": 300,
            "omzet_bulanan": 9_000_000,
        },
        {"jenis_unit": "KLINIK", "status": "PREPARING"},
    ]


def test_a_corrected_assessment_counts_by_its_newest_revision(store, instruments, coop_id):
    old_id, old = _final(
        store,
        instruments,
        coop_id,
        KDKMP,
        EARLIER,
        pembukuan="MANUAL",
        laporan_keuangan_bulanan=True,
    )
    with store.session() as session:
        revision = assessments.revise(session, old_id)
        assessments.save_draft(
            session, instruments, revision.id, dict(revision.answers) | {"pembukuan": "DIGITAL"}
        )
        assessments.finalize(session, instruments, revision.id)
    visit_id = _new_visit(store, coop_id)
    with store.session() as session:
        row, found = prefill.start(
            session, instruments, coop_id, KDKMP, visit_id=visit_id, assessed_on=TODAY
        )
        assert prefill.previous_final(session, row).id == revision.id
    assert found.answers["pembukuan"] == "DIGITAL" and old["pembukuan"] == "MANUAL"
