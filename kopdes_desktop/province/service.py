"""The province HTTP service: the same batches, receipts and reference packages as the files.

``create_app`` builds a FastAPI application over a province store. Devices sign every request
(:mod:`kopdes_desktop.sync.http_auth`); a device not enrolled yet may still upload, and its
batches wait in quarantine. Every refusal is a JSON body ``{"error", "message",
"message_en"}`` with the right status code; bad input never produces a 500.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

import anyio
from fastapi import FastAPI, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from kopdes_desktop import __version__
from kopdes_desktop.errors import KopdesError
from kopdes_desktop.province.access import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_BODY,
    ApiError,
    ensure_tables,
)
from kopdes_desktop.province.service_state import ServiceState
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import workspace_router
from kopdes_desktop.sync.batch import BATCH_ID_RE, DEVICE_RE
from kopdes_desktop.sync.http_auth import HEADER_CONTENT_SHA256, HEADER_SIGNATURE

log = logging.getLogger(__name__)

MAX_ENROLL_BODY = 64 * 1024
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
Seal = Annotated[str | None, Query(pattern=r"^[0-9a-f]{64}$", description=(
    "The device's X25519 public key (hex): the province seals what it sends to it"))]
ERRORS = {code: {"model": ErrorBody} for code in (400, 401, 403, 404, 408, 413, 422, 503)}


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The request body, refused past ``limit`` bytes or ``timeout`` seconds, never read whole
    when it is announced or found to be too large."""
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.isdigit() or int(declared) > limit):
        raise _too_large(limit) if declared.isdigit() else ApiError(
            400, "bad_length", "Panjang isi permintaan tidak sah.", "Invalid Content-Length.")
    chunks: list[bytes] = []
    size = 0
    try:
        with anyio.fail_after(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise _too_large(limit)
                chunks.append(chunk)
    except TimeoutError as exc:
        raise ApiError(
            408, "slow_upload",
            "Pengiriman terlalu lambat dan dihentikan; coba lagi saat sinyal lebih baik.",
            "The upload was too slow and was stopped; try again with better signal.",
        ) from exc
    except ClientDisconnect as exc:
        raise ApiError(400, "disconnected", "Sambungan terputus saat mengirim.",
                       "The connection dropped during the upload.") from exc
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    size = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit // 1024} KB"
    return ApiError(413, "too_large", f"Isi permintaan melebihi batas {size}.",
                    f"The request body exceeds the limit of {size}.")


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        headers = CLOSE if exc.status in (400, 408, 413) else None
        return _error(exc.status, exc.code, exc.message, exc.message_en, headers)

    @app.exception_handler(KopdesError)
    async def _kopdes_error(_request: Request, exc: KopdesError) -> JSONResponse:
        log.warning("store refused a request: %s", exc.message_en)
        return _error(
            503, "store_unavailable",
            "Server provinsi sedang sibuk atau basis datanya bermasalah; coba lagi nanti.",
            "The province server is busy or its database failed; try again later.",
            {"Retry-After": "5"})

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
               window_seconds: int | None = None) -> FastAPI:
    """The FastAPI application over a province store (an open one, or a province folder)."""
    owned = not isinstance(province, ProvinceStore)
    store = ProvinceStore.open(Path(province)) if owned else province
    ensure_tables(store.engine)
    state = ServiceState(store, reference_ttl=reference_ttl, window_seconds=window_seconds)

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
    _routes(app, state, max_body, body_timeout)
    app.include_router(workspace_router(store))
    return app


def _routes(app: FastAPI, state: ServiceState, max_body: int, body_timeout: float) -> None:
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
        data = await read_body(request, max_body, body_timeout)
        upload = await anyio.to_thread.run_sync(state.prepare_upload, request, batch_id, data)
        answer = await asyncio.wrap_future(state.submit_upload(upload))
        if isinstance(answer, ApiError):
            raise answer
        status, body = answer
        return JSONResponse(body, status_code=status)

    @app.get("/v1/devices/{device_id}/receipt", summary="The sealed receipt for a device",
             responses={200: {"content": {OCTETS: {}}}, **ERRORS},
             openapi_extra={"parameters": SIGNED_HEADERS}, response_class=Response)
    async def get_receipt(device_id: DeviceId, request: Request, seal: Seal = None) -> Response:
        await _empty_body(request)
        identity = await anyio.to_thread.run_sync(state.authenticate, request, b"", False)
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
                            since: Since = 0, seal: Seal = None) -> Response:
        await _empty_body(request)
        identity = await anyio.to_thread.run_sync(state.authenticate, request, b"", False)
        await anyio.to_thread.run_sync(state.downlink.tell_seal_key, identity.device_id, seal)
        version, data = await anyio.to_thread.run_sync(state.reference, identity.device_id)
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
        data = await read_body(request, MAX_ENROLL_BODY, body_timeout)
        request_body = state.parse_enroll(data)
        identity = await anyio.to_thread.run_sync(state.authenticate, request, data, True)
        answer = await anyio.to_thread.run_sync(state.enroll, request_body, identity)
        return JSONResponse(answer, status_code=200)


async def _empty_body(request: Request) -> None:
    if await read_body(request, 1024, 10.0):
        raise ApiError(400, "unexpected_body", "Permintaan ini tidak boleh berisi.",
                       "This request must not have a body.")
