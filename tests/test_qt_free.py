"""Everything outside ``kopdes_desktop.ui`` imports and runs with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import kopdes_desktop

REPO_ROOT = Path(kopdes_desktop.__file__).resolve().parent.parent

CHILD = r'''
import importlib
import pkgutil
import sys

BLOCKED = ("PySide6", "shiboken6")


class NoQt:
    """A meta path finder that refuses Qt, as on a machine without it."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked for this test")
        return None


sys.meta_path.insert(0, NoQt())
try:
    import PySide6  # noqa: F401
except ImportError:
    pass
else:
    raise SystemExit("the blocker did not work")

import kopdes_desktop


def modules(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        if info.name in ("kopdes_desktop.ui", "kopdes_desktop.__main__"):
            continue
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from modules(module)


names = list(modules(kopdes_desktop))
from kopdes_desktop import cli

cli.build_parser()
loaded = sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED)
if loaded:
    raise SystemExit(f"Qt modules loaded: {loaded}")
print("\n".join(names))
'''


def test_core_imports_without_qt() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    imported = set(done.stdout.split())
    expected = {
        "kopdes_desktop.paths",
        "kopdes_desktop.resources",
        "kopdes_desktop.logging_setup",
        "kopdes_desktop.store.db",
        "kopdes_desktop.store.tracking",
        "kopdes_desktop.store.backup",
        "kopdes_desktop.cli",
        "kopdes_desktop.cli.store_cmds",
        "kopdes_desktop.core.demo",
    }
    assert expected <= imported, expected - imported
    assert not any(name.startswith("kopdes_desktop.ui") for name in imported)
