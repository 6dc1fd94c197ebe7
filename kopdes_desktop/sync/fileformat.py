"""The bytes of sync files: sealed batches and signed documents (receipts, reference packages).

Batch file::

    MAGIC_BATCH | version (1 byte) | province key id (16 bytes) | HPKE(sealed to the province)

The HPKE ``info`` is that whole prefix, so the version and the province it is meant for are
bound to the ciphertext. Inside: header length (4 bytes, big-endian), the header (canonical
JSON), the device's Ed25519 signature over the header (64 bytes), then the payload, whose
SHA-256 is in the header. Sign, then seal.

Signed document::

    MAGIC_DOC | version | kind (1 byte) | body length (4 bytes) | zlib(body JSON) | signature

signed by the province over everything before the signature.
"""

from __future__ import annotations

import hashlib
import json
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kopdes_desktop.safe_read import FileRefused, read_regular
from kopdes_desktop.sync import errors
from kopdes_desktop.sync.keys import ed25519_public, verify

MAGIC_BATCH = b"KOPDES-SYNC"
MAGIC_DOC = b"KOPDES-DOC"
VERSION = 1
KIND_RECEIPT = b"R"
KIND_REFERENCE = b"P"

MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_JSON_BYTES = 32 * 1024 * 1024
SIGNATURE_BYTES = 64
BATCH_SIGN_CONTEXT = b"kopdes-batch-header-v1\x00"

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def read_sync_file(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a sync file someone hands over: a regular file of at most ``limit`` bytes,
    read so (see :mod:`kopdes_desktop.safe_read`); else a typed refusal in one line."""
    try:
        return read_regular(path, limit)
    except FileRefused as exc:
        raise errors.SyncRejected(exc.code, exc.message, exc.message_en) from exc


def canonical(value: Any) -> bytes:
    """Canonical JSON bytes: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def parse_json(data: bytes) -> Any:
    """JSON from bytes, or a typed rejection."""
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise errors.damaged("JSON") from exc


def inflate(data: bytes, limit: int = MAX_JSON_BYTES) -> bytes:
    """zlib-decompress at most ``limit`` bytes; a bomb or damage is a typed rejection."""
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, limit)
    except zlib.error as exc:
        raise errors.damaged("kompresi") from exc
    if inflater.unconsumed_tail:
        raise errors.hostile("isi terkompresi terlalu besar")
    if not inflater.eof or inflater.unused_data:
        raise errors.damaged("kompresi")
    return out


def _batch_prefix(province_key_id: str) -> bytes:
    return MAGIC_BATCH + bytes([VERSION]) + bytes.fromhex(province_key_id)[:16]


def seal_batch(
    header: dict[str, Any],
    payload: bytes,
    device_key: Ed25519PrivateKey,
    province_seal_key: X25519PublicKey,
    province_key_id: str,
) -> bytes:
    """The file bytes of one batch: header signed by the device, everything sealed."""
    header_bytes = canonical(header)
    signature = device_key.sign(BATCH_SIGN_CONTEXT + header_bytes)
    inner = struct.pack(">I", len(header_bytes)) + header_bytes + signature + payload
    prefix = _batch_prefix(province_key_id)
    return prefix + SUITE.encrypt(inner, province_seal_key, info=prefix)


@dataclass(frozen=True)
class OpenedBatch:
    """A batch whose seal, signature and payload hash have been checked."""

    header: dict[str, Any]
    payload: bytes
    file_sha256: str


def peek_key_id(data: bytes) -> str:
    """The province key id a batch file is sealed to (after checking the magic)."""
    if not data.startswith(MAGIC_BATCH):
        raise errors.not_kopdes()
    if len(data) < len(MAGIC_BATCH) + 17:
        raise errors.damaged("terpotong")
    if data[len(MAGIC_BATCH)] != VERSION:
        raise errors.SyncRejected(
            "damaged",
            "Versi berkas sinkron tidak dikenal; perbarui aplikasi.",
            "Unknown sync file version; update the application.",
        )
    start = len(MAGIC_BATCH) + 1
    return data[start : start + 16].hex()


