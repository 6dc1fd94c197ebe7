"""Every page of every report reads as the board should read it: no internal identifier (choice
and status codes, question ids, UUIDs, "[verify]", UTC), on the demo data and on a hostile case;
private notes only when asked for, each photo once, plans labelled, one source of figures."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from kopdes_desktop.core.services import assessments, cooperatives
from kopdes_desktop.reports import ReportOptions, assessment_pdf, monthly_pdf, profile_pdf
from kopdes_desktop.reports.texts import LABELS
from kopdes_desktop.store.models import Assessment

from . import hostile
from .conftest import DEMO_TODAY
from .helpers import pages_text

MODEL_CODES = {
    "DRAFT",
    "FINAL",
    "DONE",
    "PLANNED",
    "OPEN",
    "PROGRESS",
    "DROPPED",
    "PENGURUS",
    "PENGAWAS",
    "PENDAMPING",
    "BA",
}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
SNAKE = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
OPTIONS = (
    ReportOptions(deterministic=True),
    ReportOptions(deterministic=True, appendix=True, private_notes=True),
)


def internal_codes(registry) -> set[str]:  # type: ignore[no-untyped-def]
    """Every upper-case code value of the instruments' choice lists and of the models."""
    codes = set(MODEL_CODES)
    for info in registry.list():
        instrument = registry.get(info.id, info.version)
        # a code that is its own label (a bank called "BNI") is a word, not a code
        codes |= {
            c.value
            for item in instrument.all_items()
            for c in item.choices
            if c.value.isupper() and c.value not in (c.label("id"), c.label("en"))
        }
    codes |= {code for kind in LABELS.values() for code in kind if code.isupper()}
    return codes | {"GERAI_DIGITAL", "MENUNGGU_IZIN", "NILAI_TIDAK_DIKENAL", "KODE_LAMA"}


def problems(pdf: bytes, codes: set[str], names: set[str]) -> list[str]:
    """What on which page is internal text."""
    found = []
    for number, text in enumerate(pages_text(pdf), start=1):
        hits = [f"code {c}" for c in codes if re.search(rf"(?<![\w-]){c}(?![\w-])", text)]
        hits += [f"id {m}" for m in SNAKE.findall(text)]
        hits += [f"uuid {m}" for m in UUID.findall(text)]
        hits += [word for word in ("[verify]", "verify", "UTC", *names) if word in text]
        found += [f"page {number}: {hit}" for hit in hits]
    return found


def _reports(demo, assessment_ids, coop_ids, mentor_id, month) -> Iterator[tuple[str, bytes]]:  # type: ignore[no-untyped-def]
    for options in OPTIONS:
        for assessment_id in assessment_ids:
            yield (
                f"assessment {assessment_id}",
                assessment_pdf(demo.store, demo.paths, demo.registry, assessment_id, options),
            )
        for coop_id in coop_ids:
            yield (
                f"profile {coop_id}",
                profile_pdf(demo.store, demo.registry, coop_id, options, today=DEMO_TODAY),
            )
        yield f"monthly {month}", monthly_pdf(demo.store, demo.registry, mentor_id, month, options)


def _assert_clean(demo, reports) -> None:  # type: ignore[no-untyped-def]
    codes = internal_codes(demo.registry)
    names = {info.id for info in demo.registry.list()}  # instrument ids such as kesiapan-kdkmp
    bad = {name: found for name, pdf in reports if (found := problems(pdf, codes, names))}
    assert not bad, bad


def test_demo_reports_have_no_internal_text(demo_data):
    with demo_data.store.read() as session:
        ids = [demo_data.latest(), demo_data.latest("kesehatan-usp-2016"), demo_data.draft()]
        coops = sorted({session.get(Assessment, i).cooperative_id for i in ids})
    _assert_clean(demo_data, _reports(demo_data, ids, coops, demo_data.self_mentor_id(), "2025-10"))


@pytest.fixture
def case(demo_data, tmp_path):  # type: ignore[no-untyped-def]
    return hostile.build(demo_data, tmp_path)


def test_hostile_reports_have_no_internal_text(demo_data, case):
    ids = [case.final_id, case.draft_id, case.orphan_id]
    _assert_clean(
        demo_data, _reports(demo_data, ids, [case.cooperative_id], case.mentor_id, case.month)
    )


def _text(pdf: bytes) -> str:
    return " ".join(pages_text(pdf))


def test_private_notes_only_when_ticked_in(demo_data, case):
    secrets = (hostile.SECRET_VISIT, hostile.SECRET_ASSESSMENT, hostile.SECRET_PROFILE)
    for private in (False, True):
        options = ReportOptions(deterministic=True, private_notes=private)
        text = " ".join(
            _text(pdf)
            for pdf in (
                assessment_pdf(
                    demo_data.store, demo_data.paths, demo_data.registry, case.final_id, options
                ),
                profile_pdf(demo_data.store, demo_data.registry, case.cooperative_id, options),
                monthly_pdf(
                    demo_data.store, demo_data.registry, case.mentor_id, case.month, options
                ),
            )
        )
        for secret in secrets:
            assert (secret in text) is private, (secret, private)


def test_each_photo_once_with_caption_and_date(demo_data, case):
    pdf = assessment_pdf(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        case.final_id,
        ReportOptions(deterministic=True),
    )
    images = [name for page in PdfReader(io.BytesIO(pdf)).pages for name in page.images.keys()]
    assert len(images) == 2  # the board photo attached three times, and one more
    text = _text(pdf)
    assert text.count("Papan nama") == 1  # under its first owner, the assessment
    assert "Foto temuan" in text and "disimpan" in text
    assert "papan.jpg" not in text and "kas.jpg" not in text


