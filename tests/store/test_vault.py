"""The store key: kept in the OS keyring, or behind a passphrase when there is none; the
recovery key; a wrong or missing secret is refused with nothing changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import fail

from kopdes_desktop.cli import main
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import db, vault
from kopdes_desktop.store.db import Store
from kopdes_desktop.store.models import Cooperative

from .helpers import KABUPATEN, sha256

PASSPHRASE = "kata-sandi-uji-kopdes"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend holding its secrets in this process (the OS keyrings keep theirs in
    the user's session; the tests have none)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.entries.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def os_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[MemoryKeyring]:
    """A working keyring and no passphrase in the environment (a laptop with a desktop)."""
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    vault.use_keyring(True)
    monkeypatch.delenv(vault.PASSPHRASE_ENV)
    try:
        yield backend
    finally:
        keyring.set_keyring(fail.Keyring())


@pytest.fixture(autouse=True)
def _no_prompt() -> Iterator[None]:
    vault.set_prompt(None)
    yield
    vault.set_prompt(None)


def _store_with_row(paths: DataPaths, name: str = "Koperasi Desa Merah Putih Sebakis") -> None:
    with Store.open(paths) as store, store.session() as session:
        session.add(Cooperative(name=name, region_code=KABUPATEN))


def _names(paths: DataPaths) -> list[str]:
    with Store.open(paths) as store, store.read() as session:
        return sorted(c.name for c in session.query(Cooperative))


def test_without_a_keyring_the_key_is_kept_behind_the_passphrase(data_paths: DataPaths) -> None:
    _store_with_row(data_paths)
    record = json.loads(vault.vault_file(data_paths).read_text())
    assert set(record["wraps"]) == {"passphrase", "recovery"}
    assert record["wraps"]["passphrase"]["kdf"] == "scrypt"
    assert not db.is_plaintext(data_paths.database)
    assert vault.keyring_get(record["store_id"]) is None

    vault.forget_all()  # a new start of the program
    assert _names(data_paths) == ["Koperasi Desa Merah Putih Sebakis"]


def test_a_wrong_or_missing_passphrase_is_refused_untouched(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_with_row(data_paths)
    vault.forget_all()
    before = sha256(data_paths.database)
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "bukan-kata-sandinya")
    with pytest.raises(vault.VaultError, match="salah"):
        Store.open(data_paths)
    monkeypatch.delenv(vault.PASSPHRASE_ENV)
    with pytest.raises(vault.VaultError, match="terkunci"):
        Store.open(data_paths)
    assert sha256(data_paths.database) == before


def test_a_prompt_is_asked_again_after_a_wrong_answer(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_with_row(data_paths)
    vault.forget_all()
    monkeypatch.delenv(vault.PASSPHRASE_ENV)
    answers = iter(["salah-sekali", PASSPHRASE])
    asked: list[vault.Request] = []

    def prompt(request: vault.Request) -> str | None:
        asked.append(request)
        return next(answers)

    vault.set_prompt(prompt)
    assert _names(data_paths) == ["Koperasi Desa Merah Putih Sebakis"]
    assert [(r.kind, r.retry) for r in asked] == [("unlock", False), ("unlock", True)]


def test_a_new_store_without_keyring_or_passphrase_is_refused(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(vault.PASSPHRASE_ENV)
    with pytest.raises(vault.VaultError, match="tidak punya tempat aman"):
        Store.open(data_paths)
    assert not data_paths.database.exists()
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "pendek")
    with pytest.raises(vault.VaultError, match="terlalu pendek"):
        Store.open(data_paths)


def test_with_a_keyring_no_passphrase_is_needed(
    data_paths: DataPaths, os_keyring: MemoryKeyring
) -> None:
    _store_with_row(data_paths)
    record = json.loads(vault.vault_file(data_paths).read_text())
    assert set(record["wraps"]) == {"recovery"}
    (entry,) = os_keyring.entries.items()
    assert entry[0] == (vault.KEYRING_SERVICE, f"basis-data:{record['store_id']}")
    assert len(bytes.fromhex(entry[1])) == 32

    vault.forget_all()
    assert _names(data_paths) == ["Koperasi Desa Merah Putih Sebakis"]


def test_the_recovery_key_opens_the_store_when_the_keyring_lost_it(
    data_paths: DataPaths,
    os_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _store_with_row(data_paths)
    assert vault.recovery_unseen(data_paths)
    assert main(["kunci-pemulihan", "--data-dir", str(data_paths.root)]) == 0
    printed = capsys.readouterr().out
    code = printed.split("Kunci pemulihan: ")[1].split()[0]
    assert len(code) == 39 and code.count("-") == 7
    assert not vault.recovery_unseen(data_paths)

    os_keyring.entries.clear()
    vault.forget_all()
    monkeypatch.setenv(vault.PASSPHRASE_ENV, code.lower().replace("-", " "))
    assert _names(data_paths) == ["Koperasi Desa Merah Putih Sebakis"]
    assert len(os_keyring.entries) == 1, "the key is kept in the keyring again"


def test_a_passphrase_can_be_added_to_a_keyring_store(
    data_paths: DataPaths, os_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    _store_with_row(data_paths)
    monkeypatch.setenv("KOPDES_NEW_PASSPHRASE", "sandi baru yang panjang")
    assert main(["kata-sandi", "--data-dir", str(data_paths.root)]) == 0
    os_keyring.entries.clear()
    vault.forget_all()
    monkeypatch.setenv(vault.PASSPHRASE_ENV, "sandi baru yang panjang")
    assert _names(data_paths) == ["Koperasi Desa Merah Putih Sebakis"]


def test_an_encrypted_store_without_its_key_file_is_refused(data_paths: DataPaths) -> None:
    _store_with_row(data_paths)
    vault.vault_file(data_paths).rename(data_paths.root / "disimpan.json")
    before = sha256(data_paths.database)
    with pytest.raises(db.StoreError, match="kunci basisnya"):
        Store.open(data_paths)
    assert sha256(data_paths.database) == before


def test_sealed_files_open_only_with_their_key() -> None:
    key, other = bytes(range(32)), bytes(reversed(range(32)))
    sealed = vault.seal(key, b"NIK 6501010101900001")
    assert vault.is_sealed(sealed) and b"6501010101900001" not in sealed
    vault.forget_all()
    with pytest.raises(vault.VaultError, match="kunci lain"):
        vault.unseal(sealed)
    vault._remember({"store_id": "lain"}, other)
    with pytest.raises(vault.VaultError):
        vault.unseal(sealed)
    vault._remember({"store_id": "ini"}, key)
    assert vault.unseal(sealed) == b"NIK 6501010101900001"
    tampered = sealed[:-1] + bytes([sealed[-1] ^ 1])
    with pytest.raises(vault.VaultError, match="rusak"):
        vault.unseal(tampered)


def test_the_key_file_is_private(data_paths: DataPaths) -> None:
    _store_with_row(data_paths)
    assert vault.vault_file(data_paths).stat().st_mode & 0o777 == 0o600
    assert not Path(f"{vault.vault_file(data_paths)}.tmp").exists()
