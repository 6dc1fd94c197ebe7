"""The officers' workspace tables: officers, their web sessions, failed logins and the audit log.

They sit on the province store's declarative base beside the sync tables, in SQLite or
PostgreSQL alike; :func:`ensure_tables` creates the ones missing (a store made before the
workspace existed gains them the first time the workspace or an ``officer`` command opens it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Engine, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kopdes_desktop.province.models import ProvinceBase
from kopdes_desktop.store.models import utcnow

ROLES = ("admin", "kabupaten", "viewer")
"""Province admin (everything), kabupaten officer (their kabupaten), viewer (read only)."""


class ProvOfficer(ProvinceBase):
    """An officer of the Dinas who logs in to the workspace. ``kabupaten_code`` limits a
    kabupaten officer (and optionally a viewer) to one kabupaten/kota."""

    __tablename__ = "prov_officer"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(120), default="")
    role: Mapped[str] = mapped_column(String(12))
    kabupaten_code: Mapped[str | None] = mapped_column(String(13))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    password_changed_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class ProvWebSession(ProvinceBase):
    """A logged-in browser: the SHA-256 of its cookie token, its CSRF token and its expiry."""

    __tablename__ = "prov_web_session"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    officer_id: Mapped[int] = mapped_column(Integer, index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    language: Mapped[str] = mapped_column(String(5), default="id")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)


class ProvLoginFailure(ProvinceBase):
    """One refused login, by the name typed and the client address (for lock-out)."""

    __tablename__ = "prov_login_failure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(60), index=True)
    client: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)


class ProvAudit(ProvinceBase):
    """One officer action: who, when, what (action and target), the values before and after
    (JSON) and from where (a client address, or ``cli``)."""

    __tablename__ = "prov_audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    officer: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(120), default="")
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    client: Mapped[str] = mapped_column(String(64), default="")


TABLES = (ProvOfficer, ProvWebSession, ProvLoginFailure, ProvAudit)


def ensure_tables(engine: Engine) -> None:
    """Create the workspace tables that are missing (idempotent)."""
    ProvinceBase.metadata.create_all(engine, tables=[t.__table__ for t in TABLES])
