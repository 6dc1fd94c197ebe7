"""Officers of the workspace: accounts, passwords (argon2), lock-out and the audit log.

Every function opens its own transaction and hands back plain data (:class:`Officer`). Every
change an officer makes is written to ``prov_audit`` in the same transaction as the change, so
an action is never done without its record, nor recorded without being done.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kopdes_desktop.errors import KopdesError, NotFoundError, ValidationError
from kopdes_desktop.province.officers_models import (
    ROLES,
    ProvAudit,
    ProvLoginFailure,
    ProvOfficer,
    ProvWebSession,
    ensure_tables,
)
from kopdes_desktop.province.regions import kabupaten_name
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.models import utcnow

USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,59}$")
PASSWORD_MIN = 10
MAX_FAILURES_OFFICER = 5
MAX_FAILURES_CLIENT = 20
LOCK_WINDOW = timedelta(minutes=15)
CLI = "cli"
_HASHER = PasswordHasher()
# Verified when the name typed is unknown, so an unknown name takes as long as a wrong password.
_DUMMY_HASH = _HASHER.hash("kopdes-no-such-officer")


@dataclass(frozen=True)
class Officer:
    """An officer as the workspace and the CLI show them."""

    id: int
    username: str
    full_name: str
    role: str
    kabupaten_code: str | None
    active: bool
    created_at: str

    @property
    def can_write(self) -> bool:
        return self.active and self.role in ("admin", "kabupaten")

    @property
    def is_admin(self) -> bool:
        return self.active and self.role == "admin"

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


class LoginRefused(KopdesError):
    """A login that did not succeed (wrong name or password, disabled, locked out)."""


class LockedOut(LoginRefused):
    """Too many failed logins for this officer or from this client."""


def _plain(row: ProvOfficer) -> Officer:
    return Officer(
        row.id,
        row.username,
        row.full_name,
        row.role,
        row.kabupaten_code,
        bool(row.active),
        row.created_at.isoformat(timespec="seconds"),
    )


def audit(
    session: Session,
    officer: str,
    action: str,
    target: str = "",
    before: Any = None,
    after: Any = None,
    client: str = "",
) -> None:
    """Record one action in the caller's transaction."""
    session.add(
        ProvAudit(
            officer=officer,
            action=action,
            target=target[:120],
            client=client[:64],
            before=None if before is None else json.dumps(before, ensure_ascii=False, default=str),
            after=None if after is None else json.dumps(after, ensure_ascii=False, default=str),
        )
    )


def record(store: ProvinceStore, officer: str, action: str, client: str = "") -> None:
    """Record an action on the officer's own account that changes nothing else (e.g. a logout)
    in a transaction of its own."""
    audit_action(store, officer, action, officer, client=client)


def audit_action(
    store: ProvinceStore,
    officer: str,
    action: str,
    target: str = "",
    before: Any = None,
    after: Any = None,
    client: str = "",
) -> None:
    """Record an action done outside the store (a download, a check, a code handed out) in a
    transaction of its own."""
    with store.session() as session:
        audit(session, officer, action, target, before, after, client)


def _check_password(password: str) -> None:
    if len(password) < PASSWORD_MIN or password.isspace():
        raise ValidationError(
            {"password": f"Kata sandi minimal {PASSWORD_MIN} karakter."},
            {"password": f"The password needs {PASSWORD_MIN} characters."},
        )


def _check_role(role: str, kabupaten_code: str | None) -> None:
    if role not in ROLES:
        raise ValidationError(
            {"role": f"Peran tidak dikenal (boleh: {', '.join(ROLES)})."},
            {"role": f"Unknown role (allowed: {', '.join(ROLES)})."},
        )
    if role == "kabupaten" and not kabupaten_code:
        raise ValidationError(
            {"kabupaten": "Petugas kabupaten perlu kode kabupaten/kota."},
            {"kabupaten": "A kabupaten officer needs a kabupaten code."},
        )
    if kabupaten_code and kabupaten_name(kabupaten_code) is None:
        raise ValidationError(
            {"kabupaten": f"Kode kabupaten/kota {kabupaten_code} tidak ada di provinsi ini."},
            {"kabupaten": f"Kabupaten code {kabupaten_code} is not in this province."},
        )


