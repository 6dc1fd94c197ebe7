"""A real, migrated store with the province's regions and one cooperative, and its services."""

from __future__ import annotations

from datetime import date

import pytest

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services.hub import Services

TODAY = date(2026, 11, 28)
NAME = "Koperasi Desa Merah Putih Apung"


@pytest.fixture
def services(store) -> Services:
    with store.session() as session:
        load_regions(session)
    return Services(store)


@pytest.fixture
def village(store, services) -> str:
    with store.read() as session:
        return village_paths(session)[0].code


@pytest.fixture
def coop_id(services, village) -> str:
    return services.cooperatives.create(NAME, village)
