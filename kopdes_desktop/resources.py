"""The one accessor for files under the top-level ``resources/`` folder.

From a source checkout the folder sits beside the package; an installed wheel carries the
same tree as ``kopdes_desktop/_resources``; a frozen build sets ``sys._MEIPASS``.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def root() -> Path:
    """The folder holding instruments/, i18n/, icons/ and fonts/."""
    candidates = [_PACKAGE_DIR / "_resources", _PACKAGE_DIR.parent / "resources"]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "resources")
    for candidate in candidates:
        if (candidate / "instruments").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found beside kopdes_desktop")


def path(*parts: str) -> Path:
    """Path of a resource, e.g. ``path("fonts", "DejaVuSans.ttf")``."""
    return root().joinpath(*parts)


def read_text(*parts: str) -> str:
    return path(*parts).read_text(encoding="utf-8")


def read_bytes(*parts: str) -> bytes:
    return path(*parts).read_bytes()
