"""Unsaved work kept for the mentor: text typed into forms (form drafts) and draft assessments
that hold answers, offered again after a crash or at start.

Each method opens its own unit of work on the :class:`Store` and returns plain data
(:class:`FormDraft`, :class:`DraftSummary`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kopdes_desktop.core.services import drafts, form_drafts
from kopdes_desktop.core.services.drafts import DraftSummary
from kopdes_desktop.core.services.form_drafts import FormDraft

if TYPE_CHECKING:
    from kopdes_desktop.store.db import Store


class DraftService:
    """Form drafts and draft assessments over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def keep_form(
        self, kind: str, record: str, values: dict[str, Any], context: dict[str, str] | None = None
    ) -> None:
        """Keep (or replace) what is typed into one form (see ``form_drafts.KINDS``)."""
        with self._store.session() as session:
            form_drafts.keep(session, kind, record, values, context)

    def kept_form(self, kind: str, record: str) -> FormDraft | None:
        """The typed text kept for one form, or None."""
        with self._store.read() as session:
            return form_drafts.get(session, kind, record)

    def drop_form(self, kind: str, record: str) -> None:
        """Forget what was kept for one form (saved, or thrown away on purpose)."""
        with self._store.session() as session:
            form_drafts.drop(session, kind, record)

    def pending_forms(self) -> list[FormDraft]:
        """Text typed into forms and never saved, most recent first."""
        with self._store.read() as session:
            return form_drafts.pending(session)

    def pending_assessments(self) -> list[DraftSummary]:
        """Draft assessments with answers in them, most recently edited first."""
        with self._store.read() as session:
            return drafts.pending(session)
