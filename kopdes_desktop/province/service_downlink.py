"""The service's downlink: each device's receipt and reference package, sealed and partitioned.

The reference content is built once for everyone (and again only after ``ttl`` seconds, with a
new version only when it changed); each device's package is cut from it for its mentor
(:func:`kopdes_desktop.province.downlink.partition`), signed, sealed to the device and kept
until the version, the device's key or its mentor changes.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable
from typing import Any

from kopdes_desktop.province import downlink, handover, outputs
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.fileformat import KIND_RECEIPT, KIND_REFERENCE, canonical

Write = Callable[[Callable[[], Any]], Any]


class Downlink:
    """Receipts and reference packages per device, for the service's worker threads."""

    def __init__(self, store: ProvinceStore, write: Write, ttl: float) -> None:
        self.store = store
        self.ttl = ttl
        self._write = write
        self._lock = threading.Lock()
        self._content: tuple[float, str, int, dict[str, Any]] | None = None
        self._packages: dict[str, tuple[tuple[int, int], downlink.Recipient, bytes]] = {}
        self._known_keys: dict[str, str] = {}

    def tell_seal_key(self, device_id: str, hex_key: str | None) -> None:
        """Remember the X25519 key an enrolled device put in its signed request's query."""
        key = downlink.seal_key_from_hex(hex_key)
        if key is None or self._known_keys.get(device_id) == key:
            return
        self._write(lambda: self._learn(device_id, key))
        self._known_keys[device_id] = key

    def _learn(self, device_id: str, key: str) -> None:
        with self.store.session() as session:
            downlink.learn_seal_key(session, device_id, key)

    def _recipient(self, device_id: str) -> downlink.Recipient:
        def read() -> downlink.Recipient:
            with self.store.session() as session:
                return downlink.recipient(session, device_id)

        return self._write(read)

    def receipt(self, device_id: str) -> bytes:
        """This device's receipt as of now, sealed to it once its key is known."""
        body = self._write(lambda: outputs.receipt_body(self.store, device_id))
        return downlink.package(self.store, self._recipient(device_id), KIND_RECEIPT, body)

    def reference(self, device_id: str, attachment_budget: int = 0) -> tuple[int, bytes]:
        """The current reference package for one device (version, bytes): its mentor's cut
        with the history of their cooperatives (:mod:`kopdes_desktop.province.handover`) and
        attachment bytes up to ``attachment_budget``."""
        _version, body = self._current()
        device = self._recipient(device_id)
        own = self._write(lambda: handover.device_body(self.store, body, device, attachment_budget))
        version = int(own["version"])
        with self._lock:
            cached = self._packages.get(device_id)
        if cached is not None and cached[0] == (version, attachment_budget) and cached[1] == device:
            return version, cached[2]
        data = downlink.package(self.store, device, KIND_REFERENCE, own)
        with self._lock:
            self._packages[device_id] = ((version, attachment_budget), device, data)
        return version, data

    def _current(self) -> tuple[int, dict[str, Any]]:
        """The reference content for everyone: a new version only when its content changed,
        so mentors do not download the same data again."""
        with self._lock:
            cached = self._content
            if cached is not None and time.monotonic() - cached[0] < self.ttl:
                return cached[2], cached[3]
            body = self._write(lambda: outputs.reference_body(self.store))
            content = {k: v for k, v in body.items() if k not in ("version", "issued_at")}
            digest = hashlib.sha256(canonical(content)).hexdigest()
            if cached is not None and cached[1] == digest:
                self._content = (time.monotonic(), digest, cached[2], cached[3])
            else:
                self._content = (time.monotonic(), digest, body["version"], body)
            return self._content[2], self._content[3]
