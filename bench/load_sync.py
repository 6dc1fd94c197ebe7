"""Load test of the province HTTP service: many mentors uploading at once.

Each simulated mentor has its own device key, enrols with a one-time code, then uploads its
batches one by one (as "Sinkronkan sekarang" does) while every other mentor does the same; at
the end each resends its last batch, which must be answered "already received". The server runs
in its own process (uvicorn, as ``kopdes-province serve``). Every upload request is sealed and
signed before the clock starts and sent over real HTTP/1.1 on a keep-alive connection per
mentor (see :class:`Link`); a retried request gets a fresh signature. The clock covers the
uploads and resends only, connection set-up included. Afterwards the province store is
checked: every batch applied exactly once, every record there, no counter gaps.

    python -m bench.load_sync [--mentors 400] [--batches 5] [--records 10] [--pg-url URL]

With ``--pg-url`` (or ``KOPDES_TEST_PG_URL``) it runs on SQLite and PostgreSQL side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import create_engine, func, select

from bench.common import scratch_dir
from kopdes_desktop.province.access import new_enroll_code
from kopdes_desktop.province.devices import device_statuses
from kopdes_desktop.province.models import ProvBatch, ProvVersion
from kopdes_desktop.province.store import ProvinceStore
from kopdes_desktop.sync.batch import make_header
from kopdes_desktop.sync.fileformat import canonical, seal_batch
from kopdes_desktop.sync.http_auth import sign_headers
from kopdes_desktop.sync.keys import ProvincePublic, b64, raw_public
from kopdes_desktop.sync.payload import encode

REPO_ROOT = Path(__file__).resolve().parents[1]
P99_TARGET_S = 2.0
RETRIES = 3


@dataclass
class Mentor:
    """One simulated laptop: its key and its sealed batches."""

    device_id: str
    key: Ed25519PrivateKey
    batches: list[tuple[str, bytes]] = field(default_factory=list)


def _records(device: int, batch: int, per_batch: int, coop_id: str) -> list[dict[str, Any]]:
    """Wire records as a laptop writes them: a cooperative first, then visits."""
    low = batch * per_batch + 1
    records = []
    for counter in range(low, low + per_batch):
        if counter == 1:
            records.append(
                {
                    "t": "cooperative",
                    "id": coop_id,
                    "c": 1,
                    "b": None,
                    "x": False,
                    "u": "2025-03-01T08:00:00",
                    "k": {},
                    "f": ["*"],
                    "g": None,
                    "r": None,
                    "v": {"name": f"KDMP Beban {device}", "region_code": "65.01"},
                }
            )
            continue
        records.append(
            {
                "t": "visit",
                "id": str(uuid.uuid4()),
                "c": counter,
                "b": None,
                "x": False,
                "u": "2025-03-01T09:00:00",
                "k": {},
                "f": ["*"],
                "g": None,
                "r": None,
                "v": {
                    "cooperative_id": coop_id,
                    "visit_date": "2025-03-01",
                    "purpose": f"Pendampingan ke-{counter}",
                    "status": "DONE",
                },
            }
        )
    return records


def make_fleet(
    province: ProvincePublic, mentors: int, batches: int, per_batch: int
) -> list[Mentor]:
    """``mentors`` laptops with distinct keys, each with ``batches`` sealed batches."""
    fleet = []
    for device in range(mentors):
        mentor = Mentor(str(uuid.uuid4()), Ed25519PrivateKey.generate())
        coop_id = str(uuid.uuid4())
        public = b64(raw_public(mentor.key.public_key()))
        for batch in range(batches):
            payload = encode(_records(device, batch, per_batch, coop_id), [])
            header = make_header(
                device_id=mentor.device_id,
                device_public_key=public,
                province_key_id=province.key_id,
                counter_from=batch * per_batch + 1,
                counter_to=(batch + 1) * per_batch,
                created_at="2025-03-01T10:00:00",
                payload=payload,
                records=per_batch,
                attachments=0,
            )
            data = seal_batch(header, payload, mentor.key, province.seal_key, province.key_id)
            mentor.batches.append((header["batch_id"], data))
        fleet.append(mentor)
    return fleet


def device_document(mentor: Mentor, index: int) -> dict[str, Any]:
    body = {
        "kind": "kopdes-device",
        "format": 1,
        "device_id": mentor.device_id,
        "public_key": b64(raw_public(mentor.key.public_key())),
        "mentor": {"id": str(uuid.uuid4()), "name": f"Pendamping {index}"},
    }
    return {**body, "signature": b64(mentor.key.sign(canonical(body)))}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(province_dir: Path, port: int) -> subprocess.Popen:
    """``kopdes-province serve`` in a child process; returns once it answers. Its log goes to
    ``serve.log`` beside the province folder (a pipe nobody reads would block the server)."""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    log = province_dir.parent / "serve.log"
    with log.open("wb") as stderr:
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kopdes_desktop.province.serve_cli",
                "serve",
                "--dir",
                str(province_dir),
                "--port",
                str(port),
                "--log-level",
                "warning",
            ],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text(errors='replace')[-2000:]}")
        try:
            if httpx2.get(f"http://127.0.0.1:{port}/v1/health", timeout=1).status_code == 200:
                return process
        except httpx2.TransportError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("server did not start")


async def _signed(
    client: httpx2.AsyncClient, mentor: Mentor, method: str, path: str, body: bytes
) -> tuple[int, float, int]:
    """Status, seconds and retries of one signed request. Like the app, a request whose
    connection failed is sent again (a pooled keep-alive connection may have just been closed
    by the server); the time counted includes the retries."""
    start = time.perf_counter()
    for retry in range(RETRIES + 1):
        headers = sign_headers(mentor.key, mentor.device_id, method, path, body, with_key=True)
        try:
            response = await client.request(method, path, content=body or None, headers=headers)
        except httpx2.TransportError:
            if retry == RETRIES:
                raise
            continue
        return response.status_code, time.perf_counter() - start, retry
    raise AssertionError("unreachable")


async def _enroll_all(url: str, fleet: list[Mentor], codes: list[str]) -> list[int]:
    limits = httpx2.Limits(max_connections=100)
    async with httpx2.AsyncClient(base_url=url, timeout=120, limits=limits) as client:

        async def one(index: int, mentor: Mentor) -> int:
            body = json.dumps(
                {"device": device_document(mentor, index), "code": codes[index]}
            ).encode()
            status, _seconds, _retries = await _signed(client, mentor, "POST", "/v1/enroll", body)
            return status

        return list(await asyncio.gather(*(one(i, m) for i, m in enumerate(fleet))))


class Link:
    """One mentor's keep-alive HTTP/1.1 connection to the server.

    The load generator speaks HTTP itself rather than through httpx2: one process plays 400
    laptops on a machine it shares with the server, and must cost little next to the server
    it measures. Requests are plain HTTP/1.1 with the same signed headers as the app's; the
    server answers with a Content-Length, so a response is read by that length.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def send(self, request: bytes) -> int:
        """Send one complete request; the response's status code."""
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        self.writer.write(request)
        head = await self.reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split(" ", 2)[1])
        fields = dict(line.lower().split(": ", 1) for line in lines[1:] if ": " in line)
        await self.reader.readexactly(int(fields.get("content-length", "0")))
        if fields.get("connection") == "close":
            await self.close()
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            self.reader = self.writer = None


