"""Fixtures of the workspace tests: argon2 at a light cost (the same algorithm and code path;
the production cost takes about half a second per login on a busy test machine), a province
served by a real uvicorn on loopback, and one Chromium per test module."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from kopdes_desktop.province import officers

CHROMIUM = os.environ.get("KOPDES_CHROMIUM", "/usr/bin/chromium")
REQUIRED = "KOPDES_CHROMIUM" in os.environ
"""Set by .ci/run: there a missing browser fails the tests instead of skipping them."""


@pytest.fixture(autouse=True, scope="module")
def light_argon2() -> Iterator[None]:
    hasher = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
    saved = officers._HASHER, officers._DUMMY_HASH
    officers._HASHER, officers._DUMMY_HASH = hasher, hasher.hash("kopdes-no-such-officer")
    yield
    officers._HASHER, officers._DUMMY_HASH = saved


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        if REQUIRED:
            pytest.fail(f"KOPDES_CHROMIUM={CHROMIUM} does not exist")
        pytest.skip(
            f"Chromium not found at {CHROMIUM}: apt-get install chromium, or set "
            "KOPDES_CHROMIUM (.ci/run installs it and fails without it)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        args = ["--lang=id-ID"]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            args.append("--no-sandbox")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=args)
        yield browser
        browser.close()
