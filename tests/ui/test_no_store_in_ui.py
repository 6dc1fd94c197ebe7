"""The GUI reaches data only through the services: nothing under ``kopdes_desktop.ui`` imports
SQLAlchemy or the store layer (``kopdes_desktop.store``), at import time or in a function.

Two checks: a fresh interpreter imports every ui module with both made unimportable to any
module under ``kopdes_desktop.ui`` (what the core and the services import for themselves is
allowed), and every import statement in the ui sources, at any depth, is read for them. The
only exception is the ``TYPE_CHECKING`` import of the :class:`Store` type in ui/context.py.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import kopdes_desktop

PACKAGE = Path(kopdes_desktop.__file__).resolve().parent
UI = PACKAGE / "ui"
REPO_ROOT = PACKAGE.parent

PENDING: set[str] = set()
"""ui modules allowed to import the store while they move to ``ctx.services``: none left."""

BLOCKED = ("sqlalchemy", "kopdes_desktop.store")
ALLOWED_TYPE_CHECKING = {"kopdes_desktop.ui.context"}

CHILD = r'''
import builtins
import importlib
import importlib.util
import pkgutil
import sys

BLOCKED = ("sqlalchemy", "kopdes_desktop.store")
PENDING = tuple(sys.argv[1:])
GUARD = sys._getframe(0).f_code.co_filename


def _under(name, roots):
    return any(name == root or name.startswith(root + ".") for root in roots)


def refuse(name, importer):
    """Raise when the ui module ``importer`` (not a pending one) asks for a blocked name."""
    if (_under(name, BLOCKED) and _under(importer, ("kopdes_desktop.ui",))
            and not _under(importer, PENDING)):
        raise ImportError(f"{importer} imports {name}: the ui reaches data through services")


def _importer():
    """The module of the first frame outside the import machinery and this guard."""
    frame = sys._getframe(2)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not (name.startswith(("importlib", "_frozen_importlib"))
                or frame.f_code.co_filename == GUARD):
            return name
        frame = frame.f_back
    return ""


class NoStoreInUi:
    """A meta path finder refusing the store layer to modules under kopdes_desktop.ui."""

    def find_spec(self, name, path=None, target=None):
        refuse(name, _importer())
        return None


_import = builtins.__import__


def guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    """The same rule for modules already loaded (the finder is asked only on a first load)."""
    importer = (globals or {}).get("__name__", "")
    full = (importlib.util.resolve_name("." * level + name, globals.get("__package__"))
            if level else name)
    refuse(full, importer)
    for item in fromlist or ():
        refuse(f"{full}.{item}", importer)
    return _import(name, globals, locals, fromlist, level)


sys.meta_path.insert(0, NoStoreInUi())
builtins.__import__ = guarded_import
'''

IMPORT_ALL = (
    CHILD
    + r"""
import kopdes_desktop.ui


def modules(package):
    for info in pkgutil.iter_modules(package.__path__, package.__name__ + "."):
        module = importlib.import_module(info.name)
        yield info.name
        if info.ispkg:
            yield from modules(module)


names = list(modules(kopdes_desktop.ui))
print("\n".join(names))
"""
)

PROBE = (
    CHILD
    + r"""
import kopdes_desktop.core.services.cooperative_service  # the store is loaded by the core
for statement in ("import sqlalchemy.orm", "from kopdes_desktop.store import db",
                  "from kopdes_desktop import store", "from ..store.models import Person"):
    for importer in ("kopdes_desktop.ui.probe", "kopdes_desktop.core.probe"):
        try:
            exec(statement, {"__name__": importer, "__package__": importer.rpartition(".")[0]})
        except ImportError as exc:
            print("refused" if "through services" in str(exc) else f"failed:{exc}", importer,
                  statement)
        else:
            print("allowed", importer, statement)
