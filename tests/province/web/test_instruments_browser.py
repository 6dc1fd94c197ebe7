"""The instruments page in a real Chromium against a real uvicorn, on SQLite and PostgreSQL:
a province admin uploads a broken file and sees every problem, uploads a good one, previews
its form and scoring on example answers, and publishes it; other roles only read.

With ``KOPDES_SCREENSHOTS=1`` the pages are saved as docs/screenshots/province/instrumen*.png.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import instruments, officers
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import PASSWORD, header_link, seed_officers
from .test_instruments import _broken, encoded, new_version

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "province"
VIEWPORT = {"width": 1366, "height": 768}


@dataclass
class Site:
    store: ProvinceStore
    url: str
    files: Path


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    files = tmp_path_factory.mktemp("instrumen-berkas")
    (files / "kesiapan-rusak.json").write_bytes(encoded(_broken()))
    (files / "kesiapan-1.1.json").write_bytes(encoded(new_version()))
    (files / "bukan-json.json").write_text("Ini bukan JSON", encoding="utf-8")
    with province_store(tmp_path_factory.mktemp("instrumen") / "province", request.param) as store:
        seed_officers(store)
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url, files)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def shot(page, name: str, full: bool = False) -> None:
    if os.environ.get("KOPDES_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.click(selector)


def login(context, site: Site, username: str):
    page = context.new_page()
    page.goto(f"{site.url}/masuk")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    submit(page, "form[action='/masuk'] button[type=submit]")
    return page


def upload(page, site: Site, name: str) -> None:
    page.set_input_files("input[name=berkas]", str(site.files / name))
    submit(page, "form.upload button[type=submit]")


def test_upload_a_bad_file_then_a_good_one_preview_and_publish(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, header_link(page, "Instrumen"))
    assert page.inner_text("h1") == "Instrumen penilaian"
    shot(page, "instrumen")
    upload(page, site, "bukan-json.json")
    assert "bukan JSON yang sah" in page.inner_text("[role=alert]")
    upload(page, site, "kesiapan-rusak.json")
    problems = page.locator("ol.problems li").all_inner_texts()
    assert len(problems) == 4
    assert any("baris" in p and "kolom wajib 'label' tidak ada" in p for p in problems)
    assert "tidak ada yang diubah" in page.inner_text("[role=alert]")
    shot(page, "instrumen-masalah")
    assert list(site.store.instruments.glob("*.json")) == []
    upload(page, site, "kesiapan-1.1.json")
    assert "/instrumen/draf/" in page.url
    assert page.inner_text("h1").endswith("(revisi 2026)")
    generated = page.inner_text("section.score h2")
    assert "Skor contoh" in generated and "/ 100" in generated
    assert page.locator("table.aspects tbody tr").count() == 5
    shot(page, "instrumen-pratinjau")
    page.locator("table.rules").scroll_into_view_if_needed()
    assert page.locator("table.rules tr.aspect").count() == 5
    shot(page, "instrumen-cara-penilaian")
    page.select_option("select[name=kualitas]", "rendah")
    submit(page, "button[name=buat]")
    low = page.inner_text("section.score .category")
    page.fill("input[name='a.kas']", "abc")
    submit(page, "button[name=hitung]")
    assert "kas: harus" in page.inner_text("section.score [role=alert]").replace("\n", " ")
    assert low in ("Kritis", "Perlu Pendampingan Intensif", "Berkembang", "Berkembang Baik")
    shot(page, "instrumen-contoh-skor")
    submit(page, "text=Terbitkan versi ini")
    assert "Instrumen diterbitkan" in page.inner_text("[role=status]")
    rows = page.locator("table.list tbody tr").all_inner_texts()
    assert any("1.1" in r and "terbitan provinsi" in r for r in rows)
    shot(page, "instrumen-terbit")
    assert [
        (v.version, v.origin)
        for v in instruments.list_versions(site.store)
        if v.id == "kesiapan-kdkmp"
    ] == [("1.0", "shipped"), ("1.1", "province")]
    entries, _ = officers.read_audit(site.store)
    assert (entries[0].officer, entries[0].action) == ("admin", "instrument.publish")
    upload(page, site, "kesiapan-1.1.json")
    assert "1.1 sudah ada" in page.inner_text("[role=alert]")


def test_other_officers_read_and_cannot_publish(context, site: Site) -> None:
    page = login(context, site, "bulungan")
    submit(page, header_link(page, "Instrumen"))
    assert page.locator("form.upload").count() == 0
    submit(page, "table.list >> text=Pratinjau")
    assert page.locator("text=Terbitkan versi ini").count() == 0
    assert page.locator("section.score .category").count() == 1
    token = page.get_attribute("input[name=csrf_token]", "value")
    answer = page.request.post(
        f"{site.url}/instrumen/unggah",
        multipart={
            "csrf_token": token,
            "berkas": {
                "name": "x.json",
                "mimeType": "application/json",
                "buffer": json.dumps(new_version("9.0")).encode(),
            },
        },
    )
    assert answer.status == 403 and "hanya untuk admin provinsi" in answer.text()
    assert not any(v.version == "9.0" for v in instruments.list_versions(site.store))
