"""Every ``# type: ignore`` in the type-checked packages names its error code and says why on
the same line (CONTRIBUTING.md, "Checks"); mypy's ``warn_unused_ignores`` removes stale ones."""

from __future__ import annotations

import re
from pathlib import Path

import kopdes_desktop

PACKAGE = Path(kopdes_desktop.__file__).resolve().parent
CHECKED = ("core", "store", "sync", "reports", "province")
IGNORE = re.compile(r"#\s*type:\s*ignore")
EXPLAINED = re.compile(r"#\s*type:\s*ignore\[[-a-z, ]+\]\s+#\s*\S")


def unexplained(text: str) -> list[int]:
    """Line numbers of ignores without a code or without a reason after them."""
    return [
        number
        for number, line in enumerate(text.splitlines(), 1)
        if IGNORE.search(line) and not EXPLAINED.search(line)
    ]


def test_every_ignore_in_the_checked_packages_says_why() -> None:
    found = {
        str(path.relative_to(PACKAGE)): lines
        for folder in CHECKED
        for path in sorted((PACKAGE / folder).rglob("*.py"))
        if (lines := unexplained(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_a_bare_or_silent_ignore_is_found() -> None:
    text = (
        "a = f()  # type: ignore\n"
        "b = g()  # type: ignore[arg-type]\n"
        "c = h()  # type: ignore[arg-type]  # the stub is wrong\n"
    )
    assert unexplained(text) == [1, 2]
