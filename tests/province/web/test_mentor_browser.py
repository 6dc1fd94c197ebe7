"""The mentor pages in a real Chromium against a real uvicorn, on SQLite and PostgreSQL:
creating a mentor, assigning and reassigning a cooperative from a date, ending an assignment,
an enrolment code for the mentor, bad input refused with nothing changed, and the role
checks (a kabupaten officer cannot reach another kabupaten's mentor or cooperative by URL; a
viewer reads but cannot POST).

With ``KOPDES_SCREENSHOTS=1`` the pages are saved as docs/screenshots/province/pendamping*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import mentors, registry
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import mentor_pages
from kopdes_desktop.province.web.i18n import ENGLISH

from .support import BULUNGAN_VILLAGE, HOSTILE_NAME, MALINAU_VILLAGE, seed_officers
from .test_browser import VIEWPORT, alert, login, shot, submit

TODAY = date.today()


@dataclass
class Site:
    store: ProvinceStore
    url: str
    coop: str
    other_coop: str
    andi: str
    malinau_mentor: str


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    with province_store(tmp_path_factory.mktemp("mentors") / "province", request.param) as store:
        seed_officers(store)
        coop = registry.create(store, "KDMP Tanjung Palas", BULUNGAN_VILLAGE).id
        registry.create(store, "KDMP Tanjung Buka", BULUNGAN_VILLAGE)
        other = registry.create(store, "KDMP Malinau Hilir", MALINAU_VILLAGE).id
        andi = mentors.add_mentor(
            store, {"name": "Andi Saputra", "kabupaten_code": "65.01", "phone": "081234567890"}
        ).id
        mentors.add_mentor(store, {"name": HOSTILE_NAME, "kabupaten_code": "65.01"})
        malinau = mentors.add_mentor(store, {"name": "Rina Malinau", "kabupaten_code": "65.02"}).id
        mentors.assign(store, coop, andi, (TODAY - timedelta(days=40)).isoformat())
        mentors.assign(store, other, malinau)
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url, coop, other, andi, malinau)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def test_notices_have_their_english() -> None:
    assert all(text in ENGLISH for text in mentor_pages.NOTICES.values())


def test_create_a_mentor_assign_and_reassign_a_cooperative(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "header a[href='/pendamping']")
    assert "Andi Saputra" in page.inner_text("table.list")
    assert "KDMP Tanjung Palas" in page.inner_text("table.list")
    assert page.locator("script").count() == 0  # the hostile name shows as text
    assert HOSTILE_NAME in page.inner_text("table.list")
    shot(page, "pendamping")

    page.fill("form[action='/pendamping'] input[name=name]", "")
    page.eval_on_selector(
        "form[action='/pendamping'] input[name=name]", "e => e.removeAttribute('required')"
    )
    submit(page, "form[action='/pendamping'] button[type=submit]")
    assert "Nama pendamping wajib diisi" in alert(page)
    assert len(mentors.list_mentors(site.store)) == 3

    page.fill("form[action='/pendamping'] input[name=name]", "Budi Santoso")
    page.fill("form[action='/pendamping'] input[name=phone]", "081298765432")
    submit(page, "form[action='/pendamping'] button[type=submit]")
    assert "Pendamping dibuat." in page.inner_text("[role=status]")
    budi = page.url.split("/pendamping/")[1].split("?")[0]

    page.fill("input[name=q]", "Tanjung")
    submit(page, "form.filters button[type=submit]")
    row = page.locator("tr", has_text="KDMP Tanjung Palas")
    assert "Andi Saputra" in row.inner_text()
    row.locator("input[name=start]").fill(TODAY.isoformat())
    shot(page, "pendamping-alihkan")
    with page.expect_navigation():
        row.locator("button[type=submit]").click()
    assert "Koperasi ditugaskan." in page.inner_text("[role=status]")
    assert "KDMP Tanjung Palas" in page.inner_text("section.card")
    shot(page, "pendamping-halaman")

    history = {a.mentor: a for a in mentors.cooperative_assignments(site.store, site.coop)}
    assert history["Budi Santoso"].active and history["Budi Santoso"].start == TODAY.isoformat()
    assert history["Andi Saputra"].end == (TODAY - timedelta(days=1)).isoformat()
    assert budi == history["Budi Santoso"].mentor_id

    page.goto(f"{site.url}/pendamping/{budi}?q=Tanjung Buka")
    row = page.locator("tr", has_text="KDMP Tanjung Buka")
    row.locator("input[name=start]").fill("2026-13-40")
    page.eval_on_selector(
        "tr:has-text('KDMP Tanjung Buka') input[name=start]",
        "e => { e.type = 'text'; e.value = '31-01-2026'; }",
    )
    with page.expect_navigation():
        row.locator("button[type=submit]").click()
    assert "TTTT-BB-HH" in alert(page)

    submit(page, "form[action$='/kode'] button[type=submit]")
    assert len(page.inner_text("p.code").strip()) == 14
    shot(page, "pendamping-kode")

    page.goto(f"{site.url}/pendamping/{budi}")
    with page.expect_navigation():
        page.locator("form[action$='/akhiri'] button[type=submit]").first.click()
    assert "Penugasan diakhiri." in page.inner_text("[role=status]")
    assert mentors.get_mentor(site.store, budi).cooperatives == []


def test_a_kabupaten_officer_reaches_only_their_kabupaten(context, site: Site) -> None:
    page = login(context, site, "bulungan")
    submit(page, "header a[href='/pendamping']")
    listed = page.inner_text("table.list")
    assert "Andi Saputra" in listed and "Rina Malinau" not in listed

    response = page.goto(f"{site.url}/pendamping/{site.malinau_mentor}")
    assert response.status == 403
    assert "kabupaten/kota lain" in alert(page)
    shot(page, "pendamping-luar-kabupaten")

    page.goto(f"{site.url}/pendamping/{site.andi}?q=Malinau")
    assert "KDMP Malinau Hilir" not in page.inner_text("main")
    status = page.evaluate(
        """async ([url, coop, token]) => {
        const body = new URLSearchParams({csrf_token: token, cooperative_id: coop});
        const r = await fetch(url, {method: 'POST', body});
        return r.status; }""",
        [
            f"{site.url}/pendamping/{site.andi}/tugaskan",
            site.other_coop,
            page.input_value("input[name=csrf_token]"),
        ],
    )
    assert status == 403
    assert [a.mentor for a in mentors.cooperative_assignments(site.store, site.other_coop)] == [
        "Rina Malinau"
    ]


def test_a_viewer_reads_but_cannot_post(context, site: Site) -> None:
    page = login(context, site, "peninjau")
    submit(page, "header a[href='/pendamping']")
    assert page.locator("form[action='/pendamping']").count() == 0
    page.goto(f"{site.url}/pendamping/{site.andi}")
    assert page.locator("form[action$='/tugaskan']").count() == 0
    before = len(mentors.list_mentors(site.store))
    assignments = mentors.get_mentor(site.store, site.andi).assignments
    token = page.input_value("form[action='/keluar'] input[name=csrf_token]")
    for url, form in (
        (f"{site.url}/pendamping", {"name": "Penyusup", "kabupaten_code": "65.01"}),
        (f"{site.url}/pendamping/{site.andi}/akhiri", {"cooperative_id": site.coop}),
        (f"{site.url}/pendamping/{site.andi}/kode", {}),
    ):
        answer = page.evaluate(
            """async ([url, form]) => {
            const r = await fetch(url, {method: 'POST', body: new URLSearchParams(form)});
            return [r.status, await r.text()]; }""",
            [url, {**form, "csrf_token": token}],
        )
        assert answer[0] == 403 and "hanya boleh membaca" in answer[1], url
    assert len(mentors.list_mentors(site.store)) == before
    assert mentors.get_mentor(site.store, site.andi).assignments == assignments
