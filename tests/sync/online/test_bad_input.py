"""Resends, conflicts, tampering and hostile requests: the right status, a JSON reason, the
server still up and the province store unchanged."""

from __future__ import annotations

import json
import select
import socket
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.sync.trust import device_document

from .calls import other_content, raw_exchange, sealed_batches, send, signed
from .support import MAX_BODY, add_work, batch_counts


def put(service, laptop, batch_id, body, **options):
    path = f"/v1/batches/{batch_id}"
    return send(service.url, "PUT", path, body, signed(laptop, "PUT", path, body, **options))


def refused(response, status, code):
    """The response has the status, is JSON with the reason code and an Indonesian message."""
    assert response.status_code == status, response.text
    body = response.json()
    assert body["error"] == code and body["message"] and body["message_en"]
    return body


@pytest.fixture
def one_batch(laptops, enrolled):
    laptop = laptops("laptop")
    add_work(laptop)
    enrolled(laptop)
    [(batch_id, data)] = sealed_batches(laptop)
    return laptop, batch_id, data


def test_identical_resend_is_already_received(province, service, one_batch):
    laptop, batch_id, data = one_batch
    first = put(service, laptop, batch_id, data)
    again = put(service, laptop, batch_id, data)

    assert (first.status_code, first.json()["status"]) == (201, "applied")
    assert (again.status_code, again.json()["status"]) == (200, "duplicate")
    assert batch_counts(province) == {"applied": 1, "records": 4}


def test_simultaneous_resends_apply_once(province, service, one_batch):
    laptop, batch_id, data = one_batch
    with ThreadPoolExecutor(6) as pool:
        statuses = sorted(
            pool.map(lambda _: put(service, laptop, batch_id, data).status_code, range(6))
        )

    assert statuses == [200, 200, 200, 200, 200, 201]
    assert batch_counts(province) == {"applied": 1, "records": 4}


def test_same_id_different_content_is_409(province, service, one_batch):
    laptop, batch_id, data = one_batch
    assert put(service, laptop, batch_id, data).status_code == 201
    forged = other_content(province, laptop, data)

    refused(put(service, laptop, batch_id, forged), 409, "conflicting_id")
    assert batch_counts(province) == {"applied": 1, "records": 4}


