"""Laporan Hasil Penilaian on demo data: content, determinism, language, drafts."""

from __future__ import annotations

from kopdes_desktop.core.formatting import long_date, number
from kopdes_desktop.core.services import assessments
from kopdes_desktop.reports import ReportOptions, assessment_pdf
from kopdes_desktop.reports.data import assessment_data

from .helpers import all_text, assert_numbered, pages_text


def _render(demo, assessment_id, **options):  # type: ignore[no-untyped-def]
    return assessment_pdf(
        demo.store,
        demo.paths,
        demo.registry,
        assessment_id,
        ReportOptions(deterministic=True, **options),
    )


def test_same_record_gives_same_bytes(demo_data):
    assessment_id = demo_data.latest()
    first = _render(demo_data, assessment_id)
    assert first.startswith(b"%PDF")
    assert _render(demo_data, assessment_id) == first
    assert _render(demo_data, assessment_id, place="Malinau") != first


def test_key_content_in_indonesian(demo_data):
    assessment_id = demo_data.latest()
    with demo_data.store.read() as session:
        row = assessments.get(session, assessment_id)
        coop_name, total, category, on = (
            row.cooperative.name,
            row.total,
            row.category,
            row.assessed_on,
        )
        data = assessment_data(session, demo_data.paths, demo_data.registry, assessment_id)
    pdf = _render(demo_data, assessment_id)
    text = all_text(pdf)
    assert coop_name in text
    assert number(total, 2) in text
    assert category in text
    assert "Laporan Hasil Penilaian" in text
    assert "Dinas Koperasi dan UKM Provinsi Kalimantan Utara" in text
    assert f"Tanjung Selor, {long_date(on)}" in text
    assert data.coop.village_code in text
    assert "Perbandingan dengan Penilaian Sebelumnya" in text
    assert long_date(data.previous_on) in text
    assert "Ketua Koperasi" in text and data.mentor.name in text
    assert_numbered(pdf)


def test_english_report(demo_data):
    assessment_id = demo_data.latest()
    pdf = _render(demo_data, assessment_id, language="en")
    text = all_text(pdf)
    assert "Assessment Report" in text and "Result summary" in text
    assert "Halaman" not in text
    assert_numbered(pdf, english=True)


def test_usp_report_explains_pending_verification_in_words_and_terbilang(demo_data):
    pdf = _render(demo_data, demo_data.latest("kesehatan-usp-2016"))
    text = all_text(pdf)
    assert "[verify]" not in text
    assert "menunggu verifikasi provinsi" in text  # a footnote in plain words
    assert "rupiah)" in text  # a key total written in words
    assert "Lampiran" not in text  # the board's copy has no scoring arithmetic
    with_appendix = all_text(
        _render(demo_data, demo_data.latest("kesehatan-usp-2016"), appendix=True)
    )
    assert "Lampiran: Perhitungan Nilai" in with_appendix
    assert "Aturan yang ditetapkan untuk instrumen ini" in with_appendix
    assert_numbered(pdf)


def test_draft_prints_watermark_on_every_page(demo_data):
    pdf = _render(demo_data, demo_data.draft())
    texts = pages_text(pdf)
    assert "Laporan Hasil Penilaian (DRAF)" in texts[0]
    assert all("DRAF" in text for text in texts)
    assert "belum diisi" in all_text(pdf)
    final = _render(demo_data, demo_data.latest())
    assert "DRAF" not in all_text(final)