def open_batch(data: bytes, seal_key: X25519PrivateKey, own_key_id: str) -> OpenedBatch:
    """Unseal and verify a batch file; any defect raises :class:`SyncRejected`."""
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(MAX_FILE_BYTES)
    file_key_id = peek_key_id(data)
    if file_key_id != own_key_id[:32]:
        raise errors.SyncRejected(
            "wrong_province",
            "Berkas ini ditujukan untuk provinsi lain (kunci provinsi berbeda).",
            "This file is meant for another province (different province key).",
        )
    prefix = _batch_prefix(own_key_id)
    try:
        inner = SUITE.decrypt(data[len(prefix) :], seal_key, info=prefix)
    except (InvalidTag, ValueError) as exc:
        raise errors.damaged("segel") from exc
    header, signature, payload = _split_inner(inner)
    public_text = header.get("device_public_key", "")
    try:
        device_public = ed25519_public(public_text)
    except (ValueError, TypeError) as exc:
        raise errors.damaged("kunci perangkat") from exc
    header_bytes = canonical(header)
    if not verify(device_public, signature, BATCH_SIGN_CONTEXT + header_bytes):
        raise errors.SyncRejected(
            "bad_signature",
            "Tanda tangan perangkat pada berkas tidak sah.",
            "The device signature on the file is not valid.",
        )
    if hashlib.sha256(payload).hexdigest() != header.get("payload_sha256"):
        raise errors.damaged("isi tidak cocok dengan kepala berkas")
    return OpenedBatch(header, payload, hashlib.sha256(data).hexdigest())


def _split_inner(inner: bytes) -> tuple[dict[str, Any], bytes, bytes]:
    if len(inner) < 4:
        raise errors.damaged("terpotong")
    (length,) = struct.unpack(">I", inner[:4])
    if length > MAX_HEADER_BYTES or 4 + length + SIGNATURE_BYTES > len(inner):
        raise errors.hostile("kepala berkas terlalu besar")
    header_bytes = inner[4 : 4 + length]
    header = parse_json(header_bytes)
    if not isinstance(header, dict) or canonical(header) != header_bytes:
        raise errors.damaged("kepala berkas")
    signature = inner[4 + length : 4 + length + SIGNATURE_BYTES]
    return header, signature, inner[4 + length + SIGNATURE_BYTES :]


def sign_document(kind: bytes, body: dict[str, Any], key: Ed25519PrivateKey) -> bytes:
    """A signed, compressed document (receipt or reference package)."""
    packed = zlib.compress(canonical(body), 9)
    unsigned = MAGIC_DOC + bytes([VERSION]) + kind + struct.pack(">I", len(packed)) + packed
    return unsigned + key.sign(unsigned)


def document_kind(data: bytes) -> bytes | None:
    """``KIND_RECEIPT`` / ``KIND_REFERENCE`` for a signed document, None for anything else."""
    if data.startswith(MAGIC_DOC) and len(data) > len(MAGIC_DOC) + 2:
        return data[len(MAGIC_DOC) + 1 : len(MAGIC_DOC) + 2]
    return None


def open_document(data: bytes, kind: bytes, sign_key: Ed25519PublicKey) -> dict[str, Any]:
    """Verify a signed document of ``kind`` against the province key and return its body."""
    if len(data) > MAX_FILE_BYTES:
        raise errors.too_large(MAX_FILE_BYTES)
    if not data.startswith(MAGIC_DOC):
        raise errors.not_kopdes()
    head = len(MAGIC_DOC) + 2 + 4
    if len(data) < head + SIGNATURE_BYTES or data[len(MAGIC_DOC)] != VERSION:
        raise errors.damaged("kepala berkas")
    if data[len(MAGIC_DOC) + 1 : len(MAGIC_DOC) + 2] != kind:
        raise errors.damaged("jenis berkas")
    (length,) = struct.unpack(">I", data[head - 4 : head])
    if head + length + SIGNATURE_BYTES != len(data):
        raise errors.damaged("panjang")
    unsigned, signature = data[: head + length], data[head + length :]
    if not verify(sign_key, signature, unsigned):
        raise errors.SyncRejected(
            "bad_signature",
            "Tanda tangan provinsi tidak sah: berkas bukan dari provinsi yang Anda percayai.",
            "The province signature is not valid: the file is not from your trusted province.",
        )
    body = parse_json(inflate(data[head : head + length]))
    if not isinstance(body, dict):
        raise errors.damaged("isi")
    return body
