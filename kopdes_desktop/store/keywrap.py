"""Wrapping the store key for its key file: by a passphrase (scrypt) or by a recovery key
(HKDF), each with AES-256-GCM bound to the store's id; and the recovery keys themselves."""

from __future__ import annotations

import base64
import hmac
import os
import secrets
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

RECOVERY_BYTES = 20
# Digits that look like letters are read as the letters (base32 has no 0, 1 or 8).
LOOKALIKES = str.maketrans("018", "OIB")


def b64(data: bytes) -> str:
    """``data`` as base64 text for a key file."""
    return base64.b64encode(data).decode("ascii")


def unb64(text: Any) -> bytes:
    """The bytes of base64 text from a key file (ValueError for anything else)."""
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def hkdf(secret: bytes, info: bytes, salt: bytes | None = None) -> bytes:
    """A 256-bit key derived from ``secret`` for the purpose ``info`` (HKDF-SHA256)."""
    return HKDF(hashes.SHA256(), 32, salt, info).derive(secret)


def new_recovery_code() -> str:
    """A recovery key to write down: 32 letters and digits in groups of four."""
    text = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode("ascii")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def recovery_bytes(secret: str) -> bytes | None:
    """The bytes of a recovery key as typed (spaces, dashes, case ignored); None when
    ``secret`` is not one."""
    text = "".join(secret.split()).replace("-", "").upper().translate(LOOKALIKES)
    if len(text) != 32:
        return None
    try:
        return base64.b32decode(text)
    except ValueError:
        return None


def seal_with(kek: bytes, plain: bytes, aad: bytes) -> dict[str, str]:
    """``plain`` encrypted with AES-256-GCM under ``kek``, bound to ``aad``."""
    nonce = os.urandom(12)
    return {"nonce": b64(nonce), "sealed": b64(AESGCM(kek).encrypt(nonce, plain, aad))}


def open_with(kek: bytes, box: dict[str, Any], aad: bytes) -> bytes:
    """What :func:`seal_with` sealed (InvalidTag for a wrong key or a changed box)."""
    return AESGCM(kek).decrypt(unb64(box["nonce"]), unb64(box["sealed"]), aad)


MAX_SCRYPT_N = 2**20
"""A key file asking for more work than this (a damaged or forged one) is not tried."""


def scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    """The 256-bit key ``passphrase`` gives with scrypt (ValueError beyond the bounds)."""
    if not (2 <= n <= MAX_SCRYPT_N and 1 <= r <= 16 and 1 <= p <= 4):
        raise ValueError("scrypt cost out of bounds")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def wrap_passphrase(key: bytes, passphrase: str, store_id: str, n: int) -> dict[str, Any]:
    """``key`` wrapped by ``passphrase`` (scrypt with cost ``n``, AES-GCM)."""
    salt = os.urandom(16)
    kek = scrypt(passphrase, salt, n, 8, 1)
    return {
        "kdf": "scrypt",
        "n": n,
        "r": 8,
        "p": 1,
        "salt": b64(salt),
        **seal_with(kek, key, store_id.encode()),
    }


def wrap_recovery(key: bytes, code: str, store_id: str) -> dict[str, Any]:
    """``key`` wrapped by the recovery key ``code`` (HKDF, AES-GCM)."""
    salt = os.urandom(16)
    raw = recovery_bytes(code)
    assert raw is not None
    kek = hkdf(raw, b"kopdes-recovery-v1", salt)
    return {"kdf": "hkdf-sha256", "salt": b64(salt), **seal_with(kek, key, store_id.encode())}


def unwrap(record: dict[str, Any], secret: str, check: Callable[[bytes], str]) -> bytes | None:
    """The store key from the passphrase or the recovery key, or None when neither fits."""
    wraps = record.get("wraps") or {}
    store_id = str(record.get("store_id", "")).encode()
    raw = recovery_bytes(secret)
    tries: list[tuple[str, Callable[[dict[str, Any]], bytes]]] = []
    if raw is not None:
        tries.append(("recovery", lambda w: hkdf(raw, b"kopdes-recovery-v1", unb64(w["salt"]))))
    tries.append(
        (
            "passphrase",
            lambda w: scrypt(secret, unb64(w["salt"]), int(w["n"]), int(w["r"]), int(w["p"])),
        )
    )
    for name, derive in tries:
        wrap = wraps.get(name)
        if not isinstance(wrap, dict):
            continue
        try:
            key = open_with(derive(wrap), wrap, store_id)
        except (InvalidTag, KeyError, ValueError, TypeError):
            continue
        if hmac.compare_digest(check(key), str(record.get("check", ""))):
            return key
    return None
