"""The assessment report shows the cooperative's RAT line, its financing flags and the 2021
instrument's values awaiting verification; the monthly report lists overdue RATs (real PDFs,
read back with pypdf)."""

from __future__ import annotations

import random
from datetime import date

from kopdes_desktop.core.instruments.examples import example_answers
from kopdes_desktop.core.services import financing, mentors, rat, reporting
from kopdes_desktop.reports.api import assessment_pdf, monthly_pdf
from kopdes_desktop.store.models import Assessment

from .conftest import DEMO_TODAY
from .helpers import all_text


def _own_cooperative(demo) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    with demo.store.read() as session:
        mentor = mentors.self_mentor(session)
        coops = reporting.assigned_in_month(session, mentor.id, "2025-11")
        return coops[0].id, coops[0].name


def test_the_assessment_report_prints_flags_and_pending_marks(demo_data):
    coop_id, _name = _own_cooperative(demo_data)
    instrument = demo_data.registry.get("kesehatan-koperasi-2021")
    answers = example_answers(instrument, random.Random(5), 0.7) | {
        "kas": 1_000_000,
        "bank": 2_000_000,
    }
    with demo_data.store.session() as session:
        fid = financing.save(
            session,
            coop_id,
            lender="BRI",
            ceiling=3_000_000_000,
            disbursed=1_000_000_000,
            disbursed_on=date(2025, 1, 10),
            rate_pct=6.0,
            tenor_months=72,
            grace_months=6,
            today=DEMO_TODAY,
        )
        financing.record_arrears(session, fid, date(2025, 9, 30), 0, DEMO_TODAY)
        financing.record_arrears(session, fid, date(2025, 10, 31), 17_826_273, DEMO_TODAY)
        row = Assessment(
            cooperative_id=coop_id,
            instrument_id=instrument.id,
            instrument_version=instrument.version,
            answers=answers,
            result=instrument.score(answers).to_dict(),
            status="FINAL",
            assessed_on=DEMO_TODAY,
        )
        session.add(row)
        session.flush()
        assessment_id = row.id
    text = " ".join(
        all_text(
            assessment_pdf(demo_data.store, demo_data.paths, demo_data.registry, assessment_id)
        ).split()
    )
    assert "RAT dan Pembiayaan" in text
    assert "RAT tahun buku 2024 terlambat sejak 30 Juni 2025" in text
    assert "Perhatian: Tunggakan pada BRI naik dari Rp0" in text
    assert "Perhatian: Kas dan bank pada penilaian 20 November 2025 (Rp3.000.000)" in text
    assert "* Menunggu verifikasi: Nama predikat" in text
    assert (
        "Koperasi dinilai sehat" in text
        or "Koperasi cukup sehat" in text
        or "Koperasi perlu diawasi" in text
        or "Koperasi dalam pengawasan khusus" in text
    )


def test_the_monthly_report_lists_cooperatives_whose_rat_is_overdue(demo_data):
    coop_id, name = _own_cooperative(demo_data)
    mentor = demo_data.self_mentor_id()
    text = " ".join(
        all_text(monthly_pdf(demo_data.store, demo_data.registry, mentor, "2025-11")).split()
    )
    assert "Koperasi dengan RAT terlambat" in text
    assert name.split()[-1] in text and "30 Juni 2025" in text
    with demo_data.store.session() as session:
        for row in rat.overdue(session, date(2025, 11, 30)):
            rat.record_meeting(session, row.cooperative_id, 2024, date(2025, 5, 20), DEMO_TODAY)
    text = " ".join(
        all_text(monthly_pdf(demo_data.store, demo_data.registry, mentor, "2025-11")).split()
    )
    assert "Tidak ada koperasi dengan RAT terlambat." in text
