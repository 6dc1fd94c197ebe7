"""A real uvicorn on loopback, and a TCP proxy that cuts one connection mid-upload."""

from __future__ import annotations

import socket
import threading
import time
from typing import Any, Self

import uvicorn
from fastapi import FastAPI

from kopdes_desktop.province.serve_cli import server_config


def accept(listener: socket.socket, stop: threading.Event) -> socket.socket | None:
    """The next connection, or None once ``stop`` is set (polled, as closing a listening
    socket does not wake a thread blocked in accept)."""
    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            client, _ = listener.accept()
        except TimeoutError:
            continue
        except OSError:
            return None
        client.settimeout(None)
        return client
    return None


class LiveServer:
    """The service under uvicorn in a thread, on a free 127.0.0.1 port."""

    def __init__(self, app: FastAPI, **options: Any) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = server_config(app, "127.0.0.1", self.port, log_level="warning", **options)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(20)
        self.socket.close()


class _LoopbackServer:
    """A listener on a free loopback port; a subclass's ``_accept`` serves it in a thread
    until stopped."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Self:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()


class DroppingProxy(_LoopbackServer):
    """Forwards loopback TCP to ``target``; the first connection whose upload passes
    ``drop_after`` bytes is cut there. Later connections pass untouched."""

    def __init__(self, target_port: int, drop_after: int) -> None:
        self.target_port = target_port
        self.drop_after = drop_after
        self.dropped = 0
        self.connections = 0
        super().__init__()

    def _accept(self) -> None:
        while (client := accept(self.listener, self._stop)) is not None:
            self.connections += 1
            upstream = socket.create_connection(("127.0.0.1", self.target_port))
            cut = self.dropped == 0
            threading.Thread(target=self._pump, args=(client, upstream, cut), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket, cut: bool) -> None:
        passed = 0
        try:
            while chunk := source.recv(65536):
                if cut and self.dropped == 0 and passed + len(chunk) > self.drop_after:
                    sink.sendall(chunk[: self.drop_after - passed])
                    self.dropped += 1
                    break
                sink.sendall(chunk)
                passed += len(chunk)
        except OSError:
            pass
        for sock in (source, sink):
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()


class ForwardProxy(_LoopbackServer):
    """A minimal HTTP forward proxy (plain http, one request per connection) that records the
    absolute targets it was asked for."""

    def __init__(self) -> None:
        self.targets: list[str] = []
        super().__init__()

    def _accept(self) -> None:
        while (client := accept(self.listener, self._stop)) is not None:
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            data = b""
            while b"\r\n\r\n" not in data:
                chunk = client.recv(65536)
                if not chunk:
                    return
                data += chunk
            head, _, body = data.partition(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")
            method, target, version = lines[0].split(" ")
            self.targets.append(target)
            host_port, _, path = target.removeprefix("http://").partition("/")
            host, _, port = host_port.partition(":")
            headers = [
                h
                for h in lines[1:]
                if h.split(":")[0].lower() not in ("connection", "proxy-connection")
            ]
            length = next(
                (
                    int(h.split(":")[1])
                    for h in headers
                    if h.split(":")[0].lower() == "content-length"
                ),
                0,
            )
            while len(body) < length:
                body += client.recv(65536)
            request = "\r\n".join(
                [f"{method} /{path} {version}", *headers, "Connection: close", "", ""]
            ).encode("latin-1")
            with socket.create_connection((host, int(port or 80))) as upstream:
                upstream.sendall(request + body)
                while chunk := upstream.recv(65536):
                    client.sendall(chunk)