"""
)


def _run(code: str, pending: set[str]) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, *sorted(pending)],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        env=env,
        timeout=300,
    )


def _import_all(pending: set[str]) -> subprocess.CompletedProcess[str]:
    return _run(IMPORT_ALL, pending)


def _module_name(file: Path, root: Path = UI) -> str:
    parts = ["kopdes_desktop", "ui", *file.relative_to(root).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_pending(module: str, pending: set[str]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in pending)


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """The ids of the nodes inside ``if TYPE_CHECKING:`` blocks."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING"
        ):
            for child in node.body:
                found.update(id(inner) for inner in ast.walk(child))
    return found


def _imported_names(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = module if is_package else module.rpartition(".")[0]
        for _ in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    return [base] + [f"{base}.{alias.name}" for alias in node.names]


def store_imports(pending: set[str], root: Path = UI) -> list[str]:
    """Every import statement in ui/ (outside ``pending``) naming a blocked module."""
    problems = []
    for file in sorted(root.rglob("*.py")):
        module = _module_name(file, root)
        if _is_pending(module, pending):
            continue
        tree = ast.parse(file.read_text(encoding="utf-8"))
        exempt = _type_checking_nodes(tree) if module in ALLOWED_TYPE_CHECKING else set()
        for node in ast.walk(tree):
            if not isinstance(node, (ast.Import, ast.ImportFrom)) or id(node) in exempt:
                continue
            for name in _imported_names(node, module, file.name == "__init__.py"):
                if any(name == b or name.startswith(b + ".") for b in BLOCKED):
                    problems.append(f"{module}:{node.lineno} {name}")
    return problems


def test_every_ui_module_imports_with_the_store_layer_refused() -> None:
    done = _import_all(PENDING)
    assert done.returncode == 0, done.stderr[-3000:]
    imported = set(done.stdout.split())
    assert {
        "kopdes_desktop.ui.app",
        "kopdes_desktop.ui.views.settings_view",
        "kopdes_desktop.ui.dialogs.unit",
        "kopdes_desktop.ui.views.home",
    } <= imported
    expected = {_module_name(f) for f in UI.rglob("*.py")} - {"kopdes_desktop.ui"}
    assert expected <= imported, expected - imported


def test_no_ui_source_names_the_store_layer() -> None:
    assert store_imports(PENDING) == []


def test_the_guard_refuses_the_store_to_ui_modules_only() -> None:
    done = _run(PROBE, set())
    assert done.returncode == 0, done.stderr[-3000:]
    lines = done.stdout.splitlines()
    assert len(lines) == 8
    for line in lines:
        verdict, importer, _ = line.split(" ", 2)
        assert verdict == ("refused" if ".ui." in importer else "allowed"), line


def test_the_source_check_finds_imports_at_any_depth(tmp_path: Path) -> None:
    root = tmp_path / "ui"
    (root / "views").mkdir(parents=True)
    (root / "views" / "probe.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from kopdes_desktop.store.db import Store\n"
        "def f():\n    from ...store import vault\n"
        "class A:\n    def g(self):\n        import sqlalchemy.orm\n"
        "from kopdes_desktop import store\n",
        encoding="utf-8",
    )
    (root / "context.py").write_text(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from kopdes_desktop.store.db import Store\n",
        encoding="utf-8",
    )
    found = store_imports(set(), root)
    assert sorted(found) == [
        "kopdes_desktop.ui.views.probe:3 kopdes_desktop.store.db",
        "kopdes_desktop.ui.views.probe:3 kopdes_desktop.store.db.Store",
        "kopdes_desktop.ui.views.probe:5 kopdes_desktop.store",
        "kopdes_desktop.ui.views.probe:5 kopdes_desktop.store.vault",
        "kopdes_desktop.ui.views.probe:8 sqlalchemy.orm",
        "kopdes_desktop.ui.views.probe:9 kopdes_desktop.store",
    ]
    assert store_imports({"kopdes_desktop.ui.views"}, root) == []
