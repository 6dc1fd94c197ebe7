"""Fixtures for sync tests: a province (SQLite, and PostgreSQL when configured) and laptops."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store

from .support import BACKENDS, make_laptop, province_store, trust_of


@pytest.fixture(params=BACKENDS)
def province(request, tmp_path: Path) -> Iterator[ProvinceStore]:
    with province_store(tmp_path / "province", request.param) as store:
        yield store


@pytest.fixture
def twin_province(
    tmp_path: Path, request, province: ProvinceStore
) -> Iterator[Callable[[str], ProvinceStore]]:
    """Fresh stores of the same province (same keys, same backend, empty database)."""
    contexts = []

    def factory(name: str) -> ProvinceStore:
        kind = request.node.callspec.params["province"]
        context = province_store(tmp_path / name, kind, keys_from=province)
        contexts.append(context)
        return context.__enter__()

    yield factory
    for context in reversed(contexts):
        context.__exit__(None, None, None)


@pytest.fixture
def laptops(tmp_path: Path, province: ProvinceStore) -> Iterator[Callable[[str], Store]]:
    """Make laptops trusting ``province``; all closed after the test."""
    trust = trust_of(province, tmp_path)
    opened: list[Store] = []

    def factory(name: str) -> Store:
        store = make_laptop(tmp_path / name, trust)
        opened.append(store)
        return store

    factory.opened = opened  # type: ignore[attr-defined]
    yield factory
    for store in opened:
        store.close()
