"""Fixtures for online sync: a province (SQLite, and PostgreSQL when configured) served by a
real uvicorn on loopback, and laptops that trust it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.sync.http_client import enroll

from .live import LiveServer
from .support import BACKENDS, FAST, MAX_BODY, make_laptop, province_store, trust_path


@pytest.fixture(params=BACKENDS)
def province(request, tmp_path: Path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province", request.param) as store:
        yield store


@pytest.fixture
def service(province: ProvinceStore) -> Iterator[LiveServer]:
    """The province service on a free loopback port (small limits so bad input is quick)."""
    app = create_app(province, max_body=MAX_BODY, body_timeout=1.5, reference_ttl=0)
    server = LiveServer(app, header_timeout=1.5).start()
    yield server
    server.stop()


@pytest.fixture
def laptops(tmp_path: Path, province: ProvinceStore) -> Iterator[Callable[[str], Store]]:
    """Laptops trusting ``province`` (by its trust file), closed after the test."""
    trust = trust_path(province, tmp_path)
    opened: list[Store] = []

    def factory(name: str, trusted: bool = True) -> Store:
        store = make_laptop(tmp_path / name, trust if trusted else None)
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def enrolled(province: ProvinceStore, service: LiveServer) -> Callable[[Store], str]:
    """Enrol a laptop online with a fresh one-time code; returns the fingerprint shown."""

    def run(laptop: Store) -> str:
        code, _ = new_enroll_code(province)
        return enroll(laptop, laptop.paths, service.url, code, policy=FAST)

    return run
