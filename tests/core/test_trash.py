"""The trash and kept form drafts over a real, migrated SQLite store (no Qt)."""

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from kopdes_desktop.core.instruments import InstrumentRegistry
from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import (
    assessments,
    drafts,
    followups,
    form_drafts,
    trash,
    visits,
)
from kopdes_desktop.store.models import (
    ActionItem,
    Assessment,
    AuditEntry,
    Cooperative,
    Finding,
    utcnow,
)

TODAY = date(2026, 11, 28)


@pytest.fixture
def registry():
    return InstrumentRegistry()


@pytest.fixture
def visit(store):
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        village = village_paths(session)[0]
        coop = Cooperative(name="Koperasi Desa Merah Putih Apung", region_code=village.code)
        session.add(coop)
        session.flush()
        row = visits.create(session, coop.id, today=TODAY, visit_date=TODAY, purpose="Monitoring")
        return coop.id, row.id


def _finding_with_action(store, visit_id: str) -> tuple[str, str]:
    with store.session() as session:
        finding = followups.add_finding(
            session,
            visit_id,
            area="Keuangan",
            temuan="Buku kas tidak diisi",
            rekomendasi="Isi harian",
        )
        coop_id = visits.get(session, visit_id).cooperative_id
        action = followups.add_action(
            session,
            coop_id,
            title="Isi buku kas",
            owner="Bendahara",
            due_date=TODAY,
            visit_id=visit_id,
            finding_id=finding.id,
        )
        return finding.id, action.id


def test_a_removed_finding_comes_back_with_its_follow_ups(store, registry, visit):
    finding_id, action_id = _finding_with_action(store, visit[1])
    with store.session() as session:
        drafts.remove_finding(session, finding_id)
    with store.read() as session:
        listed = trash.entries(session)
    assert [(e.kind, e.label, e.count) for e in listed] == [
        ("finding", "Buku kas tidak diisi", 1)
    ]  # its follow-up is folded into it
    assert listed[0].cooperative == "Koperasi Desa Merah Putih Apung"
    assert listed[0].expires_at - listed[0].deleted_at == timedelta(days=30)
    with store.session() as session:
        trash.restore(session, registry, listed[0].key)
    with store.read() as session:
        assert not session.get(Finding, finding_id).deleted
        assert not session.get(ActionItem, action_id).deleted
        assert trash.entries(session) == []
        # restored through the tracked path: an audited update, never a hard delete
        audit = session.scalars(
            select(AuditEntry).where(AuditEntry.record_id == finding_id).order_by(AuditEntry.id)
        ).all()
        assert [a.action for a in audit] == ["insert", "delete", "update"]
        assert audit[-1].changes["deleted"] == [True, False]


def test_a_discarded_draft_is_listed_and_restored(store, registry, visit):
    coop_id, visit_id = visit
    with store.session() as session:
        row = assessments.start(session, registry, coop_id, "kesiapan-kdkmp", visit_id=visit_id)
        assessments.save_draft(session, registry, row.id, {"ahu_terdaftar": True})
        draft_id = row.id
    with store.session() as session:
        assessments.discard_draft(session, draft_id)
    with store.read() as session:
        (entry,) = trash.entries(session)
    assert (entry.kind, entry.owner_id, entry.count) == ("draft", "kesiapan-kdkmp", 1)
    with store.session() as session:
        trash.restore(session, registry, entry.key)
    with store.read() as session:
        assert [d.id for d in drafts.pending(session)] == [draft_id]
    with pytest.raises(trash.TrashError), store.session() as session:
        trash.restore(session, registry, entry.key)  # a second restore finds nothing


def test_entries_older_than_thirty_days_are_not_offered(store, registry, visit):
    finding_id, _action = _finding_with_action(store, visit[1])
    with store.session() as session:
        drafts.remove_finding(session, finding_id)
    later = utcnow() + timedelta(days=31)
    with store.read() as session:
        assert trash.entries(session, now=later) == []
    with pytest.raises(trash.TrashError), store.session() as session:
        trash.restore(session, registry, f"finding:{finding_id}", now=later)


def test_a_repeat_row_goes_back_into_its_draft(store, registry, visit):
    coop_id, visit_id = visit
    units = [{"jenis_unit": "SEMBAKO"}, {"jenis_unit": "APOTEK"}]
    with store.session() as session:
        row = assessments.start(session, registry, coop_id, "kesiapan-kdkmp", visit_id=visit_id)
        assessments.save_draft(session, registry, row.id, {"unit_usaha": [units[0]]})
        assessment_id = row.id
        trash.keep_repeat_row(session, assessment_id, "unit_usaha", 1, units[1])
    with store.read() as session:
        (entry,) = trash.entries(session)
    assert (entry.kind, entry.label, entry.count) == ("repeat_row", "unit_usaha[1]", 1)
    with store.session() as session:
        trash.restore(session, registry, entry.key)
    with store.read() as session:
        assert session.get(Assessment, assessment_id).answers["unit_usaha"] == units
        assert trash.entries(session) == []


def test_a_repeat_row_of_a_finalized_assessment_is_refused_and_kept(store, registry, visit):
    coop_id, visit_id = visit
    with store.session() as session:
        row = assessments.start(session, registry, coop_id, "kesiapan-kdkmp", visit_id=visit_id)
        key = trash.keep_repeat_row(session, row.id, "unit_usaha", 0, {"jenis_unit": "SEMBAKO"})
        row.status = "FINAL"
    with pytest.raises(trash.TrashError), store.session() as session:
        trash.restore(session, registry, key)
    with store.read() as session:
        assert len(trash.entries(session)) == 1
    with store.session() as session:
        assert trash.purge_expired(session, now=utcnow() + timedelta(days=31)) == 1


def test_form_drafts_are_kept_listed_and_dropped(store):
    with store.session() as session:
        form_drafts.keep(session, "finding", "new:v1", {"temuan": "Stok habis"}, {"visit_id": "v1"})
        form_drafts.keep(session, "monthly_note", "2026-11", {"issues": "Sinyal"})
    with store.read() as session:
        kept = form_drafts.pending(session)
        assert {(d.kind, d.record) for d in kept} == {
            ("finding", "new:v1"),
            ("monthly_note", "2026-11"),
        }
        assert form_drafts.get(session, "finding", "new:v1").values == {"temuan": "Stok habis"}
        assert form_drafts.get(session, "finding", "new:v1").context == {"visit_id": "v1"}
    with store.session() as session:
        form_drafts.drop(session, "finding", "new:v1")
    with store.read() as session:
        assert [d.kind for d in form_drafts.pending(session)] == ["monthly_note"]
    with pytest.raises(ValueError):
        form_drafts.keep(store.read(), "nonsense", "x", {})
