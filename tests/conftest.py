"""Shared test set-up: headless Qt, and a fresh data folder and store for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KOPDES_DATA_DIR", None)

import pytest  # noqa: E402

from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.store.db import Store  # noqa: E402


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    """A fresh, empty data folder."""
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(data_paths):
    """A freshly migrated store in its own folder, closed after the test."""
    opened = Store.open(data_paths)
    yield opened
    opened.close()
