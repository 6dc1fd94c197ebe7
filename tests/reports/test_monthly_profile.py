"""Laporan Bulanan Pendamping and Profil Koperasi on demo data; every report type as PNG."""

from __future__ import annotations

import shutil
import subprocess

from kopdes_desktop.core.services import assessments, reporting
from kopdes_desktop.reports import (
    ReportOptions,
    assessment_pdf,
    monthly_pdf,
    profile_pdf,
    save_pdf,
)

from .helpers import all_text, assert_numbered

MONTH = "2025-10"


def test_monthly_report_content(demo_data):
    mentor_id = demo_data.self_mentor_id()
    with demo_data.store.session() as session:
        reporting.save_note(
            session,
            mentor_id,
            MONTH,
            issues="Sinyal hilang di Krayan.",
            plans="Rapat anggota tahunan di tiga desa.",
        )
    with demo_data.store.read() as session:
        month_visits = reporting.visits_in_month(session, mentor_id, MONTH)
        coops = reporting.assigned_in_month(session, mentor_id, MONTH)
        coop_names = [c.name for c in coops]
    options = ReportOptions(deterministic=True)
    pdf = monthly_pdf(demo_data.store, demo_data.registry, mentor_id, MONTH, options)
    assert pdf == monthly_pdf(demo_data.store, demo_data.registry, mentor_id, MONTH, options)
    text = all_text(pdf)
    assert "Laporan Bulanan Pendamping" in text and "Rina Wulandari" in text
    assert "Oktober 2025" in text and "Tanjung Selor, 31 Oktober 2025" in text
    assert "Sinyal hilang di Krayan." in text and "Rapat anggota tahunan di tiga desa." in text
    assert f"Kunjungan: {len(month_visits)}" in text
    assert coop_names and all(name in text for name in coop_names)
    assert_numbered(pdf)
    english = all_text(
        monthly_pdf(
            demo_data.store,
            demo_data.registry,
            mentor_id,
            MONTH,
            ReportOptions(deterministic=True, language="en"),
        )
    )
    assert "Mentor's Monthly Report" in english and "October 2025" in english


def test_profile_report_content(demo_data):
    assessment_id = demo_data.latest()
    with demo_data.store.read() as session:
        row = assessments.get(session, assessment_id)
        coop_id, coop_name = row.cooperative_id, row.cooperative.name
        history = assessments.history(session, coop_id)
    pdf = profile_pdf(
        demo_data.store, demo_data.registry, coop_id, ReportOptions(deterministic=True)
    )
    text = all_text(pdf)
    assert "Profil Koperasi" in text and coop_name in text
    for key in (
        "Unit Usaha (Gerai)",
        "Pengurus dan Pengawas",
        "Pembiayaan (PMK 49/2025)",
        "Riwayat Penilaian",
        "Tindak Lanjut Terbuka",
    ):
        assert key in text
    assert "Sumber:" in text or "Pembiayaan belum tercatat" in text
    assert len(history) >= 2
    assert_numbered(pdf)
    english = profile_pdf(
        demo_data.store,
        demo_data.registry,
        coop_id,
        ReportOptions(deterministic=True, language="en"),
    )
    text = all_text(english)
    assert "Cooperative Profile" in text and "Business units" in text
    assert "(village)" in text or "(urban village)" in text
    assert "rupiah" not in text
    assert_numbered(english, english=True)


def test_every_report_type_renders_to_png(demo_data, tmp_path):
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils (pdftoppm) is needed to render the reports"
    assessment_id = demo_data.latest()
    with demo_data.store.read() as session:
        coop_id = assessments.get(session, assessment_id).cooperative_id
    options = ReportOptions(deterministic=True)
    pdfs = {
        "assessment": assessment_pdf(
            demo_data.store, demo_data.paths, demo_data.registry, assessment_id, options
        ),
        "draft": assessment_pdf(
            demo_data.store, demo_data.paths, demo_data.registry, demo_data.draft(), options
        ),
        "monthly": monthly_pdf(
            demo_data.store, demo_data.registry, demo_data.self_mentor_id(), MONTH, options
        ),
        "profile": profile_pdf(demo_data.store, demo_data.registry, coop_id, options),
    }
    for name, pdf in pdfs.items():
        source = save_pdf(tmp_path / f"{name}.pdf", pdf)
        done = subprocess.run(
            [pdftoppm, "-r", "40", "-png", str(source), str(tmp_path / name)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert "Error" not in done.stderr, done.stderr
        pngs = sorted(tmp_path.glob(f"{name}-*.png"))
        assert len(pngs) == assert_numbered(pdf)
        assert all(png.stat().st_size > 1000 for png in pngs)
