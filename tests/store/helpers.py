"""Helpers shared by the store tests."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import kopdes_desktop

REPO_ROOT = Path(kopdes_desktop.__file__).resolve().parent.parent
KABUPATEN = "65.01"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def subprocess_env() -> dict[str, str]:
    """The environment for a child Python that must import this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("KOPDES_DATA_DIR", None)
    return env


def run_kopdes(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the ``kopdes`` command in a child process, as the installed entry point does."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "from kopdes_desktop.cli import main; raise SystemExit(main())",
            *args,
        ],
        capture_output=True,
        text=True,
        env=subprocess_env(),
        timeout=120,
    )
