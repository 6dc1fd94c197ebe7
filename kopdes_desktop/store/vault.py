"""The key of the encrypted laptop store: made once, kept in the OS keyring or behind a
passphrase, recoverable with a recovery key.

The database is a SQLCipher file opened with a random 256-bit *store key*; attachments and the
private parts of a backup are sealed with keys derived from it. The data folder keeps the store
key only wrapped, in ``kunci-basis-data.json`` (mode 0600)::

    {"kind": "kopdes-vault", "format": 1, "store_id": "...", "check": HMAC of the key,
     "wraps": {"recovery": {...}, "passphrase": {...}},   # AES-GCM, AAD = store_id
     "recovery": {...}, "recovery_shown": bool}           # the recovery key, under the store key

Unwrapped, the key is found, in this order: in this process's memory (once unlocked), in the OS
keyring (``keyring``: Windows Credential Manager, Secret Service on Linux, macOS Keychain), or
from a secret asked for: ``KOPDES_PASSPHRASE`` for scripts, else the prompt the program
installed (:func:`set_prompt`: a dialog in the GUI, a terminal prompt in the CLI). The secret
may be the passphrase or the recovery key. Without a working keyring a new store needs a
passphrase; the recovery key is always made, shown once, and printed again by
``kopdes kunci-pemulihan``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kopdes_desktop.errors import StoreError
from kopdes_desktop.paths import DataPaths, write_atomic
from kopdes_desktop.store import keywrap

log = logging.getLogger(__name__)

FILENAME = "kunci-basis-data.json"
KIND = "kopdes-vault"
FORMAT = 1
PASSPHRASE_ENV = "KOPDES_PASSPHRASE"
KEYRING_SERVICE = "Kopdes Desktop"
MIN_PASSPHRASE = 8
SCRYPT_N = 2**17
"""scrypt cost for a new passphrase wrap (OWASP's minimum); each wrap records its own."""
_SEALED_MAGIC = b"\x00KDS\x01"
SEAL_OVERHEAD = len(_SEALED_MAGIC) + 8 + 12 + 16
"""Bytes a sealed file has beyond its content (magic, key id, nonce, GCM tag)."""


@dataclass(frozen=True)
class Request:
    """What a prompt is asked for: ``new`` (choose a passphrase) or ``unlock``."""

    kind: str
    data_dir: Path
    retry: bool = False


Prompt = Callable[[Request], str | None]


class VaultError(StoreError):
    """The store key cannot be had: no secret given, a wrong one, or a lost key file."""


_lock = threading.RLock()
_unlocked: dict[str, bytes] = {}
"""store_id -> store key, for the life of the process once unlocked."""
_records: dict[str, dict[str, Any]] = {}
"""store_id -> its key file's content, for the same stores."""
_sealing: dict[bytes, bytes] = {}
"""key id -> sealing key (attachments, backup members) of every unlocked store."""
_prompt: Prompt | None = None
_keyring_enabled = True


def use_keyring(enabled: bool) -> None:
    """Leave the OS keyring alone (the self-test's throw-away store) or use it again."""
    global _keyring_enabled
    _keyring_enabled = enabled


def set_prompt(prompt: Prompt | None) -> None:
    """Install how this program asks for a passphrase (None: only ``KOPDES_PASSPHRASE``)."""
    global _prompt
    _prompt = prompt


def forget_all() -> None:
    """Drop every key held in memory (a later open asks the keyring or the user again)."""
    with _lock:
        _unlocked.clear()
        _records.clear()
        _sealing.clear()


def known() -> list[tuple[dict[str, Any], bytes]]:
    """Every (key file content, store key) unlocked in this process."""
    with _lock:
        return [(_records[sid], key) for sid, key in _unlocked.items()]


def vault_file(paths: DataPaths) -> Path:
    return paths.root / FILENAME


def _check(key: bytes) -> str:
    return hmac.new(key, b"kopdes-vault-check", hashlib.sha256).hexdigest()[:32]


def sealing_key(key: bytes) -> bytes:
    """The key that seals attachments and a backup's private members."""
    return keywrap.hkdf(key, b"kopdes-sealing-v1")


def _key_id(seal: bytes) -> bytes:
    return hashlib.sha256(b"kopdes-key-id" + seal).digest()[:8]


def sqlcipher_key(key: bytes) -> str:
    """The key as SQLCipher's raw-key literal (no passphrase derivation on every open)."""
    return f"x'{key.hex()}'"


# --- the OS keyring -----------------------------------------------------------------------


def _keyring_name(store_id: str) -> str:
    return f"basis-data:{store_id}"


def keyring_get(store_id: str) -> bytes | None:
    """The store key kept in the OS keyring, or None (no entry, or no working keyring)."""
    if not _keyring_enabled:
        return None
    try:
        import keyring

        text = keyring.get_password(KEYRING_SERVICE, _keyring_name(store_id))
    except Exception as exc:  # every backend has its own errors (D-Bus, Win32, locked...)
        log.debug("keyring not usable: %s", exc)
        return None
    try:
        return bytes.fromhex(text) if text else None
    except ValueError:
        return None


def keyring_put(store_id: str, key: bytes) -> bool:
    """Keep the store key in the OS keyring; False when no keyring works here."""
    if not _keyring_enabled:
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, _keyring_name(store_id), key.hex())
        return keyring_get(store_id) == key
    except Exception as exc:
        log.info("no working OS keyring (%s); the store key needs a passphrase", exc)
        return False


