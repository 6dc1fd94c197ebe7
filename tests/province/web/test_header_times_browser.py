"""The header and the times of the workspace in a real Chromium at 1366x768: every header link
on one line (in Indonesian and English, for an admin and a kabupaten officer), the other parts
reached through the "Lainnya" menu without any script, and times shown in the province's own
zone with its name (WITA), never as bare UTC.

With ``KOPDES_SCREENSHOTS=1`` the pages are saved as docs/screenshots/province/header-*.png.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select
from sync.online.live import LiveServer
from sync.support import province_store

from kopdes_desktop.province.officers_models import ProvAudit
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import header_link, seed_officers
from .test_browser import VIEWPORT, login, shot, submit


@dataclass
class Site:
    store: ProvinceStore
    url: str


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[Site]:
    with province_store(tmp_path_factory.mktemp("header") / "province") as store:
        seed_officers(store)
        server = LiveServer(create_app(store)).start()
        try:
            yield Site(store, server.url)
        finally:
            server.stop()


@pytest.fixture
def context(browser):
    context = browser.new_context(viewport=VIEWPORT, locale="id-ID")
    yield context
    context.close()


def _one_line(page) -> None:
    """Every visible part of the header sits on one line, within the window's width."""
    boxes = [
        page.locator(s).bounding_box()
        for s in (
            "header .brand",
            "header .who",
            *[
                f"header nav > :nth-child({i + 1})"
                for i in range(page.locator("header nav > *").count())
            ],
        )
    ]
    tops = {round(box["y"] + box["height"] / 2) for box in boxes}
    assert max(tops) - min(tops) <= 2, tops
    assert all(box["x"] + box["width"] <= VIEWPORT["width"] for box in boxes)
    assert page.locator("header").bounding_box()["height"] < 60
    for link in page.locator("header nav > a").all():
        assert link.bounding_box()["height"] < 40, "a label wrapped onto two lines"


@pytest.mark.parametrize("username", ["admin", "bulungan"])
def test_the_header_fits_one_line_in_both_languages(context, site: Site, username: str) -> None:
    page = login(context, site, username)
    _one_line(page)
    page.goto(f"{site.url}/bahasa/en?lanjut=/koperasi")
    assert page.inner_text("header nav details.more > summary").strip() == "More"
    _one_line(page)
    shot(page, f"header-english-{username}")
    page.goto(f"{site.url}/bahasa/id?lanjut=/koperasi")
    page.click("header nav details.more > summary")
    menu = page.locator("header nav details.more .menu a")
    labels = menu.all_inner_texts()
    assert "Perangkat" in labels and "Konflik data" in labels
    assert ("Log audit" in labels) == (username == "admin")
    if username == "admin":
        shot(page, "header-lainnya")


def test_times_are_local_with_their_zone(context, site: Site) -> None:
    page = login(context, site, "admin")
    submit(page, header_link(page, "Log audit"))
    assert page.inner_text("header nav details.more > summary").strip() == "Log audit"
    with site.store.session() as session:
        stored = session.scalars(select(ProvAudit.at).order_by(ProvAudit.id.desc())).first()
    local = stored + timedelta(hours=8)
    first = page.locator("table tbody tr td").first.inner_text()
    assert first.endswith(" WITA")
    assert f"{local.hour:02d}.{local.minute:02d}.{local.second:02d} WITA" in first
    assert "UTC" not in page.inner_text("main")
    shot(page, "header-log-audit-wita")
    submit(page, header_link(page, "Perangkat"))
    submit(page, "form.code-form button[type=submit]")
    expiry = page.inner_text(".code-box")
    assert "WITA" in expiry and "UTC" not in expiry
    page.goto(f"{site.url}/bahasa/en?lanjut=/audit")
    assert page.locator("table tbody tr td").first.inner_text().endswith(" WITA")
