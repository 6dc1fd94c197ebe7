"""Keys: the device's Ed25519 signing and X25519 opening keys, the province's X25519 sealing and
Ed25519 signing keys.

Private keys are PEM files readable by their owner only (mode 0600). Public keys travel as
base64 of their raw bytes. A province is named by its key id (derived from the sealing key) and
shown to people by a fingerprint over both public keys, to compare by eye or by phone.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.paths import private_dir, write_atomic

DEVICE_KEY_FILE = "device-ed25519.pem"
DEVICE_SEAL_KEY_FILE = "device-x25519.pem"


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def unb64(text: str, length: int) -> bytes:
    """Decode base64 of exactly ``length`` bytes; ValueError otherwise."""
    if not isinstance(text, str) or len(text) > 4 * length:
        raise ValueError("bad key text")
    raw = base64.b64decode(text.encode("ascii"), validate=True)
    if len(raw) != length:
        raise ValueError("bad key length")
    return raw


def raw_public(key: Ed25519PublicKey | X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def ed25519_public(text: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(unb64(text, 32))


def x25519_public(text: str) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(unb64(text, 32))


def verify(public_key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    """True when ``signature`` is ``public_key``'s signature of ``message``."""
    try:
        public_key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def key_id(seal_public: X25519PublicKey) -> str:
    """The province key id: 32 hex digits of SHA-256 over the raw sealing key."""
    return hashlib.sha256(b"kopdes-province-key\x00" + raw_public(seal_public)).hexdigest()[:32]


def fingerprint(*public_keys: Ed25519PublicKey | X25519PublicKey) -> str:
    """Groups of four hex digits over the public keys, for people to compare."""
    digest = hashlib.sha256(b"".join(raw_public(k) for k in public_keys)).hexdigest()[:32]
    return "-".join(digest[i : i + 4].upper() for i in range(0, 32, 4))


def write_private_key(path: Path, key: Ed25519PrivateKey | X25519PrivateKey) -> None:
    """Write a PEM private key readable by its owner only (in a folder of its owner's only),
    atomically."""
    private_dir(path.parent)
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    write_atomic(path, data, private=True)


def read_private_key(path: Path) -> Ed25519PrivateKey | X25519PrivateKey:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise KopdesError(
            f"Kunci {path.name} tidak dapat dibaca: {exc.strerror}.",
            f"Key {path.name} cannot be read: {exc.strerror}.",
        ) from exc
    key = serialization.load_pem_private_key(data, password=None)
    if not isinstance(key, (Ed25519PrivateKey, X25519PrivateKey)):
        raise KopdesError(f"Kunci {path.name} bukan jenis yang benar.", f"{path.name}: wrong key")
    return key


def read_seal_key(path: Path) -> X25519PrivateKey:
    """The X25519 private key in ``path`` (a key that opens what is sealed to it)."""
    key = read_private_key(path)
    if not isinstance(key, X25519PrivateKey):
        raise KopdesError(f"Kunci {path.name} bukan jenis yang benar.", f"{path.name}: wrong key")
    return key


def read_sign_key(path: Path) -> Ed25519PrivateKey:
    """The Ed25519 private key in ``path`` (a key that signs)."""
    key = read_private_key(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise KopdesError(f"Kunci {path.name} bukan jenis yang benar.", f"{path.name}: wrong key")
    return key


def device_key(keys_dir: Path) -> Ed25519PrivateKey:
    """This device's signing key, made on first use."""
    path = keys_dir / DEVICE_KEY_FILE
    if not path.exists():
        write_private_key(path, Ed25519PrivateKey.generate())
    key = read_private_key(path)
    if not isinstance(key, Ed25519PrivateKey):
        raise KopdesError("Kunci perangkat rusak.", "The device key is damaged.")
    return key


def device_seal_key(keys_dir: Path) -> X25519PrivateKey:
    """This device's X25519 key, which opens receipts and reference packages sealed to it.
    Made on first use, so a laptop from before sealed downlinks gets one without a word."""
    path = keys_dir / DEVICE_SEAL_KEY_FILE
    if not path.exists():
        write_private_key(path, X25519PrivateKey.generate())
    key = read_private_key(path)
    if not isinstance(key, X25519PrivateKey):
        raise KopdesError("Kunci pembuka perangkat rusak.", "The device opening key is damaged.")
    return key


def device_seal_public(keys_dir: Path) -> str:
    """This device's X25519 public key as base64, as device files and batches tell it."""
    return b64(raw_public(device_seal_key(keys_dir).public_key()))


def recipient_id(seal_public: X25519PublicKey) -> str:
    """32 hex digits naming the device a sealed document is meant for (its X25519 key)."""
    return hashlib.sha256(b"kopdes-device-seal\x00" + raw_public(seal_public)).hexdigest()[:32]


@dataclass(frozen=True)
class ProvincePublic:
    """What a laptop knows about its province: from the trust file."""

    name: str
    seal_key: X25519PublicKey
    sign_key: Ed25519PublicKey

    @property
    def key_id(self) -> str:
        return key_id(self.seal_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.seal_key, self.sign_key)