def test_tampered_body_is_rejected_and_nothing_applied(province, service, one_batch):
    laptop, batch_id, data = one_batch
    tampered = bytearray(data)
    tampered[len(data) // 2] ^= 0x01

    body = refused(put(service, laptop, batch_id, bytes(tampered)), 422, "damaged")

    assert "rusak" in body["message"]
    assert batch_counts(province) == {"records": 0}


def test_wrong_hash_is_refused(province, service, one_batch):
    laptop, batch_id, data = one_batch
    refused(put(service, laptop, batch_id, data, signed_body=data + b"x"), 400, "hash_mismatch")
    assert batch_counts(province) == {"records": 0}


def test_foreign_and_misaddressed_files(province, service, one_batch):
    laptop, batch_id, data = one_batch
    refused(put(service, laptop, batch_id, b"PK\x03\x04 not a batch"), 415, "not_kopdes")
    refused(put(service, laptop, "0" * 32, data), 400, "batch_id_mismatch")
    refused(put(service, laptop, "not-an-id", data), 422, "invalid_request")
    assert batch_counts(province) == {"records": 0}


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_oversized_body_is_refused_without_reading_it(province, service, one_batch):
    laptop, batch_id, _data = one_batch
    big = b"K" * (MAX_BODY + 1)
    refused(put(service, laptop, batch_id, big), 413, "too_large")

    def chunks():
        for _ in range(8):
            yield b"K" * (MAX_BODY // 4)

    path = f"/v1/batches/{batch_id}"
    headers = signed(laptop, "PUT", path, b"")
    response = send(service.url, "PUT", path, chunks(), headers)
    refused(response, 413, "too_large")
    assert send(service.url, "GET", "/v1/health").status_code == 200


def test_replayed_and_stale_requests_are_refused(province, service, one_batch):
    laptop, batch_id, data = one_batch
    path = f"/v1/batches/{batch_id}"
    headers = signed(laptop, "PUT", path, data)
    assert send(service.url, "PUT", path, data, headers).status_code == 201

    refused(send(service.url, "PUT", path, data, headers), 401, "replayed")
    refused(put(service, laptop, batch_id, data, now=time.time() - 3600), 401, "stale_request")
    assert batch_counts(province) == {"applied": 1, "records": 4}


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_unsigned_and_badly_signed_requests(province, service, one_batch):
    laptop, batch_id, data = one_batch
    path = f"/v1/batches/{batch_id}"
    refused(send(service.url, "PUT", path, data), 401, "unsigned")
    headers = signed(laptop, "PUT", path, data)
    headers["X-Kopdes-Signature"] = headers["X-Kopdes-Signature"][::-1]
    refused(send(service.url, "PUT", path, data, headers), 401, "bad_signature")
    headers = signed(laptop, "PUT", path, data)
    headers["X-Kopdes-Timestamp"] = "soon"
    refused(send(service.url, "PUT", path, data, headers), 401, "bad_auth_headers")
    assert batch_counts(province) == {"records": 0}


def test_receipt_and_reference_need_an_enrolled_device(service, laptops, one_batch):
    stranger = laptops("stranger")
    path = f"/v1/devices/{stranger.device_id}/receipt"
    refused(
        send(service.url, "GET", path, headers=signed(stranger, "GET", path)), 403, "not_enrolled"
    )
    refused(
        send(service.url, "GET", "/v1/reference", headers=signed(stranger, "GET", "/v1/reference")),
        403,
        "not_enrolled",
    )
    laptop = one_batch[0]
    refused(
        send(service.url, "GET", path, headers=signed(laptop, "GET", path)), 403, "wrong_device"
    )


def test_enrolment_refusals(province, service, laptops):
    laptop = laptops("laptop")
    body = b'{"device": {"kind": '
    headers = signed(laptop, "POST", "/v1/enroll", body)
    refused(send(service.url, "POST", "/v1/enroll", body, headers), 400, "bad_json")

    def attempt(who, code):
        payload = json.dumps({"device": device_document(who), "code": code}).encode()
        return send(
            service.url, "POST", "/v1/enroll", payload, signed(who, "POST", "/v1/enroll", payload)
        )

    refused(attempt(laptop, "AAAA-BBBB-CCCC"), 403, "bad_code")
    expired, _ = new_enroll_code(province, hours=-1)
    refused(attempt(laptop, expired), 403, "code_expired")
    code, _ = new_enroll_code(province)
    assert attempt(laptop, code.lower().replace("-", " ")).status_code == 200
    refused(attempt(laptops("other"), code), 403, "code_used")


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def dribble_after_a_request(port: int) -> str:
    """One request on a kept-alive connection, then the next one's headers a byte at a time,
    each byte soon enough to defeat an idle timeout, for up to 20 s."""
    with socket.create_connection(("127.0.0.1", port), timeout=20) as sock:
        sock.sendall(b"GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while not answer.endswith(b"}"):
            answer += sock.recv(4096)
        for byte in b"GET /v1/health HTTP/1.1\r\nHost: x" * 3:
            readable, _, _ = select.select([sock], [], [], 0.25)
            if readable and sock.recv(4096) == b"":
                return "closed by the server"
            try:
                sock.sendall(bytes([byte]))
            except OSError:
                return "closed by the server"
    return "still open"


def test_slow_body_gets_408_and_slow_headers_are_cut(province, service, one_batch):
    laptop, batch_id, data = one_batch
    path = f"/v1/batches/{batch_id}"
    head = "".join(f"{k}: {v}\r\n" for k, v in signed(laptop, "PUT", path, data).items())
    start = f"PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {len(data)}\r\n{head}\r\n"

    answer = raw_exchange(service.port, start.encode() + data[:10])

    assert answer.startswith(b"HTTP/1.1 408")
    assert b'"error":"slow_upload"' in answer
    assert raw_exchange(service.port, b"PUT /v1/batches/") == b""
    assert dribble_after_a_request(service.port) == "closed by the server"
    assert send(service.url, "GET", "/v1/health").json()["status"] == "ok"
    assert batch_counts(province) == {"records": 0}


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_errors_are_json_everywhere(service):
    refused(send(service.url, "GET", "/v1/nowhere"), 404, "not_found")
    refused(send(service.url, "DELETE", "/v1/health"), 405, "method_not_allowed")
    refused(send(service.url, "GET", "/v1/reference?since=-4"), 422, "invalid_request")
    garbage = raw_exchange(service.port, b"PUT /v1/health HTTP/1.1\r\nContent-Length: x\r\n\r\n")
    assert garbage.startswith(b"HTTP/1.1 400")
    assert json.loads(garbage.partition(b"\r\n\r\n")[2])["error"] == "bad_http"
    assert send(service.url, "GET", "/openapi.json").json()["paths"]["/v1/batches/{batch_id}"]
