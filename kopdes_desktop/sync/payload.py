"""The payload of a batch: compressed JSON records, then content-addressed attachment bytes.

Layout: JSON length (4 bytes, big-endian) | zlib(JSON) | attachment bytes in listed order.
Decoding is defensive: bounded decompression, bounded counts, strict names and types, so a
hostile file from an enrolled device is still refused before anything is applied.
"""

from __future__ import annotations

import hashlib
import json
import re
import struct
import zlib
from dataclasses import dataclass
from typing import Any, NamedTuple

from kopdes_desktop.store.incarnation import INCARNATION_BITS
from kopdes_desktop.sync import errors, versions
from kopdes_desktop.sync.fileformat import MAX_JSON_BYTES, canonical
from kopdes_desktop.sync.records import VALUE_COLUMNS

MAX_RECORDS = 100_000
MAX_ATTACHMENTS = 2_000
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
ID_RE = re.compile(r"^[0-9A-Za-z-]{1,36}$")
REV_RE = re.compile(r"^[0-9A-Za-z-]{1,36}:[0-9]{1,18}$")
MAX_STRING = 1_000_000
# Values, lists and objects a payload may hold in all (counted as commas and opening brackets,
# which bounds them from above). Three bytes of JSON (``[],``) become some 60 bytes of Python,
# so the decompressed size alone does not bound memory. An honest batch of the largest size a
# laptop can be set to (20 MB) holds about 1.3 million.
MAX_ELEMENTS = 2_000_000
INFLATE_CHUNK = 1024 * 1024
MAX_COUNTER = 2**63 - 1
RECORD_KEYS_V1 = frozenset({"t", "id", "c", "b", "x", "u", "v"})
RECORD_KEYS = RECORD_KEYS_V1 | {"k", "f", "g", "r"}
ALL_FIELDS = '["*"]'
NO_CONTEXT = "{}"

# The canonical layout of the payload JSON (sorted keys, no spaces): see scan_canonical.
PREFIX = '{"attachments":'
MIDDLE = ',"records":['
SUFFIX = "]}"
# A record's keys before its values, with exactly the patterns check_record requires (a
# string without quotes, escapes or control characters is its own JSON text).
RECORD_HEAD = re.compile(
    r'\{"b":(null|"[0-9A-Za-z-]{1,36}:[0-9]{1,18}"),"c":(-?(?:0|[1-9][0-9]{0,18})),'
    r'"f":(\["\*"\]|\[(?:"[a-z_0-9]{1,40}"(?:,"[a-z_0-9]{1,40}"){0,99})?\]),'
    r'"g":(null),'
    r'"id":"([0-9A-Za-z-]{1,36})",'
    r'"k":(\{(?:"[0-9A-Za-z-]{1,36}/[0-9]{1,7}":[0-9]{1,18}'
    r'(?:,"[0-9A-Za-z-]{1,36}/[0-9]{1,7}":[0-9]{1,18}){0,63})?\}),'
    r'"r":(null),'
    r'"t":"([a-z_]{1,40})","u":"([^"\\\x00-\x1f]{0,40})","v":'
)
END_LIVE = ',"x":false}'
END_DELETED = ',"x":true}'
_DECODER = json.JSONDecoder()
_NAMES = {table: table for table in VALUE_COLUMNS}
"""Each table's name as one string object, shared by every record of the table."""


@dataclass(frozen=True)
class Blob:
    """One attachment's bytes, named by their SHA-256."""

    sha256: str
    data: bytes


def encode(records: list[dict[str, Any]], blobs: list[Blob]) -> bytes:
    """Deterministic payload bytes for records and attachment blobs."""
    doc = {
        "records": records,
        "attachments": [{"sha256": b.sha256, "size": len(b.data)} for b in blobs],
    }
    packed = zlib.compress(canonical(doc), 6)
    return struct.pack(">I", len(packed)) + packed + b"".join(b.data for b in blobs)


