"""The device API of the province service: ``/v1/health``, uploads, receipts, the reference
package and enrolment, on one :class:`~fastapi.APIRouter` that
:func:`~kopdes_desktop.province.service.create_app` includes.

Who may call a route is declared by the dependency it takes
(:mod:`~kopdes_desktop.province.service_deps`): the handlers receive an authenticated device
(and its checked body) and only say what the service does for it. The work itself runs in
worker threads (:class:`~kopdes_desktop.province.service_state.ServiceState`).
"""

from __future__ import annotations

import asyncio
from typing import Any

import anyio
from fastapi import APIRouter
from fastapi.responses import JSONResponse, Response

from kopdes_desktop import __version__
from kopdes_desktop.province.access import ApiError
from kopdes_desktop.province.enrol_route import Enrolment, enrol
from kopdes_desktop.province.service_deps import (
    ReceiptDevice,
    ReferenceDevice,
    ServiceLimits,
    State,
    Uploader,
)
from kopdes_desktop.province.service_models import (
    ERRORS,
    OCTETS,
    SIGNED_HEADERS,
    BatchAnswer,
    BatchId,
    Budget,
    DeviceId,
    EnrollRequest,
    ErrorBody,
    Seal,
    Since,
)

router = APIRouter(prefix="/v1")
SEALED: dict[str, Any] = {OCTETS: {}}


@router.get("/health", summary="Is the service up, and which province is it")
async def health(state: State) -> dict[str, Any]:
    return {"status": "ok", "version": __version__, **state.province_info()}


@router.put(
    "/batches/{batch_id}",
    summary="Upload one sealed batch file",
    responses={
        200: {"model": BatchAnswer, "description": "Already received"},
        201: {"model": BatchAnswer, "description": "Applied"},
        202: {"model": BatchAnswer, "description": "Quarantined"},
        409: {"model": ErrorBody, "description": "Same id, different content"},
        **ERRORS,
    },
    openapi_extra={
        "parameters": SIGNED_HEADERS,
        "requestBody": {
            "required": True,
            "content": {OCTETS: {"schema": {"type": "string", "format": "binary"}}},
        },
    },
)
async def put_batch(
    batch_id: BatchId, upload: Uploader, state: State, limits: ServiceLimits
) -> JSONResponse:
    prepared = await anyio.to_thread.run_sync(
        state.prepare_upload,
        upload.identity,
        batch_id,
        upload.data,
        limiter=limits.decoders(upload.identity),
    )
    answer = await asyncio.wrap_future(state.submit_upload(prepared))
    if isinstance(answer, ApiError):
        raise answer
    status, body = answer
    return JSONResponse(body, status_code=status)


@router.get(
    "/devices/{device_id}/receipt",
    summary="The sealed receipt for a device",
    responses={200: {"content": SEALED}, **ERRORS},
    openapi_extra={"parameters": SIGNED_HEADERS},
    response_class=Response,
)
async def get_receipt(
    device_id: DeviceId, identity: ReceiptDevice, state: State, seal: Seal = None
) -> Response:
    if identity.device_id != device_id:
        raise ApiError(
            403,
            "wrong_device",
            "Perangkat hanya boleh mengambil tanda terimanya sendiri.",
            "A device may only fetch its own receipt.",
        )
    await anyio.to_thread.run_sync(state.downlink.tell_seal_key, device_id, seal)
    data = await anyio.to_thread.run_sync(state.receipt, device_id)
    return Response(data, media_type=OCTETS)


@router.get(
    "/reference",
    summary="This device's sealed reference package, if newer than `since`",
    responses={200: {"content": SEALED}, 204: {"description": "Up to date"}, **ERRORS},
    openapi_extra={"parameters": SIGNED_HEADERS},
    response_class=Response,
)
async def get_reference(
    identity: ReferenceDevice,
    state: State,
    since: Since = 0,
    seal: Seal = None,
    attachments: Budget = 0,
) -> Response:
    await anyio.to_thread.run_sync(state.downlink.tell_seal_key, identity.device_id, seal)
    version, data = await anyio.to_thread.run_sync(state.reference, identity.device_id, attachments)
    headers = {"X-Kopdes-Reference-Version": str(version)}
    if version <= since:
        return Response(status_code=204, headers=headers)
    return Response(data, media_type=OCTETS, headers=headers)


@router.post(
    "/enroll",
    summary="Enrol this device with a one-time code",
    responses={409: {"model": ErrorBody}, **ERRORS},
    openapi_extra={
        "parameters": SIGNED_HEADERS,
        "requestBody": {
            "required": True,
            "content": {"application/json": {"schema": EnrollRequest.model_json_schema()}},
        },
    },
)
async def enroll(attempt: Enrolment, state: State) -> JSONResponse:
    return JSONResponse(await enrol(state, attempt))
