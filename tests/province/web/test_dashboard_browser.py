"""The overview, map and drill-down pages in a real Chromium against a real uvicorn, on a
province store filled with a year of field work (SQLite, and PostgreSQL when configured):
the overview is the first page after login and its figures are links to their lists; "which
cooperatives in Nunukan are getting worse, and who mentors them?" in three clicks; the map's
dots and filters; the cooperative and mentor pages; what each role may see.

With ``KOPDES_SCREENSHOTS=1`` each page is saved under docs/screenshots/province/.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from bench.fill_province import fill
from kopdes_desktop.province import dashboard, officers
from kopdes_desktop.province.dashboard_lists import map_points
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import dashboard_pages

from .dashboard_support import add_photo
from .support import PASSWORD, seed_officers
from .test_browser import VIEWPORT, shot, submit

NUNUKAN = "65.03"


@dataclass
class Site:
    store: ProvinceStore
    url: str
    nunukan_coop: str
    bulungan_coop: str
    bulungan_mentor: str
    photo: str


def _first(store: ProvinceStore, table: str, where: str) -> dict:
    with store.engine.connect() as c:
        for record_id, data in c.execute(
            text(
                "SELECT record_id, data FROM prov_version WHERE table_name = :t AND is_current "
                "ORDER BY record_id"
            ),
            {"t": table},
        ):
            values = {**json.loads(data), "id": record_id}
            if where(values):
                return values
    raise AssertionError(table)


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    with province_store(tmp_path_factory.mktemp("overview") / "province", request.param) as store:
        fill(store, 1)
        seed_officers(store)
        officers.add_officer(
            store, "nunukan", PASSWORD, "kabupaten", NUNUKAN, full_name="Petugas Nunukan"
        )
        nunukan = _first(store, "cooperative", lambda v: v["region_code"].startswith("65.03."))
        visit = _first(store, "visit", lambda v: v["cooperative_id"] == nunukan["id"])
        photo = add_photo(store, visit["id"])
        bulungan = _first(store, "cooperative", lambda v: v["region_code"].startswith("65.01."))
        mentor = _first(store, "mentor", lambda v: v["kabupaten_code"] == "65.01")
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url, nunukan["id"], bulungan["id"], mentor["id"], photo)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def login(context, site: Site, username: str):
    page = context.new_page()
    page.goto(f"{site.url}/masuk")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    submit(page, "form[action='/masuk'] button[type=submit]")
    return page


def cell(page, area: str, index: int) -> str:
    return page.locator(f"tr[data-area='{area}'] td").nth(index).inner_text().strip()


def test_the_overview_is_the_first_page_and_its_figures_link_to_their_lists(
    context, site: Site
) -> None:
    page = login(context, site, "admin")
    assert page.url == f"{site.url}/ringkasan"
    view = dashboard.overview(site.store)
    assert page.locator("#per-wilayah tbody tr").count() == 5
    nunukan = next(r for r in view.rows if r.code == NUNUKAN)
    assert cell(page, NUNUKAN, 1) == str(nunukan.cooperatives)
    assert page.inner_text("#per-wilayah tfoot th:nth-child(2)") == str(view.total.cooperatives)
    assert page.locator("svg.chart rect").count() >= 12
    shot(page, "ringkasan")
    submit(page, f"tr[data-area='{NUNUKAN}'] td:nth-child(2) a")
    assert page.inner_text("#jumlah").startswith(f"{nunukan.cooperatives} koperasi")
    page.go_back()
    submit(page, "#sinkron tr:nth-child(2) a")
    health_rows = page.locator("#perangkat tbody tr").count()
    assert page.inner_text("#jumlah") == f"{health_rows} perangkat" and health_rows > 0
    shot(page, "ringkasan-sinkron")
    page.go_back()
    submit(page, "svg.chart a >> nth=-1")
    assert "akhir bulan" in page.inner_text("h1")
    shot(page, "ringkasan-daftar-bulan")


def test_nunukan_getting_worse_and_who_mentors_them_in_three_clicks(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "#per-wilayah a:text('Kabupaten Nunukan')")  # 1
    assert page.url.endswith(f"/wilayah/{NUNUKAN}")
    shot(page, "kabupaten")
    submit(page, "#per-wilayah tfoot th:nth-child(8) a")  # 2: Menurun, all of Nunukan
    falling = dashboard.overview(site.store, NUNUKAN).total.falling
    assert falling > 0
    assert page.inner_text("#jumlah").startswith(f"{falling} koperasi")
    rows = page.locator("#daftar tbody tr")
    assert rows.count() == min(falling, 100)
    for n in range(rows.count()):
        texts = rows.nth(n).locator("td").all_inner_texts()
        assert texts[3] == "Kabupaten Nunukan" and texts[4].strip() not in ("", "-")
        assert texts[7].startswith("▼")
    shot(page, "kabupaten-menurun")
    first = rows.nth(0).locator("td").first.inner_text()
    submit(page, "#daftar tbody tr >> nth=0 >> td.mentors a >> nth=0")  # 3: who mentors it
    assert "/aktivitas/pendamping/" in page.url
    assert first in page.locator("#koperasi-dampingan").inner_text()
    shot(page, "aktivitas-pendamping")


def test_the_map_draws_each_cooperative_with_filters(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "header nav a:text('Peta')")
    assert page.locator("svg.map circle").count() == len(map_points(site.store))
    shot(page, "peta")
    page.select_option("select[name=kabupaten_code]", NUNUKAN)
    page.select_option("select[name=kategori]", "Kritis")
    submit(page, "form.filters button")
    expected = map_points(site.store, NUNUKAN, "Kritis")
    assert page.locator("svg.map circle").count() == len(expected) > 0
    shot(page, "peta-nunukan-kritis")
    target = page.locator("svg.map a").last.get_attribute("href")  # drawn last: on top
    submit(page, "svg.map a >> nth=-1")
    assert page.url == site.url + target and page.locator("#penilaian").count() == 1


def test_a_map_of_many_cooperatives_groups_those_close_together(
    context, site: Site, monkeypatch
) -> None:
    """Beyond MAP_DOTS cooperatives (82,000 at national scale) the map draws a circle per
    square of the map; here the limit is lowered so the 1x store's cooperatives are grouped.
    The groups' counts add up to every cooperative, per category, and a circle opens the list
    of its kecamatan."""
    monkeypatch.setattr(dashboard_pages, "MAP_DOTS", 100)
    page = login(context, site, "admin")
    page.goto(f"{site.url}/peta")
    points = map_points(site.store)
    circles = page.locator("svg.map circle")
    assert 0 < circles.count() < len(points)
    per_category: Counter[str] = Counter()
    for title in page.locator("svg.map circle title").all_text_contents():
        count, categories, place = title.split(" · ")
        assert place.startswith("Kec. ")
        shares = {c.rsplit(" ", 1)[0]: int(c.rsplit(" ", 1)[1]) for c in categories.split(", ")}
        assert sum(shares.values()) == int(count.split()[0].replace(".", ""))
        per_category.update(shares)
    assert per_category == Counter(p.category or "Belum dinilai" for p in points)
    assert page.locator(".meta").inner_text().endswith(f"{circles.count()} kelompok")
    shot(page, "peta-kelompok")
    target = page.locator("svg.map a").last.get_attribute("href")
    assert target is not None and target.startswith("/wilayah/65.")
    submit(page, "svg.map a >> nth=-1")
    assert f"wilayah={target.removeprefix('/wilayah/')}" in page.url
    assert page.locator("#daftar tbody tr").count() > 0


def test_the_cooperative_page_has_everything_and_nik_only_for_officers(context, site: Site) -> None:
    page = login(context, site, "admin")
    page.goto(f"{site.url}/koperasi/{site.nunukan_coop}/rinci")
    assert page.locator("#pengurus th:text('NIK')").count() == 1
    assert page.locator("#penilaian details").count() > 0
    assert (
        page.locator(
            "#penilaian details[open] table tbody tr, #penilaian details[open] table tr"
        ).count()
        >= 5
    )
    assert page.locator("#penilaian svg.chart polyline").count() == 1
    assert page.locator("#kunjungan tr").count() > 1
    shot(page, "koperasi-rinci")
    # The photo loads lazily: once scrolled to, wait for its bytes, then check them.
    page.locator("#foto").scroll_into_view_if_needed()
    page.wait_for_function(
        "() => { const i = document.querySelector('#foto img');"
        " return i !== null && i.complete && i.naturalWidth > 0; }"
    )
    assert page.locator("#foto img").evaluate("img => img.naturalWidth") == 320
    shot(page, "koperasi-rinci-foto")
    viewer = login(context, site, "peninjau")
    viewer.goto(f"{site.url}/koperasi/{site.nunukan_coop}/rinci")
    assert viewer.locator("#pengurus th:text('NIK')").count() == 0
    assert "tidak ditampilkan untuk peran Anda" in viewer.inner_text("#profil")
    shot(viewer, "koperasi-rinci-peninjau")


def test_a_kabupaten_officer_sees_their_kabupaten_only(context, site: Site) -> None:
    page = login(context, site, "nunukan")
    assert page.url == f"{site.url}/ringkasan"
    assert page.inner_text("h1") == "Ringkasan Kabupaten Nunukan"
    assert page.locator("#per-wilayah tbody tr").count() == 21  # its kecamatan
    shot(page, "ringkasan-kabupaten")
    refused = "di luar kabupaten/kota Anda"
    for url in (
        "/wilayah/65.01",
        f"/koperasi/{site.bulungan_coop}/rinci",
        f"/aktivitas/pendamping/{site.bulungan_mentor}",
        "/peta?kabupaten_code=65.01",
        "/ringkasan/daftar/menurun?wilayah=65.01",
    ):
        answer = page.goto(site.url + url)
        assert answer.status == 403 and refused in page.inner_text("main"), url
    shot(page, "ditolak-kabupaten-lain-ringkasan")
    assert page.goto(f"{site.url}/lampiran/{site.photo}").status == 200
    other = login(context, site, "bulungan")
    assert other.goto(f"{site.url}/lampiran/{site.photo}").status == 403
    context.clear_cookies()
    assert (
        context.new_page()
        .goto(f"{site.url}/lampiran/{site.photo}")
        .url.startswith(f"{site.url}/masuk")
    )