class Incoming(NamedTuple):
    """One record of a batch as the province applies it: its values, changed fields and base
    version vector stay JSON text."""

    table: str
    record_id: str
    counter: int
    base_rev: str | None
    deleted: bool
    updated_at: str
    values: str
    changed: str = ALL_FIELDS
    context: str = NO_CONTEXT
    recent: str | None = None
    restored: str | None = None


@dataclass(frozen=True)
class Decoded:
    """A verified payload: its records (in batch order) and attachment blobs. ``values``: each
    record's values parsed (dropped once the records are screened, see
    :mod:`kopdes_desktop.province.screen`); ``refused``: records the schema refuses, with their
    problems; ``outside``: the (table, id) of the parents the other records name that do not
    arrive valid in the batch (None until the records are screened)."""

    records: list[Incoming]
    blobs: list[Blob]
    values: list[Any] | None = None
    refused: dict[tuple[str, str], list[Any]] | None = None
    outside: frozenset[tuple[str, str]] | None = None


def decode(payload: bytes, header: dict[str, Any]) -> tuple[list[dict[str, Any]], list[Blob]]:
    """Records (as the laptop wrote them, values parsed) and blobs of a verified batch."""
    decoded = decode_batch(payload, header)
    records = [
        {
            "t": r.table,
            "id": r.record_id,
            "c": r.counter,
            "b": r.base_rev,
            "x": r.deleted,
            "u": r.updated_at,
            "v": json.loads(r.values),
            "f": json.loads(r.changed),
            "k": json.loads(r.context),
            "g": json.loads(r.recent) if r.recent else None,
            "r": json.loads(r.restored) if r.restored else None,
        }
        for r in decoded.records
    ]
    return records, decoded.blobs


def decode_batch(payload: bytes, header: dict[str, Any]) -> Decoded:
    """Records and blobs of a verified batch, checked against its header. Each record's values
    are kept as the JSON text they came in, which the province stores as it is."""
    if len(payload) < 4:
        raise errors.damaged("isi terpotong")
    (length,) = struct.unpack(">I", payload[:4])
    if 4 + length > len(payload):
        raise errors.damaged("isi terpotong")
    try:
        text = inflate_counted(payload[4 : 4 + length]).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.damaged("JSON") from exc
    low, high = header["counter_from"], header["counter_to"]
    version = header.get("format", 2)
    scanned = _scan(text, low, high) if version >= 2 else None
    listed, records, values = scanned if scanned is not None else (*_parsed(text), None)
    if len(records) > MAX_RECORDS or len(listed) > MAX_ATTACHMENTS:
        raise errors.hostile("jumlah catatan tidak wajar")
    if header.get("records") != len(records) or header.get("attachments") != len(listed):
        raise errors.damaged("jumlah catatan tidak cocok")
    if scanned is None:
        keys = RECORD_KEYS if version >= 2 else RECORD_KEYS_V1
        for record in records:
            check_record(record, low, high, keys)
        values = [r["v"] for r in records]
        records = [_incoming(r) for r in records]
    blobs = _blobs(listed, payload[4 + length :])
    return Decoded(records, blobs, values)


def inflate_counted(data: bytes) -> bytes:
    """The payload's JSON bytes, decompressed a chunk at a time: refused as soon as they pass
    ``MAX_JSON_BYTES`` or hold more than ``MAX_ELEMENTS`` values (commas and opening brackets,
    which are single bytes in UTF-8), so a bomb costs a few megabytes and milliseconds."""
    inflater = zlib.decompressobj()
    parts: list[bytes] = []
    size = elements = 0
    pending = data
    while True:
        try:
            chunk = inflater.decompress(pending, INFLATE_CHUNK)
        except zlib.error as exc:
            raise errors.damaged("kompresi") from exc
        pending = inflater.unconsumed_tail
        size += len(chunk)
        elements += len(chunk) - len(chunk.translate(None, b",[{"))  # one pass, not three
        if size > MAX_JSON_BYTES:
            raise errors.hostile("isi terkompresi terlalu besar")
        if elements > MAX_ELEMENTS:
            raise errors.hostile("terlalu banyak unsur data")
        parts.append(chunk)
        if inflater.eof or (not chunk and not pending):
            break
    if not inflater.eof or inflater.unused_data:
        raise errors.damaged("kompresi")
    return b"".join(parts)