# --- the key file -------------------------------------------------------------------------


def read_record(file: Path) -> dict[str, Any] | None:
    """The key file's content, None when there is none; VaultError when it is damaged."""
    try:
        record = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise VaultError(
            f"Berkas kunci {file.name} tidak dapat dibaca atau rusak. Data tidak diubah.",
            f"The key file {file.name} cannot be read or is damaged. Nothing was changed.",
        ) from exc
    if (
        not isinstance(record, dict)
        or record.get("kind") != KIND
        or record.get("format") != FORMAT
        or not isinstance(record.get("store_id"), str)
    ):
        raise VaultError(
            f"Berkas kunci {file.name} bukan milik Kopdes Desktop.",
            f"The key file {file.name} is not a Kopdes key file.",
        )
    return record


def write_record(file: Path, record: dict[str, Any]) -> None:
    """Write the key file atomically, readable by this user only."""
    write_atomic(file, json.dumps(record, indent=1).encode("utf-8"), private=True)


def _remember(record: dict[str, Any], key: bytes) -> bytes:
    store_id = record["store_id"]
    with _lock:
        _unlocked[store_id] = key
        _records[store_id] = record
        seal = sealing_key(key)
        _sealing[_key_id(seal)] = seal
    return key


def _ask(request: Request) -> str | None:
    env = os.environ.get(PASSPHRASE_ENV)
    if env and not request.retry:
        return env
    return _prompt(request) if _prompt is not None else None


def create(paths: DataPaths) -> bytes:
    """Make the store key of a new (or newly encrypted) store and its key file."""
    key = secrets.token_bytes(32)
    store_id = uuid.uuid4().hex
    code = keywrap.new_recovery_code()
    record: dict[str, Any] = {
        "kind": KIND,
        "format": FORMAT,
        "store_id": store_id,
        "check": _check(key),
        "wraps": {},
        "recovery_shown": False,
    }
    record["wraps"]["recovery"] = keywrap.wrap_recovery(key, code, store_id)
    record["recovery"] = keywrap.seal_with(sealing_key(key), code.encode(), store_id.encode())
    in_keyring = keyring_put(store_id, key)
    # With a keyring a passphrase is optional (scripts may still give one); without, needed.
    passphrase = os.environ.get(PASSPHRASE_ENV) if in_keyring else _ask(Request("new", paths.root))
    if passphrase:
        check_new_passphrase(passphrase)
        record["wraps"]["passphrase"] = keywrap.wrap_passphrase(key, passphrase, store_id, SCRYPT_N)
    elif not in_keyring:
        raise VaultError(
            "Komputer ini tidak punya tempat aman untuk kunci (keyring). Buat kata sandi data "
            f"(minimal {MIN_PASSPHRASE} karakter), atau isi {PASSPHRASE_ENV} untuk skrip.",
            "This computer has no OS keyring for the key. Choose a data passphrase (at least "
            f"{MIN_PASSPHRASE} characters), or set {PASSPHRASE_ENV} for scripts.",
        )
    write_record(vault_file(paths), record)
    log.info("store key made (%s)", "keyring" if in_keyring else "passphrase")
    return _remember(record, key)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise VaultError(
            f"Kata sandi data terlalu pendek (minimal {MIN_PASSPHRASE} karakter).",
            f"The data passphrase is too short (at least {MIN_PASSPHRASE} characters).",
        )


