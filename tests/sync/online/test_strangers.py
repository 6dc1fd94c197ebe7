"""Strangers on the network: anyone with the public trust file can make keys and sign requests.
Bodies are not read before the signature is checked, strangers are rate-limited and their
quarantine is bounded, decoded batches are bounded, and enrolled mentors are still served."""

from __future__ import annotations

import logging
import os
import resource
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import func, select

from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.guard import StrangerLimits
from kopdes_desktop.province.models import ProvBatch, ProvDevice
from kopdes_desktop.province.quarantine_quota import QuarantineLimits
from kopdes_desktop.province.service import create_app
from kopdes_desktop.sync import errors
from kopdes_desktop.sync.http_client import enroll
from kopdes_desktop.sync.payload import decode_batch
from kopdes_desktop.sync.trust import device_signing_key

from .calls import raw_exchange, sealed_batches, send, signed
from .forge import list_bomb, public_text, sealed, stranger_headers, visit_records
from .live import LiveServer
from .support import FAST, MAX_BODY, add_work, batch_counts

OPEN = StrangerLimits(
    per_client_rate=1000, per_client_burst=1000, overall_rate=1000, overall_burst=1000
)


def refused(response, status, code):
    assert response.status_code == status, response.text
    assert response.json()["error"] == code
    return response.json()


@pytest.fixture
def serve(province):
    """Start the service over ``province`` with the limits given; stopped afterwards."""
    servers = []

    def start(**options):
        options = {
            "max_body": MAX_BODY,
            "body_timeout": 1.5,
            "reference_ttl": 0,
            "strangers": OPEN,
            **options,
        }
        server = LiveServer(create_app(province, **options), header_timeout=1.5).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


def put_as(server, key, device_id, batch_id, data):
    path = f"/v1/batches/{batch_id}"
    return send(server.url, "PUT", path, data, stranger_headers(key, device_id, "PUT", path, data))


def _quarantine(province):
    with province.session() as session:
        return session.execute(
            select(ProvBatch.batch_id, ProvBatch.public_key, func.length(ProvBatch.data)).where(
                ProvBatch.status == "quarantined"
            )
        ).all()


def test_quarantine_is_bounded_per_key_and_overall(province, serve, caplog):
    limits = QuarantineLimits(
        per_key_batches=2, per_key_bytes=10**6, total_batches=5, total_bytes=10**7
    )
    server = serve(quarantine=limits)
    keys = [Ed25519PrivateKey.generate() for _ in range(4)]
    sent = []
    with caplog.at_level(logging.WARNING, "kopdes_desktop.province.quarantine_quota"):
        for key in keys:
            device_id = str(uuid.uuid4())
            for batch in range(3):
                batch_id, data = sealed(province.public, key, device_id, low=batch * 3 + 1)
                assert put_as(server, key, device_id, batch_id, data).status_code == 202
                sent.append(batch_id)

    held = _quarantine(province)
    assert len(held) == limits.total_batches
    assert all(sum(1 for h in held if h.public_key == k) <= 2 for k in {h.public_key for h in held})
    # Each key keeps its two newest; overall, the oldest went first.
    assert {h.batch_id for h in held} == {sent[i] for i in (5, 7, 8, 10, 11)}
    dropped = [r for r in caplog.records if "quarantine full" in r.getMessage()]
    assert len(dropped) == len(sent) - limits.total_batches
    with province.session() as session:
        devices = session.scalar(select(func.count()).select_from(ProvDevice))
    assert devices == 3  # the first stranger, all of whose batches were dropped, is forgotten


def test_quarantine_is_bounded_in_bytes(province, serve):
    limits = QuarantineLimits(
        per_key_batches=100, per_key_bytes=50_000, total_batches=100, total_bytes=150_000
    )
    server = serve(quarantine=limits)
    for _ in range(4):
        key, device_id = Ed25519PrivateKey.generate(), str(uuid.uuid4())
        for batch in range(3):
            records = visit_records(2, batch * 2 + 1, purpose=os.urandom(20_000).hex())
            batch_id, data = sealed(province.public, key, device_id, records, low=batch * 2 + 1)
            assert put_as(server, key, device_id, batch_id, data).status_code == 202
        mine = [h for h in _quarantine(province) if h.public_key == public_text(key)]
        assert 1 <= len(mine) and sum(h[2] for h in mine) <= limits.per_key_bytes
    held = _quarantine(province)
    assert 0 < sum(size for _id, _key, size in held) <= limits.total_bytes


