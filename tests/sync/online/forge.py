"""Batches and device documents made by hand, as a stranger holding only the public trust file
(or a hostile laptop) makes them: any device id, any key, any payload."""

from __future__ import annotations

import struct
import uuid
import zlib
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import canonical, seal_batch
from kopdes_desktop.sync.http_auth import sign_headers
from kopdes_desktop.sync.keys import ProvincePublic, b64, raw_public
from kopdes_desktop.sync.payload import encode


def public_text(key: Ed25519PrivateKey) -> str:
    return b64(raw_public(key.public_key()))


def visit_records(count: int, low: int = 1, purpose: str = "Pendampingan") -> list[dict]:
    """``count`` wire records of a cooperative and its visits, counters from ``low``."""
    coop = str(uuid.uuid4())
    records = [
        {
            "t": "cooperative",
            "id": coop,
            "c": low,
            "b": None,
            "x": False,
            "u": "2025-03-01T08:00:00",
            "k": {},
            "f": ["*"],
            "g": None,
            "r": None,
            "v": {"name": "KDMP Tiruan", "region_code": "65.01"},
        }
    ]
    for counter in range(low + 1, low + count):
        records.append(
            {
                "t": "visit",
                "id": str(uuid.uuid4()),
                "c": counter,
                "b": None,
                "x": False,
                "u": "2025-03-01T09:00:00",
                "k": {},
                "f": ["*"],
                "g": None,
                "r": None,
                "v": {
                    "cooperative_id": coop,
                    "visit_date": "2025-03-01",
                    "purpose": purpose,
                    "status": "DONE",
                },
            }
        )
    return records


def sealed(
    province: ProvincePublic,
    key: Ed25519PrivateKey,
    device_id: str,
    records: list[dict] | None = None,
    payload: bytes | None = None,
    low: int = 1,
    count: int | None = None,
) -> tuple[str, bytes]:
    """A batch of ``records`` (or of raw ``payload`` bytes claiming ``count`` records), signed
    by ``key`` for ``device_id`` and sealed to the province: (batch id, file bytes)."""
    if payload is None:
        records = records if records is not None else visit_records(3, low)
        payload, count = encode(records, []), len(records)
    high = low + max(1, count or 1) - 1
    header = make_header(
        device_id=device_id,
        device_public_key=public_text(key),
        province_key_id=province.key_id,
        counter_from=low,
        counter_to=high,
        created_at="2025-03-01T10:00:00",
        payload=payload,
        records=count or 0,
        attachments=0,
    )
    return header["batch_id"], seal_batch(header, payload, key, province.seal_key, province.key_id)


def list_bomb(elements: int) -> bytes:
    """A payload whose one record holds a list of ``elements`` empty lists: a few tens of KB
    compressed, hundreds of MB once parsed if nothing bounds it."""
    inner = "[" + ",".join(["[]"] * elements) + "]"
    text = (
        '{"attachments":[],"records":[{"b":null,"c":1,"f":["*"],"g":null,"id":"a","k":{},'
        '"r":null,"t":"cooperative","u":"2025-01-01T00:00:00","v":{"name":'
        + inner
        + '},"x":false}]}'
    )
    packed = zlib.compress(text.encode(), 9)
    return struct.pack(">I", len(packed)) + packed


def device_document(key: Ed25519PrivateKey, device_id: Any, mentor: Any) -> dict[str, Any]:
    """A self-signed device document claiming anything."""
    body = {
        "kind": "kopdes-device",
        "format": 1,
        "device_id": device_id,
        "public_key": public_text(key),
        "mentor": mentor,
    }
    return {**body, "signature": b64(key.sign(canonical(body)))}


def stranger_headers(
    key: Ed25519PrivateKey, device_id: str, method: str, path: str, body: bytes
) -> dict[str, str]:
    """Signature headers of a device offering its own key (as one not enrolled does)."""
    return sign_headers(key, device_id, method, path, body, with_key=True)
