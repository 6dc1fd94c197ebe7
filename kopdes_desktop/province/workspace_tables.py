"""The tables and indexes the officers' workspace needs, made when it starts.

Each step creates only what is missing, so starting the workspace over a store that has them
changes nothing. The web pages call this instead of reaching the store's engine themselves.
"""

from __future__ import annotations

from kopdes_desktop.province import (
    dashboard_lists,
    handover,
    mentor_codes,
    mentors,
    officers_models,
    registry_query,
    revocation,
)
from kopdes_desktop.province.store import ProvinceStore


def ensure(store: ProvinceStore) -> None:
    """Create the workspace's tables and indexes that ``store`` lacks."""
    officers_models.ensure_tables(store.engine)
    registry_query.ensure_indexes(store.engine)
    revocation.ensure_table(store.engine)
    handover.ensure_indexes(store.engine)
    mentors.ensure_indexes(store.engine)
    mentor_codes.ensure_tables(store.engine)
    dashboard_lists.ensure_indexes(store.engine)
