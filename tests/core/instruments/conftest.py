"""Fixtures for the instrument engine tests: the shipped instruments."""

from __future__ import annotations

import pytest

from kopdes_desktop.core.instruments import Instrument, registry


@pytest.fixture(scope="session")
def usp() -> Instrument:
    return registry().get("kesehatan-usp-2016", "1.0")


@pytest.fixture(scope="session")
def kes() -> Instrument:
    return registry().get("kesiapan-kdkmp", "1.0")
