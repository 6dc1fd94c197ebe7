"""A real, migrated store with one cooperative."""

import pytest

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.store.models import Cooperative


@pytest.fixture
def coop_id(store):  # type: ignore[no-untyped-def]
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        village = village_paths(session)[0]
        coop = Cooperative(name="Koperasi Desa Merah Putih Apung", region_code=village.code)
        session.add(coop)
        session.flush()
        return coop.id
