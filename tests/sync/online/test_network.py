"""Bad connections: a cut upload is resent, dead servers and no signal give clear errors."""

from __future__ import annotations

import socket

import pytest
from fastapi import FastAPI
from fastapi.responses import JSONResponse

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.settings import Settings
from kopdes_desktop.sync.http_client import sync_now
from kopdes_desktop.sync.http_transport import ProvinceClient, RetryPolicy
from kopdes_desktop.sync.online_errors import NoSignal, ServerUnreachable
from kopdes_desktop.sync.trust import device_signing_key

from .calls import sealed_batches
from .live import DroppingProxy, ForwardProxy, LiveServer
from .support import FAST, add_work, batch_counts


def test_upload_cut_mid_way_is_resent_and_applied_once(province, service, laptops, enrolled):
    laptop = laptops("laptop")
    add_work(laptop, visits=150)
    enrolled(laptop)
    [(_batch_id, data)] = sealed_batches(laptop)
    assert len(data) > 5000
    proxy = DroppingProxy(service.port, drop_after=3500).start()
    try:
        report = sync_now(laptop, laptop.paths, server=proxy.url, policy=FAST)
    finally:
        proxy.stop()

    assert proxy.dropped == 1 and proxy.connections >= 2
    assert report.applied == 1 and report.receipt["batches_acknowledged"] == 1
    assert batch_counts(province) == {"applied": 1, "records": 151}


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_proxy_from_the_environment_is_used(province, service, laptops, enrolled, monkeypatch):
    laptop = laptops("laptop")
    add_work(laptop)
    enrolled(laptop)
    proxy = ForwardProxy().start()
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    try:
        report = sync_now(laptop, laptop.paths, policy=FAST)
    finally:
        proxy.stop()

    assert report.applied == 1
    assert any(target.endswith("/v1/health") for target in proxy.targets)


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_server_that_never_answers_is_bounded_by_timeouts(laptops):
    laptop = laptops("laptop")
    add_work(laptop)
    silent = socket.create_server(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{silent.getsockname()[1]}"
    policy = RetryPolicy(
        attempts=2,
        base_delay=0.01,
        max_delay=0.02,
        connect_timeout=1,
        read_timeout=0.5,
        write_timeout=0.5,
    )
    try:
        with pytest.raises(ServerUnreachable) as caught:
            sync_now(laptop, laptop.paths, server=url, policy=policy)
    finally:
        silent.close()
    assert "tidak dapat dihubungi" in caught.value.message


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_refused_connection_and_no_signal(laptops):
    laptop = laptops("laptop")
    closed = socket.create_server(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    with pytest.raises(ServerUnreachable):
        sync_now(laptop, laptop.paths, server=f"http://127.0.0.1:{port}", policy=FAST)
    with pytest.raises(NoSignal) as caught:
        sync_now(laptop, laptop.paths, server="http://kopdes-sync.invalid", policy=FAST)
    assert "sinyal" in caught.value.message


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_sync_without_a_server_says_to_enrol(laptops):
    laptop = laptops("laptop")
    assert Settings(laptop.paths.settings_file).get("sync_server") == ""
    with pytest.raises(KopdesError) as caught:
        sync_now(laptop, laptop.paths, policy=FAST)
    assert "daftarkan laptop" in caught.value.message


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_busy_server_is_retried_with_backoff_then_answers(laptops):
    laptop = laptops("laptop")
    answers = iter([503, 502, 200] + [503] * FAST.attempts)
    app = FastAPI()

    @app.get("/v1/health")
    def health() -> JSONResponse:
        status = next(answers)
        return JSONResponse(
            {"status": "ok", "key_id": "x"} if status == 200 else {},
            status_code=status,
            headers={"Retry-After": "0"},
        )

    server = LiveServer(app).start()
    try:
        with ProvinceClient(
            server.url, laptop.device_id, device_signing_key(laptop), policy=FAST
        ) as client:
            assert client.health()["status"] == "ok"
        with (
            ProvinceClient(
                server.url, laptop.device_id, device_signing_key(laptop), policy=FAST
            ) as client,
            pytest.raises(ServerUnreachable),
        ):
            client.health()
    finally:
        server.stop()
