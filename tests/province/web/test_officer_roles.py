"""Changing an officer's role and kabupaten: audited with before and after, checked like a new
officer, never leaving the province without an active admin; the page and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import officers
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.service import create_app
from kopdes_desktop.province.store import ProvinceStore

from .support import PASSWORD, seed_officers


@pytest.fixture
def store(tmp_path: Path):
    with ProvinceStore.init(tmp_path / "province") as store:
        seed_officers(store)
        yield store


def _role(store: ProvinceStore, username: str) -> tuple[str, str | None]:
    found = next(o for o in officers.list_officers(store) if o.username == username)
    return found.role, found.kabupaten_code


def test_a_role_change_is_audited_with_before_and_after(store) -> None:
    officers.set_role(store, "peninjau", "kabupaten", "65.02", actor="admin", client="10.0.0.1")
    assert _role(store, "peninjau") == ("kabupaten", "65.02")
    officers.set_role(store, "bulungan", "admin", "65.01", actor="admin")
    assert _role(store, "bulungan") == ("admin", None)
    entries, _ = officers.read_audit(store)
    assert [(e.action, e.target) for e in entries[:2]] == [
        ("officer.role", "bulungan"),
        ("officer.role", "peninjau"),
    ]
    assert entries[1].before == {"role": "viewer", "kabupaten_code": None}
    assert entries[1].after == {"role": "kabupaten", "kabupaten_code": "65.02"}
    assert entries[1].client == "10.0.0.1"


@pytest.mark.parametrize(
    ("role", "kabupaten", "field"),
    [
        ("raja", None, "role"),
        ("kabupaten", None, "kabupaten"),
        ("kabupaten", "65.99", "kabupaten"),
    ],
)
def test_an_invalid_role_or_kabupaten_changes_nothing(store, role, kabupaten, field) -> None:
    before = officers.read_audit(store)[1]
    with pytest.raises(ValidationError) as refused:
        officers.set_role(store, "bulungan", role, kabupaten)
    assert field in refused.value.problems
    assert _role(store, "bulungan") == ("kabupaten", "65.01")
    assert officers.read_audit(store)[1] == before


def test_the_last_active_admin_cannot_be_demoted(store) -> None:
    with pytest.raises(ValidationError) as refused:
        officers.set_role(store, "admin", "viewer", actor="admin")
    assert "Admin aktif terakhir" in refused.value.problems["role"]
    assert _role(store, "admin") == ("admin", None)
    officers.set_role(store, "peninjau", "admin")
    officers.set_role(store, "admin", "viewer", actor="admin")
    assert _role(store, "admin") == ("viewer", None)
    officers.set_active(store, "peninjau", False)
    officers.set_role(store, "bulungan", "admin")
    with pytest.raises(ValidationError):
        officers.set_role(store, "bulungan", "kabupaten", "65.01")


def _logged_in(store: ProvinceStore) -> tuple[TestClient, str]:
    client = TestClient(create_app(store))
    token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/masuk").text)[1]
    client.post("/masuk", data={"username": "admin", "password": PASSWORD, "csrf_token": token})
    page = client.get("/petugas").text
    return client, re.search(r'name="csrf_token" value="([^"]+)"', page)[1]


def test_the_officers_page_changes_a_role_with_its_csrf_token(store) -> None:
    client, token = _logged_in(store)
    forged = client.post(
        "/petugas/peninjau/peran",
        data={"csrf_token": "palsu", "role": "kabupaten", "kabupaten_code": "65.04"},
    )
    assert forged.status_code == 403 and _role(store, "peninjau") == ("viewer", None)
    done = client.post(
        "/petugas/peninjau/peran",
        data={"csrf_token": token, "role": "kabupaten", "kabupaten_code": "65.04"},
    )
    assert "Peran petugas diubah." in done.text
    assert _role(store, "peninjau") == ("kabupaten", "65.04")
    refused = client.post("/petugas/admin/peran", data={"csrf_token": token, "role": "viewer"})
    assert refused.status_code == 422 and "Admin aktif terakhir" in refused.text
    assert _role(store, "admin") == ("admin", None)
    client.close()


def test_officer_set_on_the_command_line(tmp_path: Path, capsys) -> None:
    folder = str(tmp_path / "province")
    assert main(["init", "--dir", folder]) == 0
    with ProvinceStore.open(Path(folder)) as store:
        seed_officers(store)
    capsys.readouterr()
    assert (
        main(
            [
                "officer",
                "set",
                "peninjau",
                "--role",
                "kabupaten",
                "--kabupaten",
                "65.71",
                "--json",
                "--dir",
                folder,
            ]
        )
        == 0
    )
    shown = json.loads(capsys.readouterr().out)
    assert (shown["role"], shown["kabupaten_code"]) == ("kabupaten", "65.71")
    assert main(["officer", "set", "admin", "--role", "viewer", "--dir", folder]) == 1
    assert "Admin aktif terakhir" in capsys.readouterr().err
    assert main(["officer", "set", "peninjau", "--dir", folder]) == 1
    assert "--role" in capsys.readouterr().err
