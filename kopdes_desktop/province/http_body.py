"""Request bodies read within bounds: a size announced or found too large, or a body arriving
too slowly, is refused while streaming, never read whole."""

from __future__ import annotations

import re

import anyio
from fastapi import Request
from starlette.requests import ClientDisconnect

from kopdes_desktop.province.access import ApiError

LENGTH_RE = re.compile(r"[0-9]{1,18}")


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    """The request body, refused past ``limit`` bytes or ``timeout`` seconds, never read whole
    when it is announced or found to be too large."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not LENGTH_RE.fullmatch(declared):
            raise ApiError(
                400, "bad_length", "Panjang isi permintaan tidak sah.", "Invalid Content-Length."
            )
        if int(declared) > limit:
            raise _too_large(limit)
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
            408,
            "slow_upload",
            "Pengiriman terlalu lambat dan dihentikan; coba lagi saat sinyal lebih baik.",
            "The upload was too slow and was stopped; try again with better signal.",
        ) from exc
    except ClientDisconnect as exc:
        raise ApiError(
            400,
            "disconnected",
            "Sambungan terputus saat mengirim.",
            "The connection dropped during the upload.",
        ) from exc
    return b"".join(chunks)


def _too_large(limit: int) -> ApiError:
    size = f"{limit / 2**20:g} MB" if limit >= 2**20 else f"{limit // 1024} KB"
    return ApiError(
        413,
        "too_large",
        f"Isi permintaan melebihi batas {size}.",
        f"The request body exceeds the limit of {size}.",
    )
