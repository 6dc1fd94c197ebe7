"""Handover end to end, with two real laptops, the real province service and real crypto.

An officer creates two mentors, assigns cooperatives and makes enrolment codes for each named
mentor. The first laptop enrols with its code and at once is that mentor with its cooperatives;
its mentor works one cooperative (visit, assessment, finding, follow-up, photo) and syncs. The
officer reassigns that cooperative to the second mentor, whose fresh laptop enrols and finds
the whole history (and the photo's bytes, asked for within a budget). The first laptop keeps
its records, read-only: every change to the handed-over cooperative is refused.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services import assessments, followups, mentors, visits
from kopdes_desktop.province import mentor_codes, registry
from kopdes_desktop.province import mentors as province_mentors
from kopdes_desktop.province.officers_models import ensure_tables
from kopdes_desktop.store.handover_guard import HandedOver
from kopdes_desktop.store.models import ActionItem, Assessment, Attachment, Finding, Visit
from kopdes_desktop.sync.http_client import enroll, sync_now

from .support import FAST

VILLAGE = "65.01.01.2005"
TODAY = date.today()


def _enrol(province, service, laptop, mentor_id: str) -> None:
    code, _expires, _name = mentor_codes.new_code(province, mentor_id, actor="admin")
    enroll(laptop, laptop.paths, service.url, code, policy=FAST)


def _mine(laptop) -> tuple[str | None, set[str]]:
    with laptop.read() as session:
        me = mentors.self_mentor(session)
        return (
            me.name if me else None,
            mentors.assigned_cooperative_ids(session, me.id) if me else set(),
        )


def _work(laptop, coop: str, tmp_path: Path) -> dict[str, str]:
    """A visit with a finding, a follow-up, a final assessment and a photo, on ``coop``."""
    photo = tmp_path / "rapat.png"
    Image.new("RGB", (64, 48), (200, 120, 40)).save(photo)
    with laptop.session() as session:
        me = mentors.self_mentor(session)
        visit = visits.create(
            session,
            coop,
            mentor_id=me.id,
            visit_date=TODAY - timedelta(days=3),
            purpose="Rapat pengurus",
        )
        finding = followups.add_finding(
            session,
            visit.id,
            area="Keuangan",
            temuan="Buku kas belum rutin",
            rekomendasi="Catat kas harian",
        )
        action = followups.add_action(
            session,
            coop,
            title="Latih bendahara",
            owner="Ketua",
            due_date=TODAY + timedelta(days=14),
            visit_id=visit.id,
            finding_id=finding.id,
        )
        assessment = Assessment(
            cooperative_id=coop,
            visit_id=visit.id,
            instrument_id="kesiapan-kdkmp",
            instrument_version="1.0",
            answers={},
            total=64.0,
            category="Perlu Pendampingan Intensif",
            status="FINAL",
            assessed_on=TODAY - timedelta(days=3),
        )
        session.add(assessment)
        session.flush()
        attachment, _stored = attachments.add(session, laptop.paths, photo, "visit", visit.id)
        return {
            "visit": visit.id,
            "finding": finding.id,
            "action": action.id,
            "assessment": assessment.id,
            "attachment": attachment.id,
            "sha256": attachment.sha256,
        }


def test_a_reassigned_cooperative_comes_with_its_history(
    province, service, laptops, tmp_path: Path
) -> None:
    ensure_tables(province.engine)
    andi = province_mentors.add_mentor(province, {"name": "Andi", "kabupaten_code": "65.01"})
    budi = province_mentors.add_mentor(province, {"name": "Budi", "kabupaten_code": "65.01"})
    handed, kept, budis = (
        registry.create(province, name, VILLAGE).id
        for name in ("KDMP Diserahkan", "KDMP Tetap", "KDMP Budi")
    )
    start = (TODAY - timedelta(days=60)).isoformat()
    province_mentors.assign(province, handed, andi.id, start)
    province_mentors.assign(province, kept, andi.id, start)
    province_mentors.assign(province, budis, budi.id, start)

    first = laptops("andi")
    _enrol(province, service, first, andi.id)
    sync_now(first, first.paths, policy=FAST)
    assert _mine(first) == ("Andi", {handed, kept})  # at once, not 0

    done = _work(first, handed, tmp_path)
    sync_now(first, first.paths, policy=FAST)
    province_mentors.assign(province, handed, budi.id, TODAY.isoformat(), actor="admin")

    second = laptops("budi")
    _enrol(province, service, second, budi.id)
    sync_now(second, second.paths, policy=FAST, attachment_budget=5 * 1024 * 1024)
    assert _mine(second) == ("Budi", {handed, budis})
    with second.read() as session:
        timeline = visits.for_cooperative(session, handed)
        assert [v.purpose for v in timeline] == ["Rapat pengurus"]
        trend = assessments.history(session, handed)
        assert [(a.instrument_id, a.instrument_version, a.total) for a in trend] == [
            ("kesiapan-kdkmp", "1.0", 64.0)
        ]
        assert session.get(Finding, done["finding"]).temuan == "Buku kas belum rutin"
        assert session.get(ActionItem, done["action"]).title == "Latih bendahara"
        photo = session.get(Attachment, done["attachment"])
        assert photo.owner_id == done["visit"]
    stored = attachments.read_bytes(attachments.file_path(second.paths, done["sha256"]))
    assert stored[:8] == b"\x89PNG\r\n\x1a\n"

    sync_now(first, first.paths, policy=FAST)
    assert _mine(first) == ("Andi", {kept})
    with first.read() as session:
        assert session.get(Visit, done["visit"]).purpose == "Rapat pengurus"
    with (
        pytest.raises(HandedOver, match="sudah diserahkan kepada pendamping lain"),
        first.session() as session,
    ):
        visits.update(session, done["visit"], purpose="Diubah setelah diserahkan")
    with pytest.raises(HandedOver), first.session() as session:
        visits.create(session, handed, visit_date=TODAY, purpose="Kunjungan baru")
    with first.read() as session:
        assert session.get(Visit, done["visit"]).purpose == "Rapat pengurus"
        assert len(session.scalars(select(Visit).where(Visit.cooperative_id == handed)).all()) == 1
    with first.session() as session:
        visits.create(session, kept, visit_date=TODAY, purpose="Masih boleh")


def test_without_a_budget_attachments_stay_metadata(
    province, service, laptops, tmp_path: Path
) -> None:
    ensure_tables(province.engine)
    andi = province_mentors.add_mentor(province, {"name": "Andi", "kabupaten_code": "65.01"})
    budi = province_mentors.add_mentor(province, {"name": "Budi", "kabupaten_code": "65.01"})
    coop = registry.create(province, "KDMP Satu", VILLAGE).id
    province_mentors.assign(province, coop, andi.id, (TODAY - timedelta(days=9)).isoformat())
    first = laptops("andi")
    _enrol(province, service, first, andi.id)
    sync_now(first, first.paths, policy=FAST)
    done = _work(first, coop, tmp_path)
    sync_now(first, first.paths, policy=FAST)
    province_mentors.assign(province, coop, budi.id)

    second = laptops("budi")
    _enrol(province, service, second, budi.id)
    sync_now(second, second.paths, policy=FAST)

    with second.read() as session:
        assert session.get(Attachment, done["attachment"]) is not None
    assert not attachments.file_path(second.paths, done["sha256"]).exists()
