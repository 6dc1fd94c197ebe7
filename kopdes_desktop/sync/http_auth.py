"""Signed HTTP requests: how a laptop proves to the province service which device it is.

No passwords live on laptops. Every request carries the device id, a timestamp, a random nonce
and the SHA-256 of its body in headers, plus the device's Ed25519 signature over::

    kopdes-http-v1 \\n METHOD \\n TARGET \\n DEVICE \\n TIMESTAMP \\n NONCE \\n BODY-SHA256

TARGET is the request path from ``/v1/`` on, with its query string, so a reverse proxy that
serves the API under a prefix does not break signatures. The service refuses a timestamp
outside its window and a nonce it has seen before, so a captured request cannot be replayed.
A device the province has not enrolled yet also sends its public key (``X-Kopdes-Key``); the
province then checks possession of that key, and the device's batches wait in quarantine.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.sync.fileformat import canonical
from kopdes_desktop.sync.keys import b64, raw_public

HEADER_DEVICE = "X-Kopdes-Device"
HEADER_KEY = "X-Kopdes-Key"
HEADER_TIMESTAMP = "X-Kopdes-Timestamp"
HEADER_NONCE = "X-Kopdes-Nonce"
HEADER_SIGNATURE = "X-Kopdes-Signature"
HEADER_CONTENT_SHA256 = "X-Content-SHA256"
CONTEXT = b"kopdes-http-v1"
WINDOW_SECONDS = 300
API_PREFIX = "/v1/"
CODE_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})


def signed_target(raw_path: str, query: str = "") -> str:
    """The part of a request target that is signed: from ``/v1/`` on, with the query."""
    start = raw_path.find(API_PREFIX)
    path = raw_path[start:] if start >= 0 else raw_path
    return f"{path}?{query}" if query else path


def signing_message(
    method: str, target: str, device_id: str, timestamp: str, nonce: str, body_sha256: str
) -> bytes:
    """The exact bytes a device signs for one request."""
    parts = (method.upper(), target, device_id, timestamp, nonce, body_sha256)
    return CONTEXT + b"".join(b"\n" + part.encode("utf-8") for part in parts)


def sign_headers(
    key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    target: str,
    body: bytes,
    *,
    with_key: bool = False,
    now: float | None = None,
) -> dict[str, str]:
    """Headers that authenticate one request (a fresh nonce every call)."""
    timestamp = str(int(now if now is not None else time.time()))
    nonce = secrets.token_hex(16)
    digest = hashlib.sha256(body).hexdigest()
    message = signing_message(method, target, device_id, timestamp, nonce, digest)
    headers = {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_CONTENT_SHA256: digest,
        HEADER_SIGNATURE: b64(key.sign(message)),
    }
    if with_key:
        headers[HEADER_KEY] = b64(raw_public(key.public_key()))
    return headers


def enroll_proof(code: str, trust: dict[str, Any], device_id: str) -> str:
    """HMAC over the province's trust document keyed by the one-time enrolment code.

    The laptop checks it, so the province keys it receives at enrolment come from whoever
    issued its code, not from something in between.
    """
    key = hashlib.sha256(b"kopdes-enroll-proof\x00" + normalize_code(code).encode()).digest()
    return hmac.new(key, canonical(trust) + device_id.encode(), hashlib.sha256).hexdigest()


def normalize_code(code: str) -> str:
    """An enrolment code as typed (any case, spaces, dashes, look-alike letters), canonical."""
    kept = "".join(ch for ch in code.upper() if ch.isalnum())
    return kept.translate(CODE_LOOKALIKES)
