"""Enrolment codes made for a named mentor: the laptop that enrols with one is that mentor.

An officer makes the code from a mentor's page (or ``kopdes-province enroll-code --mentor ID``);
the code itself is an ordinary one-time code (:mod:`kopdes_desktop.province.access`), and a
table of its own remembers which mentor it was made for (by the code's hash). When a laptop
enrols with it, its device is linked to that mentor whatever mentor its device document named,
so its first reference package carries that mentor's record and assigned cooperatives, and the
enrolment answer tells the laptop which mentor record is its own.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Engine, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.province import access, mentors
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.officers import audit
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import NAMING, utcnow


class _Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MentorCode(_Base):
    """The mentor an enrolment code was made for (by the code's hash)."""

    __tablename__ = "prov_mentor_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    mentor_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def ensure_tables(engine: Engine) -> None:
    """Create the table next to the province store's (idempotent)."""
    access.ensure_tables(engine)
    _Base.metadata.create_all(engine)


def new_code(
    store: ProvinceStore,
    mentor_id: str,
    hours: float = access.DEFAULT_CODE_HOURS,
    *,
    scope: str | None = None,
    actor: str = "cli",
    client: str = "",
) -> tuple[str, datetime, str]:
    """A one-time enrolment code for the mentor ``mentor_id``: (code, expiry UTC, name)."""
    view = mentors.get_mentor(store, mentor_id, scope)
    ensure_tables(store.engine)
    code, expires = access.new_enroll_code(store, hours)
    with store.session() as session:
        session.add(MentorCode(code_hash=access._code_hash(code), mentor_id=mentor_id))
        audit(
            session,
            actor,
            "mentor.code",
            mentor_id,
            None,
            {"name": view.name, "expires_at": expires.isoformat()},
            client,
        )
    return code, expires, view.name


def bind_device(store: ProvinceStore, code: str, device_id: str) -> dict[str, Any] | None:
    """Link the device that enrolled with ``code`` to the mentor the code was made for; that
    mentor as ``{"id", "name"}``, or None for a code made for nobody in particular."""
    ensure_tables(store.engine)
    with store.session() as session:
        row = session.get(MentorCode, access._code_hash(code))
        if row is None:
            return None
        values = mentors.mentor_values(session.connection(), row.mentor_id)
        device = session.get(ProvDevice, device_id)
        if values is None or device is None:
            return None
        device.mentor_id, device.mentor_name = row.mentor_id, str(values["name"])[:120]
    return {"id": row.mentor_id, "name": str(values["name"])}
