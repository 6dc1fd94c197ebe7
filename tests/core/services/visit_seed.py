"""Records the visit-side service tests start from, written through the session-taking core
functions (what the services themselves build on)."""

from __future__ import annotations

from datetime import date

from kopdes_desktop.core.regions import load_regions, village_paths
from kopdes_desktop.core.services import mentors
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Assignment, Cooperative

TODAY = date(2026, 11, 28)


def seed_cooperative(store: Store, name: str = "KDMP Long Beluah") -> str:
    """A cooperative in the first village of Kalimantan Utara; returns its id."""
    with store.session() as session:
        if not village_paths(session):
            load_regions(session)
    with store.session() as session:
        coop = Cooperative(name=name, region_code=village_paths(session)[0].code)
        session.add(coop)
        session.flush()
        return coop.id


def seed_mentor(store: Store, *cooperative_ids: str) -> str:
    """This laptop's mentor, assigned to ``cooperative_ids``; returns the mentor's id."""
    with store.session() as session:
        me = mentors.save_profile(
            session, name="Rina Pendamping", role="PENDAMPING", kabupaten_code=None
        )
        for cooperative_id in cooperative_ids:
            session.add(
                Assignment(mentor_id=me.id, cooperative_id=cooperative_id, start=date(2026, 1, 1))
            )
        return me.id