def unlock_record(record: dict[str, Any], data_dir: Path) -> bytes:
    """The store key of ``record``: from memory, the keyring, or a secret asked for."""
    store_id = record["store_id"]
    with _lock:
        if store_id in _unlocked:
            return _unlocked[store_id]
    key = keyring_get(store_id)
    if key is not None and hmac.compare_digest(_check(key), str(record.get("check", ""))):
        return _remember(record, key)
    retry = False
    while True:
        secret = _ask(Request("unlock", data_dir, retry))
        if not secret:
            if retry:
                raise _wrong_secret()
            raise VaultError(
                "Data ini terkunci: masukkan kata sandi data atau kunci pemulihan (untuk skrip: "
                f"{PASSPHRASE_ENV}). Data tidak diubah.",
                "This data is locked: give the data passphrase or the recovery key (scripts: "
                f"{PASSPHRASE_ENV}). Nothing was changed.",
            )
        key = keywrap.unwrap(record, secret, _check)
        if key is not None:
            keyring_put(store_id, key)
            return _remember(record, key)
        if _prompt is None:
            raise _wrong_secret()
        retry = True


def _wrong_secret() -> VaultError:
    return VaultError(
        "Kata sandi data atau kunci pemulihan salah. Data tidak diubah.",
        "Wrong data passphrase or recovery key. Nothing was changed.",
    )


def key_for(paths: DataPaths, *, create_new: bool) -> bytes:
    """The store key of the data folder; a new one when ``create_new`` and there is none."""
    record = read_record(vault_file(paths))
    if record is None:
        if not create_new:
            raise VaultError(
                f"Kunci basis data ({FILENAME}) tidak ada di {paths.root}: basis data terenkripsi "
                "ini tidak dapat dibuka. Pulihkan dari cadangan lengkap. Data tidak diubah.",
                f"The database key file ({FILENAME}) is missing from {paths.root}: this "
                "encrypted database cannot be opened. Restore a complete backup.",
            )
        return create(paths)
    return unlock_record(record, paths.root)


def recovery_code(paths: DataPaths, key: bytes) -> str:
    """The recovery key of the open store (for ``kopdes kunci-pemulihan``)."""
    record = read_record(vault_file(paths))
    if record is None or "recovery" not in record:
        raise VaultError("Kunci pemulihan tidak ada.", "There is no recovery key.")
    return keywrap.open_with(
        sealing_key(key), record["recovery"], record["store_id"].encode()
    ).decode("ascii")


def recovery_unseen(paths: DataPaths) -> bool:
    """Whether the recovery key has not been shown to the mentor yet."""
    try:
        record = read_record(vault_file(paths))
    except VaultError:
        return False
    return record is not None and not record.get("recovery_shown", True)


def mark_recovery_shown(paths: DataPaths) -> None:
    record = read_record(vault_file(paths))
    if record is not None:
        record["recovery_shown"] = True
        write_record(vault_file(paths), record)


def set_passphrase(paths: DataPaths, key: bytes, passphrase: str) -> None:
    """Add (or replace) the passphrase that unlocks this store on any computer."""
    check_new_passphrase(passphrase)
    record = read_record(vault_file(paths))
    if record is None:
        raise VaultError("Kunci basis data tidak ada.", "There is no database key file.")
    record["wraps"]["passphrase"] = keywrap.wrap_passphrase(
        key, passphrase, record["store_id"], SCRYPT_N
    )
    write_record(vault_file(paths), record)


# --- sealed files (attachments, private backup members) -----------------------------------


def seal(key: bytes, plain: bytes) -> bytes:
    """``plain`` encrypted under the store's sealing key; :func:`unseal` finds the key by id."""
    seal_key = sealing_key(key)
    key_id = _key_id(seal_key)
    nonce = os.urandom(12)
    head = _SEALED_MAGIC + key_id
    return head + nonce + AESGCM(seal_key).encrypt(nonce, plain, head)


def is_sealed(data: bytes) -> bool:
    return data.startswith(_SEALED_MAGIC)


def unseal(data: bytes) -> bytes:
    """The plain bytes of a sealed file, with the key of whichever unlocked store sealed it."""
    head = data[: len(_SEALED_MAGIC) + 8]
    with _lock:
        seal_key = _sealing.get(head[len(_SEALED_MAGIC) :])
    if seal_key is None:
        raise VaultError(
            "Berkas ini dikunci dengan kunci lain.", "This file is locked with another key."
        )
    nonce = data[len(head) : len(head) + 12]
    try:
        return AESGCM(seal_key).decrypt(nonce, data[len(head) + 12 :], head)
    except InvalidTag as exc:
        raise VaultError("Berkas terenkripsi rusak.", "The encrypted file is damaged.") from exc


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The plain bytes of a file that may be sealed (an attachment)."""
    data = Path(path).read_bytes()
    return unseal(data) if is_sealed(data) else data
