"""The province HTTP service: the same batches, receipts and reference packages as the files.

``create_app`` builds a FastAPI application over a province store. Devices sign every request
(:mod:`kopdes_desktop.sync.http_auth`), and the signature is checked before the body is read
(:mod:`~kopdes_desktop.province.service_auth`). A device not enrolled yet may still upload, and
its batches wait in quarantine, within limits: strangers are rate-limited
(:mod:`~kopdes_desktop.province.guard`), send smaller bodies, are decoded two at a time, and
their quarantine is bounded (:mod:`~kopdes_desktop.province.quarantine_quota`). Every refusal
is a JSON body ``{"error", "message", "message_en"}`` with the right status code; bad input
never produces a 500, and 503 means only that the store is overloaded or failing.

The device API is the router of :mod:`~kopdes_desktop.province.service_routes`, its
authentication the dependencies of :mod:`~kopdes_desktop.province.service_deps`; the state and
limits they use are this application's (``app.state.service``, ``app.state.limits``).
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from kopdes_desktop import __version__
from kopdes_desktop.errors import KopdesError, StoreError
from kopdes_desktop.province.access import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_BODY,
    ApiError,
    ensure_tables,
)
from kopdes_desktop.province.guard import StrangerLimits
from kopdes_desktop.province.quarantine_quota import QuarantineLimits
from kopdes_desktop.province.service_deps import Limits
from kopdes_desktop.province.service_routes import router as device_router
from kopdes_desktop.province.service_state import ServiceState
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.province.web import workspace_router

log = logging.getLogger(__name__)

STRANGER_MAX_BODY = 2 * 1024 * 1024
TARPIT_SECONDS = 1.0
TARPIT_SLOTS = 256
CLOSE = {"Connection": "close"}


def _error(
    status: int, code: str, message: str, message_en: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    body = {"error": code, "message": message, "message_en": message_en}
    return JSONResponse(body, status_code=status, headers=headers)


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
            503,
            "store_unavailable",
            "Server provinsi sedang sibuk atau basis datanya bermasalah; coba lagi nanti.",
            "The province server is busy or its database failed; try again later.",
            {"Retry-After": "5"},
        )

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
        # A route's dependency declares some of its parameters too: name each field once.
        fields = ", ".join(
            dict.fromkeys(".".join(str(p) for p in e.get("loc", ())) for e in exc.errors())
        )
        return _error(
            422,
            "invalid_request",
            f"Permintaan tidak sah: {fields}.",
            f"Invalid request: {fields}.",
        )

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error in the province service", exc_info=exc)
        return _error(500, "internal", "Kesalahan di server provinsi.", "Province server error.")


def create_app(
    province: ProvinceStore | Path | str,
    *,
    max_body: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    reference_ttl: float = 30.0,
    window_seconds: int | None = None,
    stranger_max_body: int = STRANGER_MAX_BODY,
    strangers: StrangerLimits | None = None,
    quarantine: QuarantineLimits | None = None,
) -> FastAPI:
    """The FastAPI application over a province store (an open one, or a province folder).

    ``max_body``: the largest upload of an enrolled device; ``stranger_max_body``: of a
    device not enrolled (its batch goes to quarantine, bounded by ``quarantine``);
    ``strangers``: the rate limits of requests not from an enrolled device."""
    owned = not isinstance(province, ProvinceStore)
    store = province if isinstance(province, ProvinceStore) else ProvinceStore.open(Path(province))
    ensure_tables(store.engine)
    state = ServiceState(
        store,
        reference_ttl=reference_ttl,
        window_seconds=window_seconds,
        strangers=strangers,
        quarantine=quarantine,
    )

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        await anyio.to_thread.run_sync(state.close)
        if owned:
            store.close()

    app = FastAPI(
        title="Kopdes Province Sync",
        version=__version__,
        lifespan=lifespan,
        description="Upload of sealed batches, receipts and reference packages.",
    )
    app.state.service = state
    app.state.limits = Limits(max_body, min(max_body, stranger_max_body), body_timeout)
    _install_handlers(app)
    app.include_router(device_router)
    app.include_router(workspace_router(store))
    return app
