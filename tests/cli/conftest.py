"""Fixtures for the command-line tests: a real store with the Malinau regions loaded."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

from kopdes_desktop.core.regions import load_regions
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store.db import Store

VILLAGE = "65.01.01.1001"


@pytest.fixture
def regions_dir(data_paths: DataPaths) -> DataPaths:
    """A data folder whose store holds the regions of Kabupaten Malinau."""
    with Store.open(data_paths) as store, store.session() as session:
        load_regions(session, "65.01")
    return data_paths


@pytest.fixture(autouse=True)
def _no_leftover_log_handlers() -> Iterator[None]:
    logger = logging.getLogger("kopdes_desktop")
    handlers, level = list(logger.handlers), logger.level
    yield
    for handler in list(logger.handlers):
        if handler not in handlers:
            logger.removeHandler(handler)
            handler.close()
    logger.setLevel(level)
