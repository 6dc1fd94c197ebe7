"""The payload of a batch: compressed JSON records, then content-addressed attachment bytes.

Layout: JSON length (4 bytes, big-endian) | zlib(JSON) | attachment bytes in listed order.
Decoding is defensive: bounded decompression, bounded counts, strict names and types, so a
hostile file from an enrolled device is still refused before anything is applied.
"""

from __future__ import annotations

import hashlib
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any

from kopdes_desktop.sync import errors
from kopdes_desktop.sync.fileformat import canonical, inflate, parse_json
from kopdes_desktop.sync.records import VALUE_COLUMNS

MAX_RECORDS = 100_000
MAX_ATTACHMENTS = 2_000
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
ID_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
REV_RE = re.compile(r"^[0-9A-Za-z-]{1,36}:[0-9]{1,18}$")
MAX_STRING = 1_000_000


@dataclass(frozen=True)
class Blob:
    """One attachment's bytes, named by their SHA-256."""

    sha256: str
    data: bytes


def encode(records: list[dict[str, Any]], blobs: list[Blob]) -> bytes:
    """Deterministic payload bytes for records and attachment blobs."""
    doc = {"records": records, "attachments": [{"sha256": b.sha256, "size": len(b.data)}
                                               for b in blobs]}
    packed = zlib.compress(canonical(doc), 6)
    return struct.pack(">I", len(packed)) + packed + b"".join(b.data for b in blobs)


def decode(payload: bytes, header: dict[str, Any]) -> tuple[list[dict[str, Any]], list[Blob]]:
    """Records and blobs of a verified batch, checked against its header."""
    if len(payload) < 4:
        raise errors.damaged("isi terpotong")
    (length,) = struct.unpack(">I", payload[:4])
    if 4 + length > len(payload):
        raise errors.damaged("isi terpotong")
    doc = parse_json(inflate(payload[4 : 4 + length]))
    if not isinstance(doc, dict):
        raise errors.damaged("isi")
    records = doc.get("records")
    listed = doc.get("attachments")
    if not isinstance(records, list) or not isinstance(listed, list):
        raise errors.damaged("isi")
    if len(records) > MAX_RECORDS or len(listed) > MAX_ATTACHMENTS:
        raise errors.hostile("jumlah catatan tidak wajar")
    if header.get("records") != len(records) or header.get("attachments") != len(listed):
        raise errors.damaged("jumlah catatan tidak cocok")
    low, high = header["counter_from"], header["counter_to"]
    for record in records:
        check_record(record, low, high)
    blobs = _blobs(listed, payload[4 + length :])
    return records, blobs


def check_record(record: Any, low: int, high: int) -> None:
    """Refuse a record that is not exactly what an honest laptop writes."""
    if not isinstance(record, dict) or set(record) != {"t", "id", "c", "b", "x", "u", "v"}:
        raise errors.damaged("bentuk catatan")
    allowed = VALUE_COLUMNS.get(record["t"]) if isinstance(record["t"], str) else None
    if allowed is None:
        raise errors.hostile("jenis catatan tidak dikenal")
    if not isinstance(record["id"], str) or not ID_RE.match(record["id"]):
        raise errors.hostile("id catatan tidak sah")
    counter = record["c"]
    if not isinstance(counter, int) or isinstance(counter, bool) or not low <= counter <= high:
        raise errors.hostile("nomor urut catatan di luar rentang")
    base = record["b"]
    if base is not None and (not isinstance(base, str) or not REV_RE.match(base)):
        raise errors.hostile("revisi dasar tidak sah")
    if not isinstance(record["x"], bool) or not isinstance(record["u"], str) or \
            len(record["u"]) > 40:
        raise errors.damaged("bentuk catatan")
    values = record["v"]
    if not isinstance(values, dict) or not set(values) <= allowed:
        raise errors.hostile("kolom catatan tidak dikenal")
    for value in values.values():
        if isinstance(value, str) and len(value) > MAX_STRING:
            raise errors.hostile("teks terlalu panjang")


def _blobs(listed: list[Any], data: bytes) -> list[Blob]:
    blobs: list[Blob] = []
    offset = 0
    for item in listed:
        if not isinstance(item, dict) or set(item) != {"sha256", "size"}:
            raise errors.damaged("daftar lampiran")
        sha, size = item["sha256"], item["size"]
        if not isinstance(sha, str) or not SHA_RE.match(sha):
            raise errors.hostile("nama lampiran tidak sah")
        if not isinstance(size, int) or isinstance(size, bool) or size < 0:
            raise errors.hostile("ukuran lampiran tidak sah")
        if offset + size > len(data):
            raise errors.damaged("lampiran terpotong")
        chunk = data[offset : offset + size]
        if hashlib.sha256(chunk).hexdigest() != sha:
            raise errors.damaged("lampiran tidak cocok")
        blobs.append(Blob(sha, chunk))
        offset += size
    if offset != len(data):
        raise errors.damaged("data berlebih")
    return blobs
