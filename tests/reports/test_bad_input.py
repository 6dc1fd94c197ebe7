"""Reports still render, and say what is missing, for incomplete or awkward records."""

from __future__ import annotations

import hashlib
import io
from datetime import date

from PIL import Image
from pypdf import PdfReader

from kopdes_desktop.core.services import assessments, cooperatives, reporting, visits
from kopdes_desktop.reports import (
    ReportOptions,
    assessment_pdf,
    monthly_pdf,
    profile_pdf,
)
from kopdes_desktop.store.models import Assessment, Attachment

from .helpers import all_text, assert_numbered


def _coop_of(demo, assessment_id):  # type: ignore[no-untyped-def]
    with demo.store.read() as session:
        return assessments.get(session, assessment_id).cooperative_id


def _store_file(demo, content: bytes) -> str:  # type: ignore[no-untyped-def]
    sha = hashlib.sha256(content).hexdigest()
    folder = demo.paths.attachments / sha[:2]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / sha).write_bytes(content)
    return sha


def _attach(demo, assessment_id, filename, content):  # type: ignore[no-untyped-def]
    sha = _store_file(demo, content)
    with demo.store.session() as session:
        session.add(
            Attachment(
                sha256=sha,
                mime="image/jpeg",
                size=len(content),
                filename=filename,
                owner_type="assessment",
                owner_id=assessment_id,
                caption=f"Bukti {filename}",
            )
        )


def test_empty_assessment_without_legal_numbers(demo_data):
    coop_id = _coop_of(demo_data, demo_data.latest())
    with demo_data.store.session() as session:
        cooperatives.update_profile(
            session, coop_id, {"ahu_number": None, "nib": None, "npwp": None, "nik_koperasi": None}
        )
        row = assessments.start(session, demo_data.registry, coop_id, "kesiapan-kdkmp")
        empty_id = row.id
    pdf = assessment_pdf(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        empty_id,
        ReportOptions(deterministic=True),
    )
    text = all_text(pdf)
    assert "Nomor legalitas belum tercatat" in text
    assert "pertanyaan belum dijawab" in text
    assert "belum diisi" in text
    assert "tidak terkait kunjungan" in text
    assert_numbered(pdf)
    profile = all_text(
        profile_pdf(demo_data.store, demo_data.registry, coop_id, ReportOptions(deterministic=True))
    )
    assert "Nomor legalitas belum tercatat" in profile


def test_undecodable_photo_is_listed_not_fatal(demo_data):
    assessment_id = demo_data.latest()
    picture = io.BytesIO()
    Image.new("RGB", (640, 480), (30, 120, 200)).save(picture, "JPEG")
    _attach(demo_data, assessment_id, "gerai.jpg", picture.getvalue())
    _attach(demo_data, assessment_id, "rusak.jpg", b"\xff\xd8\xff\xe0 not really a jpeg")
    with demo_data.store.session() as session:
        session.add(
            Attachment(
                sha256="ab" * 32,
                mime="image/png",
                size=10,
                filename="hilang.png",
                owner_type="assessment",
                owner_id=assessment_id,
            )
        )
    pdf = assessment_pdf(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        assessment_id,
        ReportOptions(deterministic=True),
    )
    text = all_text(pdf)
    assert "Foto tidak dapat dibuka: Bukti rusak.jpg" in text
    assert "Foto tidak dapat dibuka: hilang.png" in text
    assert "Bukti gerai.jpg" in text
    images = [
        name
        for page in PdfReader(io.BytesIO(pdf)).pages
        for name in (page.images.keys() if page.images else [])
    ]
    assert len(images) == 1


def test_very_long_name_and_note_wrap(demo_data):
    assessment_id = demo_data.latest()
    coop_id = _coop_of(demo_data, assessment_id)
    long_name = "Koperasi Desa Merah Putih " + "Sejahtera Bersama Maju " * 8
    unbroken = "x" * 600
    with demo_data.store.session() as session:
        cooperatives.update_profile(
            session, coop_id, {"name": long_name.strip()[:200], "notes": unbroken}
        )
    pdf = profile_pdf(
        demo_data.store,
        demo_data.registry,
        coop_id,
        ReportOptions(deterministic=True, private_notes=True),
    )
    text = all_text(pdf).replace(" ", "")
    assert "SejahteraBersamaMaju" in text
    assert unbroken[:200] in text  # the notes are the mentor's: printed when asked for
    assert_numbered(pdf)


def test_month_without_visits(demo_data):
    mentor_id = demo_data.self_mentor_id()
    pdf = monthly_pdf(
        demo_data.store, demo_data.registry, mentor_id, "2020-01", ReportOptions(deterministic=True)
    )
    text = all_text(pdf)
    assert "Tidak ada kunjungan tercatat pada bulan ini." in text
    assert "Belum ditulis oleh pendamping." in text
    assert "Januari 2020" in text
    assert_numbered(pdf)


def test_page_count_grows_with_content(demo_data):
    mentor_id = demo_data.self_mentor_id()
    month = "2025-10"
    short = monthly_pdf(
        demo_data.store, demo_data.registry, mentor_id, month, ReportOptions(deterministic=True)
    )
    with demo_data.store.session() as session:
        reporting.save_note(
            session,
            mentor_id,
            month,
            issues="Jalan ke desa terputus banjir. " * 250,
            plans="Kunjungi kembali koperasi binaan. " * 60,
        )
    longer = monthly_pdf(
        demo_data.store, demo_data.registry, mentor_id, month, ReportOptions(deterministic=True)
    )
    short_pages, long_pages = assert_numbered(short), assert_numbered(longer)
    assert short_pages < long_pages <= short_pages + 4
    assert "Jalan ke desa terputus banjir." in all_text(longer)


def test_assessment_of_unknown_instrument_version_prints_codes(demo_data):
    assessment_id = demo_data.latest()
    with demo_data.store.session() as session:
        session.get(Assessment, assessment_id).instrument_version = "9.9"
    text = all_text(
        assessment_pdf(
            demo_data.store,
            demo_data.paths,
            demo_data.registry,
            assessment_id,
            ReportOptions(deterministic=True),
        )
    )
    assert "tidak tersedia di laptop ini" in text


def test_visit_notes_with_markup_characters(demo_data):
    coop_id = _coop_of(demo_data, demo_data.latest())
    mentor_id = demo_data.self_mentor_id()
    with demo_data.store.session() as session:
        visits.create(
            session,
            coop_id,
            mentor_id=mentor_id,
            today=None,
            visit_date=date(2025, 10, 15),
            purpose="Rapat <pengurus> & anggota",
            notes="Pa' Padi <b>tebal</b>",
        )
    text = all_text(
        monthly_pdf(
            demo_data.store,
            demo_data.registry,
            mentor_id,
            "2025-10",
            ReportOptions(deterministic=True, private_notes=True),
        )
    )
    assert "Rapat <pengurus> & anggota" in text
    assert "Pa' Padi <b>tebal</b>" in text
