"""One door to every use case the GUI and the CLI need: :class:`Services`.

``Services(store)`` holds one service object per area (``services.cooperatives``,
``services.visits``, ...). Each service opens and closes its own sessions, validates its input in
the domain layer, raises the typed errors of :mod:`kopdes_desktop.errors` for what a user can
get wrong, and returns plain data (frozen dataclasses, named tuples, ids), never an ORM row. The
GUI reaches them as ``ctx.services``, the CLI through its opened context; neither opens a session
of its own.

The areas are built on first use, so a view that needs one area imports only its module.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kopdes_desktop.store.db import Store
    from kopdes_desktop.sync.service import SyncService


class Services:
    """Every use case of the laptop, grouped by area, over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    @cached_property
    def sync(self) -> SyncService:
        """Batches, receipts, trust and conflicts of this device."""
        from kopdes_desktop.sync.service import SyncService

        return SyncService(self._store)

    # --- cooperatives, their records, home, trash, settings and start-up (one block) ---

    # --- visits, assessments, findings, follow-ups, reports, drafts (one block) ---
