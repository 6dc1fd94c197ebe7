"""Browser sessions of the workspace: server-side, with expiry, and a CSRF token each.

The cookie holds a random token; the store keeps only its SHA-256, the officer, the CSRF token
the session's forms carry, and the expiry: 30 minutes after the last request, 12 hours after
login at most. The login form, before any session exists, is protected by a double-submit
token (a cookie and a hidden field that must match).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete

from kopdes_desktop.province.officers import Officer, officer_by_id
from kopdes_desktop.province.officers_models import ProvWebSession
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow

SESSION_COOKIE = "kopdes_session"
LOGIN_COOKIE = "kopdes_login_csrf"
IDLE = timedelta(minutes=30)
LIFETIME = timedelta(hours=12)
TOUCH_AFTER = timedelta(minutes=1)


@dataclass(frozen=True)
class WebSession:
    officer: Officer
    csrf_token: str
    language: str


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def same_token(expected: str | None, given: object) -> bool:
    """Whether a form's token matches (in constant time); a missing one never does."""
    if not expected:
        return False
    return isinstance(given, str) and hmac.compare_digest(expected.encode(), given.encode())


def start(store: ProvinceStore, officer: Officer, language: str) -> str:
    """A new session for ``officer``; returns the cookie token."""
    token = new_token()
    now = utcnow()
    with store.session() as session:
        session.execute(delete(ProvWebSession).where(ProvWebSession.expires_at < now))
        session.add(
            ProvWebSession(
                token_hash=_hash(token),
                officer_id=officer.id,
                csrf_token=new_token(),
                language=language,
                created_at=now,
                last_seen=now,
                expires_at=min(now + IDLE, now + LIFETIME),
            )
        )
    return token


def resume(store: ProvinceStore, token: str | None) -> WebSession | None | bool:
    """The session of a cookie: a :class:`WebSession`, False if it expired (or its officer was
    disabled), None if there is none."""
    if not token:
        return None
    now = utcnow()
    with store.session() as session:
        row = session.get(ProvWebSession, _hash(token))
        if row is None:
            return None
        officer = officer_by_id(session, row.officer_id)
        if row.expires_at <= now or officer is None or not officer.active:
            session.delete(row)
            return False
        if now - row.last_seen >= TOUCH_AFTER:
            row.last_seen = now
            row.expires_at = min(now + IDLE, row.created_at + LIFETIME)
        return WebSession(officer, row.csrf_token, row.language)


def set_language(store: ProvinceStore, token: str, language: str) -> None:
    with store.session() as session:
        row = session.get(ProvWebSession, _hash(token))
        if row is not None:
            row.language = language


def end(store: ProvinceStore, token: str | None) -> None:
    if token:
        with store.session() as session:
            session.execute(delete(ProvWebSession).where(ProvWebSession.token_hash == _hash(token)))
