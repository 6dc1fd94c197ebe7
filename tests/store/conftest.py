"""Fixtures for the store tests: a fresh data folder and an open store per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kopdes_desktop import paths as paths_module
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Region

from .helpers import KABUPATEN


@pytest.fixture
def data_paths(tmp_path: Path) -> DataPaths:
    return paths_module.resolve(tmp_path / "data")


@pytest.fixture
def store(data_paths: DataPaths) -> Iterator[Store]:
    opened = Store.open(data_paths)
    with opened.session() as session:
        session.add(
            Region(code=KABUPATEN, name="Malinau", level=2, type="KABUPATEN", source="test")
        )
    yield opened
    opened.close()
