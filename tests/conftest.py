"""Shared test set-up: headless Qt, and a fresh data folder and store for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KOPDES_DATA_DIR", None)
# Every store the tests make is encrypted. No test reaches the user's own keyring: keyring's
# "fail" backend stands in (children get it through keyring's own variable), so the store key
# is kept behind this passphrase, the fallback a computer without a keyring uses.
os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
os.environ["KOPDES_PASSPHRASE"] = "kata-sandi-uji-kopdes"

import keyring  # noqa: E402
from keyring.backends import fail  # noqa: E402

keyring.set_keyring(fail.Keyring())

import pytest  # noqa: E402

from kopdes_desktop.paths import DataPaths  # noqa: E402
from kopdes_desktop.store import vault  # noqa: E402
from kopdes_desktop.store.db import Store  # noqa: E402

# A new passphrase wrap costs what scrypt is given; the tests make thousands of stores, so
# their wraps are made cheaper here (each wrap records its cost; unlocking reads it from there).
vault.SCRYPT_N = 2**10


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    """A fresh, empty data folder."""
    return DataPaths(tmp_path / "data")


@pytest.fixture
def store(data_paths):
    """A freshly migrated store in its own folder, closed after the test."""
    opened = Store.open(data_paths)
    yield opened
    opened.close()
