"""The workspace in a real Chromium (Debian's, driven by Playwright) against a real uvicorn on
loopback, on SQLite and PostgreSQL: logging in, wrong passwords and lock-out, an expired
session, creating a cooperative, correcting a field, what each role may see and change,
forged or missing CSRF tokens, and escaping of what mentors typed.

With ``KOPDES_SCREENSHOTS=1`` each page is also saved under docs/screenshots/province/.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update
from sync.online.live import LiveServer
from sync.support import BACKENDS, province_store

from kopdes_desktop.province import officers, registry
from kopdes_desktop.province.officers_models import ProvWebSession
from kopdes_desktop.province.regions import villages
from kopdes_desktop.province.registry_query import ListQuery, list_page
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow

from .support import (
    BULUNGAN_VILLAGE,
    HOSTILE_NAME,
    MALINAU_VILLAGE,
    PASSWORD,
    header_link,
    laptop_sends,
    mentor_cooperative,
    seed_officers,
)

SHOTS = Path(__file__).resolve().parents[3] / "docs" / "screenshots" / "province"
VIEWPORT = {"width": 1366, "height": 768}
VILLAGE_NAME = "Pejalin"


@dataclass
class Site:
    store: ProvinceStore
    url: str
    bulungan: str
    malinau: str
    hostile: str


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    with province_store(tmp_path_factory.mktemp("workspace") / "province", request.param) as store:
        seed_officers(store)
        officers.add_officer(store, "dikunci", PASSWORD, "viewer")
        bulungan = mentor_cooperative(store, "KDMP Gunung Putih", BULUNGAN_VILLAGE)
        malinau = mentor_cooperative(store, "KDMP Malinau Kota", MALINAU_VILLAGE)
        hostile = mentor_cooperative(store, HOSTILE_NAME, BULUNGAN_VILLAGE)
        for place in villages("65.03")[:8]:
            mentor_cooperative(store, f"KDMP {place.name}", place.code)
        mentor = str(uuid.uuid4())
        laptop_sends(
            store, mentor, 1, {"name": "Siti Rahmawati", "kabupaten_code": "65.01"}, table="mentor"
        )
        laptop_sends(
            store,
            str(uuid.uuid4()),
            1,
            {"mentor_id": mentor, "cooperative_id": bulungan, "start": "2026-01-05", "end": None},
            table="assignment",
        )
        laptop_sends(
            store,
            str(uuid.uuid4()),
            1,
            {
                "cooperative_id": bulungan,
                "status": "FINAL",
                "category": "Cukup Sehat",
                "assessed_on": "2026-02-02",
                "revision_no": 1,
            },
            table="assessment",
        )
        server = LiveServer(create_app(store)).start()
        yield Site(store, server.url, bulungan, malinau, hostile)
        server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def shot(page, name: str) -> None:
    if os.environ.get("KOPDES_SCREENSHOTS"):
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}.png"))


def login(context, site: Site, username: str, password: str = PASSWORD):
    page = context.new_page()
    page.goto(f"{site.url}/masuk?lanjut=/koperasi")  # the registry (the overview comes first)
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    submit(page, "form[action='/masuk'] button[type=submit]")
    return page


def submit(page, selector: str) -> None:
    """Click a link, or a button that sends a form, and wait for the page that answers."""
    with page.expect_navigation():
        page.click(selector)


def alert(page) -> str:
    return page.inner_text("[role=alert]")


def test_login_list_and_logout(context, site: Site) -> None:
    page = context.new_page()
    page.goto(site.url + "/")
    assert page.url.endswith("/masuk?alasan=login&lanjut=/ringkasan")
    assert "Silakan masuk terlebih dahulu." in alert(page)
    shot(page, "masuk")
    page = login(context, site, "admin")
    assert page.url == f"{site.url}/koperasi"
    assert page.inner_text("h1") == "Registri koperasi"
    assert "11 koperasi" in page.inner_text(".count")
    cookie = next(c for c in context.cookies() if c["name"] == "kopdes_session")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    shot(page, "registri-daftar")
    page.select_option("select[name=kategori]", "Cukup Sehat")
    submit(page, "form.filters button")
    assert page.locator("table.list tbody tr").all_inner_texts() == [
        "KDMP Gunung Putih\tGunung Putih\tTanjung Palas\tKabupaten Bulungan\tSiti Rahmawati\t"
        "Cukup Sehat\tBelum terdaftar"
    ]
    page.select_option("select[name=kategori]", "")
    page.select_option("select[name=kabupaten_code]", "65.02")
    submit(page, "form.filters button")
    assert [
        t.strip() for t in page.locator("table.list tbody tr td:first-child").all_inner_texts()
    ] == ["KDMP Malinau Kota"]
    submit(page, "text=Keluar")
    assert "/masuk" in page.url
    entries, _ = officers.read_audit(site.store)
    assert (entries[0].officer, entries[0].action) == ("admin", "logout")
    page.goto(f"{site.url}/koperasi")
    assert "/masuk" in page.url


def test_wrong_password_then_lock_out(context, site: Site) -> None:
    page = login(context, site, "dikunci", "bukan-sandinya")
    assert alert(page) == "Nama pengguna atau kata sandi salah."
    assert page.input_value("input[name=username]") == "dikunci"
    shot(page, "masuk-sandi-salah")
    for _ in range(officers.MAX_FAILURES_OFFICER - 1):
        page = login(context, site, "dikunci", "bukan-sandinya")
    page = login(context, site, "dikunci", PASSWORD)
    assert "Terlalu banyak percobaan masuk yang gagal" in alert(page)
    assert "/masuk" in page.url and not any(
        c["name"] == "kopdes_session" for c in context.cookies()
    )
    shot(page, "masuk-dikunci")


def test_an_expired_session_asks_to_log_in_again(context, site: Site) -> None:
    page = login(context, site, "peninjau")
    with site.store.session() as session:
        session.execute(update(ProvWebSession).values(expires_at=utcnow() - timedelta(seconds=1)))
    page.goto(f"{site.url}/koperasi/{site.bulungan}")
    assert alert(page) == "Sesi Anda telah berakhir; silakan masuk lagi."
    page.fill("input[name=username]", "peninjau")
    page.fill("input[name=password]", PASSWORD)
    submit(page, "form[action='/masuk'] button[type=submit]")
    assert page.url.endswith(f"/koperasi/{site.bulungan}")


def test_create_a_cooperative_on_a_village(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "text=Tambah koperasi")
    page.select_option("select[name=region_code]", "65.01.01.2006")
    page.fill("input[name=name]", "KDMP Baru Sekali")
    page.fill("input[name=nib]", "12345")
    shot(page, "koperasi-baru")
    submit(page, "form.card button[type=submit]")
    assert "NIB harus 13 angka." in alert(page)
    assert page.input_value("input[name=name]") == "KDMP Baru Sekali"
    shot(page, "koperasi-baru-salah")
    assert list_page(site.store, ListQuery(q="Baru Sekali")).total == 0
    page.fill("input[name=nib]", "1234567890123")
    submit(page, "form.card button[type=submit]")
    assert page.inner_text("[role=status]") == "Koperasi dibuat."
    made = list_page(site.store, ListQuery(q="Baru Sekali")).rows
    assert [(r.village, r.kabupaten) for r in made] == [(VILLAGE_NAME, "Kabupaten Bulungan")]
    assert registry.get(site.store, made[0].id).values["nib"] == "1234567890123"


def test_correct_a_field(context, site: Site) -> None:
    page = login(context, site, "bulungan")
    page.goto(f"{site.url}/koperasi/{site.bulungan}")
    page.fill("input[name=npwp]", "123")
    submit(page, "text=Simpan koreksi")
    assert "NPWP tidak valid" in alert(page)
    assert registry.get(site.store, site.bulungan).values["npwp"] is None
    page.fill("input[name=npwp]", "")
    page.fill("textarea[name=notes]", "Dikoreksi oleh Dinas")
    page.select_option("select[name=simkopdes_status]", "TERDAFTAR")
    submit(page, "text=Simpan koreksi")
    assert page.inner_text("[role=status]") == "Koreksi disimpan."
    view = registry.get(site.store, site.bulungan)
    assert (view.values["notes"], view.values["simkopdes_status"], view.changed_by) == (
        "Dikoreksi oleh Dinas",
        "TERDAFTAR",
        "province",
    )
    shot(page, "koperasi-koreksi")
    entries, _ = officers.read_audit(site.store)
    done = next(e for e in entries if e.action == "cooperative.correct")
    assert done.officer == "bulungan" and done.before == {
        "notes": None,
        "simkopdes_status": "BELUM",
    }


def _post(page, path: str, form: dict[str, str]):
    return page.request.post(
        page.url.split("/koperasi")[0].split("/petugas")[0] + path, form=form, max_redirects=0
    )


def _csrf(page) -> str:
    return page.get_attribute("input[name=csrf_token]", "value")


def test_a_kabupaten_officer_sees_and_changes_only_their_kabupaten(context, site) -> None:
    page = login(context, site, "bulungan")
    names = page.locator("table.list tbody tr td:first-child").all_inner_texts()
    assert "KDMP Gunung Putih" in [n.strip() for n in names]
    assert not any("Malinau" in n or "Nunukan" in n for n in names)
    assert page.locator("select[name=kabupaten_code] option").all_inner_texts() == [
        "Kabupaten Bulungan"
    ]
    nav = page.locator("header nav a").all_inner_texts()
    assert "Koperasi" in nav and not {"Petugas", "Log audit"} & set(nav)  # admins' links
    token = _csrf(page)
    page.goto(f"{site.url}/koperasi/{site.malinau}")
    assert "di luar kabupaten/kota Anda" in alert(page)
    shot(page, "ditolak-kabupaten-lain")
    answer = _post(page, f"/koperasi/{site.malinau}", {"csrf_token": token, "name": "Diambil"})
    assert answer.status == 403 and "di luar kabupaten/kota Anda" in answer.text()
    assert registry.get(site.store, site.malinau).values["name"] == "KDMP Malinau Kota"
    page.goto(f"{site.url}/koperasi?kabupaten_code=65.02")
    assert "KDMP Malinau Kota" not in page.content()
    page.goto(f"{site.url}/petugas")
    assert alert(page) == "Halaman ini hanya untuk admin provinsi."
    answer = _post(
        page,
        "/petugas",
        {"csrf_token": token, "username": "penyusup", "password": PASSWORD, "role": "admin"},
    )
    assert answer.status == 403
    assert "penyusup" not in [o.username for o in officers.list_officers(site.store)]


def test_a_viewer_reads_only(context, site: Site) -> None:
    page = login(context, site, "peninjau")
    assert page.locator("text=Tambah koperasi").count() == 0
    page.goto(f"{site.url}/koperasi/{site.malinau}")
    assert page.is_disabled("input[name=name]")
    assert page.locator("text=Simpan koreksi").count() == 0
    shot(page, "koperasi-hanya-baca")
    token = _csrf(page)
    answer = _post(page, f"/koperasi/{site.malinau}", {"csrf_token": token, "name": "Ubah"})
    assert answer.status == 403 and "hanya boleh membaca" in answer.text()
    answer = _post(
        page, "/koperasi/baru", {"csrf_token": token, "name": "X", "region_code": BULUNGAN_VILLAGE}
    )
    assert answer.status == 403
    assert registry.get(site.store, site.malinau).values["name"] == "KDMP Malinau Kota"
    page.goto(f"{site.url}/audit")
    assert alert(page) == "Halaman ini hanya untuk admin provinsi."


def test_forged_or_missing_csrf_tokens_change_nothing(context, site: Site) -> None:
    page = login(context, site, "admin")
    page.goto(f"{site.url}/koperasi/{site.malinau}")
    page.fill("input[name=name]", "Dipalsukan")
    page.eval_on_selector("form.card input[name=csrf_token]", "e => e.value = 'palsu'")
    submit(page, "text=Simpan koreksi")
    assert "token keamanan tidak cocok" in alert(page)
    shot(page, "ditolak-csrf")
    page.goto(f"{site.url}/koperasi/{site.malinau}")
    page.fill("input[name=name]", "Tanpa token")
    page.eval_on_selector("form.card input[name=csrf_token]", "e => e.remove()")
    submit(page, "text=Simpan koreksi")
    assert "token keamanan tidak cocok" in alert(page)
    assert registry.get(site.store, site.malinau).values["name"] == "KDMP Malinau Kota"
    other = context.new_page()
    other.goto(f"{site.url}/masuk")
    other.eval_on_selector("input[name=csrf_token]", "e => e.value = 'palsu'")
    other.fill("input[name=username]", "admin")
    other.fill("input[name=password]", PASSWORD)
    submit(other, "form[action='/masuk'] button[type=submit]")
    assert "token keamanan tidak cocok" in alert(other)


def test_what_mentors_typed_shows_as_text(context, site: Site) -> None:
    page = login(context, site, "admin")
    page.goto(f"{site.url}/koperasi?q=script")
    assert page.inner_text("table.list tbody td a").strip() == HOSTILE_NAME.strip()
    page.goto(f"{site.url}/koperasi/{site.hostile}")
    assert page.inner_text("h1") == HOSTILE_NAME.strip()
    assert page.input_value("input[name=name]") == HOSTILE_NAME
    assert page.evaluate("typeof window.kopdesPwned") == "undefined"
    assert "&lt;script&gt;" in page.content()


def test_the_admin_adds_an_officer_and_reads_the_audit_log(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, header_link(page, "Petugas"))
    page.fill("form.card input[name=username]", "tarakan")
    page.fill("form.card input[name=full_name]", "Petugas Tarakan")
    page.select_option("form.card select[name=role]", "kabupaten")
    page.fill("form.card input[name=password]", "pendek-x")
    page.eval_on_selector("form.card input[name=password]", "e => e.minLength = 0")
    submit(page, "form.card button[type=submit]")
    assert "Petugas kabupaten perlu kode kabupaten/kota." in alert(page)
    assert "tarakan" not in [o.username for o in officers.list_officers(site.store)]
    page.select_option("form.card select[name=kabupaten_code]", "65.71")
    page.fill("form.card input[name=password]", PASSWORD)
    submit(page, "form.card button[type=submit]")
    assert page.inner_text("[role=status]") == "Petugas ditambahkan."
    assert "Petugas Tarakan" in page.inner_text("table.list")
    shot(page, "petugas")
    submit(page, header_link(page, "Log audit"))
    rows = page.locator("table.audit tbody tr").all_inner_texts()
    assert any("Petugas ditambah" in r and "tarakan" in r for r in rows)
    assert any("Masuk" in r and "admin" in r for r in rows)
    shot(page, "log-audit")


def test_english_is_one_click_away(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, "text=English")
    assert page.inner_text("h1") == "Cooperative registry"
    assert re.search(r"Log out", page.inner_text("header"))
    shot(page, "registri-english")
    submit(page, "text=Bahasa Indonesia")
    assert page.inner_text("h1") == "Registri koperasi"
