"""The device authentication of the province service, as FastAPI dependencies.

Each signed route declares who may call it by the dependency it takes: :func:`signed_upload`
(an upload, by an enrolled device or a stranger whose batch will wait in quarantine),
:func:`receipt_device` and :func:`reference_device` (a request without a body, by an enrolled
device) or :func:`~kopdes_desktop.province.enrol_route.signed_enrolment`. A dependency also
declares the route's path and query parameters, so that FastAPI validates them before it runs:
a request with bad ones is refused (422) before its signature is checked or its body read.
Each checks the signature from the headers alone
(:mod:`~kopdes_desktop.province.service_auth`), then reads as much body as that sender may
send, checks it against the signed hash and only then remembers the nonce; a refusal is an
:class:`~kopdes_desktop.province.access.ApiError`, answered by the application's handler.
The service's state and limits are those of the application serving the request.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, cast

import anyio
from fastapi import Depends, Request

from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.http_body import read_body
from kopdes_desktop.province.service_auth import Identity
from kopdes_desktop.province.service_models import BatchId, Budget, DeviceId, Seal, Since
from kopdes_desktop.province.service_state import ServiceState

# Batches verified and decoded at once (each holds its decoded records in memory): by
# enrolled devices, and by strangers, who also wait for their own smaller share.
ENROLLED_DECODES = 4
STRANGER_DECODES = 2
EMPTY_BODY_LIMIT = 1024
EMPTY_BODY_TIMEOUT = 10.0


@dataclass(frozen=True)
class Limits:
    """How much body each sender may send, how slowly, and how many uploads are decoded at
    once."""

    max_body: int
    stranger_max_body: int
    body_timeout: float
    enrolled: anyio.CapacityLimiter = field(
        default_factory=lambda: anyio.CapacityLimiter(ENROLLED_DECODES)
    )
    strangers: anyio.CapacityLimiter = field(
        default_factory=lambda: anyio.CapacityLimiter(STRANGER_DECODES)
    )

    def decoders(self, identity: Identity) -> anyio.CapacityLimiter:
        """The share of decoding slots this sender waits for."""
        return self.enrolled if identity.enrolled else self.strangers


async def service_state(request: Request) -> ServiceState:
    """The state of the service answering ``request`` (``async``: FastAPI would run a plain
    function in its thread pool, a hop per request for an attribute read)."""
    return cast(ServiceState, request.app.state.service)


async def service_limits(request: Request) -> Limits:
    """The body limits of the service answering ``request``."""
    return cast(Limits, request.app.state.limits)


State = Annotated[ServiceState, Depends(service_state)]
ServiceLimits = Annotated[Limits, Depends(service_limits)]


@dataclass(frozen=True)
class SignedBody:
    """An authenticated request and its body, checked against the signed hash."""

    identity: Identity
    data: bytes


async def signed_upload(
    request: Request, batch_id: BatchId, state: State, limits: ServiceLimits
) -> SignedBody:
    """The device that signed an upload (enrolled, or a stranger whose batch will wait in
    quarantine) and the bytes it sent. ``batch_id`` is declared here too so that an id that
    cannot be one is refused before the body is read."""
    del batch_id
    gated = not state.auth.gate_early(request)
    admitted = await anyio.to_thread.run_sync(state.auth.admit, request, True, gated)
    enrolled = admitted.identity.enrolled
    limit = limits.max_body if enrolled else limits.stranger_max_body
    data = await read_body(request, limit, limits.body_timeout)
    return SignedBody(state.auth.accept_body(admitted, data), data)


async def signed_empty(request: Request, state: ServiceState) -> Identity:
    """The enrolled device signing a request that has no body."""
    gated = not state.auth.gate_early(request)
    admitted = await anyio.to_thread.run_sync(state.auth.admit, request, False, gated)
    if await read_body(request, EMPTY_BODY_LIMIT, EMPTY_BODY_TIMEOUT):
        raise ApiError(
            400,
            "unexpected_body",
            "Permintaan ini tidak boleh berisi.",
            "This request must not have a body.",
        )
    return state.auth.accept_body(admitted, b"")


async def receipt_device(
    request: Request, state: State, device_id: DeviceId, seal: Seal = None
) -> Identity:
    """The enrolled device asking for a receipt (the route's parameters are declared here too,
    so a request with bad ones is refused before its signature is checked)."""
    del device_id, seal
    return await signed_empty(request, state)


async def reference_device(
    request: Request, state: State, since: Since = 0, seal: Seal = None, attachments: Budget = 0
) -> Identity:
    """The enrolled device asking for its reference package (the route's parameters are
    declared here too, so a request with bad ones is refused before its signature is
    checked)."""
    del since, seal, attachments
    return await signed_empty(request, state)


Uploader = Annotated[SignedBody, Depends(signed_upload)]
ReceiptDevice = Annotated[Identity, Depends(receipt_device)]
ReferenceDevice = Annotated[Identity, Depends(reference_device)]
