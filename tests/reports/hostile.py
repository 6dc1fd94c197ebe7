"""A hand-made hostile case on top of the demo data: everything a board copy must not show or
must show differently (private notes, answers awaiting verification, a meeting date still to
come, unknown codes, one photo attached three times, open follow-ups, planned visits, a
profile that never recorded the financing the assessment did)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from kopdes_desktop.core import attachments
from kopdes_desktop.core.services import assessments, cooperatives, followups, reporting, visits
from kopdes_desktop.store.models import Assessment, Assignment, BusinessUnit, Visit

VISIT_DAY = date(2025, 11, 18)
PLANNED_DAY = date(2025, 12, 9)
SECRET_VISIT = "Catatan rahasia kunjungan: bendahara sering absen"
SECRET_ASSESSMENT = "Catatan rahasia penilaian: laporan kas diragukan"
SECRET_PROFILE = "Catatan rahasia profil: konflik keluarga di pengurus"
CEILING = 500_000_000


@dataclass
class Hostile:
    cooperative_id: str
    mentor_id: str
    visit_id: str
    final_id: str
    draft_id: str
    orphan_id: str
    month: str = "2025-11"


def _photo(folder: Path, name: str, colour: tuple[int, int, int]) -> Path:
    path = folder / name
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), colour).save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue())
    return path


def _complete_answers(demo) -> dict:  # type: ignore[no-untyped-def]
    with demo.store.read() as session:
        return dict(session.get(Assessment, demo.latest()).answers)


def build(demo, folder: Path) -> Hostile:  # type: ignore[no-untyped-def]
    """Add the hostile records to ``demo`` (a fresh copy of the demo data)."""
    answers = _complete_answers(demo)
    answers.update(
        proposal_pembiayaan_status="DICAIRKAN",
        bank_penyalur="BRI",
        plafon_pembiayaan=CEILING,
        pembiayaan_dicairkan=300_000_000,
        pembiayaan_outstanding=250_000_000,
        tunggakan=0,
        catatan_pendamping=SECRET_ASSESSMENT,
    )
    instrument = demo.registry.get("kesiapan-kdkmp")
    single = next(
        item
        for item in instrument.all_items()
        if item.type == "single" and item.parent is None and item.id != "proposal_pembiayaan_status"
    )
    mentor_id = demo.self_mentor_id()
    with demo.store.session() as session:
        coop_id = session.scalars(
            select(Assignment.cooperative_id)
            .where(Assignment.mentor_id == mentor_id)
            .order_by(Assignment.cooperative_id)
        ).first()
        cooperatives.update_profile(session, coop_id, {"notes": SECRET_PROFILE})
        session.add(
            BusinessUnit(
                cooperative_id=coop_id,
                kind="GERAI_DIGITAL",
                status="MENUNGGU_IZIN",
                notes="Kios daring",
            )
        )
        visit = visits.create(
            session,
            coop_id,
            mentor_id=mentor_id,
            today=VISIT_DAY,
            visit_date=VISIT_DAY,
            purpose="Penilaian dan rapat pengurus",
            notes=SECRET_VISIT,
        )
        visits.mark_done(session, visit.id)
        final = assessments.start(
            session,
            demo.registry,
            coop_id,
            "kesiapan-kdkmp",
            visit_id=visit.id,
            assessed_on=VISIT_DAY,
        )
        assessments.save_draft(session, demo.registry, final.id, answers)
        assessments.finalize(session, demo.registry, final.id)
        draft = assessments.start(
            session,
            demo.registry,
            coop_id,
            "kesiapan-kdkmp",
            visit_id=visit.id,
            assessed_on=VISIT_DAY,
        )
        assessments.save_draft(
            session,
            demo.registry,
            draft.id,
            {
                **answers,
                "rapat_anggota_terlaksana": True,
                "tanggal_rapat_anggota": "2026-01-15",
                single.id: "NILAI_TIDAK_DIKENAL",
            },
        )
        orphan = Assessment(
            cooperative_id=coop_id,
            visit_id=visit.id,
            instrument_id="kesiapan-kdkmp",
            instrument_version="9.9",
            answers={"jumlah_anggota": 40, "status_khusus": "KODE_LAMA"},
            status="DRAFT",
            assessed_on=VISIT_DAY,
        )
        session.add(orphan)
        finding = followups.add_finding(
            session,
            visit.id,
            area="Keuangan",
            temuan="Buku kas tidak diperbarui.",
            rekomendasi="Perbarui buku kas setiap hari.",
            compliance="TIDAK_SESUAI",
        )
        followups.add_action(
            session,
            coop_id,
            title="Perbarui buku kas",
            owner="Bendahara",
            due_date=date(2025, 12, 15),
            visit_id=visit.id,
            finding_id=finding.id,
        )
        board = _photo(folder, "papan.jpg", (200, 40, 40))
        _row, stored = attachments.add(
            session, demo.paths, board, "visit", visit.id, caption="Papan nama koperasi"
        )
        attachments.record(session, stored, "assessment", final.id, caption="Papan nama")
        attachments.record(session, stored, "finding", finding.id)
        attachments.add(
            session, demo.paths, _photo(folder, "kas.jpg", (40, 40, 200)), "finding", finding.id
        )
        for day, status in (
            (PLANNED_DAY, "PLANNED"),
            (date(2025, 11, 27), "PLANNED"),
            (date(2026, 1, 8), "PLANNED"),
        ):
            session.add(
                Visit(
                    cooperative_id=coop_id,
                    mentor_id=mentor_id,
                    visit_date=day,
                    purpose="Pendampingan RAT",
                    status=status,
                )
            )
        reporting.save_note(
            session, mentor_id, "2025-11", issues="Jalan putus.", plans="Menyiapkan RAT."
        )
        ids = Hostile(coop_id, mentor_id, visit.id, final.id, draft.id, orphan.id)
    return ids
