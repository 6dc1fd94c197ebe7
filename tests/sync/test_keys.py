"""Private key files read back as the kind of key their reader needs."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from kopdes_desktop.errors import KopdesError
from kopdes_desktop.sync.keys import read_seal_key, read_sign_key, write_private_key


def test_each_reader_returns_the_key_of_its_kind(tmp_path: Path) -> None:
    seal, sign = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    write_private_key(tmp_path / "seal.pem", seal)
    write_private_key(tmp_path / "sign.pem", sign)

    read_seal = read_seal_key(tmp_path / "seal.pem")
    read_sign = read_sign_key(tmp_path / "sign.pem")

    assert read_seal.public_key().public_bytes_raw() == seal.public_key().public_bytes_raw()
    assert read_sign.public_key().public_bytes_raw() == sign.public_key().public_bytes_raw()


def test_a_key_of_the_other_kind_is_refused_with_its_file_name(tmp_path: Path) -> None:
    write_private_key(tmp_path / "seal.pem", Ed25519PrivateKey.generate())
    write_private_key(tmp_path / "sign.pem", X25519PrivateKey.generate())

    with pytest.raises(KopdesError, match="seal.pem bukan jenis yang benar"):
        read_seal_key(tmp_path / "seal.pem")
    with pytest.raises(KopdesError, match="sign.pem bukan jenis yang benar"):
        read_sign_key(tmp_path / "sign.pem")
