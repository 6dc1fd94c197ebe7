"""The workspace in Firefox: Debian's firefox-esr, headless, driven over its Marionette protocol
(:mod:`.marionette`) against a real uvicorn. It logs in, opens the registry list and a
cooperative, corrects a field through a form (session cookie and CSRF token at work), opens
the devices and conflicts pages, and takes screenshots (kept under
docs/screenshots/province/firefox-*.png with ``KOPDES_SCREENSHOTS=1``).

Skipped only when firefox-esr is not installed; .ci/run installs it and sets
``KOPDES_FIREFOX``, and then a missing browser fails the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sync.online.live import LiveServer
from sync.support import province_store

from kopdes_desktop.province import registry
from kopdes_desktop.province.service import create_app

from .marionette import Firefox
from .support import BULUNGAN_VILLAGE, HOSTILE_NAME, PASSWORD, mentor_cooperative, seed_officers
from .test_browser import SHOTS

FIREFOX = os.environ.get("KOPDES_FIREFOX") or shutil.which("firefox-esr") or "/usr/bin/firefox-esr"
REQUIRED = "KOPDES_FIREFOX" in os.environ


@pytest.fixture(scope="module")
def firefox(tmp_path_factory) -> Iterator[Firefox]:
    if not Path(FIREFOX).exists():
        if REQUIRED:
            pytest.fail(f"KOPDES_FIREFOX={FIREFOX} does not exist")
        pytest.skip(
            "firefox-esr is not installed (apt-get install firefox-esr; .ci/run "
            "installs it and fails without it)"
        )
    browser = Firefox(FIREFOX, tmp_path_factory.mktemp("firefox-profile"))
    browser.command("WebDriver:SetWindowRect", {"width": 1366, "height": 768})
    yield browser
    browser.close()


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Iterator[tuple[str, str, str]]:
    with province_store(tmp_path_factory.mktemp("firefox") / "province") as store:
        seed_officers(store)
        coop = mentor_cooperative(store, "KDMP Gunung Putih", BULUNGAN_VILLAGE)
        hostile = mentor_cooperative(store, HOSTILE_NAME, BULUNGAN_VILLAGE)
        server = LiveServer(create_app(store)).start()
        yield server.url, coop, hostile
        server.stop()
        assert registry.get(store, coop).values["notes"] == "Dikoreksi dari Firefox"


def _shot(browser: Firefox, name: str, tmp_path: Path) -> None:
    keep = os.environ.get("KOPDES_SCREENSHOTS")
    folder = SHOTS if keep else tmp_path
    folder.mkdir(parents=True, exist_ok=True)
    assert browser.screenshot(folder / f"{name}.png").startswith(b"\x89PNG\r\n\x1a\n")


def test_the_workspace_works_in_firefox(firefox: Firefox, site, tmp_path) -> None:
    url, coop, hostile = site
    assert firefox.capabilities["browserName"] == "firefox"
    firefox.goto(f"{url}/koperasi")
    assert firefox.url.endswith("/masuk?alasan=login&lanjut=/koperasi")
    firefox.fill("input[name=username]", "admin")
    firefox.fill("input[name=password]", PASSWORD)
    firefox.click("form[action='/masuk'] button[type=submit]")
    assert firefox.url == f"{url}/koperasi"
    assert firefox.text("h1") == "Registri koperasi"
    assert firefox.count("table.list tbody tr") == 2
    _shot(firefox, "firefox-registri-daftar", tmp_path)

    firefox.goto(f"{url}/koperasi/{coop}")
    assert firefox.text("h1") == "KDMP Gunung Putih"
    firefox.fill("textarea[name=notes]", "Dikoreksi dari Firefox")
    firefox.click("form.card button[type=submit]")
    assert firefox.text("[role=status]") == "Koreksi disimpan."
    _shot(firefox, "firefox-koperasi", tmp_path)

    firefox.goto(f"{url}/koperasi/{hostile}")
    assert firefox.text("h1") == HOSTILE_NAME.strip()
    assert (
        firefox.command(
            "WebDriver:ExecuteScript", {"script": "return typeof window.kopdesPwned", "args": []}
        )["value"]
        == "undefined"
    )

    firefox.goto(f"{url}/perangkat")
    assert firefox.text("h1") == "Perangkat" and firefox.count("form.enrol") == 1
    firefox.goto(f"{url}/konflik")
    assert firefox.text("h1") == "Konflik data"
    _shot(firefox, "firefox-konflik", tmp_path)
