"""Planned visits, the agenda and the start-up reminders over a real, migrated store."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import followups, plans, sharing, visits
from kopdes_desktop.errors import ValidationError
from kopdes_desktop.store.models import Cooperative, Mentor, Visit

TODAY = date(2026, 12, 1)


@pytest.fixture
def coop_id(store):
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        village = village_paths(session)[0]
        coop = Cooperative(name="KDMP Long Beluah", region_code=village.code)
        session.add(coop)
        session.flush()
        return coop.id


def _plan(store, coop_id, day, purpose="Monitoring gerai"):
    with store.session() as session:
        return visits.plan(session, coop_id, today=TODAY, visit_date=day, purpose=purpose).id


def test_a_visit_may_be_planned_on_a_future_date_but_not_recorded_on_one(store, coop_id):
    later = TODAY + timedelta(days=20)
    planned = _plan(store, coop_id, later)
    with store.read() as session:
        row = session.get(Visit, planned)
        assert (row.status, row.visit_date) == ("PLANNED", later)
    with pytest.raises(ValidationError) as caught, store.session() as session:
        visits.create(session, coop_id, today=TODAY, visit_date=later, purpose="Rapat")
    assert "masa depan" in caught.value.problems["visit_date"]


def test_a_plan_is_for_today_or_later_and_keeps_a_future_date_when_edited(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        visits.plan(
            session, coop_id, today=TODAY, visit_date=TODAY - timedelta(days=1), purpose="Rapat"
        )
    assert (
        caught.value.problems["visit_date"] == "Rencana kunjungan harus hari ini atau sesudahnya."
    )
    planned = _plan(store, coop_id, TODAY + timedelta(days=3))
    with store.session() as session:
        visits.update(session, planned, today=TODAY, visit_date=TODAY + timedelta(days=9))
    with store.read() as session:
        assert session.get(Visit, planned).visit_date == TODAY + timedelta(days=9)


def test_starting_a_planned_visit_makes_it_todays_draft_once(store, coop_id):
    planned = _plan(store, coop_id, TODAY + timedelta(days=2))
    with pytest.raises(visits.PlanError), store.session() as session:
        visits.mark_done(session, planned)
    with store.session() as session:
        visits.start_planned(session, planned, today=TODAY)
    with store.read() as session:
        row = session.get(Visit, planned)
        assert (row.status, row.visit_date) == ("DRAFT", TODAY)
    with pytest.raises(visits.PlanError) as caught, store.session() as session:
        visits.start_planned(session, planned, today=TODAY)
    assert caught.value.message == "Kunjungan ini sudah dimulai."
    with pytest.raises(visits.PlanError), store.session() as session:
        plans.cancel(session, planned)


def test_lists_of_visits_made_leave_plans_out(store, coop_id):
    with store.session() as session:
        made = visits.create(
            session, coop_id, today=TODAY, visit_date=TODAY, purpose="Rapat pengurus"
        ).id
    planned = _plan(store, coop_id, TODAY + timedelta(days=5))
    with store.read() as session:
        assert [v.id for v in visits.in_month(session, 2026, 12)] == [made]
        assert [v.id for v in visits.for_cooperative(session, coop_id)] == [made]
        assert [v.id for v in visits.planned_between(session, TODAY, TODAY + timedelta(30))] == [
            planned
        ]


def test_agenda_and_reminders_show_plans_and_follow_ups_due(store, coop_id):
    today_plan = _plan(store, coop_id, TODAY, "Pendampingan pembukuan")
    tomorrow_plan = _plan(store, coop_id, TODAY + timedelta(days=1))
    far_plan = _plan(store, coop_id, TODAY + timedelta(days=10))
    with store.session() as session:
        late = followups.add_action(
            session,
            coop_id,
            title="Rapikan buku kas",
            owner="Ketua",
            due_date=TODAY - timedelta(days=3),
        ).id
        followups.add_action(
            session,
            coop_id,
            title="Daftar SIMKOPDES",
            owner="Ketua",
            due_date=TODAY + timedelta(days=12),
        )
    with store.read() as session:
        reminded = plans.reminders(session, TODAY)
        week = plans.agenda(session, *plans.week_of(TODAY), TODAY)
        month = plans.agenda(session, date(2026, 12, 1), date(2026, 12, 31), TODAY)
    assert [i.record_id for i in reminded.visits_today] == [today_plan]
    assert [i.record_id for i in reminded.visits_tomorrow] == [tomorrow_plan]
    assert [(i.record_id, i.overdue) for i in reminded.follow_ups] == [(late, True)]
    assert [i.record_id for i in week] == [today_plan, tomorrow_plan]
    assert [i.kind for i in month] == ["visit", "visit", "visit", "follow_up"]
    assert far_plan in {i.record_id for i in month}
    with store.session() as session:
        plans.cancel(session, far_plan)
    with store.read() as session:
        assert far_plan not in {
            i.record_id for i in plans.agenda(session, date(2026, 12, 1), date(2026, 12, 31), TODAY)
        }


def test_whatsapp_text_is_plain_indonesian_without_codes(store, coop_id):
    with store.session() as session:
        mentor = Mentor(name="Rina Wulandari", is_self=True)
        session.add(mentor)
        session.flush()
        visit = visits.create(
            session,
            coop_id,
            today=TODAY,
            visit_date=TODAY,
            purpose="Monitoring gerai",
            attendees="Ketua, Bendahara",
            mentor_id=mentor.id,
        )
        finding = followups.add_finding(
            session,
            visit.id,
            area="Keuangan",
            temuan="Buku kas belum rapi.",
            rekomendasi="Catat kas harian.",
            compliance="TIDAK_SESUAI",
        )
        followups.add_action(
            session,
            coop_id,
            title="Rapikan buku kas",
            owner="Bendahara",
            due_date=date(2026, 12, 15),
            finding_id=finding.id,
            visit_id=visit.id,
        )
        visit_id = visit.id
    with store.read() as session:
        text = sharing.visit_text(session, visit_id)
    assert text.splitlines()[:3] == [
        "*Hasil kunjungan ke KDMP Long Beluah*",
        "1 Desember 2026 · Monitoring gerai",
        "Peserta: Ketua, Bendahara",
    ]
    assert "1. Keuangan: Buku kas belum rapi. (Tidak sesuai)" in text
    assert "   Rekomendasi: Catat kas harian." in text
    assert (
        "1. Rapikan buku kas (Belum dikerjakan, penanggung jawab Bendahara, "
        "paling lambat 15 Desember 2026)"
    ) in text
    assert text.endswith("Pendamping: Rina Wulandari")
    for code in ("TIDAK_SESUAI", "OPEN", "2026-12", "None"):
        assert code not in text


def test_a_planned_visit_row_is_a_visit_with_status_planned(store, coop_id):
    planned = _plan(store, coop_id, TODAY + timedelta(days=1))
    with store.read() as session:
        assert session.scalar(select(Visit.status).where(Visit.id == planned)) == "PLANNED"
