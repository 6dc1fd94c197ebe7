"""A real, migrated store with one cooperative assigned to this laptop's mentor."""

from datetime import date

import pytest

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.store.models import Assignment, Cooperative, Mentor


@pytest.fixture
def coop_id(store):  # type: ignore[no-untyped-def]
    with store.session() as session:
        load_regions(session)
    with store.session() as session:
        village = village_paths(session)[0]
        coop = Cooperative(name="Koperasi Desa Merah Putih Apung", region_code=village.code)
        mentor = Mentor(name="Rina Wulandari", is_self=True)
        session.add_all([coop, mentor])
        session.flush()
        session.add(Assignment(mentor_id=mentor.id, cooperative_id=coop.id, start=date(2025, 1, 1)))
        return coop.id
