"""Who sent a request to the province service, decided from its headers alone.

A device signs the SHA-256 of the body it is about to send (see
:mod:`kopdes_desktop.sync.http_auth`), so its signature is checked before a byte of the body
is read: the service then reads as much as that sender may send (an enrolled device more than
a stranger), checks the body against the signed hash, and only then remembers the nonce.
Requests that do not name an enrolled device pass the stranger gate
(:class:`~kopdes_desktop.province.guard.StrangerGate`) before anything else is done for them,
the database included.
"""

from __future__ import annotations

import binascii
import hashlib
import re
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from starlette.requests import Request

from kopdes_desktop.province import revocation
from kopdes_desktop.province.access import ApiError, NonceGuard
from kopdes_desktop.province.guard import StrangerGate
from kopdes_desktop.province.models import ProvDevice
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync import http_auth as auth
from kopdes_desktop.sync.keys import ed25519_public, unb64, verify

DEVICE_HEADER = re.compile(r"[0-9A-Za-z-]{1,36}")
NONCE_RE = re.compile(r"[0-9a-f]{16,64}")
HEX64_RE = re.compile(r"[0-9a-f]{64}")
TIMESTAMP_RE = re.compile(r"[0-9]{1,12}")
RELOAD_SECONDS = 5.0
SIGNED = (
    auth.HEADER_DEVICE,
    auth.HEADER_TIMESTAMP,
    auth.HEADER_NONCE,
    auth.HEADER_SIGNATURE,
    auth.HEADER_CONTENT_SHA256,
)


@dataclass(frozen=True)
class Identity:
    """The device that signed a request, and whether the province has enrolled it."""

    device_id: str
    public_key: str
    enrolled: bool


@dataclass(frozen=True)
class Admitted:
    """A request whose signature headers are checked; its body is still to be read."""

    identity: Identity
    body_sha256: str
    nonce: str


def _unauthorised(code: str, message: str, message_en: str) -> ApiError:
    return ApiError(401, code, message, message_en)


def not_enrolled() -> ApiError:
    return ApiError(
        403,
        "not_enrolled",
        "Perangkat belum terdaftar di provinsi; daftarkan dengan kode pendaftaran.",
        "This device is not enrolled; enrol it with an enrolment code.",
    )


def headers_device(request: Request) -> str:
    return request.headers.get(auth.HEADER_DEVICE, "")


def client_of(request: Request) -> str:
    """The client address a request came from (as the proxy said, when one is trusted)."""
    return request.client.host if request.client is not None else "?"