def test_plans_are_labelled_as_plans(demo_data, case):
    draft = _text(
        assessment_pdf(
            demo_data.store,
            demo_data.paths,
            demo_data.registry,
            case.draft_id,
            ReportOptions(deterministic=True),
        )
    )
    assert "15 Januari 2026 (direncanakan)" in draft
    assert "Nilai tidak dikenal" in draft  # an unknown code printed in words
    final = _text(
        assessment_pdf(
            demo_data.store,
            demo_data.paths,
            demo_data.registry,
            case.final_id,
            ReportOptions(deterministic=True),
        )
    )
    assert "Rencana: Perbarui buku kas — Bendahara, paling lambat 15 Desember 2025" in final
    monthly = _text(
        monthly_pdf(
            demo_data.store,
            demo_data.registry,
            case.mentor_id,
            case.month,
            ReportOptions(deterministic=True),
        )
    )
    plans = monthly[monthly.index("Rencana Bulan Berikutnya") :]
    assert "Kunjungan yang direncanakan (Desember 2025)" in plans
    assert "9 Desember 2025" in plans and "Direncanakan" in plans
    assert "8 Januari 2026" not in monthly  # a plan of a later month
    visits_done = monthly[monthly.index("Kunjungan No.") : monthly.index("Penilaian yang")]
    assert "27 November 2025" not in visits_done  # planned, not made


def test_local_time_with_its_zone(demo_data, case):
    pdf = assessment_pdf(
        demo_data.store,
        demo_data.paths,
        demo_data.registry,
        case.final_id,
        ReportOptions(deterministic=True),
    )
    assert all(re.search(r"\d{4}-\d\d-\d\d \d\d:\d\d WITA", page) for page in pages_text(pdf))


def test_profile_and_assessment_agree_on_financing(demo_data, case):
    options = ReportOptions(deterministic=True)
    profile = _text(profile_pdf(demo_data.store, demo_data.registry, case.cooperative_id, options))
    final = _text(
        assessment_pdf(demo_data.store, demo_data.paths, demo_data.registry, case.final_id, options)
    )
    assert "Plafon pembiayaan Rp500.000.000" in final
    assert "Plafon Rp500.000.000" in profile and "Plafon Rp0" not in profile
    assert "penilaian tanggal 18 November 2025" in profile
    with demo_data.store.session() as session:
        cooperatives.update_profile(
            session,
            case.cooperative_id,
            {
                "financing_ceiling": 750_000_000,
                "financing_disbursed": 400_000_000,
                "financing_outstanding": 300_000_000,
                "financing_arrears": 0,
            },
        )
    changed = _text(profile_pdf(demo_data.store, demo_data.registry, case.cooperative_id, options))
    assert "Plafon Rp750.000.000" in changed and "profil koperasi, diubah" in changed


def test_identity_numbers_come_from_one_source(demo_data):
    """A NIB answered at the visit fills the profile's empty NIB in both reports."""
    assessment_id = demo_data.latest()
    with demo_data.store.session() as session:
        row = assessments.get(session, assessment_id)
        coop_id = row.cooperative_id
        cooperatives.update_profile(session, coop_id, {"nib": None})
        answered = session.scalar(select(Assessment.answers).where(Assessment.id == row.id))
    nib = answered.get("nib")
    options = ReportOptions(deterministic=True)
    profile = _text(profile_pdf(demo_data.store, demo_data.registry, coop_id, options))
    final = _text(
        assessment_pdf(demo_data.store, demo_data.paths, demo_data.registry, assessment_id, options)
    )
    if nib:
        assert f"NIB {nib}" in profile and f"NIB {nib}" in final
    else:
        assert "NIB belum diisi" in profile and "NIB belum diisi" in final


def test_signatures_never_stand_alone_and_no_page_is_blank(demo_data, case):
    ids = [case.final_id, case.draft_id, demo_data.latest("kesehatan-usp-2016")]
    for name, pdf in _reports(demo_data, ids, [case.cooperative_id], case.mentor_id, case.month):
        for number, text in enumerate(pages_text(pdf), start=1):
            body = text.split("Dok. ")[0]
            for running in (
                "Dinas Koperasi dan UKM Provinsi Kalimantan Utara",
                "Laporan Hasil Penilaian",
                "Laporan Bulanan Pendamping",
                "Profil Koperasi",
                "DRAF",
            ):
                body = body.replace(running, "")
            assert len(body.strip()) > 40, f"{name}: page {number} is (nearly) blank"
            if "Pengesahan" in body:
                before = body[: body.index("Pengesahan")].strip()
                assert len(before) > 40, f"{name}: the signatures stand alone on page {number}"


def test_financing_of_a_cooperative_never_assessed(demo_data):
    with demo_data.store.session() as session:
        region = cooperatives.get(session, any_coop(session)).region_code
        coop = cooperatives.create(session, "Koperasi Desa Merah Putih Baru Sekali", region)
        coop_id = coop.id
    options = ReportOptions(deterministic=True)
    empty = _text(profile_pdf(demo_data.store, demo_data.registry, coop_id, options))
    assert "Pembiayaan belum tercatat" in empty and "Plafon" not in empty
    with demo_data.store.session() as session:
        cooperatives.update_profile(session, coop_id, {"financing_ceiling": 900_000_000})
    typed = _text(profile_pdf(demo_data.store, demo_data.registry, coop_id, options))
    assert "Plafon Rp900.000.000" in typed and "Sumber: profil koperasi, diubah" in typed


def any_coop(session) -> str:  # type: ignore[no-untyped-def]
    return session.scalars(select(Assessment.cooperative_id)).first()
