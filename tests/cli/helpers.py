"""Running the command lines in a child process, as their installed entry points do."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import kopdes_desktop

REPO_ROOT = Path(kopdes_desktop.__file__).resolve().parent.parent


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("KOPDES_DATA_DIR", None)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    """``python -c 'from MODULE import main; raise SystemExit(main())' ARGS``."""
    return subprocess.run(
        [sys.executable, "-c", f"from {module} import main; raise SystemExit(main())", *args],
        capture_output=True,
        text=True,
        env=child_env(),
        timeout=120,
    )


def run_kopdes(*args: str) -> subprocess.CompletedProcess[str]:
    return run("kopdes_desktop.cli", *args)


def run_province(*args: str) -> subprocess.CompletedProcess[str]:
    return run("kopdes_desktop.province.cli", *args)


def run_desktop(*args: str) -> subprocess.CompletedProcess[str]:
    return run("kopdes_desktop.ui.app", *args)
