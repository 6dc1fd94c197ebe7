"""The command line on an encrypted store it cannot unlock: one readable line, nothing
changed; and the recovery key printed for a script."""

from __future__ import annotations

import os
import subprocess
import sys

from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import vault
from kopdes_desktop.store.db import Store

from .helpers import child_env


def _kopdes(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from kopdes_desktop.cli import main; raise SystemExit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_a_locked_store_is_refused_in_one_line(data_paths: DataPaths) -> None:
    Store.open(data_paths).close()
    before = data_paths.database.read_bytes()
    env = child_env()
    env[vault.PASSPHRASE_ENV] = "bukan kata sandinya"
    done = _kopdes(env, "info", "--data-dir", str(data_paths.root))
    assert done.returncode == 1
    assert (
        done.stderr.strip()
        == "kopdes: Kata sandi data atau kunci pemulihan salah. Data tidak diubah."
    )

    env.pop(vault.PASSPHRASE_ENV)
    done = _kopdes(env, "info", "--data-dir", str(data_paths.root))
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("kopdes: Data ini terkunci")
    assert data_paths.database.read_bytes() == before


def test_the_recovery_key_unlocks_the_store_in_a_script(data_paths: DataPaths) -> None:
    Store.open(data_paths).close()
    env = child_env()
    done = _kopdes(env, "kunci-pemulihan", "--data-dir", str(data_paths.root))
    assert done.returncode == 0, done.stderr
    code = done.stdout.split("Kunci pemulihan: ")[1].split()[0]
    env[vault.PASSPHRASE_ENV] = code
    done = _kopdes(env, "info", "--json", "--data-dir", str(data_paths.root))
    assert done.returncode == 0, done.stderr
    assert os.stat(data_paths.database).st_mode & 0o777 == 0o600