def _started_upload(port: int, path: str, headers: dict[str, str], length: int) -> bytes:
    """Announce a body of ``length`` bytes, send 4 KB of it, and return what the server
    answers before any more is sent."""
    head = "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    start = f"PUT {path} HTTP/1.1\r\nHost: x\r\nContent-Length: {length}\r\n{head}\r\n"
    return raw_exchange(port, start.encode() + b"K" * 4096, wait=5)


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_bodies_are_not_read_before_the_signature_is_checked(province, serve, laptops, enrolled):
    server = serve(max_body=MAX_BODY, stranger_max_body=64 * 1024)
    laptop = laptops("laptop")
    enrolled(laptop)
    path = f"/v1/batches/{'a' * 32}"
    big = MAX_BODY - 1

    unsigned = _started_upload(server.port, path, {}, big)
    assert unsigned.startswith(b"HTTP/1.1 401") and b'"unsigned"' in unsigned
    headers = signed(laptop, "PUT", path, b"x" * big)
    headers["X-Kopdes-Signature"] = headers["X-Kopdes-Signature"][::-1]
    forged = _started_upload(server.port, path, headers, big)
    assert forged.startswith(b"HTTP/1.1 401") and b'"bad_signature"' in forged
    key = Ed25519PrivateKey.generate()
    stranger = stranger_headers(key, str(uuid.uuid4()), "PUT", path, b"x" * big)
    too_big = _started_upload(server.port, path, stranger, big)
    assert too_big.startswith(b"HTTP/1.1 413") and b"64 KB" in too_big
    assert send(server.url, "GET", "/v1/health").status_code == 200


def test_strangers_are_rate_limited_and_mentors_are_not(province, serve, laptops):
    server = serve(
        strangers=StrangerLimits(
            per_client_rate=0.01, per_client_burst=4, overall_rate=0.01, overall_burst=100
        )
    )
    laptop = laptops("laptop")
    add_work(laptop, visits=1)
    enroll(laptop, laptop.paths, server.url, new_enroll_code(province)[0], policy=FAST)
    key = Ed25519PrivateKey.generate()
    answers = []
    for _ in range(6):
        device_id = str(uuid.uuid4())
        batch_id, data = sealed(province.public, key, device_id)
        answers.append(put_as(server, key, device_id, batch_id, data))

    assert [a.status_code for a in answers] == [202, 202, 202, 202, 429, 429]
    assert int(answers[-1].headers["Retry-After"]) >= 1
    refused(answers[-1], 429, "too_many_requests")
    [(batch_id, data)] = sealed_batches(laptop)
    path = f"/v1/batches/{batch_id}"
    mine = send(server.url, "PUT", path, data, signed(laptop, "PUT", path, data))
    assert mine.status_code == 201
    assert batch_counts(province)["quarantined"] == 4


def test_list_bomb_is_refused_within_bounded_memory(province, service, laptops, enrolled):
    laptop = laptops("laptop")
    enrolled(laptop)
    key = device_signing_key(laptop)
    bomb = list_bomb(10_000_000)
    assert len(bomb) < 40_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for low in (1, 2, 3, 4):
        batch_id, data = sealed(
            province.public, key, laptop.device_id, payload=bomb, low=low, count=1
        )
        path = f"/v1/batches/{batch_id}"
        answer = send(service.url, "PUT", path, data, signed(laptop, "PUT", path, data))
        assert answer.status_code == 422 and "unsur" in answer.json()["message"]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 400
    assert batch_counts(province) == {"records": 0}


def test_decoding_counts_lists_and_objects():
    header = {"counter_from": 1, "counter_to": 1, "format": 2, "records": 1, "attachments": 0}
    with pytest.raises(errors.SyncRejected) as caught:
        decode_batch(list_bomb(1_000_001), header)
    assert caught.value.code == "hostile"
    assert len(decode_batch(list_bomb(10_000), header).records) == 1


def test_malformed_timestamp_is_a_401_not_a_500(province, service, laptops, enrolled):
    laptop = laptops("laptop")
    enrolled(laptop)
    path = f"/v1/devices/{laptop.device_id}/receipt"
    headers = signed(laptop, "GET", path)
    for stamp in (b"\xb2", b"\xd9\xa3", b"12\xb23", b"1" * 40):
        head = b"".join(
            f"{k}: ".encode() + (stamp if k == "X-Kopdes-Timestamp" else v.encode()) + b"\r\n"
            for k, v in headers.items()
        )
        answer = raw_exchange(
            service.port, f"GET {path} HTTP/1.1\r\nHost: x\r\n".encode() + head + b"\r\n", wait=5
        )
        assert answer.startswith(b"HTTP/1.1 401"), answer[:200]
        assert b'"bad_auth_headers"' in answer
    answer = raw_exchange(
        service.port,
        b"PUT /v1/batches/" + b"a" * 32 + b" HTTP/1.1\r\nHost: x\r\nContent-Length: \xb2\r\n\r\n",
        wait=5,
    )
    assert answer.startswith(b"HTTP/1.1 400")
