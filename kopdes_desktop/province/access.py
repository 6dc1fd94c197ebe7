"""Who may talk to the province service, and how much: enrolment codes, replay guard, limits.

Enrolment codes are made by an officer (``kopdes-province enroll-code``), given to one mentor
by phone or on paper, and used once by the laptop to enrol itself. Only a hash of each code is
stored, with its expiry. Every device request is signed (see :mod:`kopdes_desktop.sync.http_auth`);
its nonce is remembered for the time window so a replayed request is refused.
"""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, DateTime, Engine, MetaData, String, update
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import NAMING, utcnow
from kopdes_desktop.sync.http_auth import normalize_code

DEFAULT_MAX_BODY = 32 * 1024 * 1024
DEFAULT_BODY_TIMEOUT = 120.0
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 12
DEFAULT_CODE_HOURS = 72


class ApiError(KopdesError):
    """A refusal of the service: an HTTP status, a stable reason code and a message."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        message_en: str,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, message_en)
        self.status = status
        self.code = code
        self.retry_after = retry_after


class AccessBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class EnrollCode(AccessBase):
    """A one-time enrolment code, stored as its hash."""

    __tablename__ = "prov_enroll_code"

    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    device_id: Mapped[str | None] = mapped_column(String(36))


def ensure_tables(engine: Engine) -> None:
    """Create the service's own tables next to the province store's (idempotent)."""
    AccessBase.metadata.create_all(engine)


def _code_hash(code: str) -> str:
    return hashlib.sha256(b"kopdes-enroll-code\x00" + normalize_code(code).encode()).hexdigest()


def new_enroll_code(
    store: ProvinceStore, hours: float = DEFAULT_CODE_HOURS
) -> tuple[str, datetime]:
    """Make a one-time code valid for ``hours``; returns the code and its expiry (UTC)."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    code = "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
    expires = utcnow() + timedelta(hours=hours)
    ensure_tables(store.engine)
    with store.session() as session:
        session.add(EnrollCode(code_hash=_code_hash(code), expires_at=expires))
    return code, expires


def _refused(reason: str, message: str, message_en: str) -> ApiError:
    return ApiError(403, reason, message, message_en)


def consume_code(store: ProvinceStore, code: str, device_id: str) -> None:
    """Use up a code for ``device_id``; refuses unknown, expired and already used codes."""
    digest = _code_hash(code)
    now = utcnow()
    with store.session() as session:
        row = session.get(EnrollCode, digest)
        if row is None:
            raise _refused(
                "bad_code",
                "Kode pendaftaran tidak dikenal; periksa ketikannya.",
                "Unknown enrolment code; check how it was typed.",
            )
        if row.used_at is not None and row.device_id != device_id:
            raise _refused(
                "code_used",
                "Kode pendaftaran ini sudah dipakai; minta kode baru.",
                "This enrolment code was already used; ask for a new one.",
            )
        if row.expires_at < now:
            raise _refused(
                "code_expired",
                "Kode pendaftaran sudah kedaluwarsa; minta kode baru.",
                "This enrolment code has expired; ask for a new one.",
            )
        taken = cast(
            "CursorResult[Any]",
            session.execute(  # an UPDATE's result has a rowcount
                update(EnrollCode)
                .where(EnrollCode.code_hash == digest, EnrollCode.used_at.is_(None))
                .values(used_at=now, device_id=device_id)
            ),
        ).rowcount
        if not taken and row.device_id != device_id:
            raise _refused(
                "code_used",
                "Kode pendaftaran ini sudah dipakai; minta kode baru.",
                "This enrolment code was already used; ask for a new one.",
            )


def release_code(store: ProvinceStore, code: str) -> None:
    """Give a code back after an enrolment that failed for another reason."""
    with store.session() as session:
        session.execute(
            update(EnrollCode)
            .where(EnrollCode.code_hash == _code_hash(code))
            .values(used_at=None, device_id=None)
        )


class NonceGuard:
    """Remembers request nonces for twice the time window; a nonce seen twice is a replay.

    Kept in memory: the service runs as one process, and a replay after a restart can do no
    harm (uploads are idempotent, receipts and reference packages are signed public answers).
    """

    def __init__(self, window_seconds: int) -> None:
        self.keep = 2 * window_seconds
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def remember(self, nonce: str) -> bool:
        """Record a nonce; False when it was already seen (a replayed request)."""
        now = time.monotonic()
        with self._lock:
            if nonce in self._seen:
                return False
            self._seen[nonce] = now + self.keep
            if len(self._seen) % 1024 == 0:
                self._seen = {k: v for k, v in self._seen.items() if v > now}
            return True
