"""Pengaturan and the trash as the GUI uses them: the mentor's profile (with what was typed
and not saved yet) and the entries of the trash.

Both services open their own sessions on the :class:`Store` and return plain data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kopdes_desktop.core.instruments.registry import InstrumentRegistry
from kopdes_desktop.core.services import assessments, form_drafts, mentors, overview, trash
from kopdes_desktop.store.db import Store


@dataclass(frozen=True)
class MentorProfile:
    name: str
    role: str
    kabupaten_code: str | None
    phone: str | None


class MentorService:
    """The profile of the mentor using this laptop."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def profile(self) -> MentorProfile | None:
        with self._store.read() as session:
            me = mentors.self_mentor(session)
            return MentorProfile(me.name, me.role, me.kabupaten_code, me.phone) if me else None

    def kabupaten(self) -> list[tuple[str, str]]:
        """Every kabupaten/kota of the province as (code, name)."""
        with self._store.read() as session:
            return overview.all_kabupaten(session)

    def save_profile(self, draft_kind: str | None = None, **values: Any) -> None:
        """Validate and save the profile; the form draft ``draft_kind`` goes with it."""
        with self._store.session() as session:
            mentors.save_profile(session, **values)
            if draft_kind:
                form_drafts.drop(session, draft_kind, "self")

    def kept_draft(self, kind: str, record: str) -> form_drafts.FormDraft | None:
        """What was typed in a form and not saved yet, if anything."""
        with self._store.read() as session:
            return form_drafts.get(session, kind, record)

    def keep_draft(
        self, kind: str, record: str, values: dict[str, Any], context: dict[str, str]
    ) -> None:
        with self._store.session() as session:
            form_drafts.keep(session, kind, record, values, context)


class TrashService:
    """What was deleted in the last 30 days, and bringing it back."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def entries(self) -> list[trash.TrashEntry]:
        """Forget repeat rows kept longer than 30 days, then everything left, newest first."""
        with self._store.session() as session:
            trash.purge_expired(session)
        with self._store.read() as session:
            return trash.entries(session)

    def restore(self, registry: InstrumentRegistry, key: str) -> None:
        """Bring one entry back where it was; a TrashError says why it cannot."""
        with self._store.session() as session:
            trash.restore(session, registry, key)

    def assessment_instrument(self, assessment_id: str) -> tuple[str, str]:
        """The instrument id and version of an assessment (for naming a repeat row's group)."""
        with self._store.read() as session:
            row = assessments.get(session, assessment_id)
            return row.instrument_id, row.instrument_version
