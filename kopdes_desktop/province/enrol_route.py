"""``POST /v1/enroll``: a laptop enrols itself with a one-time code from an officer.

Guessing codes is bounded: an address, device key or code with too many failed attempts is
locked for a while (:class:`~kopdes_desktop.province.guard.EnrolGuard`) and answered 429 before
its body is read. The device document is checked whole before the code is used, so a request
that is refused for its content never uses up a code. :func:`signed_enrolment` is the route's
dependency (the lock-out, the signature, the bounded body and its
:class:`~kopdes_desktop.province.service_models.EnrollRequest`); :func:`enrol` does the rest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Annotated, Any

import anyio
from fastapi import Depends, Request

from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.http_body import read_body
from kopdes_desktop.province.service_auth import Identity, client_of
from kopdes_desktop.province.service_deps import ServiceLimits, State
from kopdes_desktop.province.service_models import EnrollRequest, parse_enroll
from kopdes_desktop.province.service_state import ServiceState
from kopdes_desktop.sync import http_auth as auth
from kopdes_desktop.sync.http_auth import normalize_code

MAX_ENROLL_BODY = 64 * 1024
# Refusals that count as a failed attempt: a wrong, expired or used code, a device document
# that is refused, an id taken by another key.
FAILED = {403, 409, 422}


@dataclass(frozen=True)
class EnrolAttempt:
    """A signed enrolment request, its body, and the lock-out keys it counts against."""

    identity: Identity
    body: EnrollRequest
    keys: tuple[str, ...]


def _locked(wait: float) -> ApiError:
    minutes = max(1, round(wait / 60))
    return ApiError(
        429,
        "enrol_locked",
        f"Terlalu banyak percobaan pendaftaran yang gagal; coba lagi dalam {minutes} "
        "menit atau minta kode baru kepada petugas.",
        f"Too many failed enrolment attempts; try again in {minutes} minutes.",
        retry_after=wait,
    )


async def signed_enrolment(request: Request, state: State, limits: ServiceLimits) -> EnrolAttempt:
    """The device signing an enrolment request and what it asks, unless the requester or the
    code is locked out (429, before the body is read)."""
    guard = state.enrol_guard
    keys = (f"client:{client_of(request)}", f"key:{request.headers.get(auth.HEADER_KEY, '')}")
    wait = guard.locked_for(*keys)
    if wait:
        raise _locked(wait)
    admitted = await anyio.to_thread.run_sync(state.auth.admit, request, True, False)
    data = await read_body(request, MAX_ENROLL_BODY, limits.body_timeout)
    identity = state.auth.accept_body(admitted, data)
    body = parse_enroll(data)
    code_key = "code:" + hashlib.sha256(normalize_code(body.code).encode()).hexdigest()
    wait = guard.locked_for(code_key)
    if wait:
        raise _locked(wait)
    return EnrolAttempt(identity, body, (*keys, code_key))


Enrolment = Annotated[EnrolAttempt, Depends(signed_enrolment)]


async def enrol(state: ServiceState, attempt: EnrolAttempt) -> dict[str, Any]:
    """Enrol the device of ``attempt``; its answer, or an :class:`ApiError` (a refusal for the
    code or the device counts as a failed attempt)."""
    try:
        return await anyio.to_thread.run_sync(state.enroll, attempt.body, attempt.identity)
    except ApiError as exc:
        if exc.status in FAILED:
            state.enrol_guard.failed(*attempt.keys)
        raise
