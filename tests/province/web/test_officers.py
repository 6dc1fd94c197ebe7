"""Officers: argon2 hashes, lock-out per officer and per client, disabling, the audit log,
and the ``kopdes-province officer`` commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kopdes_desktop.errors import ValidationError
from kopdes_desktop.province import officers
from kopdes_desktop.province.cli import main
from kopdes_desktop.province.officers import LockedOut, LoginRefused
from kopdes_desktop.province.officers_models import ProvOfficer
from kopdes_desktop.province.store import ProvinceStore

from .support import PASSWORD


@pytest.fixture
def store(tmp_path: Path):
    with ProvinceStore.init(tmp_path / "province") as store:
        officers.add_officer(store, "admin", PASSWORD, "admin")
        yield store


def test_the_password_is_stored_as_an_argon2_hash(store: ProvinceStore) -> None:
    with store.session() as session:
        stored = session.scalar(select(ProvOfficer.password_hash))
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert officers.authenticate(store, "ADMIN ", PASSWORD, "10.0.0.1").username == "admin"


def test_five_wrong_passwords_lock_the_officer_even_against_the_right_one(store) -> None:
    for _ in range(officers.MAX_FAILURES_OFFICER):
        with pytest.raises(LoginRefused) as refused:
            officers.authenticate(store, "admin", "salah-salah-salah", "10.0.0.1")
        assert not isinstance(refused.value, LockedOut)
        assert refused.value.message == "Nama pengguna atau kata sandi salah."
    with pytest.raises(LockedOut) as locked:
        officers.authenticate(store, "admin", PASSWORD, "10.0.0.2")
    assert "dikunci" in locked.value.message
    officers.set_password(store, "admin", "sandi-baru-yang-panjang")
    assert officers.authenticate(store, "admin", "sandi-baru-yang-panjang", "10.0.0.1")


def test_many_failures_from_one_client_lock_that_client_only(store) -> None:
    for n in range(officers.MAX_FAILURES_CLIENT):
        with pytest.raises(LoginRefused):
            officers.authenticate(store, f"tamu{n}", "salah-salah-salah", "10.0.0.9")
    with pytest.raises(LockedOut):
        officers.authenticate(store, "admin", PASSWORD, "10.0.0.9")
    assert officers.authenticate(store, "admin", PASSWORD, "10.0.0.10").username == "admin"


def test_a_disabled_officer_cannot_log_in(store) -> None:
    officers.set_active(store, "admin", False)
    with pytest.raises(LoginRefused):
        officers.authenticate(store, "admin", PASSWORD, "10.0.0.1")


@pytest.mark.parametrize(
    ("name", "password", "role", "kabupaten", "field"),
    [
        ("ab", PASSWORD, "viewer", None, "username"),
        ("Bad Name", PASSWORD, "viewer", None, "username"),
        ("petugas", "pendek", "viewer", None, "password"),
        ("petugas", PASSWORD, "raja", None, "role"),
        ("petugas", PASSWORD, "kabupaten", None, "kabupaten"),
        ("petugas", PASSWORD, "kabupaten", "65.99", "kabupaten"),
        ("admin", PASSWORD, "viewer", None, "username"),
    ],
)
def test_invalid_officers_are_refused_and_nothing_is_added(
    store, name, password, role, kabupaten, field
) -> None:
    with pytest.raises(ValidationError) as refused:
        officers.add_officer(store, name, password, role, kabupaten)
    assert field in refused.value.problems
    assert [o.username for o in officers.list_officers(store)] == ["admin"]


def test_every_action_is_in_the_audit_log_with_before_and_after(store) -> None:
    officers.add_officer(
        store, "bulungan", PASSWORD, "kabupaten", "65.01", actor="admin", client="10.0.0.1"
    )
    officers.set_active(store, "bulungan", False, actor="admin")
    with pytest.raises(LoginRefused):
        officers.authenticate(store, "bulungan", PASSWORD, "10.0.0.1")
    entries, total = officers.read_audit(store)
    assert total == 4
    actions = [(e.officer, e.action, e.target) for e in entries]
    assert actions[:3] == [
        ("bulungan", "login.failed", "bulungan"),
        ("admin", "officer.disable", "bulungan"),
        ("admin", "officer.add", "bulungan"),
    ]
    assert entries[1].before == {"active": True} and entries[1].after == {"active": False}
    assert entries[2].after["kabupaten_code"] == "65.01" and entries[2].client == "10.0.0.1"


def test_the_officer_commands(tmp_path: Path, capsys, monkeypatch) -> None:
    folder = str(tmp_path / "province")
    assert main(["init", "--dir", folder]) == 0
    monkeypatch.setattr("sys.stdin", _Lines(f"{PASSWORD}\n"))
    assert (
        main(
            [
                "officer",
                "add",
                "bulungan",
                "--role",
                "kabupaten",
                "--kabupaten",
                "65.01",
                "--dir",
                folder,
                "--json",
            ]
        )
        == 0
    )
    capsys.readouterr()
    assert main(["officer", "disable", "bulungan", "--dir", folder]) == 0
    assert main(["officer", "list", "--json", "--dir", folder]) == 0
    listed = json.loads(capsys.readouterr().out.split("\n", 1)[1])
    assert [(o["username"], o["role"], o["active"]) for o in listed] == [
        ("bulungan", "kabupaten", False)
    ]
    monkeypatch.setattr("sys.stdin", _Lines("pendek\n"))
    assert main(["officer", "passwd", "bulungan", "--dir", folder]) == 1
    assert "minimal 10 karakter" in capsys.readouterr().err


class _Lines:
    """Standard input that is not a terminal."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines(keepends=True)

    def isatty(self) -> bool:
        return False

    def readline(self) -> str:
        return self.lines.pop(0) if self.lines else ""
