"""``kopdes_desktop.resources`` finds resources/ in a source checkout and in a built wheel."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

import kopdes_desktop
from kopdes_desktop import resources

REPO_ROOT = Path(kopdes_desktop.__file__).resolve().parent.parent
SOURCE = REPO_ROOT / "resources"
PROJECT_FILES = ("pyproject.toml", "setup.py", "README.md")
MIN_SETUPTOOLS = (77, 0)


def _resource_files() -> list[Path]:
    files = sorted(p.relative_to(SOURCE) for p in SOURCE.rglob("*") if p.is_file())
    files = [p for p in files if "__pycache__" not in p.parts]
    assert files, "resources/ holds no files"
    return files


def test_source_checkout_reads_top_level_resources() -> None:
    assert resources.root() == SOURCE
    for relative in _resource_files():
        assert resources.read_bytes(*relative.parts) == (SOURCE / relative).read_bytes()
    assert resources.path("instruments").is_dir()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from a copy of the checkout (so no build files land in the tree)."""
    setuptools_version = tuple(int(p) for p in version("setuptools").split(".")[:2])
    assert setuptools_version >= MIN_SETUPTOOLS, (
        f"building needs setuptools>={MIN_SETUPTOOLS[0]} (PEP 639 license field) in this "
        f"environment; found {version('setuptools')}"
    )
    work = tmp_path_factory.mktemp("wheel")
    project = work / "project"
    project.mkdir()
    for name in PROJECT_FILES:
        shutil.copy2(REPO_ROOT / name, project / name)
    for licence in REPO_ROOT.glob("LICEN[CS]E*"):
        shutil.copy2(licence, project / licence.name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(REPO_ROOT / "kopdes_desktop", project / "kopdes_desktop", ignore=ignore)
    shutil.copytree(SOURCE, project / "resources", ignore=ignore)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(work / "dist"),
            str(project),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    (built,) = (work / "dist").glob("kopdes_desktop-*.whl")
    return built


def test_wheel_carries_resources_and_migrations(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for relative in _resource_files():
        assert f"kopdes_desktop/_resources/{relative.as_posix()}" in names
    migrations = REPO_ROOT / "kopdes_desktop" / "store" / "migrations"
    for script in [
        *migrations.glob("*.py"),
        *migrations.glob("*.mako"),
        *migrations.glob("versions/*.py"),
    ]:
        assert script.relative_to(REPO_ROOT).as_posix() in names
    assert not any(name.startswith("resources/") for name in names)


CHILD = r"""
import json
import sys
from pathlib import Path

import kopdes_desktop
from kopdes_desktop import resources
from kopdes_desktop.paths import DataPaths
from kopdes_desktop.store import migrate
from kopdes_desktop.store.db import Store

relative = sys.argv[1].split("/")
store = Store.open(DataPaths(Path(sys.argv[2])))
revision = migrate.current_revision(store.engine)
store.close()
print(json.dumps({
    "package": kopdes_desktop.__file__,
    "root": str(resources.root()),
    "size": len(resources.read_bytes(*relative)),
    "migrations": str(migrate.MIGRATIONS_DIR),
    "revision": revision,
    "head": migrate.head(),
}))
"""


def test_unpacked_wheel_loads_resources_and_migrates(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(site)
    relative = _resource_files()[0]
    done = subprocess.run(
        [sys.executable, "-c", CHILD, relative.as_posix(), str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={
            "PYTHONPATH": str(site),
            "PATH": "/usr/bin:/bin",
            # the new store is encrypted; with no keyring here its key needs a passphrase
            "KOPDES_PASSPHRASE": os.environ["KOPDES_PASSPHRASE"],
            "PYTHON_KEYRING_BACKEND": os.environ["PYTHON_KEYRING_BACKEND"],
        },
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert Path(found["package"]).is_relative_to(site)
    assert Path(found["root"]) == site / "kopdes_desktop" / "_resources"
    assert found["size"] == (SOURCE / relative).stat().st_size
    assert Path(found["migrations"]).is_relative_to(site)
    assert found["revision"] == found["head"]
