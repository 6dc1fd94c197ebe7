"""Enrolled mentors uploading while strangers flood the province service with junk.

The same run as :mod:`bench.load_sync` (mentors enrol, then upload their batches one by one,
all at once, over real HTTP on loopback to ``kopdes-province serve`` in its own process), twice
on fresh provinces: once alone, once while ``--strangers`` clients that were never enrolled
send junk as fast as the server answers them. The strangers run in a process of their own, so
their work does not slow the mentors' clock. Each stranger cycles through:

- an upload of 1 MB with no signature (announced whole, refused from its headers);
- 32 KB of random bytes signed by a key made on the spot;
- a genuine batch signed by a fresh key (quarantined, within the quarantine's bounds);
- a batch of 37 KB that would decode into a list of ten million lists;
- an enrolment with a wrong code.

Reported: the mentors' p50 and p99 upload latency with and without the flood (target: p99 under
2 s with it), the strangers' answers by status, and whether every mentor batch was applied
exactly once.

    python -m bench.load_flood [--mentors 100] [--strangers 50] [--batches 5] [--pg-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import multiprocessing
import os
import statistics
import sys
import time
import uuid
from collections import Counter
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import delete

from bench.common import scratch_dir
from bench.load_sync import (
    P99_TARGET_S,
    _database,
    _enroll_all,
    _percentile,
    _upload_all,
    backends,
    free_port,
    make_fleet,
    start_server,
    verify,
)
from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.models import ProvBatch, ProvDevice
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import seal_batch
from kopdes_desktop.sync.http_auth import sign_headers
from kopdes_desktop.sync.keys import ProvincePublic, b64, raw_public
from kopdes_desktop.sync.payload import encode
from kopdes_desktop.sync.trust import parse_trust, trust_document

BOMB_ELEMENTS = 10_000_000


def _sealed(
    province: ProvincePublic, payload: bytes, records: int
) -> tuple[str, str, bytes, Ed25519PrivateKey]:
    key = Ed25519PrivateKey.generate()
    device_id = str(uuid.uuid4())
    header = make_header(
        device_id=device_id,
        device_public_key=b64(raw_public(key.public_key())),
        province_key_id=province.key_id,
        counter_from=1,
        counter_to=records,
        created_at="2025-03-01T10:00:00",
        payload=payload,
        records=records,
        attachments=0,
    )
    return (
        device_id,
        header["batch_id"],
        seal_batch(header, payload, key, province.seal_key, province.key_id),
        key,
    )


def _bomb_payload() -> bytes:
    import struct
    import zlib

    inner = "[" + ",".join(["[]"] * BOMB_ELEMENTS) + "]"
    text = (
        '{"attachments":[],"records":[{"b":null,"c":1,"f":["*"],"g":null,"id":"a",'
        '"k":{},"r":null,"t":"cooperative","u":"2025-01-01T00:00:00","v":{"name":'
        + inner
        + '},"x":false}]}'
    )
    packed = zlib.compress(text.encode(), 9)
    return struct.pack(">I", len(packed)) + packed


def _request(
    method: str, path: str, body: bytes, headers: dict[str, str], length: int | None = None
) -> bytes:
    head = {
        "Host": "127.0.0.1",
        "Content-Length": str(len(body) if length is None else length),
        **headers,
    }
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in head.items()), "", ""]
    return "\r\n".join(lines).encode() + body


class Junk:
    """The requests one stranger sends, in turn (signed afresh each time)."""

    def __init__(self, province: ProvincePublic, bomb: bytes) -> None:
        self.province, self.bomb, self.turn = province, bomb, 0
        records = [
            {
                "t": "cooperative",
                "id": str(uuid.uuid4()),
                "c": 1,
                "b": None,
                "x": False,
                "u": "2025-03-01T08:00:00",
                "k": {},
                "f": ["*"],
                "g": None,
                "r": None,
                "v": {"name": "KDMP Asing", "region_code": "65.01"},
            }
        ]
        self.genuine = encode(records, [])

    def next(self) -> bytes:
        self.turn += 1
        kind = self.turn % 5
        key = Ed25519PrivateKey.generate()
        device_id = str(uuid.uuid4())
        if kind == 0:
            return _request(
                "PUT", f"/v1/batches/{uuid.uuid4().hex}", b"K" * 4096, {}, length=1024 * 1024
            )
        if kind == 1:
            body, path = os.urandom(32 * 1024), f"/v1/batches/{uuid.uuid4().hex}"
        elif kind in (2, 3):
            payload, count = (self.genuine, 1) if kind == 2 else (self.bomb, 1)
            device_id, batch_id, body, key = _sealed(self.province, payload, count)
            path = f"/v1/batches/{batch_id}"
        else:
            body = json.dumps(
                {"device": {"kind": "kopdes-device"}, "code": "AAAA-BBBB-CCCC"}
            ).encode()
            return _request(
                "POST",
                "/v1/enroll",
                body,
                sign_headers(key, device_id, "POST", "/v1/enroll", body, with_key=True),
            )
        method = "PUT"
        return _request(
            method, path, body, sign_headers(key, device_id, method, path, body, with_key=True)
        )


async def _stranger(port: int, junk: Junk, stop: Any, seen: Counter[str]) -> None:
    while not stop.is_set():
        request = junk.next()
        try:
            reader, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            seen["connect_failed"] += 1
            await asyncio.sleep(0.05)
            continue
        try:
            writer.write(request)
            head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), 30)
            seen[head.split(b" ", 2)[1].decode()] += 1
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError):
            seen["dropped"] += 1
        finally:
            writer.close()


def flood(
    port: int, trust: dict[str, Any], strangers: int, ready: Any, stop: Any, out: Any
) -> None:
    """The strangers' process: ``strangers`` clients sending junk until ``stop`` is set; their
    answers by status are put on ``out``. ``trust``: the province's public trust document,
    all a stranger has."""
    province = parse_trust(trust)
    bomb = _bomb_payload()
    seen: Counter[str] = Counter()

    async def run() -> None:
        ready.set()
        tasks = [
            asyncio.create_task(_stranger(port, Junk(province, bomb), stop, seen))
            for _ in range(strangers)
        ]
        await asyncio.gather(*tasks)

    asyncio.run(run())
    out.put(dict(seen))


def run_flood(
    backend: str,
    *,
    mentors: int,
    strangers: int,
    batches: int = 5,
    per_batch: int = 10,
    pg_url: str | None = None,
) -> dict[str, Any]:
    """One run: mentors upload (with ``strangers`` flooding if not 0); figures and checks."""
    with scratch_dir(f"flood-{backend}") as folder, _database(backend, pg_url) as db_url:
        store = ProvinceStore.init(folder / "province", db_url)
        try:
            fleet = make_fleet(store.public, mentors, batches, per_batch)
            codes = [new_enroll_code(store)[0] for _ in fleet]
            port = free_port()
            server = start_server(store.root, port)
            context = multiprocessing.get_context("spawn")
            ready, stop, out = context.Event(), context.Event(), context.Queue()
            flooder = None
            try:
                enrolled = asyncio.run(_enroll_all(f"http://127.0.0.1:{port}", fleet, codes))
                if strangers:
                    flooder = context.Process(
                        target=flood,
                        args=(
                            port,
                            trust_document(store.name, store.public),
                            strangers,
                            ready,
                            stop,
                            out,
                        ),
                    )
                    flooder.start()
                    ready.wait(120)
                    time.sleep(2)  # the flood is under way before the clock starts
                seen, elapsed = asyncio.run(_upload_all(port, fleet))
            finally:
                stop.set()
                stranger_answers = out.get(timeout=60) if flooder is not None else {}
                if flooder is not None:
                    flooder.join(30)
                server.terminate()
                server.wait(30)
            problems = _verify_mentors(store, fleet, per_batch)
        finally:
            store.close()
    latencies = seen["latencies"]
    errors = seen["ok"].count(False) + sum(1 for s in enrolled if s != 200)
    return {
        "backend": backend,
        "mentors": mentors,
        "strangers": strangers,
        "uploads": len(latencies),
        "seconds": elapsed,
        "p50_s": statistics.median(latencies),
        "p99_s": _percentile(latencies, 0.99),
        "errors": errors,
        "problems": problems,
        "stranger_answers": stranger_answers,
        "exactly_once": not problems and not errors,
    }


def _verify_mentors(store: ProvinceStore, fleet: list[Any], per_batch: int) -> list[str]:
    """:func:`bench.load_sync.verify` for the mentors' batches (strangers' batches left in
    quarantine are not theirs)."""
    with store.session() as session:
        session.execute(delete(ProvBatch).where(ProvBatch.status == "quarantined"))
        session.execute(delete(ProvDevice).where(ProvDevice.status != "enrolled"))
    return verify(store, fleet, per_batch)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=100)
    parser.add_argument("--strangers", type=int, default=50)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--pg-url", default=os.environ.get("KOPDES_TEST_PG_URL"))
    args = parser.parse_args(argv)
    failed = False
    for backend in backends(args.pg_url):
        for strangers in (0, args.strangers):
            figures = run_flood(
                backend,
                mentors=args.mentors,
                strangers=strangers,
                batches=args.batches,
                pg_url=args.pg_url,
            )
            print(
                f"{backend:10} {figures['uploads']} uploads by {args.mentors} mentors, "
                f"{strangers} strangers: p50 {figures['p50_s'] * 1000:.0f} ms, "
                f"p99 {figures['p99_s'] * 1000:.0f} ms, errors {figures['errors']}, "
                f"exactly once: {figures['exactly_once']}, strangers' answers "
                f"{dict(sorted(figures['stranger_answers'].items()))}",
                flush=True,
            )
            failed = (
                failed
                or not figures["exactly_once"]
                or (strangers and figures["p99_s"] >= P99_TARGET_S)
            )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
