"""The session cookie's flags: HttpOnly and SameSite always, Secure when served over HTTPS;
pages refuse to be framed and are never cached."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import PASSWORD, seed_officers


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_the_session_cookie(tmp_path: Path, scheme: str) -> None:
    with ProvinceStore.init(tmp_path / "province") as store:
        seed_officers(store)
        with TestClient(create_app(store), base_url=f"{scheme}://kantor.dinas") as client:
            form = client.get("/masuk")
            assert form.headers["x-frame-options"] == "DENY"
            assert "frame-ancestors 'none'" in form.headers["content-security-policy"]
            token = re.search(r'name="csrf_token" value="([^"]+)"', form.text).group(1)
            answer = client.post(
                "/masuk",
                data={"username": "admin", "password": PASSWORD, "csrf_token": token},
                follow_redirects=False,
            )
            assert answer.status_code == 303
            cookie = next(
                v for v in answer.headers.get_list("set-cookie") if v.startswith("kopdes_session=")
            )
            flags = {part.strip().lower() for part in cookie.split(";")[1:]}
            assert {"httponly", "samesite=strict", "path=/"} <= flags
            assert ("secure" in flags) == (scheme == "https")
            page = client.get("/koperasi")
            assert page.status_code == 200 and page.headers["cache-control"] == "no-store"
            assert client.get("/v1/health").json()["status"] == "ok"
