"""Batch headers: what a batch says about itself, its deterministic id, and its checks."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from kopdes_desktop.sync import errors
from kopdes_desktop.sync.keys import unb64

FORMAT = 2
FORMATS = (1, 2)
"""Format 2 records carry their base's version vector and changed fields; format 1 batches
(made before) are still read."""
MAX_COUNTER = 2**53
BATCH_ID_RE = re.compile(r"^[0-9a-f]{32}$")
DEVICE_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
# An ISO time in UTC as the laptop writes it (``datetime.isoformat`` of a naive UTC time).
CREATED_RE = re.compile(
    r"^20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]"
    r"(\.[0-9]{1,6})?$"
)
HEADER_KEYS = {
    "format",
    "kind",
    "batch_id",
    "device_id",
    "device_public_key",
    "province_key_id",
    "counter_from",
    "counter_to",
    "created_at",
    "payload_sha256",
    "payload_size",
    "records",
    "attachments",
    "acked_counter",
}
SEAL_HEADER = "device_seal_key"
"""Optional: the device's X25519 key (base64), to which the province seals what it sends back;
absent in batches of laptops from before sealed downlinks."""


def batch_id(device_id: str, counter_from: int, counter_to: int, payload_sha256: str) -> str:
    """The id of a batch: derived from its device, counter range and content only."""
    text = f"kopdes-batch\x00{device_id}\x00{counter_from}\x00{counter_to}\x00{payload_sha256}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def make_header(
    *,
    device_id: str,
    device_public_key: str,
    province_key_id: str,
    counter_from: int,
    counter_to: int,
    created_at: str,
    payload: bytes,
    records: int,
    attachments: int,
    acked_counter: int = 0,
    device_seal_key: str | None = None,
) -> dict[str, Any]:
    """The header of a batch over ``payload``.

    ``acked_counter`` is the device's counter the province had acknowledged when the batch was
    made (0 at first): the province counts contiguity from there, so a device whose earlier
    changes were settled some other way (a restored backup, the demo data) shows no false gap.
    """
    digest = hashlib.sha256(payload).hexdigest()
    header = {
        "format": FORMAT,
        "kind": "batch",
        "batch_id": batch_id(device_id, counter_from, counter_to, digest),
        "device_id": device_id,
        "device_public_key": device_public_key,
        "province_key_id": province_key_id,
        "counter_from": counter_from,
        "counter_to": counter_to,
        "created_at": created_at,
        "payload_sha256": digest,
        "payload_size": len(payload),
        "records": records,
        "attachments": attachments,
        "acked_counter": acked_counter,
    }
    if device_seal_key is not None:
        header[SEAL_HEADER] = device_seal_key
    return header


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_key(value: Any) -> bool:
    try:
        unb64(value, 32)
    except (ValueError, TypeError):
        return False
    return True


def check_header(header: dict[str, Any], own_key_id: str, payload_size: int) -> None:
    """Refuse a header with missing, malformed or implausible fields."""
    if (
        set(header) - {SEAL_HEADER} != HEADER_KEYS
        or header["format"] not in FORMATS
        or isinstance(header["format"], bool)
        or header["kind"] != "batch"
    ):
        raise errors.damaged("kepala berkas")
    if SEAL_HEADER in header and not _is_key(header[SEAL_HEADER]):
        raise errors.damaged("kunci segel perangkat")
    if header["province_key_id"] != own_key_id:
        raise errors.SyncRejected(
            "wrong_province",
            "Berkas ini ditujukan untuk provinsi lain (kunci provinsi berbeda).",
            "This file is meant for another province (different province key).",
        )
    low, high = header["counter_from"], header["counter_to"]
    counts = (
        header["records"],
        header["attachments"],
        header["payload_size"],
        header["acked_counter"],
    )
    if not all(_is_int(v) for v in (low, high, *counts)):
        raise errors.damaged("kepala berkas")
    if (
        not 1 <= low <= high <= MAX_COUNTER
        or any(v < 0 for v in counts)
        or header["acked_counter"] >= low
    ):
        raise errors.hostile("rentang nomor urut tidak wajar")
    if header["payload_size"] != payload_size:
        raise errors.damaged("ukuran isi")
    device_id = header["device_id"]
    if not isinstance(device_id, str) or not DEVICE_RE.fullmatch(device_id):
        raise errors.hostile("id perangkat tidak sah")
    if not isinstance(header["batch_id"], str) or not BATCH_ID_RE.fullmatch(header["batch_id"]):
        raise errors.damaged("id paket")
    if not isinstance(header["created_at"], str) or not CREATED_RE.fullmatch(header["created_at"]):
        raise errors.damaged("waktu pembuatan paket")


def check_batch_id(header: dict[str, Any]) -> None:
    """The id must be the one its device, range and content give."""
    expected = batch_id(
        header["device_id"],
        header["counter_from"],
        header["counter_to"],
        header["payload_sha256"],
    )
    if header["batch_id"] != expected:
        raise errors.damaged("id paket tidak cocok dengan isinya")
