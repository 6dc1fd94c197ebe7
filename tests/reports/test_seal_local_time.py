"""Times shown to people are in the laptop's zone with its name (WITA), whatever zone the
operating system is set to; stored times stay UTC. Run with TZ=Asia/Makassar and TZ=UTC."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sync.support import subprocess_env

from kopdes_desktop.reports import localtime, seal

SCRIPT = """
import json
from datetime import datetime
from kopdes_desktop.cli.store_cmds import _backup_time
from kopdes_desktop.reports import localtime
print(json.dumps({
    "stored": localtime.shown(datetime(2026, 12, 4, 22, 32)),
    "backup": _backup_time("2026-12-05T06:32:00+08:00"),
    "backup_utc": _backup_time("2026-12-04T22:32:00+00:00"),
}))
"""


def _text() -> str:
    content = seal.SealContent(
        "A",
        "431b3353-0000-4000-8000-000000000001",
        "0f6210c5-61dc-4575-bae4-455ad6963883",
        "KDMP Sebuku",
        date(2026, 12, 5),
        (("s", "78.8"), ("c", "Berkembang")),
    )
    signer = seal.KeySigner("2f11c6ac-5b1d-4a43-9a8e-0c1d2e3f4a5b", Ed25519PrivateKey.generate())
    return seal.seal(content, signer, datetime(2026, 12, 4, 22, 32, tzinfo=UTC))


@pytest.mark.parametrize("zone", ["Asia/Makassar", "UTC"])
def test_times_are_shown_in_wita_whatever_the_system_zone(zone, tmp_path):
    env = {**subprocess_env(), "TZ": zone, "KOPDES_PASSPHRASE": "x12345678"}
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    shown = json.loads(out)
    assert shown == {
        "stored": "5 Desember 2026 06.32 WITA",
        "backup": "5 Desember 2026 06.32 WITA",
        "backup_utc": "5 Desember 2026 06.32 WITA",
    }
    verify = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from kopdes_desktop.cli import main; sys.exit(main(sys.argv[1:]))",
            "--data-dir",
            str(tmp_path / "data"),
            "--create",
            "verify",
            _text(),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert verify.returncode == 1, verify.stderr  # an unknown laptop's key
    assert "Diterbitkan: 5 Desember 2026 06.32 WITA" in verify.stdout
    # The seal itself keeps the time in UTC.
    assert "|2026-12-04T22:32Z|" in _text()


def test_the_visit_day_of_a_late_utc_time_is_the_local_day():
    late = datetime(2026, 12, 4, 22, 32)  # stored UTC: 06:32 WITA on the 5th
    assert localtime.local_date(late, localtime.laptop_zone()) == date(2026, 12, 5)
    assert localtime.shown(late, "en") == "5 December 2026 06:32 WITA"
    assert localtime.clock_now().endswith(" WITA")
