"""Signed, retried HTTP requests from a laptop to its province server.

:class:`ProvinceClient` signs every request with the device key, bounds every wait with a
timeout, and retries failed attempts with exponential backoff and jitter. A batch whose upload
was cut off is simply sent again: batches are small and the province answers a resend of
something it already has with "already received", so a resend is the resume. Proxies come from
the environment (``HTTPS_PROXY``, ``HTTP_PROXY``, ``NO_PROXY``).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from kopdes_desktop import __version__
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.sync.export import SyncCancelled
from kopdes_desktop.sync.http_auth import sign_headers, signed_target
from kopdes_desktop.sync.online_errors import (
    NoSignal,
    RefusedByServer,
    ServerUnreachable,
    no_signal_cause,
)

Cancelled = Callable[[], bool]
RETRY_STATUSES = {408, 429, 500, 502, 503, 504}
RETRY_REASONS = {"hash_mismatch", "disconnected"}  # 400s that mean a damaged transfer
CHUNK = 64 * 1024
NO_SIGNAL_ATTEMPTS = 2  # without a network, waiting longer only keeps the mentor waiting


@dataclass(frozen=True)
class RetryPolicy:
    """How long to wait and how often to try again."""

    attempts: int = 6
    base_delay: float = 1.0
    max_delay: float = 30.0
    connect_timeout: float = 15.0
    read_timeout: float = 90.0
    write_timeout: float = 90.0

    def delay(self, attempt: int) -> float:
        """Exponential backoff with jitter, so many laptops do not retry in step."""
        return min(self.max_delay, self.base_delay * 2**attempt) * random.uniform(0.5, 1.0)


def normalize_server(server: str) -> str:
    """A server address as typed, with a scheme (https by default) and no trailing slash."""
    text = server.strip().rstrip("/")
    if not text:
        raise KopdesError("Alamat server provinsi kosong.", "The province server address is empty.")
    if "://" not in text:
        text = "https://" + text
    if not text.startswith(("http://", "https://")):
        raise KopdesError(
            "Alamat server harus diawali http:// atau https://.",
            "The server address must start with http:// or https://.",
        )
    return text


def error_of(response: httpx2.Response) -> tuple[str, str, str]:
    """The reason code and messages of a refusal (JSON body, else the status line)."""
    try:
        body = response.json()
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return (
            str(body.get("error", "refused")),
            body["message"],
            str(body.get("message_en", body["message"])),
        )
    text = f"HTTP {response.status_code}"
    return "http_error", f"Server menolak permintaan ({text}).", f"The server refused ({text})."


class ProvinceClient:
    """Signed, retried requests to one province server."""

    def __init__(
        self,
        server: str,
        device_id: str,
        key: Ed25519PrivateKey,
        *,
        policy: RetryPolicy | None = None,
        cancelled: Cancelled | None = None,
        sent: Callable[[int], None] | None = None,
    ) -> None:
        self.server = normalize_server(server)
        self.device_id = device_id
        self.key = key
        self.policy = policy or RetryPolicy()
        self.cancelled = cancelled or (lambda: False)
        self.sent = sent
        timeout = httpx2.Timeout(
            connect=self.policy.connect_timeout,
            read=self.policy.read_timeout,
            write=self.policy.write_timeout,
            pool=self.policy.connect_timeout,
        )
        self.http = httpx2.Client(
            base_url=self.server,
            timeout=timeout,
            trust_env=True,
            follow_redirects=False,
            headers={"User-Agent": f"kopdes-desktop/{__version__}"},
        )

    def __enter__(self) -> ProvinceClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.http.close()

    def _body(self, data: bytes) -> Iterator[bytes]:
        """The body in chunks, so a cancel or a progress bar can act during an upload."""
        for start in range(0, len(data), CHUNK):
            if self.cancelled():
                raise SyncCancelled()
            chunk = data[start : start + CHUNK]
            yield chunk
            if self.sent:
                self.sent(len(chunk))

    def _build(
        self,
        method: str,
        path: str,
        body: bytes,
        params: dict[str, Any] | None,
        with_key: bool,
        content_type: str,
    ) -> httpx2.Request:
        headers = {"Content-Type": content_type} if body else {}
        if body:
            headers["Content-Length"] = str(len(body))
        request = self.http.build_request(
            method, path, params=params, headers=headers, content=self._body(body) if body else None
        )
        raw_path, _, query = request.url.raw_path.decode("ascii").partition("?")
        request.headers.update(
            sign_headers(
                self.key,
                self.device_id,
                method,
                signed_target(raw_path, query),
                body,
                with_key=with_key,
            )
        )
        return request

    def request(
        self,
        method: str,
        path: str,
        body: bytes = b"",
        *,
        params: dict[str, Any] | None = None,
        with_key: bool = True,
        content_type: str = "application/octet-stream",
    ) -> httpx2.Response:
        """Send one signed request, again after transient failures; raises a typed error
        when every attempt failed, returns the response otherwise (any final status).

        The device's public key goes along by default: a province that has not enrolled
        the device yet can then still check the signature and quarantine its batches."""
        failure: BaseException | None = None
        response: httpx2.Response | None = None
        for attempt in range(self.policy.attempts):
            if attempt:
                self._wait(max(self.policy.delay(attempt - 1), self._retry_after(response)))
            if self.cancelled():
                raise SyncCancelled()
            try:
                request = self._build(method, path, body, params, with_key, content_type)
                response = self.http.send(request)
                response.read()
            except httpx2.TransportError as exc:
                failure, response = exc, None
                if attempt >= NO_SIGNAL_ATTEMPTS - 1 and no_signal_cause(exc):
                    break
                continue
            if not self._transient(response):
                return response
        if response is not None:
            code, message, message_en = error_of(response)
            if code == "http_error":
                raise ServerUnreachable(f"HTTP {response.status_code}")
            raise RefusedByServer(code, message, message_en)
        if failure is not None and no_signal_cause(failure):
            raise NoSignal()
        raise ServerUnreachable(type(failure).__name__ if failure else "")

    def _retry_after(self, response: httpx2.Response | None) -> float:
        """The server's ``Retry-After`` in seconds (capped), 0 when it gave none."""
        value = response.headers.get("retry-after", "") if response is not None else ""
        return min(float(value), self.policy.max_delay) if value.isdigit() else 0.0

    @staticmethod
    def _transient(response: httpx2.Response) -> bool:
        if response.status_code in RETRY_STATUSES:
            return True
        return response.status_code == 400 and error_of(response)[0] in RETRY_REASONS

    def _wait(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            if self.cancelled():
                raise SyncCancelled()
            time.sleep(min(0.1, left))

    def health(self) -> dict[str, Any]:
        """The server's health answer (province name, key id, fingerprint)."""
        response = self.request("GET", "/v1/health")
        if response.status_code != 200:
            raise RefusedByServer(*error_of(response))
        try:
            return dict(response.json())
        except ValueError as exc:
            raise ServerUnreachable("bukan server Kopdes") from exc
