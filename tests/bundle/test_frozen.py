"""The frozen one-folder bundle: built with packaging/build.py, then run as a mentor would.

Runs only when the bundle is built in this session (see conftest.py and docs/PACKAGING.md:
``KOPDES_BUILD_BUNDLE=1``, or the last commit changed packaging/, pyproject.toml or setup.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kopdes_desktop import __version__

from .conftest import PACKAGING, offscreen_env

pytestmark = pytest.mark.timeout(2400)

SIZE_LIMIT = 250_000_000
EXCLUDED_LIBRARIES = (
    "Qt6Qml",
    "Qt6Quick",
    "Qt6WebEngine",
    "Qt63D",
    "Qt6Multimedia",
    "libtk",
    "libtcl",
    "Qt6VirtualKeyboard",
)


def _run(*command: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command), capture_output=True, text=True, timeout=300, env=offscreen_env(**env)
    )


def test_frozen_self_test_passes(bundle: Path):
    result = _run(str(bundle / "kopdes-desktop"), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith(f"self-test OK (Kopdes Desktop {__version__}): ")
    assert "previewed by QtPdf" in line and "Indonesian translation" in line


def test_command_line_beside_the_gui(bundle: Path, tmp_path: Path):
    version = _run(str(bundle / "kopdes"), "--version")
    assert version.stdout.strip() == f"kopdes {__version__}"
    listed = _run(
        str(bundle / "kopdes"), "--data-dir", str(tmp_path / "data"), "instruments", "list"
    )
    assert listed.returncode == 0, listed.stderr
    assert "kesehatan-usp-2016" in listed.stdout and "kesiapan-kdkmp" in listed.stdout


def test_bundle_is_lean_and_carries_real_files(bundle: Path):
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    assert sum(p.stat().st_size for p in files) < SIZE_LIMIT
    names = [p.name for p in files]
    for unwanted in EXCLUDED_LIBRARIES:
        assert not [n for n in names if unwanted in n], unwanted
    assert not (bundle / "_internal" / "tkinter").exists()
    internal = bundle / "_internal"
    assert (internal / "kopdes_desktop" / "store" / "migrations" / "env.py").is_file()
    assert list((internal / "kopdes_desktop" / "store" / "migrations" / "versions").glob("*.py"))
    for folder in ("instruments", "i18n", "icons", "fonts"):
        assert any((internal / "resources" / folder).iterdir()), folder


def test_linux_install_upgrade_and_uninstall_keep_the_data(bundle: Path, tmp_path: Path):
    home = tmp_path / "home"
    data = home / ".local" / "share" / "KopdesDesktop"
    data.mkdir(parents=True)
    (data / "kopdes.sqlite3").write_bytes(b"the mentor's data")
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    script = str(PACKAGING / "linux" / "install.sh")
    for _round in ("install", "upgrade"):
        result = _run("bash", script, str(bundle), **env)
        assert result.returncode == 0, result.stderr
        assert f"{__version__} terpasang" in result.stdout
    program = home / ".local" / "opt" / "kopdes-desktop"
    assert _run(str(home / ".local" / "bin" / "kopdes"), "--version").returncode == 0
    entry = (home / ".local" / "share" / "applications" / "kopdes-desktop.desktop").read_text()
    assert f"Exec={program}/kopdes-desktop" in entry
    assert not (program.parent / "kopdes-desktop.old").exists()
    result = _run("bash", script, "--uninstall", **env)
    assert result.returncode == 0, result.stderr
    assert not program.exists()
    assert (data / "kopdes.sqlite3").read_bytes() == b"the mentor's data"


def test_appdir_runs_the_bundle(bundle: Path, tmp_path: Path):
    root = tmp_path / "checkout"
    shutil.copytree(PACKAGING, root / "packaging")
    (root / "kopdes_desktop").mkdir()
    shutil.copy(PACKAGING.parent / "kopdes_desktop" / "__init__.py", root / "kopdes_desktop")
    tool = {"PYTHON": sys.executable}
    result = _run(
        "bash",
        str(root / "packaging" / "linux" / "build_appimage.sh"),
        str(bundle),
        str(tmp_path / "out"),
        **tool,
    )
    assert result.returncode in (0, 2), result.stderr
    apprun = root / "build" / "AppDir" / "AppRun"
    assert os.access(apprun, os.X_OK)
    assert (root / "build" / "AppDir" / ".DirIcon").is_file()
    version = _run(str(apprun), "kopdes", "--version")
    assert version.stdout.strip() == f"kopdes {__version__}"
