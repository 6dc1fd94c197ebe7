"""A small test-only client of Firefox's Marionette protocol, to drive Debian's firefox-esr
headless (Playwright's own Firefox build cannot be installed from Debian or PyPI).

Marionette speaks length-prefixed JSON over TCP (``<length>:<json>``): the browser greets with
``{"applicationType": "gecko", "marionetteProtocol": 3}``; a command is ``[0, id, name,
params]`` and its answer ``[1, id, error, result]``. Firefox is started with a fresh profile
whose ``marionette.port`` is 0: it listens on a free port and writes it to the profile's
``MarionetteActivePort`` file.
"""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
PREFS = {
    "marionette.port": 0,
    "intl.accept_languages": "id-ID, id",
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "app.update.disabledForTesting": True,
    "datareporting.policy.dataSubmissionEnabled": False,
    "toolkit.telemetry.enabled": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "services.settings.server": "http://127.0.0.1:9/",
    "browser.safebrowsing.update.enabled": False,
}


class MarionetteError(RuntimeError):
    """An error the browser answered a command with."""


class Firefox:
    """One headless firefox-esr and its Marionette session."""

    def __init__(self, executable: str, profile: Path, timeout: float = 60.0) -> None:
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "user.js").write_text(
            "".join(f"user_pref({json.dumps(k)}, {json.dumps(v)});\n" for k, v in PREFS.items())
        )
        env = {**os.environ, "HOME": str(profile), "MOZ_CRASHREPORTER_DISABLE": "1"}
        self.process = subprocess.Popen(
            [executable, "--headless", "--marionette", "--no-remote", "--profile", str(profile)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        port_file = profile / "MarionetteActivePort"
        deadline = time.monotonic() + timeout
        while not port_file.exists() or not port_file.read_text().strip():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.process.kill()
                raise RuntimeError("firefox-esr did not start Marionette")
            time.sleep(0.1)
        self.socket = socket.create_connection(
            ("127.0.0.1", int(port_file.read_text())), timeout=timeout
        )
        self._id = 0
        greeting = self._read()
        assert greeting.get("marionetteProtocol") == 3, greeting
        self.capabilities = self.command(
            "WebDriver:NewSession", {"capabilities": {"alwaysMatch": {}}}
        )["capabilities"]

    def _read(self) -> Any:
        head = b""
        while not head.endswith(b":"):
            chunk = self.socket.recv(1)
            if not chunk:
                raise ConnectionError("Marionette closed the connection")
            head += chunk
        length = int(head[:-1])
        body = b""
        while len(body) < length:
            chunk = self.socket.recv(length - len(body))
            if not chunk:
                raise ConnectionError("Marionette closed the connection")
            body += chunk
        return json.loads(body)

    def command(self, name: str, params: dict[str, Any] | None = None) -> Any:
        """Send one command; its result, or :class:`MarionetteError`."""
        self._id += 1
        data = json.dumps([0, self._id, name, params or {}]).encode()
        self.socket.sendall(str(len(data)).encode() + b":" + data)
        kind, answer_id, error, result = self._read()
        assert (kind, answer_id) == (1, self._id)
        if error:
            raise MarionetteError(f"{name}: {error.get('error')}: {error.get('message')}")
        return result

    def goto(self, url: str) -> None:
        self.command("WebDriver:Navigate", {"url": url})

    @property
    def url(self) -> str:
        return self.command("WebDriver:GetCurrentURL")["value"]

    def find(self, css: str) -> str:
        return self.command("WebDriver:FindElement", {"using": "css selector", "value": css})[
            "value"
        ][ELEMENT]

    def count(self, css: str) -> int:
        return len(self.command("WebDriver:FindElements", {"using": "css selector", "value": css}))

    def text(self, css: str) -> str:
        return self.command("WebDriver:GetElementText", {"id": self.find(css)})["value"]

    def fill(self, css: str, text: str) -> None:
        element = self.find(css)
        self.command("WebDriver:ElementClear", {"id": element})
        self.command("WebDriver:ElementSendKeys", {"id": element, "text": text})

    def click(self, css: str) -> None:
        """Click (a link or a form's button); Marionette waits for the page it loads."""
        self.command("WebDriver:ElementClick", {"id": self.find(css)})

    def screenshot(self, path: Path) -> bytes:
        data = base64.b64decode(
            self.command("WebDriver:TakeScreenshot", {"full": False, "hash": False})["value"]
        )
        path.write_bytes(data)
        return data

    def close(self) -> None:
        try:
            self.command("WebDriver:DeleteSession")
            self.command("Marionette:Quit", {"flags": ["eForceQuit"]})
        except (OSError, MarionetteError):
            pass
        finally:
            self.socket.close()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
