"""The workspace's web pages call province services: no module under ``province/web`` imports
SQLAlchemy, opens a session, a read or a transaction on a store, or reaches its engine."""

from __future__ import annotations

import ast
import gc
from pathlib import Path

import kopdes_desktop.province.web as web

WEB = Path(web.__file__).resolve().parent
# Modules still to move onto services; the set only shrinks.
PENDING: set[str] = set()
STORE_CALLS = {"session", "read", "begin", "connect"}
ALWAYS = {"session", "begin", "connect"}  # on any receiver: nothing else here has them


def _name(node: ast.expr) -> str:
    """The last name of a receiver: ``ws.store`` -> ``store``, ``store`` -> ``store``."""
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Call):
        return _name(node.func)
    return ""


def _parse(source: str) -> ast.Module:
    """``ast.parse`` with the garbage collector held off: on CPython 3.11 a finalizer that runs
    during the parse (here, an earlier test's unfinished spreadsheet writer) can make it fail
    with "AST constructor recursion depth mismatch"."""
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        return ast.parse(source)
    finally:
        if enabled:
            gc.enable()


def offences(source: str) -> list[str]:
    """What in ``source`` reaches the database without a province service, by line."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(_parse(source)):
        if isinstance(node, ast.Import):
            found += [
                (node.lineno, f"import {a.name}")
                for a in node.names
                if a.name.split(".")[0] == "sqlalchemy"
            ]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.split(".")[0] == "sqlalchemy":
                found.append((node.lineno, f"from {node.module} import"))
        elif isinstance(node, ast.Attribute) and node.attr == "engine":
            found.append((node.lineno, f"{_name(node.value)}.engine"))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            method, receiver = node.func.attr, _name(node.func.value)
            if method in ALWAYS or (method in STORE_CALLS and "store" in receiver.lower()):
                found.append((node.lineno, f"{receiver}.{method}()"))
    return [f"{line}: {what}" for line, what in sorted(found)]


def test_web_pages_reach_the_store_only_through_services() -> None:
    modules = sorted(WEB.glob("*.py"))
    assert len(modules) > 10
    broken = {
        path.name: offences(path.read_text(encoding="utf-8"))
        for path in modules
        if path.name not in PENDING
    }
    assert {name: lines for name, lines in broken.items() if lines} == {}


def test_pending_modules_exist() -> None:
    """A module that is gone leaves the set."""
    assert all((WEB / name).exists() for name in PENDING)


def test_the_check_sees_each_way_of_reaching_the_store() -> None:
    source = "\n".join(
        [
            "import sqlalchemy",
            "from sqlalchemy.orm import Session",
            "with ws.store.session() as s: pass",
            "with store.read() as s: pass",
            "engine.begin()",
            "store.engine.connect()",
            "ensure_tables(ws.store.engine)",
            "data = upload.read()",
            "from kopdes_desktop.province import officers",
        ]
    )
    assert [line.split(":")[0] for line in offences(source)] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
        "6",
        "7",
    ]
