"""No import cycle through the store's database module or the instrument model.

A static check of the import graph (every ``import``, at module level or inside a function;
imports under ``if TYPE_CHECKING:`` are for types only and do not count), and fresh
interpreters that import the modules in the orders the old cycles needed.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import kopdes_desktop

PACKAGE = Path(kopdes_desktop.__file__).resolve().parent
STORE = "kopdes_desktop.store"
INSTRUMENTS = "kopdes_desktop.core.instruments"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.AST) -> set[int]:
    inside: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            inside.update(id(child) for child in ast.walk(node))
    return inside


def import_graph(*packages: str) -> dict[str, set[str]]:
    """Module -> the modules of ``packages`` it imports at run time."""
    files = {}
    for package in packages:
        folder = PACKAGE.parent.joinpath(*package.split("."))
        files.update(
            {_module_name(p): p for p in folder.rglob("*.py") if "migrations" not in p.parts}
        )
    graph: dict[str, set[str]] = {}
    for name, path in files.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _type_only(tree)
        found: set[str] = set()
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names if a.name in files)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                submodules = {f"{node.module}.{a.name}" for a in node.names} & files.keys()
                found.update(submodules)
                if node.module in files and len(submodules) < len(node.names):
                    found.add(node.module)  # a name defined in the package itself
        graph[name] = found - {name}
    return graph


def reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = list(graph[start])
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph.get(module, ()))
    return seen


def in_a_cycle(graph: dict[str, set[str]], module: str) -> bool:
    return module in reachable(graph, module)


def test_the_graph_sees_an_import_inside_a_function() -> None:
    graph = import_graph(STORE)
    assert f"{STORE}.encrypt" in graph[f"{STORE}.db"]  # imported inside Store.unlock's helper


@pytest.mark.parametrize("module", ["db", "sqlite", "encrypt", "vault", "models"])
def test_no_store_cycle_runs_through(module: str) -> None:
    assert not in_a_cycle(import_graph(STORE), f"{STORE}.{module}")


def test_backups_do_not_reach_the_database_module() -> None:
    graph = import_graph(STORE)
    for module in ("backup", "archive", "encrypt"):
        assert f"{STORE}.db" not in reachable(graph, f"{STORE}.{module}"), module


def test_the_instrument_modules_import_without_a_cycle() -> None:
    graph = import_graph(INSTRUMENTS)
    cyclic = sorted(m for m in graph if m != INSTRUMENTS and in_a_cycle(graph, m))
    assert cyclic == []
    assert {f"{INSTRUMENTS}.answers", f"{INSTRUMENTS}.scoring"} <= graph[f"{INSTRUMENTS}.model"]


CHILD = """
import importlib, sys
for name in sys.argv[1:]:
    importlib.import_module(name)
print(" ".join(sorted(m for m in sys.modules if m.startswith("kopdes_desktop.store.db"))))
"""


@pytest.mark.parametrize(
    "order",
    [
        [f"{STORE}.backup", f"{STORE}.db"],
        [f"{STORE}.encrypt", f"{STORE}.archive", f"{STORE}.db"],
        [f"{INSTRUMENTS}.scoring", f"{INSTRUMENTS}.model"],
        [f"{INSTRUMENTS}.answers", f"{INSTRUMENTS}.model", f"{INSTRUMENTS}.scoring"],
        [f"{INSTRUMENTS}.model", f"{INSTRUMENTS}.answers"],
    ],
)
def test_modules_import_in_a_fresh_interpreter_in_any_order(order: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, *order],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_the_backup_modules_load_without_the_database_module() -> None:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, f"{STORE}.backup", f"{STORE}.archive", f"{STORE}.encrypt"],
        capture_output=True,
        text=True,
        cwd=PACKAGE.parent,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""