def http_request(host: str, mentor: Mentor, method: str, path: str, body: bytes) -> bytes:
    """The bytes of one signed request (a fresh nonce and signature each time)."""
    headers = {
        "Host": host,
        "Content-Type": "application/octet-stream",
        "Content-Length": str(len(body)),
        **sign_headers(mentor.key, mentor.device_id, method, path, body, with_key=True),
    }
    lines = [f"{method} {path} HTTP/1.1", *(f"{k}: {v}" for k, v in headers.items()), "", ""]
    return "\r\n".join(lines).encode() + body


async def _send(
    link: Link, host: str, mentor: Mentor, path: str, body: bytes, request: bytes
) -> tuple[int, float, int]:
    """Status, seconds and retries of one upload whose request was signed in advance. Like
    the app, a request whose connection failed is signed and sent again (a keep-alive
    connection may have just been closed by the server); the time counted includes the
    retries."""
    start = time.perf_counter()
    for retry in range(RETRIES + 1):
        try:
            return await link.send(request), time.perf_counter() - start, retry
        except (OSError, asyncio.IncompleteReadError, ValueError):
            await link.close()
            if retry == RETRIES:
                raise
            request = http_request(host, mentor, "PUT", path, body)
    raise AssertionError("unreachable")


async def _upload_all(port: int, fleet: list[Mentor]) -> tuple[dict[str, list], float]:
    """Every mentor uploads its batches one by one, all mentors at once, then resends its
    last batch. Every request is built and signed before the clock starts. Answers: ``ok``
    (applied, or already received after a retried send), ``latencies``, ``retries`` and
    ``resends`` (statuses of the deliberate resends); and the seconds taken."""
    host = f"127.0.0.1:{port}"
    plans = []
    for mentor in fleet:
        sends = [*mentor.batches, mentor.batches[-1]]
        plans.append(
            [
                (
                    f"/v1/batches/{batch_id}",
                    data,
                    http_request(host, mentor, "PUT", f"/v1/batches/{batch_id}", data),
                )
                for batch_id, data in sends
            ]
        )
    seen: dict[str, list] = {"ok": [], "latencies": [], "retries": [], "resends": []}

    async def mentor_run(mentor: Mentor, plan: list[tuple[str, bytes, bytes]]) -> None:
        link = Link("127.0.0.1", port)
        try:
            for path, body, request in plan[:-1]:
                status, seconds, retries = await _send(link, host, mentor, path, body, request)
                seen["ok"].append(status == 201 or (retries > 0 and status == 200))
                seen["latencies"].append(seconds)
                seen["retries"].append(retries)
            status, _seconds, _retries = await _send(link, host, mentor, *plan[-1])
            seen["resends"].append(status)
        finally:
            await link.close()

    start = time.perf_counter()
    await asyncio.gather(*(mentor_run(m, plan) for m, plan in zip(fleet, plans, strict=True)))
    return seen, time.perf_counter() - start


