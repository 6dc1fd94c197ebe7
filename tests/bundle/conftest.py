"""Fixtures for the packaging tests: the bundle layout module and, when asked for, a built bundle.

Building the frozen bundle takes minutes, so it happens only in CI (``CI=true``), when
``KOPDES_BUILD_BUNDLE=1``, or when the last commit changed ``packaging/``, ``pyproject.toml`` or
``setup.py`` (see docs/PACKAGING.md); ``KOPDES_BUILD_BUNDLE=0`` turns it off, and
``KOPDES_BUNDLE_DIR=<folder>`` tests a bundle already built instead. Everything else here runs
every time.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
PACKAGING = REPO_ROOT / "packaging"
BUILD_ENV = "KOPDES_BUILD_BUNDLE"
BUNDLE_DIR_ENV = "KOPDES_BUNDLE_DIR"
TRIGGER_PATHS = ("packaging/", "pyproject.toml", "setup.py")


def load_layout() -> ModuleType:
    """``packaging/bundle_layout.py`` as a module (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location("bundle_layout", PACKAGING / "bundle_layout.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bundle_layout", module)
    spec.loader.exec_module(module)
    return module


def changed_by_last_commit() -> list[str]:
    """Files the last commit changed (empty when git or the parent commit is unavailable)."""
    try:
        result = subprocess.run(
            ["git", "diff", "--name-only", "HEAD~1", "HEAD"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=30,
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    return result.stdout.split() if result.returncode == 0 else []


def bundle_wanted() -> tuple[bool, str]:
    """Whether to build the frozen bundle in this run, and why."""
    setting = os.environ.get(BUILD_ENV, "")
    if setting == "1":
        return True, f"{BUILD_ENV}=1"
    if setting == "0":
        return False, f"{BUILD_ENV}=0"
    if os.environ.get("CI", "").lower() == "true":
        return True, "CI=true"
    touched = [p for p in changed_by_last_commit() if p.startswith(TRIGGER_PATHS)]
    if touched:
        return True, f"the last commit changed {touched[0]}"
    return False, (
        f"the last commit did not change {', '.join(TRIGGER_PATHS)}; "
        f"set {BUILD_ENV}=1 to build the bundle anyway"
    )


@pytest.fixture(scope="session")
def layout() -> ModuleType:
    return load_layout()


def offscreen_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: headless Qt, this checkout importable."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **extra)
    env["PYTHONPATH"] = os.pathsep.join([str(REPO_ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.pop("KOPDES_DATA_DIR", None)
    return env


@pytest.fixture(scope="session")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The frozen one-folder bundle, built once per session with packaging/build.py."""
    built = os.environ.get(BUNDLE_DIR_ENV)
    if built:
        yield Path(built).resolve()
        return
    wanted, why = bundle_wanted()
    if not wanted:
        pytest.skip(f"frozen bundle not built: {why}")
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail(
            f"the frozen bundle must be built ({why}) but PyInstaller is not installed: "
            "pip install -e '.[build]'"
        )
    out = tmp_path_factory.mktemp("bundle")
    result = subprocess.run(
        [
            sys.executable,
            str(PACKAGING / "build.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    yield out / "dist" / "kopdes-desktop"
