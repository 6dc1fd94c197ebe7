"""``/periksa`` in a real Chromium: an officer uploads a page image or the PDF of a report, or
types its QR text, and reads whether it is genuine and whether its figures still match the
consolidated store ("diperbarui sesudahnya"); a kabupaten officer gets no comparison outside
their kabupaten; every check is in the audit log; a forged CSRF token is refused.
"""

from __future__ import annotations

import subprocess
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.reports import seal, template
from kopdes_desktop.reports.assessment import Styles, heading
from kopdes_desktop.reports.template import ReportMeta

from .support import (
    BULUNGAN_VILLAGE,
    MALINAU_VILLAGE,
    laptop_sends,
    mentor_cooperative,
    seed_officers,
)
from .test_browser import alert, login, shot, submit


@dataclass
class Site:
    store: ProvinceStore
    url: str
    assessment: str
    text: str
    malinau_text: str
    png: Path
    pdf: Path


def _assessment(
    store: ProvinceStore, coop: str, total: float, category: str, **values: object
) -> str:
    record_id = str(uuid.uuid4())
    laptop_sends(
        store,
        record_id,
        1,
        {
            "cooperative_id": coop,
            "status": "FINAL",
            "total": total,
            "category": category,
            "assessed_on": "2026-11-26",
            "revision_no": 1,
            **values,
        },
        table="assessment",
    )
    return record_id


def _sealed(
    store: ProvinceStore, assessment: str, coop: str, name: str, total: float, category: str
) -> str:
    content = seal.SealContent(
        "A", assessment, coop, name, date(2026, 11, 26), (("s", f"{total:.1f}"), ("c", category))
    )
    return seal.seal(
        content, seal.province_signer(store.key_id, store.sign_key), datetime(2026, 11, 26, 2, 15)
    )


def _printed(text: str, folder: Path) -> tuple[Path, Path]:
    """A one-page PDF carrying ``text`` as its seal, and its page rendered at 150 dpi."""
    meta = ReportMeta(
        "Laporan Hasil Penilaian",
        "KDMP Gunung Putih",
        "PNL-UJI",
        datetime(2026, 11, 26, 2, 15),
        "0123456789",
        seal=text,
    )
    pdf = folder / "laporan.pdf"
    pdf.write_bytes(template.render(heading(Styles(), meta), meta))
    subprocess.run(
        ["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(folder / "halaman")],
        check=True,
        timeout=60,
    )
    return pdf, folder / "halaman.png"


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("periksa")
    with province_store(folder / "province", request.param) as store:
        seed_officers(store)
        coop = mentor_cooperative(store, "KDMP Gunung Putih", BULUNGAN_VILLAGE)
        malinau = mentor_cooperative(store, "KDMP Malinau Kota", MALINAU_VILLAGE)
        assessment = _assessment(store, coop, 78.8, "Berkembang")
        other = _assessment(store, malinau, 61.0, "Berkembang")
        text = _sealed(store, assessment, coop, "KDMP Gunung Putih", 78.8, "Berkembang")
        malinau_text = _sealed(store, other, malinau, "KDMP Malinau Kota", 61.0, "Berkembang")
        pdf, png = _printed(text, folder)
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url, assessment, text, malinau_text, png, pdf)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, locale="id-ID")
    yield context
    context.close()


def _check_file(page, path: Path) -> str:
    page.set_input_files("input[name=berkas]", str(path))
    submit(page, "form[action='/periksa'] button[type=submit]")
    return page.inner_text("#hasil")


def _check_text(page, text: str) -> str:
    page.fill("textarea[name=teks]", text)
    submit(page, "form[action='/periksa'] button[type=submit]")
    return page.inner_text("#hasil")


def test_an_uploaded_page_image_and_pdf_are_genuine_and_match(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "nav a[href='/periksa']")
    result = _check_file(page, site.png)
    assert result.startswith(
        "Asli: ditandatangani oleh Provinsi Kalimantan Utara, "
        "skor 78,8 Berkembang, 26 November 2026"
    )
    assert "Diterbitkan: 26 November 2026 10.15 WITA" in result
    assert "Sama dengan data gabungan provinsi." in result
    shot(page, "periksa")
    assert "Sama dengan data gabungan" in _check_file(page, site.pdf)


def test_a_forged_text_is_refused_and_a_later_correction_is_flagged(context, site) -> None:
    page = login(context, site, "admin")
    page.goto(f"{site.url}/periksa")
    forged = site.text.replace("s=78.8", "s=88.8").replace("skor 78,8", "skor 88,8")
    result = _check_text(page, forged)
    assert result.startswith("Tidak asli")
    assert "Data gabungan" not in result
    shot(page, "periksa-ditolak")
    # The correction arrives from the laptop afterwards.
    _assessment(
        site.store, _coop_of(site), 55.0, "Rintisan", revision_of=site.assessment, revision_no=2
    )
    result = _check_text(page, site.text)
    assert result.startswith("Asli:")
    assert "Diperbarui sesudahnya: penilaian ini dikoreksi (revisi 2, skor 55,0 Rintisan)" in result
    shot(page, "periksa-diperbarui")
    page.goto(f"{site.url}/audit")
    assert "Laporan diperiksa" in page.inner_text("table.audit")


def _coop_of(site: Site) -> str:
    return seal.parse(site.text).content.subject_id


def test_a_kabupaten_officer_gets_no_comparison_outside_their_kabupaten(context, site) -> None:
    page = login(context, site, "bulungan")
    page.goto(f"{site.url}/periksa")
    result = _check_text(page, site.malinau_text)
    assert result.startswith("Asli:")
    assert "di luar kabupaten Anda" in result
    assert "61,0" in result  # what the paper says, not the store's current figures


def test_without_a_file_or_text_or_with_a_forged_token(context, site: Site) -> None:
    page = login(context, site, "peninjau")
    page.goto(f"{site.url}/periksa")
    submit(page, "form[action='/periksa'] button[type=submit]")
    assert "Pilih berkas atau tempel teks kode QR." in alert(page)
    page.fill("textarea[name=teks]", site.text)
    page.eval_on_selector(
        "form[action='/periksa'] input[name=csrf_token]", "e => e.value = 'palsu'"
    )
    submit(page, "form[action='/periksa'] button[type=submit]")
    assert "token keamanan tidak cocok" in alert(page)
    anonymous = context.browser.new_context().new_page()
    anonymous.goto(f"{site.url}/periksa")
    assert "/masuk" in anonymous.url
