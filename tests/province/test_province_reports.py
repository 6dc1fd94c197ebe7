"""The province's PDFs from the consolidated store: the laptop's assessment report, profile and
monthly report drawn by the laptop's own report code, and the summary per kabupaten; every
page renders (pdftoppm), and no internal text (ids, stored codes, None) is printed."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from kopdes_desktop.province.cli import main as province
from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.registry import OutOfScope
from kopdes_desktop.province.reports import assessment_pdf, monthly_pdf, profile_pdf
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.summary_report import summary_pdf
from kopdes_desktop.province.verify import verify_text
from kopdes_desktop.reports.scan import read_image_file, render_pdf_page
from kopdes_desktop.reports.texts import LABELS

TODAY = date(2026, 11, 20)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CODES = {code for kind in LABELS.values() for code in kind if len(code) > 3 and code.isupper()}


@pytest.fixture(scope="module")
def filled(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("reports") / "province"
    with ProvinceStore.init(root) as store:
        fill(store, 1, today=TODAY)
    return root


def _pick(store: ProvinceStore, sql: str) -> tuple:
    with store.engine.connect() as connection:
        return connection.execute(text(sql)).first()


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def _clean(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text, after checking it prints nothing internal and every page renders."""
    words = _text(pdf)
    assert not UUID.search(words)
    assert not re.search(r"\bNone\b", words)
    printed = set(re.findall(r"\b[A-Z][A-Z_]{3,}\b", words))
    assert not printed & CODES, printed & CODES
    if shutil.which("pdftoppm"):
        tmp_path.mkdir(parents=True, exist_ok=True)
        (tmp_path / "r.pdf").write_bytes(pdf)
        subprocess.run(
            ["pdftoppm", "-r", "30", "-png", str(tmp_path / "r.pdf"), str(tmp_path / "page")],
            check=True,
        )
        assert len(list(tmp_path.glob("page*.png"))) == len(PdfReader(BytesIO(pdf)).pages)
    return words


def test_the_laptop_documents_from_province_data(filled, tmp_path) -> None:
    with ProvinceStore.open(filled) as store:
        assessment_id, data = _pick(
            store,
            "SELECT record_id, data FROM prov_version WHERE "
            "table_name = 'assessment' AND data LIKE '%\"FINAL\"%' "
            "ORDER BY record_id",
        )
        values = json.loads(data)
        coop = json.loads(
            _pick(
                store,
                f"SELECT data FROM prov_version WHERE record_id = '{values['cooperative_id']}'",
            )[0]
        )
        mentor_id, mentor = _pick(
            store,
            "SELECT record_id, data FROM prov_version WHERE "
            "table_name = 'mentor' ORDER BY record_id",
        )
        report = assessment_pdf(store, assessment_id)
        profile = profile_pdf(store, values["cooperative_id"], today=TODAY)
        month = monthly_pdf(store, mentor_id, "2026-10")
    words = _clean(report, tmp_path / "a")
    assert "Laporan Hasil Penilaian" in words and coop["name"] in words.replace("\n", " ")
    assert values["category"] in words
    words = _clean(profile, tmp_path / "p")
    assert "Profil Koperasi" in words
    words = _clean(month, tmp_path / "m")
    assert "Laporan Bulanan Pendamping" in words and json.loads(mentor)["name"] in words


def test_the_summary_per_kabupaten(filled, tmp_path) -> None:
    with ProvinceStore.open(filled) as store:
        pdf = summary_pdf(store, "65.03", today=TODAY)
    words = _clean(pdf, tmp_path)
    for heading in (
        "Ringkasan Kabupaten untuk Kepala Dinas",
        "Kabupaten Nunukan",
        "Koperasi menurut kategori terakhir",
        "Pergerakan kategori per bulan",
        "Skor terendah",
        "Turun paling cepat",
        "Tindak lanjut terlambat",
        "Pembiayaan",
        "Tunggakan",
    ):
        assert heading in words, heading
    assert "Rp" in words


def test_a_kabupaten_officer_prints_only_their_kabupaten(filled) -> None:
    with ProvinceStore.open(filled) as store:
        coop_id, region = _pick(
            store,
            "SELECT record_id, json_extract(data, '$.region_code') "
            "FROM prov_version WHERE table_name = 'cooperative' AND "
            "data LIKE '%\"65.03.%' ORDER BY record_id",
        )
        assert profile_pdf(store, coop_id, scope="65.03", today=TODAY).startswith(b"%PDF")
        with pytest.raises(OutOfScope):
            profile_pdf(store, coop_id, scope="65.01", today=TODAY)


def test_the_report_command(filled, tmp_path, capsys) -> None:
    out = tmp_path / "ringkasan.pdf"
    assert (
        province(
            [
                "report",
                "summary",
                "65.01",
                "--dir",
                str(filled),
                "--out",
                str(out),
                "--today",
                TODAY.isoformat(),
            ]
        )
        == 0
    )
    assert "Kabupaten Bulungan" in _text(out.read_bytes())
    assert (
        province(
            [
                "report",
                "profile",
                "tidak-ada",
                "--dir",
                str(filled),
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "tidak ada di provinsi" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_every_province_pdf_is_signed_by_the_province_on_every_page(filled, tmp_path) -> None:
    """The QR on each page of a province PDF reads back, and the province's own check calls it
    genuine, signed by the province, with the figures the document shows."""
    with ProvinceStore.open(filled) as store:
        [coop] = _pick(
            store,
            "SELECT record_id FROM prov_version WHERE table_name = "
            "'cooperative' AND is_current LIMIT 1",
        )
        documents = {
            "summary": summary_pdf(store, "65.03", today=TODAY),
            "profile": profile_pdf(store, coop, today=TODAY),
        }
        for name, pdf in documents.items():
            path = tmp_path / f"{name}.pdf"
            path.write_bytes(pdf)
            pages = len(PdfReader(BytesIO(pdf)).pages)
            for page in range(1, pages + 1):
                folder = tmp_path / f"{name}-{page}"
                folder.mkdir()
                image = render_pdf_page(path, folder, page=page)
                found = verify_text(store, read_image_file(image))
                assert found.verdict.genuine, (name, page, found.verdict.summary)
                assert found.verdict.signer.startswith("P"), found.verdict.signer
        summary = verify_text(
            store,
            read_image_file(render_pdf_page(tmp_path / "summary.pdf", tmp_path / "summary-1")),
        ).verdict.content
        assert summary.kind == "K" and summary.subject_name == "Kabupaten Nunukan"