def _incoming(record: dict[str, Any]) -> Incoming:
    """A checked record as the province applies it; a format 1 record changed every field, on
    the base it names."""
    recent, restored = None, None
    if "k" in record:
        changed, context = values_text(record["f"]), values_text(record["k"])
        if record["r"] is not None:
            recent, restored = values_text(record["g"]), values_text(record["r"])
    else:
        base = record["b"]
        changed = ALL_FIELDS
        context = (
            NO_CONTEXT
            if base is None
            else values_text(versions.vector_of(*versions.split_rev(base)))
        )
    return Incoming(
        record["t"],
        record["id"],
        record["c"],
        record["b"],
        record["x"],
        record["u"],
        values_text(record["v"]),
        changed,
        context,
        recent,
        restored,
    )


def values_text(values: Any) -> str:
    """A record's values as JSON text, as a canonical payload carries them."""
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _parsed(text: str) -> tuple[list[Any], list[Any]]:
    """The attachment list and records of any well-formed payload JSON (the general path)."""
    try:
        doc = json.loads(text)
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise errors.hostile("angka lebih dari 4.300 digit") from exc
        raise errors.damaged("JSON") from exc
    except RecursionError as exc:
        raise errors.damaged("JSON") from exc
    if not isinstance(doc, dict):
        raise errors.damaged("isi")
    records = doc.get("records")
    listed = doc.get("attachments")
    if not isinstance(records, list) or not isinstance(listed, list):
        raise errors.damaged("isi")
    return listed, records


def scan_canonical(text: str) -> tuple[list[Any], list[Incoming]] | None:
    """Attachment list and records of a payload in the canonical layout :func:`encode`
    writes, when every record is plainly acceptable; None for anything else (then parsed and
    checked the general way)."""
    scanned = _scan(text, 0, MAX_COUNTER)
    return None if scanned is None else scanned[:2]


def _scan(
    text: str, low: int, high: int
) -> tuple[list[Any], list[Any], list[Any]] | None:  # records: Incoming
    """Read a canonical payload in one pass, or None to leave it to the general path.

    Each record's values are parsed once, to check them, and kept as the exact slice of text
    they were parsed from. The rest of a record must match ``RECORD_HEAD`` and end in
    ``,"x":false}`` or ``,"x":true}``, so every byte is accounted for and the records equal
    what ``json.loads`` of the whole text gives. A record that is not plainly acceptable (an
    unknown table, a counter outside ``low``..``high``, values that are not an object of that
    table's columns, or too long) also ends the scan: the general path then finds and
    reports the first fault, exactly as for any other layout.
    """
    if not text.startswith(PREFIX):
        return None
    head, columns, names = RECORD_HEAD.match, VALUE_COLUMNS, _NAMES
    scan_once = _DECODER.scan_once  # type: ignore[attr-defined]  # set by JSONDecoder.__init__, not in typeshed
    make = tuple.__new__
    try:
        listed, pos = _DECODER.raw_decode(text, len(PREFIX))
        if not isinstance(listed, list) or not text.startswith(MIDDLE, pos):
            return None
        pos += len(MIDDLE)
        records: list[Incoming] = []
        parsed: list[Any] = []
        more = not text.startswith("]", pos)
        while more:
            match = head(text, pos)
            if match is None or len(records) >= MAX_RECORDS:
                return None
            start = match.end()
            values, end = scan_once(text, start)
            if text.startswith(END_LIVE, end):
                deleted, pos = False, end + len(END_LIVE)
            elif text.startswith(END_DELETED, end):
                deleted, pos = True, end + len(END_DELETED)
            else:
                return None
            # g and r are null here (the pattern holds): a change made after a restore, which
            # says more, takes the general path.
            (
                base,
                counter_text,
                changed,
                _recent,
                record_id,
                context,
                _restored,
                table,
                updated,
            ) = match.groups()
            counter = int(counter_text)
            allowed = columns.get(table)
            # The usual extras are the shared constants: one object each for the pipe.
            plain = changed == ALL_FIELDS and context == NO_CONTEXT
            if (
                allowed is None
                or not low <= counter <= high
                or not isinstance(values, dict)
                or not values.keys() <= allowed
                or end - start > MAX_STRING
                or not (plain or _plain_extras(changed, context, allowed, counter))
            ):
                return None
            records.append(
                make(
                    Incoming,
                    (
                        names[table],
                        record_id,
                        counter,
                        None if base == "null" else base[1:-1],
                        deleted,
                        updated,
                        text[start:end],
                        ALL_FIELDS if plain else changed,
                        NO_CONTEXT if plain else context,
                        None,
                        None,
                    ),
                )
            )
            parsed.append(values)
            more = text.startswith(",", pos)
            pos += more
    except (StopIteration, ValueError, RecursionError):
        return None
    if pos + len(SUFFIX) != len(text) or not text.startswith(SUFFIX, pos):
        return None
    return listed, records, parsed