def add_officer(
    store: ProvinceStore,
    username: str,
    password: str,
    role: str,
    kabupaten_code: str | None = None,
    full_name: str = "",
    actor: str = CLI,
    client: str = "",
) -> Officer:
    """Create an officer; the name must be new (lower case letters, digits, ``._-``)."""
    ensure_tables(store.engine)
    username = username.strip().lower()
    if not USERNAME_RE.fullmatch(username):
        raise ValidationError(
            {"username": "Nama pengguna 3-60 karakter: huruf kecil, angka, titik, - atau _."},
            {"username": "User name: 3-60 lower-case letters, digits, dot, - or _."},
        )
    _check_role(role, kabupaten_code or None)
    _check_password(password)
    with store.session() as session:
        if session.scalar(select(ProvOfficer.id).where(ProvOfficer.username == username)):
            raise ValidationError(
                {"username": f"Nama pengguna {username} sudah dipakai."},
                {"username": f"User name {username} is taken."},
            )
        row = ProvOfficer(
            username=username,
            full_name=full_name.strip()[:120],
            role=role,
            kabupaten_code=(kabupaten_code or None) if role != "admin" else None,
            password_hash=_HASHER.hash(password),
            active=True,
        )
        session.add(row)
        session.flush()
        officer = _plain(row)
        audit(session, actor, "officer.add", username, None, _public(officer), client)
    return officer


def _public(officer: Officer) -> dict[str, Any]:
    return {k: v for k, v in officer.as_dict().items() if k not in ("id", "created_at")}


def list_officers(store: ProvinceStore) -> list[Officer]:
    ensure_tables(store.engine)
    with store.session() as session:
        return [
            _plain(r) for r in session.scalars(select(ProvOfficer).order_by(ProvOfficer.username))
        ]


def _officer_row(session: Session, username: str) -> ProvOfficer:
    row = session.scalar(select(ProvOfficer).where(ProvOfficer.username == username.lower()))
    if row is None:
        raise NotFoundError(f"Petugas {username} tidak ada.", f"Officer {username} not found.")
    return row


def set_active(
    store: ProvinceStore, username: str, active: bool, actor: str = CLI, client: str = ""
) -> Officer:
    """Disable (or enable again) an officer; disabling ends their sessions at once."""
    ensure_tables(store.engine)
    with store.session() as session:
        row = _officer_row(session, username)
        before = bool(row.active)
        row.active = active
        if not active:
            session.query(ProvWebSession).filter(ProvWebSession.officer_id == row.id).delete()
        audit(
            session,
            actor,
            "officer.enable" if active else "officer.disable",
            row.username,
            {"active": before},
            {"active": active},
            client,
        )
        return _plain(row)


LAST_ADMIN = (
    "Admin aktif terakhir tidak dapat diturunkan perannya: jadikan petugas lain admin "
    "lebih dahulu.",
    "The last active admin cannot be demoted: make another officer admin first.",
)


def set_role(
    store: ProvinceStore,
    username: str,
    role: str,
    kabupaten_code: str | None = None,
    actor: str = CLI,
    client: str = "",
) -> Officer:
    """Give an officer another role and kabupaten (audited with both); the change holds from
    their next page. The last active admin keeps the admin role."""
    ensure_tables(store.engine)
    kabupaten_code = (kabupaten_code or None) if role != "admin" else None
    _check_role(role, kabupaten_code)
    with store.session() as session:
        row = _officer_row(session, username)
        before = {"role": row.role, "kabupaten_code": row.kabupaten_code}
        if row.role == "admin" and role != "admin" and row.active:
            admins = (
                session.scalar(
                    select(func.count())
                    .select_from(ProvOfficer)
                    .where(ProvOfficer.role == "admin", ProvOfficer.active.is_(True))
                )
                or 0
            )
            if admins <= 1:
                raise ValidationError({"role": LAST_ADMIN[0]}, {"role": LAST_ADMIN[1]})
        row.role, row.kabupaten_code = role, kabupaten_code
        after = {"role": role, "kabupaten_code": kabupaten_code}
        if after != before:
            audit(session, actor, "officer.role", row.username, before, after, client)
        return _plain(row)


