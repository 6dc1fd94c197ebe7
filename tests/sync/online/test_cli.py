"""The command lines: ``kopdes-province enroll-code``, ``kopdes sync enroll`` and ``sync now``."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx2
import pytest

from kopdes_desktop.cli import main as kopdes
from kopdes_desktop.province.cli import main as kopdes_province
from kopdes_desktop.settings import Settings

from .support import add_work, batch_counts

REPO_ROOT = Path(__file__).resolve().parents[3]


def fresh_code(province, capsys) -> str:
    assert kopdes_province(["enroll-code", "--dir", str(province.root), "--hours", "1"]) == 0
    return capsys.readouterr().out.strip().splitlines()[-1]


def test_enroll_code_then_enroll_and_sync_from_the_command_line(province, service, laptops, capsys):
    laptop = laptops("laptop")
    add_work(laptop)
    data_dir = str(laptop.paths.root)
    code = fresh_code(province, capsys)
    assert len(code) == 14 and code.count("-") == 2

    assert (
        kopdes(["--data-dir", data_dir, "sync", "enroll", "--server", service.url, "--code", code])
        == 0
    )
    out = capsys.readouterr().out
    assert province.public.fingerprint in out
    assert Settings(laptop.paths.settings_file).get("sync_server") == service.url

    assert kopdes(["--data-dir", data_dir, "sync", "now"]) == 0
    assert "1 paket dikirim" in capsys.readouterr().out
    assert batch_counts(province)["applied"] == 1


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_used_code_and_dead_server_are_one_line_errors(province, service, laptops, capsys):
    first, second = laptops("first"), laptops("second")
    code = fresh_code(province, capsys)
    args = ["sync", "enroll", "--server", service.url, "--code", code]
    assert kopdes(["--data-dir", str(first.paths.root), *args]) == 0
    capsys.readouterr()

    assert kopdes(["--data-dir", str(second.paths.root), *args]) == 1
    assert "sudah dipakai" in capsys.readouterr().err

    assert (
        kopdes(
            [
                "--data-dir",
                str(first.paths.root),
                "sync",
                "now",
                "--server",
                "http://kopdes-sync.invalid",
            ]
        )
        == 1
    )
    assert "sinyal" in capsys.readouterr().err


@pytest.mark.parametrize("province", ["sqlite"], indirect=True)
def test_serve_command_runs_the_service_until_stopped(province):
    port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(REPO_ROOT), *filter(None, [os.environ.get("PYTHONPATH")])]
        ),
    }
    command = "import sys; from kopdes_desktop.province.cli import main; sys.exit(main())"
    server = subprocess.Popen(
        [
            sys.executable,
            "-c",
            command,
            "serve",
            "--dir",
            str(province.root),
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        health = wait_for_health(f"http://127.0.0.1:{port}", server)
    finally:
        server.send_signal(signal.SIGINT)
        out, _err = server.communicate(timeout=30)
    assert health["fingerprint"] == province.public.fingerprint
    assert province.public.fingerprint in out and "dihentikan" in out
    assert server.returncode == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_health(url: str, server: subprocess.Popen) -> dict:
    for _ in range(300):
        if server.poll() is not None:
            raise AssertionError(server.stderr.read())
        try:
            return httpx2.get(f"{url}/v1/health", timeout=1).json()
        except httpx2.TransportError:
            time.sleep(0.1)
    raise AssertionError("the service did not answer")
