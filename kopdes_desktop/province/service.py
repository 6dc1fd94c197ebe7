"""The province HTTP service: the same batches, receipts and reference packages as the files.

``create_app`` builds a FastAPI application over a province store. Devices sign every request
(:mod:`kopdes_desktop.sync.http_auth`), and the signature is checked before the body is read
(:mod:`~kopdes_desktop.province.service_auth`). A device not enrolled yet may still upload, and
its batches wait in quarantine, within limits: strangers are rate-limited
(:mod:`~kopdes_desktop.province.guard`), send smaller bodies, are decoded two at a time, and
their quarantine is bounded (:mod:`~kopdes_desktop.province.quarantine_quota`). Every refusal
is a JSON body ``{"error", "message", "message_en"}`` with the right status code; bad input
never produces a 500, and 503 means only that the store is overloaded or failing.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from kopdes_desktop import __version__
from kopdes_desktop.errors import KopdesError, StoreError
from kopdes_desktop.province.access import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_BODY,
    ApiError,
    ensure_tables,
)
from kopdes_desktop.province.enrol_route import enrol_request
from kopdes_desktop.province.guard import StrangerLimits
from kopdes_desktop.province.http_body import read_body
from kopdes_desktop.province.quarantine_quota import QuarantineLimits
from kopdes_desktop.province.service_auth import Identity
from kopdes_desktop.province.service_state import ServiceState
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import workspace_router
from kopdes_desktop.sync.batch import BATCH_ID_RE, DEVICE_RE
from kopdes_desktop.sync.http_auth import HEADER_CONTENT_SHA256, HEADER_SIGNATURE

log = logging.getLogger(__name__)

STRANGER_MAX_BODY = 2 * 1024 * 1024
# Batches verified and decoded at once (each holds its decoded records in memory): by
# enrolled devices, and by strangers, who also wait for their own smaller share.
ENROLLED_DECODES = 4
STRANGER_DECODES = 2
TARPIT_SECONDS = 1.0
TARPIT_SLOTS = 256
CLOSE = {"Connection": "close"}
OCTETS = "application/octet-stream"


class ErrorBody(BaseModel):
    """Every refusal: a stable reason code and a message in Indonesian and English."""

    error: str
    message: str
    message_en: str


class BatchAnswer(BaseModel):
    """What became of an uploaded batch."""

    batch_id: str
    status: str
    message: str
    records: int = 0
    conflicts: int = 0


class EnrollRequest(BaseModel):
    """The laptop's signed device document and the officer's one-time code."""

    device: dict[str, Any]
    code: str


def _error(status: int, code: str, message: str, message_en: str,
           headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": code, "message": message, "message_en": message_en}
    return JSONResponse(body, status_code=status, headers=headers)


SIGNED_HEADERS = [
    {"name": name, "in": "header", "required": True, "schema": {"type": "string"}}
    for name in ("X-Kopdes-Device", "X-Kopdes-Timestamp", "X-Kopdes-Nonce",
                 HEADER_SIGNATURE, HEADER_CONTENT_SHA256)
]
BatchId = Annotated[str, PathParam(pattern=BATCH_ID_RE.pattern)]
DeviceId = Annotated[str, PathParam(pattern=DEVICE_RE.pattern)]
Since = Annotated[int, Query(ge=0, le=2**53)]
MAX_ATTACHMENT_BUDGET = 256 * 1024 * 1024
Budget = Annotated[int, Query(ge=0, le=MAX_ATTACHMENT_BUDGET, description=(
    "Attachment bytes of the handed-over history to carry (0: metadata only)"))]
Seal = Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$", description=(
    "The device's X25519 public key (hex): the province seals what it sends to it"))]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 408, 413, 422, 429, 503)}


class Tarpit:
    """Holds back the answer to a rate-limited request for ``TARPIT_SECONDS`` (the least
    ``Retry-After`` it carries), so a client that sends again at once (a flood) sends slowly,
    at the cost of an idle coroutine; at most ``TARPIT_SLOTS`` answers are held at once, the
    rest go at once."""

    def __init__(self) -> None:
        self.held = 0

    async def hold(self) -> None:
        if self.held >= TARPIT_SLOTS:
            return
        self.held += 1
        try:
            await asyncio.sleep(TARPIT_SECONDS)
        finally:
            self.held -= 1


def _install_handlers(app: FastAPI) -> None:
    tarpit = Tarpit()

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        # The body may not have been read (it is refused from its headers): close.
        headers = dict(CLOSE)
        if exc.retry_after is not None:
            headers["Retry-After"] = str(max(1, math.ceil(exc.retry_after)))
            await tarpit.hold()
        return _error(exc.status, exc.code, exc.message, exc.message_en, headers)

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError) -> JSONResponse:
        log.warning("store refused a request: %s", exc.message_en)
        return _error(
            503, "store_unavailable",
            "Server provinsi sedang sibuk atau basis datanya bermasalah; coba lagi nanti.",
            "The province server is busy or its database failed; try again later.",
            {"Retry-After": "5"})

    @app.exception_handler(KopdesError)
    async def _refused(_request: Request, exc: KopdesError) -> JSONResponse:
        # Any other typed error is a refusal of what was sent, not an overload.
        return _error(422, getattr(exc, "code", "refused"), exc.message, exc.message_en)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        text = str(exc.detail)
        return _error(exc.status_code, code, f"Permintaan tidak dapat dilayani: {text}.", text)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields = ", ".join(".".join(str(p) for p in e.get("loc", ())) for e in exc.errors())
        return _error(422, "invalid_request", f"Permintaan tidak sah: {fields}.",
                      f"Invalid request: {fields}.")

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in the province service", exc_info=exc)
        return _error(500, "internal", "Kesalahan di server provinsi.", "Province server error.")


def create_app(province: ProvinceStore | Path | str, *, max_body: int = DEFAULT_MAX_BODY,
               body_timeout: float = DEFAULT_BODY_TIMEOUT, reference_ttl: float = 30.0,
               window_seconds: int | None = None, stranger_max_body: int = STRANGER_MAX_BODY,
               strangers: StrangerLimits | None = None,
               quarantine: QuarantineLimits | None = None) -> FastAPI:
    """The FastAPI application over a province store (an open one, or a province folder).

    ``max_body``: the largest upload of an enrolled device; ``stranger_max_body``: of a
    device not enrolled (its batch goes to quarantine, bounded by ``quarantine``);
    ``strangers``: the rate limits of requests not from an enrolled device."""
    owned = not isinstance(province, ProvinceStore)
    store = province if isinstance(province, ProvinceStore) else ProvinceStore.open(Path(province))
    ensure_tables(store.engine)
    state = ServiceState(store, reference_ttl=reference_ttl, window_seconds=window_seconds,
                         strangers=strangers, quarantine=quarantine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await anyio.to_thread.run_sync(state.close)
        if owned:
            store.close()

    app = FastAPI(title="Kopdes Province Sync", version=__version__, lifespan=lifespan,
                  description="Upload of sealed batches, receipts and reference packages.")
    app.state.service = state
    _install_handlers(app)
    limits = _Limits(max_body, min(max_body, stranger_max_body), body_timeout)
    _routes(app, state, limits)
    app.include_router(workspace_router(store))
    return app


@dataclass(frozen=True)
class _Limits:
    max_body: int
    stranger_max_body: int
    body_timeout: float
    enrolled: anyio.CapacityLimiter = field(
        default_factory=lambda: anyio.CapacityLimiter(ENROLLED_DECODES))
    strangers: anyio.CapacityLimiter = field(
        default_factory=lambda: anyio.CapacityLimiter(STRANGER_DECODES))


def _routes(app: FastAPI, state: ServiceState, limits: _Limits) -> None:
    @app.get("/v1/health", summary="Is the service up, and which province is it")
    async def health() -> dict[str, Any]:
        return {"status": "ok", "version": __version__, **state.province_info()}

    @app.put(
        "/v1/batches/{batch_id}", summary="Upload one sealed batch file",
        responses={200: {"model": BatchAnswer, "description": "Already received"},
                   201: {"model": BatchAnswer, "description": "Applied"},
                   202: {"model": BatchAnswer, "description": "Quarantined"},
                   409: {"model": ErrorBody, "description": "Same id, different content"},
                   **ERRORS},
        openapi_extra={"parameters": SIGNED_HEADERS, "requestBody": {
            "required": True, "content": {OCTETS: {"schema": {"type": "string",
                                                              "format": "binary"}}}}},
    )
    async def put_batch(batch_id: BatchId, request: Request) -> JSONResponse:
        gated = not state.auth.gate_early(request)
        admitted = await anyio.to_thread.run_sync(state.auth.admit, request, True, gated)
        enrolled = admitted.identity.enrolled
        limit = limits.max_body if enrolled else limits.stranger_max_body
        data = await read_body(request, limit, limits.body_timeout)
        identity = state.auth.accept_body(admitted, data)
        upload = await anyio.to_thread.run_sync(
            state.prepare_upload, identity, batch_id, data,
            limiter=limits.enrolled if enrolled else limits.strangers)
        answer = await asyncio.wrap_future(state.submit_upload(upload))
        if isinstance(answer, ApiError):
            raise answer
        status, body = answer
        return JSONResponse(body, status_code=status)

    @app.get("/v1/devices/{device_id}/receipt", summary="The sealed receipt for a device",
             responses={200: {"content": {OCTETS: {}}}, **ERRORS},
             openapi_extra={"parameters": SIGNED_HEADERS}, response_class=Response)
    async def get_receipt(device_id: DeviceId, request: Request, seal: Seal = None) -> Response:
        identity = await _signed_empty(state, request)
        if identity.device_id != device_id:
            raise ApiError(403, "wrong_device", "Perangkat hanya boleh mengambil tanda terimanya "
                           "sendiri.", "A device may only fetch its own receipt.")
        await anyio.to_thread.run_sync(state.downlink.tell_seal_key, device_id, seal)
        data = await anyio.to_thread.run_sync(state.receipt, device_id)
        return Response(data, media_type=OCTETS)

    @app.get("/v1/reference", summary="This device's sealed reference package, if newer than "
             "`since`",
             responses={200: {"content": {OCTETS: {}}}, 204: {"description": "Up to date"},
                        **ERRORS},
             openapi_extra={"parameters": SIGNED_HEADERS}, response_class=Response)
    async def get_reference(request: Request,
                            since: Since = 0, seal: Seal = None,
                            attachments: Budget = 0) -> Response:
        identity = await _signed_empty(state, request)
        await anyio.to_thread.run_sync(state.downlink.tell_seal_key, identity.device_id, seal)
        version, data = await anyio.to_thread.run_sync(state.reference, identity.device_id,
                                                       attachments)
        headers = {"X-Kopdes-Reference-Version": str(version)}
        if version <= since:
            return Response(status_code=204, headers=headers)
        return Response(data, media_type=OCTETS, headers=headers)

    @app.post("/v1/enroll", summary="Enrol this device with a one-time code",
              responses={409: {"model": ErrorBody}, **ERRORS},
              openapi_extra={"parameters": SIGNED_HEADERS, "requestBody": {
                  "required": True, "content": {"application/json": {
                      "schema": EnrollRequest.model_json_schema()}}}})
    async def enroll(request: Request) -> JSONResponse:
        return JSONResponse(await enrol_request(state, request, limits.body_timeout))


async def _signed_empty(state: ServiceState, request: Request) -> Identity:
    """The enrolled device signing a request that has no body."""
    gated = not state.auth.gate_early(request)
    admitted = await anyio.to_thread.run_sync(state.auth.admit, request, False, gated)
    if await read_body(request, 1024, 10.0):
        raise ApiError(400, "unexpected_body", "Permintaan ini tidak boleh berisi.",
                       "This request must not have a body.")
    return state.auth.accept_body(admitted, b"")
