"""The devices and conflicts pages in a real Chromium against a real uvicorn, with real laptop
stores: enrolling a device by uploading its file, making an enrolment code, approving a
quarantined device by its key fingerprint, revoking a lost laptop's key and seeing its next
batch refused, resolving a conflict two laptops made so that both laptops take the value, and
what each role may see and do.

With ``KOPDES_SCREENSHOTS=1`` the pages are saved as docs/screenshots/province/perangkat*.png
and konflik*.png.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from sync.online.calls import sealed_batches, send, signed
from sync.online.live import LiveServer
from sync.support import (
    BACKENDS,
    add_cooperative,
    edit,
    export_files,
    import_all,
    make_laptop,
    province_store,
    trust_of,
)

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.province import conflicts, officers, registry
from kopdes_desktop.province.access import consume_code
from kopdes_desktop.province.device_views import device_detail, list_devices
from kopdes_desktop.province.devices import enroll
from kopdes_desktop.province.outputs import write_receipts, write_reference
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative, Mentor
from kopdes_desktop.sync.service import SyncService

from .support import (
    LAPTOP,
    MALINAU_VILLAGE,
    coop_values,
    header_link,
    laptop_sends,
    mentor_cooperative,
    seed_officers,
)
from .test_browser import VIEWPORT, alert, login, shot, submit


@dataclass
class Site:
    store: ProvinceStore
    url: str
    folder: Path
    laptops: dict[str, Store] = field(default_factory=dict)


def _laptop(site: Site, name: str, mentor: str, kabupaten: str) -> Store:
    laptop = make_laptop(site.folder / name, trust_of(site.store, site.folder))
    with laptop.session() as session:
        session.add(Mentor(name=mentor, kabupaten_code=kabupaten, is_self=True))
    site.laptops[name] = laptop
    return laptop


def _device_file(site: Site, laptop: Store) -> Path:
    return SyncService(laptop).write_device_file(site.folder / f"device-{laptop.device_id}.json")


@pytest.fixture(scope="module", params=BACKENDS)
def site(request, tmp_path_factory) -> Iterator[Site]:
    folder = tmp_path_factory.mktemp("devices")
    with province_store(folder / "province", request.param) as store:
        seed_officers(store)
        server = LiveServer(create_app(store, reference_ttl=0)).start()
        site = Site(store, server.url, folder)
        try:
            yield site
        finally:
            server.stop()
            for laptop in site.laptops.values():
                laptop.close()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def _csrf(page) -> str:
    return page.get_attribute("input[name=csrf_token]", "value")


def _post(page, site: Site, path: str, form: dict[str, str]):
    return page.request.post(site.url + path, form=form, max_redirects=0)


def test_enrol_by_upload_and_make_a_code(context, site: Site) -> None:
    laptop = _laptop(site, "unggah", "Rina Upload", "65.01")
    page = login(context, site, "admin")
    submit(page, header_link(page, "Perangkat"))
    bad = site.folder / "rusak.json"
    bad.write_text(json.dumps({"kind": "kopdes-device", "device_id": "x", "public_key": "AA"}))
    page.set_input_files("input[name=device_file]", str(bad))
    submit(page, "form.enrol button[type=submit]")
    assert "Berkas rusak" in alert(page)
    assert list_devices(site.store) == []
    page.goto(f"{site.url}/perangkat")
    page.set_input_files("input[name=device_file]", str(_device_file(site, laptop)))
    submit(page, "form.enrol button[type=submit]")
    assert page.inner_text("[role=status]") == (
        "Perangkat didaftarkan; paket karantinanya diterapkan."
    )
    assert "Rina Upload" in page.inner_text(".meta")
    assert page.inner_text(".bar .tag") == "aktif"
    submit(page, header_link(page, "Perangkat"))
    submit(page, "form.code-form button[type=submit]")
    code = page.inner_text(".code-box .code").strip()
    assert len(code) == 14 and code.count("-") == 2
    shot(page, "perangkat")
    consume_code(site.store, code, "perangkat-baru")
    forged = _post(page, site, "/perangkat/kode", {"csrf_token": "palsu", "hours": "72"})
    assert forged.status == 403 and "token keamanan tidak cocok" in forged.text()
    forged = _post(page, site, f"/perangkat/{laptop.device_id}/cabut", {"confirm": "ya"})
    assert forged.status == 403
    assert device_detail(site.store, laptop.device_id).row.status.status == "enrolled"
    entries, _ = officers.read_audit(site.store)
    assert [e.action for e in entries][:2] == ["device.code", "device.enroll"]


def test_approve_a_quarantined_device_by_its_fingerprint(context, site: Site) -> None:
    laptop = _laptop(site, "karantina", "Budi Karantina", "65.01")
    add_cooperative(laptop, "KDMP Karantina")
    [outcome] = import_all(site.store, export_files(laptop, site.folder / "q"))
    assert outcome.status == "quarantined"
    real = device_detail(site.store, laptop.device_id).claims[0].fingerprint
    page = login(context, site, "admin")
    page.goto(f"{site.url}/perangkat/{laptop.device_id}")
    assert page.inner_text(".claims td.mono") == real
    assert "Budi Karantina" in page.inner_text(".claims")
    page.fill("input[name=fingerprint]", "0000-1111-2222-3333-4444-5555-6666-7777")
    shot(page, "perangkat-karantina")
    submit(page, "form.approve button[type=submit]")
    assert "Tidak ada kunci dengan sidik jari itu" in alert(page)
    assert device_detail(site.store, laptop.device_id).row.status.status == "unknown"
    page.goto(f"{site.url}/perangkat/{laptop.device_id}")
    page.fill("input[name=fingerprint]", real.lower())
    submit(page, "form.approve button[type=submit]")
    assert page.inner_text("[role=status]").startswith("Perangkat disetujui")
    shown = device_detail(site.store, laptop.device_id).row.status
    assert (shown.status, shown.applied_batches, shown.quarantined_batches) == ("enrolled", 1, 0)
    shot(page, "perangkat-disetujui")


def test_revoke_a_lost_laptop_and_see_its_next_batch_refused(context, site: Site) -> None:
    laptop = _laptop(site, "hilang", "Citra Hilang", "65.01")
    enroll(site.store, _device_file(site, laptop))
    page = login(context, site, "admin")
    page.goto(f"{site.url}/perangkat/{laptop.device_id}")
    page.fill("input[name=reason]", "laptop hilang di speedboat")
    submit(page, "form.revoke button[type=submit]")
    assert "Centang konfirmasi" in alert(page)
    assert device_detail(site.store, laptop.device_id).row.status.status == "enrolled"
    page.goto(f"{site.url}/perangkat/{laptop.device_id}")
    page.fill("input[name=reason]", "laptop hilang di speedboat")
    page.check("input[name=confirm]")
    submit(page, "form.revoke button[type=submit]")
    assert page.inner_text(".bar .tag") == "dicabut"
    assert "laptop hilang di speedboat" in page.inner_text(".revoked")
    add_cooperative(laptop, "KDMP Sesudah Hilang")
    [(batch_id, data)] = sealed_batches(laptop)
    path = f"/v1/batches/{batch_id}"
    answer = send(site.url, "PUT", path, data, signed(laptop, "PUT", path, data))
    assert answer.status_code == 403 and "sudah dicabut" in answer.json()["message"]
    page.reload()
    rows = page.locator(".refusals tbody tr").all_inner_texts()
    assert len(rows) == 1 and batch_id in rows[0] and "sudah dicabut" in rows[0]
    shot(page, "perangkat-dicabut")
    page.goto(f"{site.url}/perangkat")
    row = page.locator("table.devices tr", has_text=laptop.device_id).inner_text()
    assert "dicabut" in row and "Citra Hilang" in row
    entries, _ = officers.read_audit(site.store)
    assert (entries[0].action, entries[0].after["reason"]) == (
        "device.revoke",
        "laptop hilang di speedboat",
    )


def _round_trip(site: Site, laptop: Store, step: str) -> None:
    """The laptop takes its receipt and its reference package."""
    out = site.folder / f"back-{step}"
    mine = [p for p in write_receipts(site.store, out) if laptop.device_id[:8] in p.name]
    reference = out / f"ref-{laptop.device_id[:8]}.kopdes-ref"
    write_reference(site.store, reference, laptop.device_id)
    SyncService(laptop).import_files([*mine, reference])


def test_resolve_a_conflict_and_both_laptops_take_the_value(context, site: Site) -> None:
    a = _laptop(site, "konflik-a", "Dewi Sungai", "65.01")
    b = _laptop(site, "konflik-b", "Eko Hulu", "65.01")
    for laptop in (a, b):
        enroll(site.store, _device_file(site, laptop))
    coop = add_cooperative(a, "KDMP Tanjung Selor")
    import_all(site.store, export_files(a, site.folder / "a0"))
    _round_trip(site, a, "a0")
    import_all(site.store, export_files(b, site.folder / "b0"))
    _round_trip(site, b, "b0")
    edit(a, Cooperative, coop, name="KDMP Tanjung Selor Hilir")
    edit(b, Cooperative, coop, name="KDMP Tanjung Selor Hulu")
    import_all(site.store, export_files(a, site.folder / "a1"))
    import_all(site.store, export_files(b, site.folder / "b1"))
    [conflict] = [c for c in conflicts.list_conflicts(site.store) if c.record_id == coop]

    page = login(context, site, "admin")
    submit(page, header_link(page, "Konflik data"))
    card = page.locator(f"#konflik-{conflict.id}")
    assert "Koperasi" in card.inner_text() and "name" in card.locator("h2").inner_text()
    assert card.locator(".base").inner_text() == "KDMP Tanjung Selor"
    sides = card.locator("table.sides tbody tr").all_inner_texts()
    assert any("KDMP Tanjung Selor Hilir" in s and "Dewi Sungai" in s for s in sides)
    assert any("KDMP Tanjung Selor Hulu" in s and "Eko Hulu" in s for s in sides)
    shot(page, "konflik")
    card.locator("input[value=ketik]").check()
    card.locator("input[name=value]").fill("")
    submit(page, f"#konflik-{conflict.id} button[type=submit]")
    assert page.locator(f"#konflik-{conflict.id} [role=alert]").count() == 1
    assert conflicts.list_conflicts(site.store, record_id=coop)[0].status == "open"
    card = page.locator(f"#konflik-{conflict.id}")
    card.locator("input[value=ketik]").check()
    card.locator("input[name=value]").fill("KDMP Tanjung Selor Bersatu")
    submit(page, f"#konflik-{conflict.id} button[type=submit]")
    assert page.inner_text("[role=status]").startswith("Konflik diselesaikan")
    assert page.locator(f"#konflik-{conflict.id}").count() == 0
    shot(page, "konflik-selesai")

    for step, laptop in (("a2", a), ("b2", b)):
        _round_trip(site, laptop, step)
        with laptop.read() as session:
            assert session.get(Cooperative, coop).name == "KDMP Tanjung Selor Bersatu"
    entries, _ = officers.read_audit(site.store)
    assert (entries[0].action, entries[0].after["value"]) == (
        "conflict.resolve",
        "KDMP Tanjung Selor Bersatu",
    )


def test_a_restored_laptops_divergence_is_listed(context, site: Site) -> None:
    laptop = _laptop(site, "pulih", "Indah Pulih", "65.01")
    enroll(site.store, _device_file(site, laptop))
    coop = add_cooperative(laptop, "KDMP Dipulihkan")
    import_all(site.store, export_files(laptop, site.folder / "p1"))
    _round_trip(site, laptop, "p1")
    laptop.close()
    copy = site.folder / "pulih-salinan"
    shutil.copytree(laptop.paths.root, copy)
    laptop = Store.open(laptop.paths)
    edit(laptop, Cooperative, coop, name="KDMP Sebelum Pulih")
    import_all(site.store, export_files(laptop, site.folder / "p2"))
    laptop.close()
    shutil.rmtree(laptop.paths.root)
    shutil.copytree(copy, laptop.paths.root)
    laptop = site.laptops["pulih"] = Store.open(DataPaths(laptop.paths.root))
    edit(laptop, Cooperative, coop, bank_name="Bank Kaltara")
    [outcome] = import_all(site.store, export_files(laptop, site.folder / "p3"))
    assert outcome.status == "rejected"
    page = login(context, site, "admin")
    page.goto(f"{site.url}/konflik")
    [row] = page.locator("table.divergences tbody tr").all_inner_texts()
    assert laptop.device_id in row and "Indah Pulih" in row and outcome.batch_id in row
    page.locator("table.divergences").scroll_into_view_if_needed()
    shot(page, "konflik-divergensi")


def test_a_viewer_reads_devices_and_conflicts_only(context, site: Site) -> None:
    laptop = _laptop(site, "baca", "Fajar Baca", "65.01")
    enroll(site.store, _device_file(site, laptop))
    page = login(context, site, "peninjau")
    page.goto(f"{site.url}/perangkat")
    assert page.locator("form.enrol").count() == 0 and page.locator("form.code-form").count() == 0
    page.goto(f"{site.url}/perangkat/{laptop.device_id}")
    assert page.locator("form.revoke").count() == 0
    token = _csrf(page)
    for path, form in (
        (f"/perangkat/{laptop.device_id}/cabut", {"confirm": "ya"}),
        ("/perangkat/kode", {"hours": "72"}),
        ("/konflik/1", {"keep": "ketik", "value": "x"}),
    ):
        answer = _post(page, site, path, {"csrf_token": token, **form})
        assert answer.status == 403, path
    assert device_detail(site.store, laptop.device_id).row.status.status == "enrolled"


def test_a_kabupaten_officer_reaches_only_their_kabupatens_devices(context, site) -> None:
    ours = _laptop(site, "bulungan", "Gita Bulungan", "65.01")
    theirs = _laptop(site, "malinau", "Hadi Malinau", "65.02")
    for laptop in (ours, theirs):
        enroll(site.store, _device_file(site, laptop))
        with laptop.session() as session:
            session.add(Cooperative(name=f"KDMP {laptop.device_id[:4]}", region_code="65.01"))
        import_all(site.store, export_files(laptop, site.folder / laptop.device_id))
    page = login(context, site, "bulungan")
    page.goto(f"{site.url}/perangkat")
    listed = page.inner_text("table.devices")
    assert "Gita Bulungan" in listed and "Hadi Malinau" not in listed
    assert page.locator("form.enrol").count() == 0
    token = _csrf(page)
    page.goto(f"{site.url}/perangkat/{theirs.device_id}")
    assert "bukan milik pendamping di kabupaten/kota Anda" in alert(page)
    answer = _post(
        page, site, f"/perangkat/{theirs.device_id}/cabut", {"csrf_token": token, "confirm": "ya"}
    )
    assert answer.status == 403
    assert _post(page, site, "/perangkat/kode", {"csrf_token": token, "hours": "72"}).status == 403
    assert device_detail(site.store, theirs.device_id).row.status.status == "enrolled"
    page.goto(f"{site.url}/perangkat/{ours.device_id}")
    assert page.locator("form.revoke").count() == 1
    shot(page, "perangkat-kabupaten")
    malinau = mentor_cooperative(site.store, "KDMP Malinau Seberang", MALINAU_VILLAGE)
    registry.correct(site.store, malinau, {"notes": "Catatan Dinas"})
    laptop_sends(
        site.store,
        malinau,
        2,
        coop_values("KDMP Malinau Seberang", MALINAU_VILLAGE, notes="Catatan pendamping"),
        changed=["notes"],
        seen={LAPTOP: 1},
    )
    [far] = conflicts.list_conflicts(site.store, record_id=malinau)
    page.goto(f"{site.url}/konflik")
    assert "KDMP Malinau Seberang" not in page.content()
    answer = _post(
        page, site, f"/konflik/{far.id}", {"csrf_token": token, "keep": "ketik", "value": "Diambil"}
    )
    assert answer.status == 403 and "di luar kabupaten/kota Anda" in answer.text()
    assert conflicts.list_conflicts(site.store, record_id=malinau)[0].status == "open"
