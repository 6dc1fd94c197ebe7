"""Building batch files by hand, signed by a real device key, for hostile-input tests."""

from __future__ import annotations

import hashlib
import struct
import zlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.store.db import Store
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import canonical, open_batch, seal_batch
from kopdes_desktop.sync.keys import b64, device_key, raw_public
from kopdes_desktop.sync.payload import decode


def laptop_key(laptop: Store) -> Ed25519PrivateKey:
    return device_key(laptop.paths.keys)


def payload_of(json_doc: Any, blobs: bytes = b"", raw_json: bytes | None = None) -> bytes:
    packed = zlib.compress(raw_json if raw_json is not None else canonical(json_doc))
    return struct.pack(">I", len(packed)) + packed + blobs


def seal(
    province: ProvinceStore,
    key: Ed25519PrivateKey,
    device_id: str,
    payload: bytes,
    *,
    counter_from: int = 1,
    counter_to: int = 1,
    records: int = 0,
    attachments: int = 0,
    overrides: dict[str, Any] | None = None,
) -> bytes:
    """A correctly sealed and signed batch around ``payload`` (header fields overridable)."""
    header = make_header(
        device_id=device_id,
        device_public_key=b64(raw_public(key.public_key())),
        province_key_id=province.key_id,
        counter_from=counter_from,
        counter_to=counter_to,
        created_at="2025-03-01T00:00:00",
        payload=payload,
        records=records,
        attachments=attachments,
    )
    header.update(overrides or {})
    return seal_batch(header, payload, key, province.public.seal_key, province.key_id)


def reseal(
    province: ProvinceStore, laptop: Store, data: bytes, payload: bytes | None = None
) -> bytes:
    """Open a real batch and seal it again (optionally with another payload, same id)."""
    opened = open_batch(data, province.seal_key, province.key_id)
    header = dict(opened.header)
    if payload is not None:
        header["payload_sha256"] = hashlib.sha256(payload).hexdigest()
        header["payload_size"] = len(payload)
    body = opened.payload if payload is None else payload
    return seal_batch(header, body, laptop_key(laptop), province.public.seal_key, province.key_id)


def opened_records(province: ProvinceStore, data: bytes) -> tuple[dict, list[dict]]:
    opened = open_batch(data, province.seal_key, province.key_id)
    records, _ = decode(opened.payload, opened.header)
    return opened.header, records