def verify(store: ProvinceStore, fleet: list[Mentor], per_batch: int) -> list[str]:
    """Problems found in the province store (an empty list when all is well)."""
    problems = []
    expected = {batch_id for mentor in fleet for batch_id, _ in mentor.batches}
    with store.session() as session:
        rows = session.execute(select(ProvBatch.batch_id, ProvBatch.status)).all()
        versions = session.scalar(select(func.count()).select_from(ProvVersion))
    if {r.batch_id for r in rows} != expected or len(rows) != len(expected):
        problems.append(f"{len(rows)} batches stored, {len(expected)} expected")
    if any(r.status != "applied" for r in rows):
        problems.append("some batches are not applied")
    total = sum(len(m.batches) for m in fleet) * per_batch
    if versions != total:
        problems.append(f"{versions} record versions, {total} expected")
    tops = {s.device_id: (s.contiguous_counter, s.gaps) for s in device_statuses(store)}
    for mentor in fleet:
        if tops.get(mentor.device_id) != (len(mentor.batches) * per_batch, []):
            problems.append(f"device {mentor.device_id[:8]}: {tops.get(mentor.device_id)}")
            break
    return problems


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def run_load(
    backend: str,
    *,
    mentors: int = 400,
    batches: int = 5,
    per_batch: int = 10,
    pg_url: str | None = None,
) -> dict[str, Any]:
    """One load run on ``backend`` (``sqlite`` or ``postgresql``); its figures and checks."""
    with scratch_dir(f"load-{backend}") as folder, _database(backend, pg_url) as db_url:
        store = ProvinceStore.init(folder / "province", db_url)
        try:
            fleet = make_fleet(store.public, mentors, batches, per_batch)
            codes = [new_enroll_code(store)[0] for _ in fleet]
            port = free_port()
            server = start_server(store.root, port)
            try:
                url = f"http://127.0.0.1:{port}"
                enrolled = asyncio.run(_enroll_all(url, fleet, codes))
                seen, elapsed = asyncio.run(_upload_all(port, fleet))
            finally:
                server.terminate()
                server.wait(30)
            problems = verify(store, fleet, per_batch)
        finally:
            store.close()
    latencies = seen["latencies"]
    errors = seen["ok"].count(False) + sum(1 for s in seen["resends"] if s != 200)
    errors += sum(1 for s in enrolled if s != 200)
    return {
        "backend": backend,
        "mentors": mentors,
        "batches": len(latencies),
        "throughput": len(latencies) / elapsed,
        "seconds": elapsed,
        "p50_s": statistics.median(latencies),
        "p99_s": _percentile(latencies, 0.99),
        "retries": sum(seen["retries"]),
        "errors": errors,
        "problems": problems,
        "exactly_once": not problems and not errors,
    }


class _database:
    """The database URL for a run: SQLite in the folder, or a PostgreSQL schema of its own."""

    def __init__(self, backend: str, pg_url: str | None) -> None:
        self.backend, self.pg_url = backend, pg_url
        self.schema = "load_" + uuid.uuid4().hex[:12]

    def __enter__(self) -> str | None:
        if self.backend == "sqlite":
            return None
        with create_engine(self.pg_url).begin() as connection:
            connection.exec_driver_sql(f"CREATE SCHEMA {self.schema}")
        joiner = "&" if "?" in self.pg_url else "?"
        return f"{self.pg_url}{joiner}options=-csearch_path%3D{self.schema}"

    def __exit__(self, *_exc: object) -> None:
        if self.backend != "sqlite":
            engine = create_engine(self.pg_url)
            with engine.begin() as connection:
                connection.exec_driver_sql(f"DROP SCHEMA {self.schema} CASCADE")
            engine.dispose()


def backends(pg_url: str | None) -> list[str]:
    return ["sqlite", *(["postgresql"] if pg_url else [])]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mentors", type=int, default=400)
    parser.add_argument("--batches", type=int, default=5)
    parser.add_argument("--records", type=int, default=10, help="records per batch")
    parser.add_argument("--pg-url", default=os.environ.get("KOPDES_TEST_PG_URL"))
    args = parser.parse_args(argv)
    failed = False
    for backend in backends(args.pg_url):
        figures = run_load(
            backend,
            mentors=args.mentors,
            batches=args.batches,
            per_batch=args.records,
            pg_url=args.pg_url,
        )
        print(
            f"{backend:10} {figures['batches']} batches from {figures['mentors']} mentors in "
            f"{figures['seconds']:.1f} s: {figures['throughput']:.0f} batches/s, "
            f"p50 {figures['p50_s'] * 1000:.0f} ms, p99 {figures['p99_s'] * 1000:.0f} ms, "
            f"retries {figures['retries']}, errors {figures['errors']}, "
            f"exactly once: {figures['exactly_once']}"
        )
        for problem in figures["problems"]:
            print(f"  problem: {problem}")
        failed = failed or not figures["exactly_once"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
