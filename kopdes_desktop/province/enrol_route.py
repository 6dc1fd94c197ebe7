"""``POST /v1/enroll``: a laptop enrols itself with a one-time code from an officer.

Guessing codes is bounded: an address, device key or code with too many failed attempts is
locked for a while (:class:`~kopdes_desktop.province.guard.EnrolGuard`) and answered 429 before
its body is read. The device document is checked whole before the code is used, so a request
that is refused for its content never uses up a code.
"""

from __future__ import annotations

import hashlib
from typing import Any

import anyio
from fastapi import Request

from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.http_body import read_body
from kopdes_desktop.province.service_auth import client_of
from kopdes_desktop.province.service_state import ServiceState
from kopdes_desktop.sync import http_auth as auth
from kopdes_desktop.sync.http_auth import normalize_code

MAX_ENROLL_BODY = 64 * 1024
# Refusals that count as a failed attempt: a wrong, expired or used code, a device document
# that is refused, an id taken by another key.
FAILED = {403, 409, 422}


def _locked(wait: float) -> ApiError:
    minutes = max(1, round(wait / 60))
    return ApiError(429, "enrol_locked",
                    f"Terlalu banyak percobaan pendaftaran yang gagal; coba lagi dalam {minutes} "
                    "menit atau minta kode baru kepada petugas.",
                    f"Too many failed enrolment attempts; try again in {minutes} minutes.",
                    retry_after=wait)


async def enrol_request(state: ServiceState, request: Request, timeout: float
                        ) -> dict[str, Any]:
    """Enrol the device signing ``request``; its answer, or an :class:`ApiError`."""
    guard = state.enrol_guard
    keys = [f"client:{client_of(request)}", f"key:{request.headers.get(auth.HEADER_KEY, '')}"]
    wait = guard.locked_for(*keys)
    if wait:
        raise _locked(wait)
    admitted = await anyio.to_thread.run_sync(state.auth.admit, request, True, False)
    data = await read_body(request, MAX_ENROLL_BODY, timeout)
    identity = state.auth.accept_body(admitted, data)
    body = state.parse_enroll(data)
    code_key = "code:" + hashlib.sha256(normalize_code(body["code"]).encode()).hexdigest()
    wait = guard.locked_for(code_key)
    if wait:
        raise _locked(wait)
    try:
        return await anyio.to_thread.run_sync(state.enroll, body, identity)
    except ApiError as exc:
        if exc.status in FAILED:
            guard.failed(*keys, code_key)
        raise