def set_password(
    store: ProvinceStore, username: str, password: str, actor: str = CLI, client: str = ""
) -> Officer:
    """Give an officer a new password; their sessions end and their lock-out is lifted."""
    ensure_tables(store.engine)
    _check_password(password)
    with store.session() as session:
        row = _officer_row(session, username)
        row.password_hash = _HASHER.hash(password)
        row.password_changed_at = utcnow()
        session.query(ProvWebSession).filter(ProvWebSession.officer_id == row.id).delete()
        session.query(ProvLoginFailure).filter(ProvLoginFailure.username == row.username).delete()
        audit(session, actor, "officer.passwd", row.username, None, None, client)
        return _plain(row)


def _failures(session: Session, column: Any, value: str, since: datetime) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(ProvLoginFailure)
            .where(column == value, ProvLoginFailure.at >= since)
        )
        or 0
    )


def _locked(session: Session, username: str, client: str) -> bool:
    since = utcnow() - LOCK_WINDOW
    return (
        _failures(session, ProvLoginFailure.username, username, since) >= MAX_FAILURES_OFFICER
        or _failures(session, ProvLoginFailure.client, client, since) >= MAX_FAILURES_CLIENT
    )


LOCKED = (
    "Terlalu banyak percobaan masuk yang gagal. Akun ini atau komputer ini dikunci "
    f"sementara; coba lagi dalam {LOCK_WINDOW.seconds // 60} menit.",
    "Too many failed logins: this account or this computer is locked for "
    f"{LOCK_WINDOW.seconds // 60} minutes.",
)
WRONG = ("Nama pengguna atau kata sandi salah.", "Wrong user name or password.")


def authenticate(store: ProvinceStore, username: str, password: str, client: str) -> Officer:
    """The officer with this name and password, unless locked out; every refusal is counted
    and audited. Raises :class:`LockedOut` or :class:`LoginRefused`."""
    ensure_tables(store.engine)
    username = username.strip().lower()[:60]
    with store.session() as session:
        if _locked(session, username, client):
            audit(session, username or "-", "login.locked", username, client=client)
            raise LockedOut(*LOCKED)
        row = session.scalar(select(ProvOfficer).where(ProvOfficer.username == username))
        try:
            _HASHER.verify(row.password_hash if row else _DUMMY_HASH, password)
            ok = row is not None and bool(row.active)
        except (VerificationError, InvalidHashError):
            ok = False
        if ok and row is not None:
            if _HASHER.check_needs_rehash(row.password_hash):
                row.password_hash = _HASHER.hash(password)
            audit(session, row.username, "login", row.username, client=client)
            return _plain(row)
        session.add(ProvLoginFailure(username=username, client=client[:64]))
        audit(session, username or "-", "login.failed", username, client=client)
    raise LoginRefused(*WRONG)


def officer_by_id(session: Session, officer_id: int) -> Officer | None:
    row = session.get(ProvOfficer, officer_id)
    return _plain(row) if row is not None else None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    officer: str
    action: str
    target: str
    before: Any
    after: Any
    client: str

    def as_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def read_audit(
    store: ProvinceStore, offset: int = 0, limit: int = 50
) -> tuple[list[AuditEntry], int]:
    """A page of the audit log, newest first, and the number of entries."""
    ensure_tables(store.engine)
    with store.session() as session:
        total = session.scalar(select(func.count()).select_from(ProvAudit)) or 0
        rows = session.scalars(
            select(ProvAudit).order_by(ProvAudit.id.desc()).offset(offset).limit(limit)
        ).all()
        return [
            AuditEntry(
                r.id,
                r.at.isoformat(timespec="seconds"),
                r.officer,
                r.action,
                r.target,
                json.loads(r.before) if r.before else None,
                json.loads(r.after) if r.after else None,
                r.client,
            )
            for r in rows
        ], total
