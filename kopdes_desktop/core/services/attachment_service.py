"""Photos and documents of visits, findings and assessments, as the GUI and the CLI use them.

Each method opens its own unit of work on the :class:`Store` and returns plain data
(:class:`AttachmentInfo`, ids, paths); the files themselves live in the data folder
(:mod:`kopdes_desktop.core.attachments`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from kopdes_desktop.core import attachments
from kopdes_desktop.errors import KopdesError

if TYPE_CHECKING:
    from kopdes_desktop.store.db import Store
    from kopdes_desktop.store.models import Attachment


@dataclass(frozen=True)
class AttachmentInfo:
    """One attached file: its name and size as listed, its bytes by ``sha256``."""

    id: str
    filename: str
    size: int
    mime: str
    sha256: str
    created_at: datetime


@dataclass(frozen=True)
class Attached:
    """A file just attached, with the position a photo carries (if any)."""

    info: AttachmentInfo
    gps: tuple[float, float] | None


def info_of(row: Attachment) -> AttachmentInfo:
    """The plain data of an attachment row (inside its session)."""
    return AttachmentInfo(row.id, row.filename, row.size, row.mime, row.sha256, row.created_at)


class AttachmentService:
    """Attachments over one open store."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def list_for(self, owner_type: str, owner_id: str) -> list[AttachmentInfo]:
        """The attachments of one record, oldest first."""
        with self._store.read() as session:
            return [info_of(row) for row in attachments.list_for(session, owner_type, owner_id)]

    def get(self, attachment_id: str) -> AttachmentInfo:
        """One attachment; NotFoundError when it is gone."""
        with self._store.read() as session:
            return info_of(attachments.get(session, attachment_id))

    def names(self, ids: list[str]) -> dict[str, str]:
        """The file name of each id ("?" for one that is gone)."""
        out: dict[str, str] = {}
        with self._store.read() as session:
            for attachment_id in ids:
                try:
                    out[attachment_id] = attachments.get(session, attachment_id).filename
                except KopdesError:
                    out[attachment_id] = "?"
        return out

    def add(
        self, source: str | os.PathLike[str], owner_type: str, owner_id: str, *, max_px: int = 1600
    ) -> Attached:
        """Store ``source`` as an attachment of the record; AttachmentError when refused."""
        with self._store.session() as session:
            row, stored = attachments.add(
                session, self._store.paths, source, owner_type, owner_id, max_px=max_px
            )
            return Attached(info_of(row), stored.gps)

    def record(self, stored: attachments.StoredFile, owner_type: str, owner_id: str) -> str:
        """Record a file already stored (see :func:`attachments.store_file`); returns its id."""
        with self._store.session() as session:
            return attachments.record(session, stored, owner_type, owner_id).id

    def remove(self, attachment_id: str) -> None:
        """Detach a file (it goes to the Sampah)."""
        with self._store.session() as session:
            attachments.remove(session, attachment_id)

    def signed_pages(self, owner_type: str, owner_id: str) -> list[AttachmentInfo]:
        """The photos of the record's signed report, oldest first."""
        with self._store.read() as session:
            return [info_of(row) for row in attachments.signed_pages(session, owner_type, owner_id)]

    def add_signed_page(
        self, source: str | os.PathLike[str], owner_type: str, owner_id: str
    ) -> AttachmentInfo:
        """Attach the photo of the record's signed report."""
        with self._store.session() as session:
            return info_of(
                attachments.add_signed_page(
                    session, self._store.paths, source, owner_type, owner_id
                )
            )

    def open_copy(self, attachment_id: str) -> Path:
        """A plain copy of the file for the system's viewer; AttachmentError when its bytes
        are missing."""
        info = self.get(attachment_id)
        return attachments.open_copy(self._store.paths, info.sha256, info.filename, info.mime)
