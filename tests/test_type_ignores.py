"""Every ``# type: ignore`` in the package (all of it is type-checked) names its error code and
says why on the same line (CONTRIBUTING.md, "Checks"); mypy's ``warn_unused_ignores`` removes
stale ones."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import kopdes_desktop

PACKAGE = Path(kopdes_desktop.__file__).resolve().parent
IGNORE = re.compile(r"#\s*type:\s*ignore")
EXPLAINED = re.compile(r"#\s*type:\s*ignore\[[-a-z, ]+\]\s+#\s*\S")


def unexplained(text: str) -> list[int]:
    """Line numbers of ignores without a code or without a reason after them."""
    return [
        number
        for number, line in enumerate(text.splitlines(), 1)
        if IGNORE.search(line) and not EXPLAINED.search(line)
    ]


def test_every_ignore_in_the_package_says_why() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if (lines := unexplained(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_whole_package_is_type_checked() -> None:
    """CI's ``mypy`` (no arguments) covers every subpackage, the GUI and the CLI included."""
    with (PACKAGE.parent / "pyproject.toml").open("rb") as file:
        config = tomllib.load(file)["tool"]["mypy"]
    assert config["packages"] == ["kopdes_desktop"]
    assert config["check_untyped_defs"] and config["warn_unused_ignores"]


def test_a_bare_or_silent_ignore_is_found() -> None:
    text = (
        "a = f()  # type: ignore\n"
        "b = g()  # type: ignore[arg-type]\n"
        "c = h()  # type: ignore[arg-type]  # the stub is wrong\n"
    )
    assert unexplained(text) == [1, 2]
