"""The shapes of the province device API: request and answer bodies, path and query parameters.

JSON bodies are pydantic models. Sealed batches, receipts and reference packages stay raw bytes
(``application/octet-stream``): they are signed and sealed files, checked by
:mod:`kopdes_desktop.sync.fileformat`, not JSON. A JSON body is read (within its limit, after the
request's signature is checked) and only then parsed by its model, so a body that is too large,
unsigned or sent too slowly is refused before a byte of it is parsed.
"""

from __future__ import annotations

import json
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import BaseModel, ConfigDict, StringConstraints
from pydantic import ValidationError as PydanticError

from kopdes_desktop.province.access import ApiError
from kopdes_desktop.sync.batch import BATCH_ID_RE, DEVICE_RE
from kopdes_desktop.sync.http_auth import HEADER_CONTENT_SHA256, HEADER_SIGNATURE

OCTETS = "application/octet-stream"
MAX_ATTACHMENT_BUDGET = 256 * 1024 * 1024


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

    model_config = ConfigDict(strict=True, frozen=True)

    device: dict[str, Any]
    code: Annotated[str, StringConstraints(min_length=4, max_length=64)]


def parse_enroll(data: bytes) -> EnrollRequest:
    """The enrolment request in ``data``, or a 400 with the reason (not JSON, or not the
    shape of an enrolment request). The JSON is decoded by :func:`json.loads`, as the laptop
    encodes it, then validated by the model."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ApiError(
            400,
            "bad_json",
            "Isi permintaan bukan JSON yang sah.",
            "The request body is not valid JSON.",
        ) from exc
    try:
        return EnrollRequest.model_validate(document)
    except PydanticError as exc:
        raise ApiError(
            400,
            "bad_request",
            "Permintaan pendaftaran harus berisi 'device' dan 'code'.",
            "An enrolment request needs 'device' and 'code'.",
        ) from exc


BatchId = Annotated[str, Path(pattern=BATCH_ID_RE.pattern)]
DeviceId = Annotated[str, Path(pattern=DEVICE_RE.pattern)]
Since = Annotated[int, Query(ge=0, le=2**53)]
Budget = Annotated[
    int,
    Query(
        ge=0,
        le=MAX_ATTACHMENT_BUDGET,
        description=("Attachment bytes of the handed-over history to carry (0: metadata only)"),
    ),
]
Seal = Annotated[
    str | None,
    Query(
        pattern=r"^[0-9a-f]{64}$",
        description=(
            "The device's X25519 public key (hex): the province seals what it sends to it"
        ),
    ),
]

# The signature headers, documented on each signed route (they are read by the dependencies
# of :mod:`~kopdes_desktop.province.service_deps`, not declared as parameters, so that a
# missing one is a 401 with its reason rather than a validation error).
SIGNED_HEADERS = [
    {"name": name, "in": "header", "required": True, "schema": {"type": "string"}}
    for name in (
        "X-Kopdes-Device",
        "X-Kopdes-Timestamp",
        "X-Kopdes-Nonce",
        HEADER_SIGNATURE,
        HEADER_CONTENT_SHA256,
    )
]
ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody} for code in (400, 401, 403, 404, 408, 413, 422, 429, 503)
}