class Authenticator:
    """Signature checks, the enrolled devices' keys, the stranger gate and the nonce guard."""

    def __init__(
        self,
        store: ProvinceStore,
        window: int,
        lock: AbstractContextManager[Any],
        gate: StrangerGate,
    ) -> None:
        self.store, self.window, self._lock, self.gate = store, window, lock, gate
        self.nonces = NonceGuard(window)
        self._enrolled: dict[str, str] = {}
        self._enrolled_loaded = False
        self._enrolled_key("")  # loads every enrolled device, so the gate knows them
        self._loaded_at = time.monotonic()
        self._revoked: frozenset[str] = frozenset()
        self._revoked_at = -RELOAD_SECONDS

    def admit(self, request: Request, allow_unenrolled: bool, gated: bool = True) -> Admitted:
        """Check a request's signature headers against the device key, before its body is
        read; a request not from an enrolled device passes the stranger gate first (unless
        ``gated`` is False: enrolment has a guard of its own)."""
        headers = request.headers
        self._forget_revoked()
        if gated and not self._known(headers_device(request)):
            self._pass_gate(request)
        values = [headers.get(name, "") for name in SIGNED]
        if not all(values):
            raise _unauthorised(
                "unsigned",
                "Permintaan tidak bertanda tangan perangkat.",
                "The request is not signed by a device.",
            )
        device_id, timestamp, nonce, signature_text, claimed = values
        if (
            not DEVICE_HEADER.fullmatch(device_id)
            or not NONCE_RE.fullmatch(nonce)
            or not HEX64_RE.fullmatch(claimed)
            or not TIMESTAMP_RE.fullmatch(timestamp)
        ):
            raise _unauthorised(
                "bad_auth_headers",
                "Kepala permintaan tanda tangan tidak sah.",
                "Malformed signature headers.",
            )
        if abs(time.time() - int(timestamp)) > self.window:
            raise _unauthorised(
                "stale_request",
                "Waktu permintaan di luar batas: periksa tanggal dan jam laptop, lalu coba lagi.",
                "The request time is outside the window: check the laptop's date and clock.",
            )
        identity = self._identity(device_id, headers.get(auth.HEADER_KEY), allow_unenrolled)
        target = auth.signed_target(
            request.scope.get("raw_path", b"").decode("latin-1"),
            request.scope.get("query_string", b"").decode("latin-1"),
        )
        message = auth.signing_message(request.method, target, device_id, timestamp, nonce, claimed)
        try:
            signature = unb64(signature_text, 64)
        except (ValueError, binascii.Error) as exc:
            raise _unauthorised(
                "bad_signature", "Tanda tangan permintaan tidak sah.", "Invalid request signature."
            ) from exc
        if not verify(ed25519_public(identity.public_key), signature, message):
            raise _unauthorised(
                "bad_signature", "Tanda tangan permintaan tidak sah.", "Invalid request signature."
            )
        return Admitted(identity, claimed, nonce)

    def gate_early(self, request: Request) -> bool:
        """Apply the stranger gate without the database, in the event loop, so a flood of
        strangers costs no worker thread: True when done (the request may go on, ungated),
        False when it takes a database read to know the sender (then :meth:`admit` gates)."""
        if headers_device(request) in self._enrolled:
            return True
        if time.monotonic() - self._loaded_at >= RELOAD_SECONDS:
            return False
        self._pass_gate(request)
        return True

    def _pass_gate(self, request: Request) -> None:
        wait = self.gate.admit(client_of(request))
        if wait:
            raise ApiError(
                429,
                "too_many_requests",
                "Terlalu banyak permintaan dari perangkat yang belum terdaftar; "
                "coba lagi sebentar lagi.",
                "Too many requests from unenrolled devices; try again shortly.",
                retry_after=wait,
            )

    def accept_body(self, admitted: Admitted, body: bytes) -> Identity:
        """Check the body read against its signed hash, then refuse a replayed request."""
        if hashlib.sha256(body).hexdigest() != admitted.body_sha256:
            raise ApiError(
                400,
                "hash_mismatch",
                "Isi yang diterima tidak cocok dengan sidik SHA-256-nya; kirim ulang.",
                "The body does not match its SHA-256; send it again.",
            )
        if not self.nonces.remember(admitted.nonce):
            raise _unauthorised(
                "replayed",
                "Permintaan ini sudah pernah diterima (diulang).",
                "This request was already received (replayed).",
            )
        return admitted.identity

    def _known(self, device_id: str) -> bool:
        """Whether ``device_id`` is an enrolled device. Devices enrolled by a command beside
        the service are found by reading all enrolled devices again, at most once every
        ``RELOAD_SECONDS`` whatever strangers send."""
        if device_id in self._enrolled:
            return True
        now = time.monotonic()
        if now - self._loaded_at < RELOAD_SECONDS:
            return False
        self._loaded_at = now
        self._enrolled_loaded = False
        self._enrolled_key("")
        return device_id in self._enrolled

    def remember_enrolled(self, device_id: str, public_key: str) -> None:
        self._enrolled[device_id] = public_key

    def _forget_revoked(self) -> None:
        """Drop the keys of devices revoked since (read at most every ``RELOAD_SECONDS``): a
        revoked device is a stranger again, whose uploads are refused and listed
        (:mod:`~kopdes_desktop.province.revocation`) and whose other requests get 403."""
        now = time.monotonic()
        if now - self._revoked_at < RELOAD_SECONDS:
            return
        self._revoked_at = now
        with self._lock, self.store.session() as session:
            revoked = frozenset(
                session.scalars(select(ProvDevice.device_id).where(ProvDevice.status == "revoked"))
            )
        for device_id in revoked - self._revoked:
            self._enrolled.pop(device_id, None)
        self._revoked = revoked

    def _identity(self, device_id: str, offered: str | None, allow_unenrolled: bool) -> Identity:
        if device_id in self._revoked and not allow_unenrolled:
            raise revocation.api_error()
        known = self._enrolled_key(device_id)
        if known is not None:
            if offered and offered != known:
                raise _unauthorised(
                    "foreign_key",
                    "Kunci perangkat tidak cocok dengan yang terdaftar.",
                    "The device key does not match the enrolled one.",
                )
            return Identity(device_id, known, True)
        if not allow_unenrolled or not offered:
            raise not_enrolled()
        try:
            ed25519_public(offered)
        except (ValueError, TypeError) as exc:
            raise _unauthorised(
                "bad_auth_headers", "Kunci perangkat tidak sah.", "Malformed device key."
            ) from exc
        return Identity(device_id, offered, False)

    def _enrolled_key(self, device_id: str) -> str | None:
        """An enrolled device's key. Cached: enrolment is never re-keyed (a revoked device is
        dropped by :meth:`_forget_revoked`, and the database checks refuse it meanwhile). The
        first lookup reads every enrolled device at once, so after a restart the devices'
        first uploads do not each wait for the database; later misses (a device enrolled by
        a command beside the service, or a stranger, who passed the gate) read one row."""
        key = self._enrolled.get(device_id)
        if key is None:
            query = select(ProvDevice.device_id, ProvDevice.public_key).where(
                ProvDevice.status == "enrolled"
            )
            if self._enrolled_loaded:
                query = query.where(ProvDevice.device_id == device_id)
            with self._lock, self.store.session() as session:
                self._enrolled.update((row[0], row[1]) for row in session.execute(query))
            self._enrolled_loaded = True
            key = self._enrolled.get(device_id)
        return key