def _plain_extras(changed: str, context: str, allowed: frozenset[str], counter: int) -> bool:
    """Whether a scanned record's changed fields and base vector are plainly acceptable."""
    if changed != ALL_FIELDS and not set(json.loads(changed)) <= allowed:
        return False
    if context == NO_CONTEXT:
        return True
    try:
        versions.check_vector(json.loads(context), MAX_COUNTER)
    except ValueError:
        return False
    return True


MAX_RESTORED = 1_000


def _check_restore(record: dict[str, Any], allowed: frozenset[str]) -> None:
    """After a restore: ``g``, the fields changed since; ``r``, the record's changes before it
    since its base, as [counter, fields] (["*"]: a creation), from an earlier incarnation than
    the change itself. Before none, both are null."""
    recent, restored = record["g"], record["r"]
    if restored is None and recent is None:
        return
    if not isinstance(recent, list) or not all(isinstance(f, str) and f in allowed for f in recent):
        raise errors.hostile("data sebelum pemulihan tidak sah")
    if not isinstance(restored, list) or len(restored) > MAX_RESTORED:
        raise errors.hostile("data sebelum pemulihan tidak sah")
    for item in restored:
        if not isinstance(item, list) or len(item) != 2:
            raise errors.hostile("data sebelum pemulihan tidak sah")
        counter, fields = item
        if (
            not isinstance(counter, int)
            or isinstance(counter, bool)
            or counter < 0
            or counter >> INCARNATION_BITS >= record["c"] >> INCARNATION_BITS
            or not isinstance(fields, list)
            or not all(isinstance(f, str) and (f in allowed or f == "*") for f in fields)
        ):
            raise errors.hostile("data sebelum pemulihan tidak sah")


def check_record(record: Any, low: int, high: int, keys: frozenset[str] = RECORD_KEYS) -> None:
    """Refuse a record that is not exactly what an honest laptop writes."""
    if not isinstance(record, dict) or record.keys() != keys:
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
    if (
        not isinstance(record["x"], bool)
        or not isinstance(record["u"], str)
        or len(record["u"]) > 40
    ):
        raise errors.damaged("bentuk catatan")
    values = record["v"]
    if not isinstance(values, dict) or not values.keys() <= allowed:
        raise errors.hostile("kolom catatan tidak dikenal")
    if "k" in keys:
        _check_extras(record, allowed)
    for value in values.values():
        if isinstance(value, str) and len(value) > MAX_STRING:
            raise errors.hostile("teks terlalu panjang")


def _check_extras(record: dict[str, Any], allowed: frozenset[str]) -> None:
    changed = record["f"]
    if (
        not isinstance(changed, list)
        or len(changed) > len(allowed) + 1
        or not all(isinstance(f, str) and (f in allowed or f == "*") for f in changed)
    ):
        raise errors.hostile("daftar kolom berubah tidak sah")
    try:
        versions.check_vector(record["k"], MAX_COUNTER)
    except ValueError as exc:
        raise errors.hostile("vektor versi dasar tidak sah") from exc
    _check_restore(record, allowed)


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
