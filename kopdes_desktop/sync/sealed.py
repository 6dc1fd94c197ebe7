"""Sealed documents: receipts and reference packages readable by the one device they are for.

A signed document (:func:`kopdes_desktop.sync.fileformat.sign_document`) is sealed to the
device's X25519 key with the same HPKE suite as batches (sign, then seal)::

    MAGIC_SEALED | version (1 byte) | kind (1 byte) | recipient id (16 bytes) | HPKE(signed doc)

The HPKE ``info`` is that whole prefix, so the kind and the device it is meant for are bound to
the ciphertext. Only the device's private key opens it; only the province's signature inside
makes it believed.
"""

from __future__ import annotations

from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kopdes_desktop.sync import errors
from kopdes_desktop.sync.fileformat import (
    MAX_FILE_BYTES,
    SUITE,
    VERSION,
    document_kind,
    open_document,
)
from kopdes_desktop.sync.keys import recipient_id

MAGIC_SEALED = b"KOPDES-SEAL"
RECIPIENT_BYTES = 16
PREFIX_BYTES = len(MAGIC_SEALED) + 2 + RECIPIENT_BYTES


def _prefix(kind: bytes, recipient: str) -> bytes:
    return MAGIC_SEALED + bytes([VERSION]) + kind + bytes.fromhex(recipient)[:RECIPIENT_BYTES]


def seal_document(signed: bytes, kind: bytes, device_key: X25519PublicKey) -> bytes:
    """Seal a signed document of ``kind`` to one device's X25519 key."""
    prefix = _prefix(kind, recipient_id(device_key))
    return prefix + SUITE.encrypt(signed, device_key, info=prefix)


def downlink_kind(data: bytes) -> bytes | None:
    """The kind of a sealed or signed document (receipt / reference), None for anything else."""
    if data.startswith(MAGIC_SEALED) and len(data) > PREFIX_BYTES:
        return data[len(MAGIC_SEALED) + 1 : len(MAGIC_SEALED) + 2]
    return document_kind(data)


def is_sealed(data: bytes) -> bool:
    return data.startswith(MAGIC_SEALED)


def open_sealed(data: bytes, kind: bytes, own_key: X25519PrivateKey) -> bytes:
    """The signed document inside a sealed one meant for ``own_key``; typed refusal else."""
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(MAX_FILE_BYTES)
    if not data.startswith(MAGIC_SEALED) or len(data) <= PREFIX_BYTES:
        raise errors.not_kopdes()
    if data[len(MAGIC_SEALED)] != VERSION:
        raise errors.damaged("versi berkas")
    if data[len(MAGIC_SEALED) + 1 : len(MAGIC_SEALED) + 2] != kind:
        raise errors.damaged("jenis berkas")
    mine = recipient_id(own_key.public_key())
    if data[len(MAGIC_SEALED) + 2 : PREFIX_BYTES] != bytes.fromhex(mine)[:RECIPIENT_BYTES]:
        raise errors.SyncRejected(
            "wrong_device",
            "Berkas ini disegel untuk perangkat lain; laptop ini tidak dapat membukanya.",
            "This file is sealed to another device; this laptop cannot open it.",
        )
    prefix = _prefix(kind, mine)
    try:
        return SUITE.decrypt(data[PREFIX_BYTES:], own_key, info=prefix)
    except (InvalidTag, ValueError) as exc:
        raise errors.damaged("segel") from exc


def open_downlink(
    data: bytes, kind: bytes, own_key: X25519PrivateKey, sign_key: Ed25519PublicKey
) -> tuple[dict[str, Any], bool]:
    """Open a receipt or reference package, sealed or (from a province that does not know
    this device's X25519 key yet) only signed; the verified body and whether it was sealed."""
    if is_sealed(data):
        return open_document(open_sealed(data, kind, own_key), kind, sign_key), True
    return open_document(data, kind, sign_key), False
