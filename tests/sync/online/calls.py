"""Hand-made requests to the service: signed (or deliberately not), and sealed batches."""

from __future__ import annotations

import hashlib
import socket
from typing import Any

import httpx2
from sqlalchemy import select

from kopdes_desktop.store.db import Store
from kopdes_desktop.store.sync_models import SyncBatch
from kopdes_desktop.sync.export import build_batches
from kopdes_desktop.sync.fileformat import open_batch, seal_batch
from kopdes_desktop.sync.http_auth import sign_headers
from kopdes_desktop.sync.payload import decode, encode
from kopdes_desktop.sync.trust import device_signing_key


def sealed_batches(laptop: Store) -> list[tuple[str, bytes]]:
    """The laptop's unacknowledged batches (sealing new ones first): (batch id, bytes)."""
    build_batches(laptop)
    with laptop.read() as session:
        rows = session.scalars(
            select(SyncBatch).where(SyncBatch.state == "exported").order_by(SyncBatch.counter_from)
        ).all()
        return [(row.batch_id, row.data) for row in rows]


def signed(
    laptop: Store,
    method: str,
    path: str,
    body: bytes = b"",
    *,
    signed_body: bytes | None = None,
    with_key: bool = True,
    now: float | None = None,
) -> dict[str, str]:
    """Signature headers for a request (over ``signed_body`` if given, to lie about it)."""
    key = device_signing_key(laptop)
    target_body = body if signed_body is None else signed_body
    return sign_headers(
        key, laptop.device_id, method, path, target_body, with_key=with_key, now=now
    )


def send(
    url: str, method: str, path: str, body: Any = b"", headers: dict[str, str] | None = None
) -> httpx2.Response:
    """One plain request, no retries (``body``: bytes, or an iterator sent chunked)."""
    return httpx2.request(
        method, url + path, content=body or None, headers=headers or {}, timeout=20
    )


def raw_exchange(port: int, data: bytes, wait: float = 20.0) -> bytes:
    """Send bytes on a fresh TCP connection (and nothing more); everything the server answers
    until it closes the connection or ``wait`` seconds pass."""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        sock.sendall(data)
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except TimeoutError:
            pass
    return received


def other_content(province: Any, laptop: Store, data: bytes) -> bytes:
    """The same batch id sealed around different content (as a tampering laptop would)."""
    opened = open_batch(data, province.seal_key, province.key_id)
    records, blobs = decode(opened.payload, opened.header)
    records[0]["v"]["name"] = "Nama lain"
    payload = encode(records, blobs)
    header = {
        **opened.header,
        "payload_sha256": hashlib.sha256(payload).hexdigest(),
        "payload_size": len(payload),
    }
    return seal_batch(
        header, payload, device_signing_key(laptop), province.public.seal_key, province.key_id
    )
