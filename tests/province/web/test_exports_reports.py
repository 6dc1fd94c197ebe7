"""The spreadsheet download (``/ekspor``) and the province reports (``/laporan``) in a real
Chromium against a real uvicorn, on a province filled by ``demo`` (SQLite, and PostgreSQL when
configured): what each role may download, and that the files are what they say."""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import officers
from kopdes_desktop.province.demo import fill
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import PASSWORD, header_link, seed_officers

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "province"
VIEWPORT = {"width": 1366, "height": 768}
TODAY = date.today()
DOWNLOAD_WAIT = 180_000


@dataclass
class Site:
    store: ProvinceStore
    url: str


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    with province_store(tmp_path_factory.mktemp("exports") / "province", request.param) as store:
        seed_officers(store)
        fill(store, 1, today=TODAY)
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID", accept_downloads=True)
    yield context
    context.close()


def shot(page, name: str) -> None:
    if os.environ.get("KOPDES_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def login(context, site: Site, username: str):
    page = context.new_page()
    page.set_default_timeout(DOWNLOAD_WAIT)  # a whole province's workbook on a busy machine
    page.goto(f"{site.url}/masuk")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.click("form[action='/masuk'] button[type=submit]")
    return page


def download(page, button: str) -> tuple[str, bytes]:
    with page.expect_download() as info:
        page.click(button)
    got = info.value
    return got.suggested_filename, Path(got.path()).read_bytes()


def _sheet(data: bytes, name: str) -> tuple[list, list]:
    rows = list(load_workbook(io.BytesIO(data), read_only=True)[name].iter_rows(values_only=True))
    return list(rows[0]), rows[1:]


def test_an_admin_downloads_the_province_with_personal_data(context, site: Site) -> None:
    page = login(context, site, "admin")
    page.click(header_link(page, "Ekspor"))
    page.wait_for_url("**/ekspor")
    assert page.inner_text("h1") == "Ekspor lembar kerja"
    shot(page, "ekspor")
    page.check("input[name=personal]")
    name, data = download(page, "#export-download")
    assert name.endswith(".xlsx")
    header, rows = _sheet(data, "pengurus")
    assert "NIK" in header and "Telepon" in header
    header, rows = _sheet(data, "ringkasan")
    assert rows[-1][0] == "Jumlah provinsi" and rows[-1][1] == 411
    entries, _ = officers.read_audit(site.store)
    assert (entries[0].officer, entries[0].action) == ("admin", "export.download")


def test_a_kabupaten_officer_gets_their_kabupaten_without_personal_data(context, site) -> None:
    page = login(context, site, "bulungan")
    page.goto(f"{site.url}/ekspor")
    assert page.locator("input[name=personal]").count() == 0
    assert page.locator("select[name=kabupaten_code] option").all_inner_texts() == [
        "Kabupaten Bulungan"
    ]
    page.select_option("select[name=format]", "csv")
    name, data = download(page, "#export-download")
    assert name.endswith("_csv.zip")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        people = archive.read(next(n for n in names if n.endswith("_pengurus.csv")))
        places = archive.read(next(n for n in names if n.endswith("_koperasi.csv")))
    assert len(names) == 10
    assert b"NIK" not in people.splitlines()[0] and b"Telepon" not in people.splitlines()[0]
    kabupaten = {line.split(b",")[4] for line in places.splitlines()[1:]}
    assert kabupaten == {b"Kabupaten Bulungan"}


def test_a_forged_export_form_is_refused(context, site: Site) -> None:
    page = login(context, site, "peninjau")
    page.goto(f"{site.url}/ekspor")
    page.eval_on_selector("#export-form input[name=csrf_token]", "e => e.value = 'palsu'")
    with page.expect_navigation():
        page.click("#export-download")
    assert "token keamanan tidak cocok" in page.inner_text("[role=alert]")


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_reports_from_the_registry_record_and_the_reports_page(context, site: Site) -> None:
    page = login(context, site, "bulungan")
    page.click("header nav >> text=Laporan")
    page.wait_for_url("**/laporan")
    assert page.locator("#summary-form select option").all_inner_texts() == ["Kabupaten Bulungan"]
    mentors = page.locator("#monthly-form select[name=id] option").all_inner_texts()
    assert mentors and all(m.endswith("Kabupaten Bulungan") for m in mentors)
    shot(page, "laporan")
    name, data = download(page, "#summary-download")
    assert name.endswith(".pdf") and "Kabupaten Bulungan" in _pdf_text(data)
    name, data = download(page, "#monthly-download")
    assert "Laporan Bulanan Pendamping" in _pdf_text(data)
    page.goto(f"{site.url}/koperasi")
    with page.expect_navigation():
        page.click("table.list tbody tr:first-child a")
    with page.expect_navigation():
        page.click("#coop-reports")
    shot(page, "laporan-koperasi")
    coop = page.inner_text("h1")
    name, data = download(page, "#profile-download")
    assert "Profil Koperasi" in _pdf_text(data) and coop.split()[-1] in _pdf_text(data)
    name, data = download(page, "table.list tbody tr:first-child button")
    assert "Laporan Hasil Penilaian" in _pdf_text(data)
    entries, _ = officers.read_audit(site.store)
    assert [e.action for e in entries[:4]] == ["report.download"] * 4


def test_a_kabupaten_officer_cannot_print_another_kabupaten(context, site: Site) -> None:
    with site.store.engine.connect() as connection:
        from sqlalchemy import text

        other = connection.execute(
            text(
                "SELECT record_id FROM prov_version WHERE table_name = 'cooperative' AND "
                "data LIKE '%\"65.03.%' ORDER BY record_id"
            )
        ).scalar()
    page = login(context, site, "bulungan")
    response = page.goto(f"{site.url}/laporan/koperasi/{other}")
    assert response.status == 403
    page.goto(f"{site.url}/laporan")
    page.eval_on_selector("#summary-form select", "e => e.options[0].value = '65.03'")
    with page.expect_download() as info:
        page.click("#summary-download")
    assert "Kabupaten Bulungan" in _pdf_text(Path(info.value.path()).read_bytes())
